"""Citizen reports in the console: read, claim, note, close, and export for the police.

Reports sit in the same queue as cases. There is nobody to answer (the reporter may be
anonymous), so there is no reply; a reporter who left contact details is contacted outside
the system. Exports are for supervisors and are audit-logged with the reports they contain.
"""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse, json, text

from bot.hotline.console.auth import error, signed_in
from bot.hotline.console.requests import (
    BadInput,
    NotFoundInput,
    choice_field,
    json_body,
    text_field,
)
from bot.reports.service import OUTCOMES, ReportError, ReportService, ReportView

blueprint = Blueprint("reports", url_prefix="/api/reports")
MAX_NOTE_CHARS = 5000
EXPORT_FORMATS = ("json", "csv")


def _reports(request: Request) -> ReportService:
    return request.app.ctx.reports  # type: ignore[no-any-return]


async def _audit(request: Request, action: str, report_id: int | None, **detail: Any) -> None:
    actor = request.ctx.sign_in.member.name
    await asyncio.to_thread(
        request.app.ctx.audit.record, actor, action, report_id=report_id, detail=detail
    )


async def _get(request: Request, report_id: int) -> ReportView:
    try:
        return await asyncio.to_thread(_reports(request).get, report_id)
    except ReportError as exc:
        raise NotFoundInput(str(exc)) from exc


async def report_json(request: Request, report_id: int) -> dict[str, Any]:
    report = await _get(request, report_id)
    data = report.as_json()
    notes = await asyncio.to_thread(_reports(request).notes, report_id)
    data["notes"] = [note.as_json() for note in notes]
    return data


@blueprint.get("")
@signed_in()
async def list_reports(request: Request) -> HTTPResponse:
    status = request.args.get("status", "open")
    if status not in ("open", "all"):
        raise BadInput("'status' must be open or all")
    reports = await asyncio.to_thread(_reports(request).queue, status == "all")
    return json({"items": [report.as_json() for report in reports]})


@blueprint.get("/<report_id:int>")
@signed_in()
async def show_report(request: Request, report_id: int) -> HTTPResponse:
    data = await report_json(request, report_id)
    await _audit(request, "read", report_id)
    return json(data)


@blueprint.post("/<report_id:int>/claim")
@signed_in()
async def claim_report(request: Request, report_id: int) -> HTTPResponse:
    await _get(request, report_id)
    name = request.ctx.sign_in.member.name
    if not await asyncio.to_thread(_reports(request).claim, report_id, name):
        report = await _get(request, report_id)
        return error(409, f"report {report_id} is already {report.status}")
    await _audit(request, "claim", report_id)
    return json(await report_json(request, report_id))


def _may_act(request: Request, report: ReportView) -> bool:
    member = request.ctx.sign_in.member
    return report.claimed_by in (None, member.name) or member.is_supervisor


@blueprint.post("/<report_id:int>/release")
@signed_in()
async def release_report(request: Request, report_id: int) -> HTTPResponse:
    report = await _get(request, report_id)
    if report.claimed_by is not None and not _may_act(request, report):
        return error(403, "only the holder or a supervisor can release the report")
    try:
        await asyncio.to_thread(_reports(request).release, report_id)
    except ReportError as exc:
        return error(409, str(exc))
    await _audit(request, "release", report_id)
    return json(await report_json(request, report_id))


@blueprint.post("/<report_id:int>/notes")
@signed_in()
async def add_note(request: Request, report_id: int) -> HTTPResponse:
    note_text = text_field(json_body(request), "text", MAX_NOTE_CHARS)
    await _get(request, report_id)
    author = request.ctx.sign_in.member.name
    note = await asyncio.to_thread(_reports(request).add_note, report_id, author, note_text)
    await _audit(request, "note", report_id)
    return json(note.as_json(), status=201)


@blueprint.post("/<report_id:int>/close")
@signed_in()
async def close_report(request: Request, report_id: int) -> HTTPResponse:
    outcome = choice_field(json_body(request), "outcome", OUTCOMES)
    report = await _get(request, report_id)
    if not _may_act(request, report):
        return error(403, "only the holder or a supervisor can close the report")
    try:
        await asyncio.to_thread(_reports(request).close, report_id, outcome)
    except ReportError as exc:
        return error(409, str(exc))
    await _audit(request, "close", report_id, outcome=outcome)
    return json(await report_json(request, report_id))


@blueprint.get("/export")
@signed_in(role="supervisor")
async def export(request: Request) -> HTTPResponse:
    """Reports by ``ids=1,2`` or ``since=YYYY-MM-DD[&until=...]``, as JSON or CSV."""
    export_format = request.args.get("format", "json")
    if export_format not in EXPORT_FORMATS:
        raise BadInput("'format' must be json or csv")
    ids, since, until = _export_selection(request)
    try:
        rows = await asyncio.to_thread(_reports(request).export, ids, since, until)
    except ReportError as exc:
        raise NotFoundInput(str(exc)) from exc
    exported = [row["id"] for row in rows]
    await _audit(request, "export", None, format=export_format, reports=exported)
    filename = f"helpline-reports.{export_format}"
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    if export_format == "csv":
        return text(ReportService.to_csv(rows), content_type="text/csv", headers=headers)
    return json(rows, headers=headers)


def _export_selection(request: Request) -> tuple[list[int] | None, date | None, date | None]:
    raw_ids, raw_since, raw_until = (request.args.get(k) for k in ("ids", "since", "until"))
    if bool(raw_ids) == bool(raw_since):
        raise BadInput("give either ids=1,2,3 or since=YYYY-MM-DD (and until=...)")
    try:
        ids = [int(part) for part in raw_ids.split(",")] if raw_ids else None
        since = date.fromisoformat(raw_since) if raw_since else None
        until = date.fromisoformat(raw_until) if raw_until else None
    except ValueError as exc:
        raise BadInput("ids must be numbers and dates YYYY-MM-DD") from exc
    return ids, since, until
