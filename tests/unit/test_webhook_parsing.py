"""Webhook parsing: malformed requests are refused (False, None), never an exception (a 500)."""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Bot
from twilio.request_validator import RequestValidator

from bot.channels.telegram import _update
from bot.channels.twilio import _is_signed

BOT = Bot("123456:test-token")  # never contacts Telegram: only used to parse updates
PRIVATE = {"id": 7, "type": "private"}


def message(**fields: Any) -> dict[str, Any]:
    return {"message_id": 1, "date": 0, "chat": PRIVATE, **fields}


@pytest.mark.parametrize(
    "url", ["https://helpline.example.org:abc/webhook", "https://helpline.example.org:99999/x"]
)
def test_a_url_with_a_broken_port_is_not_signed(url: str) -> None:
    """Regression (found by tests/fuzz): the Host header's port crashed RequestValidator."""
    validator = RequestValidator("token")
    assert _is_signed(validator, url, {"From": "+4512345678"}, "c2lnbmF0dXJl") is False


def test_a_correctly_signed_request_is_signed() -> None:
    validator = RequestValidator("token")
    url, params = "https://helpline.example.org/webhook", {"From": "+4512345678", "Body": "hi"}
    assert _is_signed(validator, url, params, validator.compute_signature(url, params))


@pytest.mark.parametrize(
    "data",
    [
        {"update_id": 1, "message": []},
        {"update_id": 1, "message": "hello"},
        {"update_id": 1, "message": {"chat": PRIVATE, "text": "no date"}},
        {"update_id": 1, "message": message(date=10**20)},
        {"update_id": 1, "message": message(sticker={"a": 1})},
        {"update_id": 1, "message": message(text=5)},
        {"update_id": 1, "message": message(chat={"id": "seven", "type": "private"})},
        {
            "update_id": 1,
            "callback_query": {
                "id": "q",
                "chat_instance": "c",
                "data": 7,
                "from": {"id": 1, "is_bot": False, "first_name": "A"},
            },
        },
    ],
    ids=[
        "list",
        "string",
        "no-date",
        "date-overflow",
        "bad-sticker",
        "number-text",
        "text-chat-id",
        "number-payload",
    ],
)
def test_updates_telegram_does_not_send_are_refused(data: dict[str, Any]) -> None:
    """Regression (found by tests/fuzz): these were a 500 or reached the gateway mistyped."""
    assert _update(data, BOT) is None


def test_a_private_text_message_is_parsed() -> None:
    update = _update({"update_id": 3, "message": message(text="hi")}, BOT)
    assert update is not None and update.message is not None
    assert (update.effective_chat.id, update.message.text) == (7, "hi")  # type: ignore[union-attr]
