"""The console application: `helpline console` serves it; `helpline run` starts it.

Sanic (already part of Rasa) serves the JSON API under ``/api/``, the live event stream and
the page in ``page/``: no CDN, no inline script, a strict Content-Security-Policy, nothing
cached. Every response carries the same defensive headers.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sanic import Sanic
from sanic.exceptions import NotFound, SanicException
from sanic.request import Request
from sanic.response import HTTPResponse, file, json

from bot.channels.outbound import Outbound
from bot.hotline.audit import AuditLog
from bot.hotline.cases import CaseError, CaseNotFound, CaseService
from bot.hotline.console import cases_api, queue_api, reports_api, session_api, staff_api
from bot.hotline.console.auth import error
from bot.hotline.console.live import QueueFeed
from bot.hotline.console.openapi import openapi_schema
from bot.hotline.console.replies import CaseConversation, Translator
from bot.hotline.console.requests import BadInput, NotFoundInput
from bot.hotline.staff import StaffService
from bot.language.nlg_server import renderer_from_settings
from bot.language.responses import ResponseRenderer
from bot.reports.service import OUTCOMES as REPORT_OUTCOMES
from bot.reports.service import ReportService
from bot.settings import Settings
from bot.store.database import upgrade_database
from bot.store.shared_state import QueueChanges

log = logging.getLogger(__name__)
PAGE_DIR = Path(__file__).resolve().parent / "page"
PAGE_FILES = {"console.js": "text/javascript", "console.css": "text/css"}
MAX_REQUEST_BYTES = 64 * 1024
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}


def create_app(
    settings: Settings,
    renderer: ResponseRenderer | None = None,
    translator: Translator | None = None,
    name: str = "helpline_console",
) -> Sanic:
    """The console app on ``settings``; renderer and translator default to the installed ones."""
    app = Sanic(name, configure_logging=False)
    app.config.REQUEST_MAX_SIZE = MAX_REQUEST_BYTES
    app.config.RESPONSE_TIMEOUT = 24 * 3600  # the event stream stays open
    renderer = renderer or renderer_from_settings(settings)
    if translator is None:
        from bot.language.translation import ArgosTranslator

        translator = ArgosTranslator(settings.argos_dir)
    cases = CaseService(settings.database_url)
    reports = ReportService(settings.database_url)
    sources: list[Any] = [cases, reports]
    app.ctx.settings = settings
    app.ctx.staff = StaffService(settings.database_url)
    app.ctx.audit = AuditLog(settings.database_url)
    app.ctx.cases = cases
    app.ctx.queue_sources = sources
    app.ctx.reports = reports
    app.ctx.report_outcomes = REPORT_OUTCOMES
    app.ctx.conversation = CaseConversation(
        cases,
        renderer,
        translator,
        Outbound(settings),
        protected=[value for value in settings.contact.placeholders().values() if value],
        canned=dict(settings.console_canned_replies),
    )
    app.ctx.feed = QueueFeed(
        lambda: queue_api.queue_version(sources),
        lambda: queue_api.queue_snapshot(sources),
        changes=QueueChanges(settings.redis_url) if settings.redis_url else None,
    )
    for blueprint in (session_api, staff_api, queue_api, cases_api, reports_api):
        app.blueprint(blueprint.blueprint)
    _add_page_routes(app)
    _add_error_handlers(app)

    @app.listener("after_server_start")
    async def start_feed(app: Sanic, _loop: Any) -> None:
        app.ctx.feed.start()

    @app.listener("before_server_stop")
    async def stop_feed(app: Sanic, _loop: Any) -> None:
        await app.ctx.feed.stop()

    @app.middleware("response")
    async def security_headers(_request: Request, response: HTTPResponse) -> None:
        for header, value in SECURITY_HEADERS.items():
            response.headers.setdefault(header, value)

    return app


def _add_page_routes(app: Sanic) -> None:
    @app.get("/")
    async def page(_request: Request) -> HTTPResponse:
        return await file(PAGE_DIR / "index.html", mime_type="text/html; charset=utf-8")

    @app.get("/static/<name:str>")
    async def static(_request: Request, name: str) -> HTTPResponse:
        if name not in PAGE_FILES:
            raise NotFound("no such file")
        return await file(PAGE_DIR / name, mime_type=f"{PAGE_FILES[name]}; charset=utf-8")

    @app.get("/health")
    async def health(_request: Request) -> HTTPResponse:
        return json({"status": "ok"})

    @app.get("/api/openapi.json")
    async def schema(_request: Request) -> HTTPResponse:
        return json(openapi_schema())


def _add_error_handlers(app: Sanic) -> None:
    @app.exception(BadInput)
    async def bad_input(_request: Request, exc: BadInput) -> HTTPResponse:
        return error(400, str(exc))

    @app.exception(CaseNotFound, NotFoundInput)
    async def not_found(_request: Request, exc: Exception) -> HTTPResponse:
        return error(404, str(exc))

    @app.exception(CaseError)
    async def conflict(_request: Request, exc: CaseError) -> HTTPResponse:
        return error(409, str(exc))

    @app.exception(SanicException)
    async def sanic_error(_request: Request, exc: SanicException) -> HTTPResponse:
        status = int(getattr(exc, "status_code", 500) or 500)
        message = "not found" if status == 404 else str(exc) or "request refused"
        return error(status, message)

    @app.exception(Exception)
    async def unexpected(request: Request, exc: Exception) -> HTTPResponse:
        log.exception("console request %s %s failed", request.method, request.path)
        return error(500, "something went wrong; the error is logged")


def serve(settings: Settings) -> None:
    """Run the console on ``services.console_port`` until stopped."""
    upgrade_database(settings.database_url)
    app = create_app(settings)
    app.run(
        host=settings.services.host,
        port=settings.services.console_port,
        access_log=False,
        workers=1,
        motd=False,
    )
