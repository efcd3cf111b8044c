"""Telegram through its webhook, with python-telegram-bot against a fake Bot API."""

from __future__ import annotations

import asyncio
import itertools
import json
import random
import time
import urllib.error
import urllib.request
from typing import Any

import pytest

from bot.channels.outbound import Outbound
from bot.privacy.pseudonyms import sender_ref
from bot.settings import Settings
from tests.conversation.conftest import TELEGRAM_SECRET, TEST_KEYS
from tests.support.fake_apis import FakeApi

pytestmark = pytest.mark.stack
UPDATE_IDS = itertools.count(random.randrange(10**6, 10**8))


class Telegram:
    def __init__(self, settings: Settings, api: FakeApi) -> None:
        self.url = f"http://127.0.0.1:{settings.services.rasa_port}/webhooks/telegram/webhook"
        self.api = api

    def post(self, update: dict[str, Any], secret: str | None = TELEGRAM_SECRET) -> int:
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        request = urllib.request.Request(self.url, json.dumps(update).encode(), headers)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            return int(error.code)

    def update(self, chat_id: int, update_id: int | None = None, **content: Any) -> dict[str, Any]:
        chat = {"id": chat_id, "type": "private", "first_name": "A"}
        user = {"id": chat_id, "is_bot": False, "first_name": "A"}
        message = {"message_id": 1, "date": int(time.time()), "chat": chat, "from": user,
                   **content}  # fmt: skip
        return {"update_id": update_id or next(UPDATE_IDS), "message": message}

    def say(self, chat_id: int, text: str, update_id: int | None = None) -> list[dict[str, Any]]:
        before = len(self.sent_to(chat_id))
        assert self.post(self.update(chat_id, update_id, text=text)) == 200
        return self.sent_to(chat_id)[before:]

    def press(self, chat_id: int, payload: str) -> list[dict[str, Any]]:
        before = len(self.sent_to(chat_id))
        user = {"id": chat_id, "is_bot": False, "first_name": "A"}
        chat = {"id": chat_id, "type": "private", "first_name": "A"}
        query = {"id": str(next(UPDATE_IDS)), "from": user, "chat_instance": "1", "data": payload,
                 "message": {"message_id": 5, "date": int(time.time()), "chat": chat}}  # fmt: skip
        assert self.post({"update_id": next(UPDATE_IDS), "callback_query": query}) == 200
        return self.sent_to(chat_id)[before:]

    def sent_to(self, chat_id: int) -> list[dict[str, Any]]:
        return [c for c in self.api.calls("/sendMessage") if int(c["chat_id"]) == chat_id]


@pytest.fixture
def telegram(stack_settings: Settings, telegram_api: FakeApi, running_stack: Any) -> Telegram:
    return Telegram(stack_settings, telegram_api)


@pytest.fixture
def chat_id() -> int:
    return random.randrange(10**8, 10**9)


@pytest.mark.parametrize("secret", [None, "wrong", ""])
def test_a_wrong_secret_is_refused(telegram: Telegram, chat_id: int, secret: str | None) -> None:
    assert telegram.post(telegram.update(chat_id, text="hello"), secret=secret) == 403
    assert telegram.sent_to(chat_id) == []


def test_buttons_are_an_inline_keyboard_and_a_press_answers(
    telegram: Telegram, chat_id: int
) -> None:
    replies = telegram.say(chat_id, "menu")
    keyboards = [json.loads(r["reply_markup"]) for r in replies if r.get("reply_markup")]
    payloads = [b["callback_data"] for k in keyboards for row in k["inline_keyboard"] for b in row]
    assert "/ask_reflection_period" in payloads

    answer = telegram.press(chat_id, "/ask_reflection_period")

    assert any("30 days" in r["text"] for r in answer)
    assert telegram.api.calls("/answerCallbackQuery")


def test_a_repeated_update_is_processed_once(telegram: Telegram, chat_id: int) -> None:
    update_id = next(UPDATE_IDS)
    first = telegram.say(chat_id, "hello", update_id=update_id)
    again = telegram.say(chat_id, "hello", update_id=update_id)

    assert first and again == []


@pytest.mark.parametrize(
    "content",
    [
        {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]},
        {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 3}},
        {"sticker": {"file_id": "s", "file_unique_id": "s", "width": 1, "height": 1,
                     "is_animated": False, "is_video": False, "type": "regular"}},
        {"location": {"latitude": 55.67, "longitude": 12.56}},
    ],
)  # fmt: skip
def test_non_text_gets_a_kind_answer(
    telegram: Telegram, chat_id: int, content: dict[str, Any]
) -> None:
    assert telegram.post(telegram.update(chat_id, **content)) == 200

    [reply] = telegram.sent_to(chat_id)
    assert "only read text" in reply["text"]


def test_erase_deletes_the_bots_messages_and_confirms(telegram: Telegram, chat_id: int) -> None:
    sent = telegram.say(chat_id, "hello")
    before = len(telegram.api.calls("/deleteMessage"))

    confirmation = telegram.say(chat_id, "slet")

    deleted = telegram.api.calls("/deleteMessage")[before:]
    assert len(deleted) == len(sent) and all(int(d["chat_id"]) == chat_id for d in deleted)
    assert confirmation and "112" in confirmation[-1]["text"]


def test_a_staff_reply_reaches_her_chat(
    telegram: Telegram, chat_id: int, stack_settings: Settings
) -> None:
    telegram.say(chat_id, "I want to talk to a person")
    ref = sender_ref(TEST_KEYS["HELPLINE_PSEUDONYM_KEY"], "telegram", str(chat_id))

    text = "Hello, this is Anna from the hotline."
    result = asyncio.run(Outbound(stack_settings).send(ref, text))

    assert result.status == "sent"
    assert telegram.sent_to(chat_id)[-1]["text"] == text
