"""The hotline's background duties, a process of the stack (`helpline worker`).

Every minute: the escalations kept while the case database was out of reach become cases,
and the messages kept for open cases are added to them (bot.hotline.pending_cases); a person
whose case has waited longer than ``claim_timeout_minutes`` is told honestly, once, in her
language and through her channel, that nobody has answered yet, with the hotline and
emergency numbers; the case keeps waiting.
People on channels that cannot be written to (REST) are told with their next message instead
(bot.hotline.inbox). A failed notice is written into the case, so staff see it.

And: encrypted addresses are kept only as long as needed, i.e. deleted after
``address_retention_days`` without a message unless their person has an open case; and once a
day (and at start) everything past its retention period is purged (bot/privacy/retention.py).
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import suppress
from datetime import datetime, timedelta

from aiohttp import web

from bot.channels.outbound import Outbound
from bot.hotline.cases import CaseService
from bot.hotline.hours import waited_too_long
from bot.hotline.pending_cases import PendingCases
from bot.language.nlg_server import renderer_from_settings
from bot.language.responses import ResponseRenderer
from bot.privacy.retention import purge
from bot.settings import Settings
from bot.store.models import utcnow

log = logging.getLogger(__name__)
INTERVAL_SECONDS = 60
PURGE_INTERVAL = timedelta(days=1)
NOTICE = "utter_case_still_waiting"


async def notify_waiting(
    settings: Settings, service: CaseService, renderer: ResponseRenderer, outbound: Outbound
) -> int:
    """Tell every person waiting too long, once; returns how many were told."""
    told = 0
    now = utcnow()
    for case in await asyncio.to_thread(service.waiting_without_notice):
        if not waited_too_long(settings.hotline, case.created_at, now):
            continue
        if await asyncio.to_thread(outbound.addresses.lookup, case.sender_ref) is None:
            continue  # not reachable by push: her next message gets the notice
        if not await asyncio.to_thread(service.mark_waiting_notice, case.id):
            continue  # someone else told her in the meantime
        text = renderer.render(NOTICE, case.language).text
        result = await outbound.send(case.sender_ref, text)
        author, line = ("bot", text) if result.status == "sent" else (
            "system", f"Could not tell her the case is still waiting: {result.detail}")  # fmt: skip
        await asyncio.to_thread(service.add_message, case.id, author, line)
        told += result.status == "sent"
    return told


def forget_quiet_addresses(settings: Settings, service: CaseService, outbound: Outbound) -> int:
    """Delete the addresses nobody needs any more; returns how many."""
    open_refs = {case.sender_ref for case in service.queue()}
    return outbound.addresses.forget_quiet(settings.address_retention_days, open_refs)


async def _loop(settings: Settings) -> None:
    service = CaseService(settings.database_url)
    renderer = renderer_from_settings(settings)
    outbound = Outbound(settings)
    pending = PendingCases(settings.pending_cases_dir)
    last_purge: datetime | None = None
    while True:
        try:
            await asyncio.to_thread(pending.deliver_all, settings.database_url)
            await notify_waiting(settings, service, renderer, outbound)
            await asyncio.to_thread(forget_quiet_addresses, settings, service, outbound)
            if last_purge is None or utcnow() - last_purge >= PURGE_INTERVAL:
                counts = await asyncio.to_thread(purge, settings)
                last_purge = utcnow()
                log.info("purged past retention: %s", counts)
        except Exception:
            log.exception("background duties failed this round")
        await asyncio.sleep(INTERVAL_SECONDS)


def run_worker(settings: Settings) -> None:
    """Serve /health (for `helpline run`) and run the duties until stopped."""

    async def health(_: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def start_duties(app: web.Application) -> None:
        app["duties"] = asyncio.create_task(_loop(settings))

    async def stop_duties(app: web.Application) -> None:
        app["duties"].cancel()
        with suppress(asyncio.CancelledError):
            await app["duties"]

    app = web.Application()
    app.router.add_get("/health", health)
    app.on_startup.append(start_duties)
    app.on_cleanup.append(stop_duties)
    web.run_app(app, host="127.0.0.1", port=settings.services.worker_port, print=None)
