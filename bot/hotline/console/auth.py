"""Who is asking: the session cookie or an API token, CSRF, roles.

Browsers hold the session token in an HttpOnly, SameSite=Strict cookie, and every request that
changes something must echo the session's CSRF token in ``X-CSRF-Token``: a page on another
site can neither read that token nor set the header. Integrations send
``Authorization: Bearer <token>`` and need no CSRF token (no browser sends it on its own).
A browser signed in with a one-time password can do nothing but change it (API tokens are
issued by an operator with `helpline staff token`, for accounts that never sign in).
"""

from __future__ import annotations

import asyncio
import functools
import hmac
from collections.abc import Awaitable, Callable
from typing import Any

from sanic.request import Request
from sanic.response import HTTPResponse, json

from bot.hotline.staff import SignIn, StaffService

SESSION_COOKIE = "helpline_session"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

Handler = Callable[..., Awaitable[HTTPResponse]]


def error(status: int, message: str, **extra: Any) -> HTTPResponse:
    return json({"error": message, **extra}, status=status)


def session_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.cookies.get(SESSION_COOKIE, "")


async def resolve(request: Request) -> SignIn | None:
    staff: StaffService = request.app.ctx.staff
    return await asyncio.to_thread(staff.session_for, session_token(request))


def csrf_ok(request: Request, sign_in: SignIn) -> bool:
    if request.method in SAFE_METHODS or sign_in.kind == "api":
        return True
    sent = request.headers.get(CSRF_HEADER, "")
    return hmac.compare_digest(sent.encode(), sign_in.csrf_token.encode())


def signed_in(
    role: str | None = None, allow_password_change: bool = False
) -> Callable[[Handler], Handler]:
    """Require a session (401), a matching CSRF token (403), a changed password, a role (403)."""

    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def wrapper(request: Request, *args: Any, **kwargs: Any) -> HTTPResponse:
            sign_in = await resolve(request)
            if sign_in is None:
                return error(401, "sign in first")
            if not csrf_ok(request, sign_in):
                return error(403, "missing or wrong CSRF token; reload the page")
            must_change = sign_in.member.must_change_password and sign_in.kind == "browser"
            if must_change and not allow_password_change:
                return error(403, "change your password first")
            if role is not None and sign_in.member.role != role:
                return error(403, f"only a {role} can do this")
            request.ctx.sign_in = sign_in
            return await handler(request, *args, **kwargs)

        return wrapper

    return decorate
