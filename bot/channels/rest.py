"""Rasa's standard REST channel (``/webhooks/rest/webhook``) with input validation.

Rasa's own RestInput answers ``null``, a JSON list or a missing sender with a 500 and ignores
empty messages. This subclass keeps the same URL and format, refuses non-messages with a 400,
turns empty messages into a request for the topic menu, so every person gets an answer, and
understands a number as the choice of that option in the last menu. Messages of a person
with an open case go to the case (bot.hotline.inbox). Where Rasa's channel would answer an
empty list after a failure (a database out of reach), she gets the safe answer with 112.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint
from sanic.exceptions import InvalidUsage
from sanic.request import Request

from bot.channels.inbound import InvalidInbound, checked_sender, normalise_text
from bot.hotline.inbox import receive_in_request


class HelplineRestInput(RestInput):
    """The REST channel; registered in credentials.yml by its import path."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        async def deliver(message: UserMessage) -> None:
            await receive_in_request(message, on_new_message)

        return super().blueprint(deliver)

    async def _extract_sender(self, req: Request) -> str:
        return _checked(checked_sender, _body(req).get("sender"))

    def _extract_message(self, req: Request) -> str:
        return _checked(normalise_text, _body(req).get("message"))

    def _extract_input_channel(self, req: Request) -> str:
        # Clients may not pose as another channel (e.g. "twilio"): the channel is who we are.
        return self.name()

    def get_metadata(self, request: Request) -> dict[str, Any] | None:
        # Client-supplied metadata would be stored in the tracker unchecked; none is needed.
        return None


def _body(req: Request) -> dict[str, Any]:
    body = req.json  # Sanic answers invalid JSON with a 400 itself
    if not isinstance(body, dict):
        raise InvalidUsage("the body must be a JSON object with 'sender' and 'message'")
    return body


def _checked(check: Any, value: object) -> str:
    try:
        return str(check(value))
    except InvalidInbound as error:
        raise InvalidUsage(str(error)) from error
