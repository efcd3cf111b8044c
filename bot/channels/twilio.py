"""SMS and WhatsApp through Twilio: ``/webhooks/twilio/webhook``.

Every request must carry a valid ``X-Twilio-Signature`` (HMAC-SHA1 of the public webhook URL
and the POST parameters under the auth token, checked with twilio's RequestValidator);
forged or unsigned requests get a 403 and nothing is processed. Replies go out through the
Twilio REST API, SMS split into numbered parts (GSM-7/UCS-2 aware), WhatsApp unsplit; buttons
become numbered options (a reply "2" chooses the second). The webhook answers an empty TwiML
document. Enabled only when HELPLINE_TWILIO_* are set (bot.settings).
"""

from __future__ import annotations

import asyncio
import logging
import urllib.parse
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.base.exceptions import TwilioException
from twilio.http.http_client import TwilioHttpClient
from twilio.request_validator import RequestValidator
from twilio.rest import Client

from bot.channels.gateway import Gateway, Inbound
from bot.channels.sms_parts import render_buttons, split_sms, whatsapp_text
from bot.settings import TwilioSettings, load_settings

log = logging.getLogger(__name__)
TWILIO_API = "https://api.twilio.com"
WHATSAPP_PREFIX = "whatsapp:"
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
# Carriers expect START to undo STOP; here STOP erased her data, START begins afresh.
START_WORDS = frozenset({"start", "unstop"})


class _RedirectedHttpClient(TwilioHttpClient):
    """Sends Twilio REST calls to ``api_base`` instead of api.twilio.com (tests, local fakes)."""

    def __init__(self, api_base: str) -> None:
        super().__init__()
        self.api_base = api_base.rstrip("/")

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        return super().request(method, url.replace(TWILIO_API, self.api_base, 1), *args, **kwargs)


def twilio_client(settings: TwilioSettings) -> Client:
    http_client = _RedirectedHttpClient(settings.api_base) if settings.api_base else None
    return Client(settings.account_sid, settings.auth_token, http_client=http_client)


class TwilioOutput(OutputChannel):
    """Sends the assistant's messages to one phone number (SMS) or WhatsApp address."""

    def __init__(self, client: Client, from_number: str, to: str) -> None:
        self.client = client
        self.whatsapp = to.startswith(WHATSAPP_PREFIX)
        self.from_ = f"{WHATSAPP_PREFIX}{from_number}" if self.whatsapp else from_number
        self.to = to

    @classmethod
    def name(cls) -> str:
        return "twilio"

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._send(text)

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self._send(text, buttons)

    async def _send(self, text: str, buttons: list[dict[str, Any]] | None = None) -> None:
        if self.whatsapp:
            parts = whatsapp_text(text, buttons or [])
        else:
            parts = split_sms(render_buttons(text, buttons or []))
        for part in parts:
            await asyncio.to_thread(self._create, part)

    def _create(self, body: str) -> None:
        self.client.messages.create(to=self.to, from_=self.from_, body=body)


class TwilioInput(InputChannel):
    """The Twilio webhook; registered in credentials.yml by its import path."""

    def __init__(self, settings: TwilioSettings | None) -> None:
        self.settings = settings

    @classmethod
    def name(cls) -> str:
        return "twilio"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return cls(load_settings().twilio)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = Blueprint("twilio_webhook", __name__)
        settings = self.settings

        @blueprint.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if settings else "not configured"})

        if settings is None:
            return blueprint  # no webhook without credentials
        validator = RequestValidator(settings.auth_token)
        client = twilio_client(settings)
        gateway = Gateway(load_settings())

        @blueprint.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            params = _form(request)
            if params is None:
                return response.text("expected a form-encoded Twilio request", status=400)
            signature = request.headers.get("X-Twilio-Signature", "")
            url = settings.public_url or request.url
            if not signature or not _is_signed(validator, url, params, signature):
                return response.text("forbidden", status=403)
            sender = params.get("From", "")
            if not sender:
                return response.text("missing From", status=400)
            inbound = Inbound(
                channel="whatsapp" if sender.startswith(WHATSAPP_PREFIX) else "sms",
                address=sender,
                delivery_id=params.get("MessageSid") or None,
                text=_text_of(params),
            )
            output = TwilioOutput(client, settings.from_number, sender)
            try:
                await gateway.handle(inbound, output, on_new_message)
            except TwilioException:
                log.exception("Twilio refused a reply")  # the message itself is in the tracker
            return response.text(EMPTY_TWIML, content_type="text/xml")

        return blueprint


def _form(request: Request) -> dict[str, str] | None:
    """The POST parameters, blank ones included: Twilio signs an empty Body too."""
    if not request.content_type.startswith("application/x-www-form-urlencoded"):
        return None
    try:
        pairs = urllib.parse.parse_qsl(request.body.decode("utf-8"), keep_blank_values=True)
    except UnicodeDecodeError:
        return None
    return dict(pairs)


def _is_signed(
    validator: RequestValidator, url: str, params: dict[str, str], signature: str
) -> bool:
    """The signature check; a URL twilio cannot parse (a Host header "x:abc") was never signed."""
    try:
        return validator.validate(url, params, signature)
    except ValueError:  # urllib: the port is not a number or out of range
        return False


def _text_of(params: dict[str, str]) -> str | None:
    """The message text; None for media without words (photo, voice note, location)."""
    body = params.get("Body", "")
    if body.strip().casefold() in START_WORDS:
        return "/greet"
    has_media = params.get("NumMedia", "0") not in ("", "0") or "Latitude" in params
    if has_media and not body.strip():
        return None
    return body
