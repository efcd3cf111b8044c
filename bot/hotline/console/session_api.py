"""Signing in and out, the current session, and changing one's password."""

from __future__ import annotations

import asyncio

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse, empty, json

from bot.hotline.console.auth import SESSION_COOKIE, error, session_token, signed_in
from bot.hotline.console.requests import json_body, text_field
from bot.hotline.staff import (
    BROWSER_SESSION_LIFETIME,
    SignIn,
    SignInRefused,
    StaffError,
    StaffService,
)

blueprint = Blueprint("session", url_prefix="/api/session")


def session_json(sign_in: SignIn) -> dict[str, object]:
    member = sign_in.member
    return {
        **member.as_json(),
        "must_change_password": member.must_change_password,
        "csrf_token": sign_in.csrf_token,
    }


def _with_cookie(response: HTTPResponse, request: Request, token: str) -> HTTPResponse:
    response.cookies[SESSION_COOKIE] = token
    cookie = response.cookies[SESSION_COOKIE]
    cookie["httponly"] = True
    cookie["samesite"] = "Strict"
    cookie["path"] = "/"
    cookie["max-age"] = int(BROWSER_SESSION_LIFETIME.total_seconds())
    if request.app.ctx.settings.console_secure_cookie:
        cookie["secure"] = True
    return response


@blueprint.post("")
async def sign_in(request: Request) -> HTTPResponse:
    body = json_body(request)
    name = text_field(body, "name", 64)
    password = text_field(body, "password", 256, strip=False)
    staff: StaffService = request.app.ctx.staff
    try:
        session, token = await asyncio.to_thread(staff.sign_in, name, password)
    except SignInRefused as refused:
        await asyncio.to_thread(
            request.app.ctx.audit.record, name[:64], "sign_in_refused", detail={}
        )
        if refused.locked_until is not None:
            return error(423, str(refused), locked_until=refused.locked_until.isoformat() + "Z")
        return error(401, str(refused))
    await asyncio.to_thread(request.app.ctx.audit.record, name, "sign_in")
    return _with_cookie(json(session_json(session)), request, token)


@blueprint.get("")
@signed_in(allow_password_change=True)
async def current(request: Request) -> HTTPResponse:
    return json(session_json(request.ctx.sign_in))


@blueprint.delete("")
@signed_in(allow_password_change=True)
async def sign_out(request: Request) -> HTTPResponse:
    await asyncio.to_thread(request.app.ctx.staff.sign_out, session_token(request))
    response = empty(status=204)
    response.cookies[SESSION_COOKIE] = ""
    response.cookies[SESSION_COOKIE]["max-age"] = 0
    response.cookies[SESSION_COOKIE]["path"] = "/"
    return response


@blueprint.post("/password")
@signed_in(allow_password_change=True)
async def change_password(request: Request) -> HTTPResponse:
    """A new password ends every session of the account; this browser gets a fresh one."""
    body = json_body(request)
    current_password = text_field(body, "current_password", 256, strip=False)
    new_password = text_field(body, "new_password", 256, strip=False)
    staff: StaffService = request.app.ctx.staff
    name = request.ctx.sign_in.member.name
    try:
        await asyncio.to_thread(staff.change_password, name, current_password, new_password)
        session, token = await asyncio.to_thread(staff.sign_in, name, new_password)
    except StaffError as refused:
        return error(400, str(refused))
    await asyncio.to_thread(request.app.ctx.audit.record, name, "password_changed")
    return _with_cookie(json(session_json(session)), request, token)
