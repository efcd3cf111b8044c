"""Staff accounts (supervisors add them) and the audit log (supervisors read it)."""

from __future__ import annotations

import asyncio

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse, json

from bot.hotline.console.auth import error, signed_in
from bot.hotline.console.requests import BadInput, choice_field, json_body, text_field
from bot.hotline.staff import StaffError
from bot.store.models import STAFF_ROLES

blueprint = Blueprint("staff", url_prefix="/api")
MAX_AUDIT_ENTRIES = 1000


@blueprint.get("/staff")
@signed_in()
async def list_staff(request: Request) -> HTTPResponse:
    """Everyone who can take a case (for transfers); names and roles only."""
    members = await asyncio.to_thread(request.app.ctx.staff.members)
    return json({"items": [member.as_json() for member in members]})


@blueprint.post("/staff")
@signed_in(role="supervisor")
async def add_staff(request: Request) -> HTTPResponse:
    body = json_body(request)
    name = text_field(body, "name", 64)
    role = choice_field(body, "role", STAFF_ROLES)
    language = body.get("language") or "en"
    if not isinstance(language, str) or not language.isalpha() or len(language) > 8:
        raise BadInput("'language' must be a language code such as en or da")
    try:
        member, password = await asyncio.to_thread(request.app.ctx.staff.add, name, role, language)
    except StaffError as refused:
        return error(409 if "already" in str(refused) else 400, str(refused))
    actor = request.ctx.sign_in.member.name
    await asyncio.to_thread(
        request.app.ctx.audit.record, actor, "staff_added", detail={"name": name, "role": role}
    )
    return json({**member.as_json(), "one_time_password": password}, status=201)


@blueprint.get("/audit")
@signed_in(role="supervisor")
async def audit_log(request: Request) -> HTTPResponse:
    try:
        limit = min(MAX_AUDIT_ENTRIES, max(1, int(request.args.get("limit", "100"))))
    except ValueError as exc:
        raise BadInput("'limit' must be a whole number") from exc
    entries = await asyncio.to_thread(request.app.ctx.audit.recent, limit)
    return json({"items": [entry.as_json() for entry in entries]})
