"""The queue: what waits, most urgent first, as JSON and as a live event stream."""

from __future__ import annotations

import asyncio
from contextlib import suppress
from typing import Any

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse, json

from bot.hotline.cases import OUTCOMES, PRIORITY_ORDER
from bot.hotline.console.auth import signed_in
from bot.store.models import utcnow

blueprint = Blueprint("queue", url_prefix="/api")
PING_SECONDS = 15.0


def queue_snapshot(sources: list[Any]) -> dict[str, Any]:
    """Open items of every source (cases, reports), most urgent first, then longest waiting."""
    now = utcnow()
    views = [view for source in sources for view in source.queue()]
    views.sort(key=lambda v: (PRIORITY_ORDER[v.priority], v.created_at, v.id))
    items = []
    for view in views:
        item = view.as_json()
        item["waiting_seconds"] = max(0, int((now - view.created_at).total_seconds()))
        items.append(item)
    return {"items": items, "version": queue_version(sources)}


def queue_version(sources: list[Any]) -> str:
    return "|".join(source.queue_version() for source in sources)


@blueprint.get("/queue")
@signed_in()
async def queue(request: Request) -> HTTPResponse:
    return json(await asyncio.to_thread(queue_snapshot, request.app.ctx.queue_sources))


@blueprint.get("/outcomes")
@signed_in()
async def outcomes(request: Request) -> HTTPResponse:
    return json({"case": list(OUTCOMES), "report": list(request.app.ctx.report_outcomes)})


@blueprint.get("/events")
@signed_in()
async def events(request: Request) -> None:
    """Server-sent events: the queue on connect and on every change; a ping keeps proxies open."""
    feed = request.app.ctx.feed
    subscription = await feed.subscribe()
    stream = await request.respond(
        content_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )
    try:
        while True:
            event = "event: ping\ndata: {}\n\n"
            with suppress(asyncio.TimeoutError):
                event = await asyncio.wait_for(subscription.get(), PING_SECONDS)
            await stream.send(event)
    finally:
        feed.unsubscribe(subscription)
