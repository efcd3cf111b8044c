"""Rasa's side of the NLG call: the slots travel to the NLG server, the conversation does not."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import yaml
from aiohttp import web
from aiohttp.test_utils import TestServer
from rasa.core.nlg.generator import NaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import EndpointConfig

from bot.language.nlg_server import create_nlg_app
from bot.language.responses import ResponseRenderer
from bot.settings import PROJECT_DIR

_CLASS_PATH = "bot.language.nlg_client.SlotsOnlyCallbackGenerator"
SECRET = "my boss has my passport, I live at Vestergade 12"


def tracker_in(language: str) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(
        "person-1", [UserUttered(SECRET, {"name": "ask_rights"}), SlotSet("language", language)]
    )


def generate_with(app: web.Application, tracker: DialogueStateTracker) -> dict[str, Any]:
    async def scenario() -> dict[str, Any]:
        async with TestServer(app) as server:
            generator = NaturalLanguageGenerator.create(
                EndpointConfig(str(server.make_url("/nlg")), type=_CLASS_PATH), Domain.empty()
            )
            return await generator.generate("utter_reflection_period", tracker, "rest")

    return asyncio.run(scenario())


def test_endpoints_yml_configures_this_generator() -> None:
    endpoints = yaml.safe_load((PROJECT_DIR / "endpoints.yml").read_text(encoding="utf-8"))

    assert endpoints["nlg"]["type"] == _CLASS_PATH


def test_the_answer_comes_from_the_nlg_server_in_her_language(renderer: ResponseRenderer) -> None:
    english = generate_with(create_nlg_app(renderer), tracker_in("en"))
    danish = generate_with(create_nlg_app(renderer), tracker_in("da"))

    assert "30 days" in english["text"]
    assert danish["text"] != english["text"] and "30" in danish["text"]


def test_the_request_carries_the_slots_and_not_her_messages() -> None:
    received: list[dict[str, Any]] = []

    async def record(request: web.Request) -> web.Response:
        received.append(await request.json())
        return web.json_response({"text": "ok", "buttons": []})

    app = web.Application()
    app.router.add_post("/nlg", record)
    generate_with(app, tracker_in("ro"))

    (body,) = received
    assert body["response"] == "utter_reflection_period"
    assert body["tracker"]["slots"]["language"] == "ro"
    assert set(body["tracker"]) == {"sender_id", "slots"}
    assert "Vestergade" not in str(body) and "passport" not in str(body)


def test_an_invalid_answer_from_the_server_is_an_error() -> None:
    async def broken(request: web.Request) -> web.Response:
        return web.json_response({"text": 42})

    app = web.Application()
    app.router.add_post("/nlg", broken)

    with pytest.raises(RasaException):
        generate_with(app, tracker_in("en"))
