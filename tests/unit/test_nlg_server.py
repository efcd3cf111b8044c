"""The NLG endpoint as Rasa calls it."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp.test_utils import TestClient, TestServer

from bot.language.nlg_server import conversation_language, create_nlg_app
from bot.language.responses import ResponseRenderer


def call(renderer: ResponseRenderer, send: Callable[[TestClient], Awaitable[Any]]) -> Any:
    async def scenario() -> Any:
        async with TestClient(TestServer(create_nlg_app(renderer))) as client:
            return await send(client)

    return asyncio.run(scenario())


def nlg_request(response: str, language: str | None = "en", **arguments: str) -> dict[str, Any]:
    return {
        "response": response,
        "arguments": arguments,
        "tracker": {"sender_id": "abc", "slots": {"language": language}, "events": []},
        "channel": {"name": "rest"},
    }


async def post_json(client: TestClient, body: Any) -> tuple[int, Any]:
    response = await client.post("/nlg", json=body)
    return response.status, await response.json()


def test_a_response_is_rendered_in_rasa_format(renderer: ResponseRenderer) -> None:
    status, body = call(renderer, lambda c: post_json(c, nlg_request("utter_reflection_period")))

    assert status == 200
    assert "30 days" in body["text"] and "120 days" in body["text"]
    assert body["buttons"] == []
    assert set(body) >= {"text", "buttons", "image", "elements", "attachments", "custom"}


def test_buttons_are_returned_with_titles_and_payloads(renderer: ResponseRenderer) -> None:
    status, body = call(renderer, lambda c: post_json(c, nlg_request("utter_menu")))

    assert status == 200
    assert {"title": "I am in danger", "payload": "/emergency"} in body["buttons"]


def test_unknown_response_still_answers_with_a_next_step(renderer: ResponseRenderer) -> None:
    status, body = call(renderer, lambda c: post_json(c, nlg_request("utter_nope")))

    assert status == 200
    assert "112" in body["text"]


def test_a_tracker_without_slots_is_answered_in_english(renderer: ResponseRenderer) -> None:
    request = {"response": "utter_emergency", "tracker": {"sender_id": "x"}}

    status, body = call(renderer, lambda c: post_json(c, request))

    assert status == 200
    assert "112" in body["text"]


def test_missing_arguments_give_the_safe_default(renderer: ResponseRenderer) -> None:
    status, body = call(renderer, lambda c: post_json(c, nlg_request("utter_ask_affirmation")))

    assert status == 200
    assert "{" not in body["text"] and "112" in body["text"]


def test_malformed_requests_get_400(renderer: ResponseRenderer) -> None:
    async def send_all(client: TestClient) -> list[int]:
        statuses = []
        for data in (
            b"not json",
            b"[1, 2]",
            b'{"response": 5}',
            b'{"response": "x", "arguments": 3}',
        ):
            response = await client.post(
                "/nlg", data=data, headers={"Content-Type": "application/json"}
            )
            statuses.append(response.status)
        return statuses

    assert call(renderer, send_all) == [400, 400, 400, 400]


def test_health_lists_the_catalog_languages(renderer: ResponseRenderer) -> None:
    async def health(client: TestClient) -> Any:
        response = await client.get("/health")
        return await response.json()

    assert "en" in call(renderer, health)["languages"]


def test_a_chosen_language_wins_over_the_detected_one() -> None:
    body = {"tracker": {"slots": {"language": "ro", "language_choice": "en"}}}

    assert conversation_language(body) == "en"


def test_the_detected_language_is_used_without_a_choice() -> None:
    assert conversation_language({"tracker": {"slots": {"language": "ro"}}}) == "ro"
    assert conversation_language({"tracker": {"slots": {"language_choice": None}}}) is None
