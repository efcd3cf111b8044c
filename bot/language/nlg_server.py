"""The NLG endpoint Rasa calls for every bot message (``nlg.url`` in endpoints.yml).

Rasa posts ``{"response": name, "arguments": {...}, "tracker": {...}, "channel": {...}}`` and
expects ``{"text": ..., "buttons": [...]}``. The ``language`` slot of the tracker picks the
catalog. A malformed request is a bug in the caller and gets a 400; a well-formed request always
gets an answer a person can act on (see ``ResponseRenderer``).
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from aiohttp import web

from bot.language.catalog import load_catalogs
from bot.language.responses import ResponseRenderer
from bot.settings import Settings

log = logging.getLogger(__name__)

RENDERER_KEY = web.AppKey("renderer", ResponseRenderer)
MAX_REQUEST_BYTES = 4 * 1024 * 1024  # a tracker with a long conversation, not more


def create_nlg_app(renderer: ResponseRenderer) -> web.Application:
    """The aiohttp application serving ``POST /nlg`` and ``GET /health``."""
    app = web.Application(client_max_size=MAX_REQUEST_BYTES)
    app[RENDERER_KEY] = renderer
    app.router.add_post("/nlg", handle_nlg)
    app.router.add_get("/health", handle_health)
    return app


def renderer_from_settings(settings: Settings) -> ResponseRenderer:
    """Load the catalogs, contact details and installed translation models."""
    from bot.language.translation import ArgosTranslator

    catalogs = load_catalogs(settings.translations_dir)
    translator = ArgosTranslator(settings.argos_dir)
    return ResponseRenderer(catalogs, settings.contact.placeholders(), translator)


async def handle_nlg(request: web.Request) -> web.Response:
    try:
        body = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return _bad_request("the body must be JSON")
    if not isinstance(body, dict):
        return _bad_request("the body must be a JSON object")
    name = body.get("response")
    if not isinstance(name, str) or not name:
        return _bad_request("'response' must name a response")
    arguments = body.get("arguments") or {}
    if not isinstance(arguments, dict):
        return _bad_request("'arguments' must be an object")
    renderer = request.app[RENDERER_KEY]
    language = conversation_language(body)
    if renderer.is_quick(name, language):
        rendered = renderer.render(name, language, arguments)
    else:
        # A translation model (CPU-bound, seconds): keep the event loop free meanwhile.
        rendered = await asyncio.get_running_loop().run_in_executor(
            None, renderer.render, name, language, arguments
        )
    return web.json_response(rendered.to_rasa())


async def handle_health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok", "languages": request.app[RENDERER_KEY].languages})


def conversation_language(body: dict[str, Any]) -> str | None:
    """The language she chose, else the language detected from her messages."""
    tracker = body.get("tracker")
    slots = tracker.get("slots") if isinstance(tracker, dict) else None
    if not isinstance(slots, dict):
        return None
    for slot in ("language_choice", "language"):
        if isinstance(slots.get(slot), str) and slots[slot]:
            return str(slots[slot])
    return None


def _bad_request(reason: str) -> web.Response:
    log.warning("NLG request rejected: %s", reason)
    return web.json_response({"error": reason}, status=400)


def serve(settings: Settings) -> None:
    """Run the NLG server in the foreground (used by ``helpline nlg``)."""
    app = create_nlg_app(renderer_from_settings(settings))
    # No access log: a line per bot message says nothing the Rasa server's log does not.
    web.run_app(app, host="127.0.0.1", port=settings.services.nlg_port, print=None, access_log=None)
