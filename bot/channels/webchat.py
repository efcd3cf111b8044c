"""The safe web chat: a small page at ``/webhooks/webchat/`` and its webhook.

The page (bot/channels/webchat_page/) is served by the Rasa server itself: no CDN and no
external URL, a Content-Security-Policy that allows only same-origin scripts and styles, no
referrer and nothing cached. A clearly visible Quick exit button (and the Escape key) clears
the page's stored data, removes the chat and replaces the page with an everyday site
(``webchat_exit_url`` in bot/settings.py), so Back does not return to the chat.

The page keeps one random session id in ``sessionStorage`` (gone when the tab closes) and
posts ``{"session": id, "message": text}`` to ``/webhooks/webchat/webhook``; the answer is a
JSON list of the assistant's messages as in Rasa's REST channel. The session id is the
person's address: the Gateway (bot.channels.gateway) pseudonymises it, erases on request and
applies numbered replies and her open case, as for every other messaging channel.
"""

from __future__ import annotations

import asyncio
import html
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.gateway import Gateway, Inbound
from bot.channels.webchat_outbox import WebChatOutbox
from bot.settings import load_settings

PAGE_DIR = Path(__file__).resolve().parent / "webchat_page"
SESSION_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
MAX_MESSAGE_CHARS = 5000
# Only navigations the exit may use; anything else (javascript:, data:) falls back to a blank page.
SAFE_EXIT_URL = re.compile(r"(https?://|about:blank$)", re.IGNORECASE)
FALLBACK_EXIT_URL = "about:blank"
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    )
)
# Copied for every response: Sanic adds headers (Location) to the mapping it is given.
PAGE_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}
ASSETS = {"chat.js": "text/javascript; charset=utf-8", "chat.css": "text/css; charset=utf-8"}


def render_page(exit_url: str) -> str:
    """index.html with the quick exit URL in ``<body data-exit-url>`` (HTML-escaped)."""
    if not SAFE_EXIT_URL.match(exit_url):
        exit_url = FALLBACK_EXIT_URL
    template = (PAGE_DIR / "index.html").read_text(encoding="utf-8")
    return template.replace("{{EXIT_URL}}", html.escape(exit_url, quote=True))


class InvalidRequest(ValueError):
    """The request is not a web chat message; the reason is safe to show to the client."""


def parse_message(body: object) -> tuple[str, str]:
    """The (session id, text) of a webhook body; raises InvalidRequest if it is no message."""
    if not isinstance(body, dict):
        raise InvalidRequest("the body must be a JSON object with 'session' and 'message'")
    session = body.get("session")
    if not isinstance(session, str) or not SESSION_ID.fullmatch(session):
        raise InvalidRequest("'session' must be 1 to 64 characters of A-Z, a-z, 0-9, _ and -")
    text = body.get("message")
    if text is None:
        text = ""  # an empty message asks for the topic menu (bot.channels.inbound)
    if not isinstance(text, str):
        raise InvalidRequest("'message' must be a string")
    if len(text) > MAX_MESSAGE_CHARS:
        raise InvalidRequest(f"'message' must be at most {MAX_MESSAGE_CHARS} characters")
    return session, text


def _for_page(message: dict[str, Any]) -> dict[str, Any]:
    # The recipient is her pseudonymous reference: the page has no use for it.
    return {key: value for key, value in message.items() if key != "recipient_id"}


def _asset_handler(text: str, content_type: str) -> Callable[[Request], Awaitable[HTTPResponse]]:
    async def asset(_: Request) -> HTTPResponse:
        return response.text(text, content_type=content_type, headers=dict(PAGE_HEADERS))

    return asset


class WebChatInput(InputChannel):
    """The web chat page and webhook; registered in credentials.yml by its import path."""

    def __init__(self, exit_url: str) -> None:
        self.exit_url = exit_url

    @classmethod
    def name(cls) -> str:
        return "webchat"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return cls(load_settings().webchat_exit_url)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = Blueprint("webchat", __name__)
        page = render_page(self.exit_url)
        settings = load_settings()
        gateway = Gateway(settings)
        outbox = WebChatOutbox(settings.database_url)

        @blueprint.route("/", methods=["GET"])
        async def index(request: Request) -> HTTPResponse:
            if not request.path.endswith("/"):
                # The page loads chat.js, chat.css and the webhook by relative URLs.
                return response.redirect(request.path + "/", headers=dict(PAGE_HEADERS))
            return response.html(page, headers=dict(PAGE_HEADERS))

        for name, content_type in ASSETS.items():
            text = (PAGE_DIR / name).read_text(encoding="utf-8")
            blueprint.add_route(
                _asset_handler(text, content_type),
                f"/{name}",
                methods=["GET"],
                name=name.replace(".", "_"),
            )

        @blueprint.route("/favicon.ico", methods=["GET"])
        async def favicon(_: Request) -> HTTPResponse:
            # No icon (nothing that marks the tab); answered so the browser asks nowhere else.
            return response.empty(headers=dict(PAGE_HEADERS))

        @blueprint.route("/messages", methods=["GET"])
        async def messages(request: Request) -> HTTPResponse:
            # Staff replies waiting for this page (the page asks every few seconds).
            session = request.args.get("session", "")
            if not SESSION_ID.fullmatch(session):
                return response.json({"error": "bad session"}, status=400,
                                     headers=dict(PAGE_HEADERS))  # fmt: skip
            ref = gateway.sender_ref(self.name(), session)
            waiting = await asyncio.to_thread(outbox.fetch, ref)
            return response.json(waiting, headers=dict(PAGE_HEADERS))

        @blueprint.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            try:
                session, text = parse_message(request.json)  # invalid JSON: Sanic's 400
            except InvalidRequest as error:
                return response.json({"error": str(error)}, status=400, headers=dict(PAGE_HEADERS))
            output = CollectingOutputChannel()
            await gateway.handle(Inbound(self.name(), session, None, text), output, on_new_message)
            messages = [_for_page(message) for message in output.messages]
            return response.json(messages, headers=dict(PAGE_HEADERS))

        return blueprint
