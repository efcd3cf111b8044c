"""An in-memory stand-in for the hotline console API, to develop and test the page against.

It serves bot/hotline/console/page/ as the console app does (GET / and GET /static/<file>, with
the console's Content-Security-Policy) and answers the API contract of the page with plain
dicts in memory: sign-in with a cookie and a CSRF token, the password change that must come
first, the queue as JSON and as Server-Sent Events, cases, reports, replies with delivery,
notes, closing, transfer, audit and staff. It is not the console: no database, no real
translation (a "machine translation" here is the text behind a language tag) and only the
rules the page shows to staff.

Look at the page by hand (sign in as anna / first-password-1, or sofie / supervisor-pass-1)::

    .venv/bin/python -m tests.console.fake_console_api          # http://127.0.0.1:8080/
"""

from __future__ import annotations

import asyncio
import json
import secrets
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from aiohttp import web

PAGE_DIR = Path(__file__).resolve().parents[2] / "bot" / "hotline" / "console" / "page"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; "
    "script-src 'self'; frame-ancestors 'none'"
)
ASSETS = {"console.js": "text/javascript; charset=utf-8", "console.css": "text/css; charset=utf-8"}
COOKIE = "helpline_session"
MUST_CHANGE = "change your password first"
MIN_PASSWORD = 12
MAX_FAILURES = 5
PRIORITY_ORDER = {"emergency": 0, "high": 1, "normal": 2}
CASE_OUTCOMES = ["referred_police", "referred_shelter", "referred_health", "information_given",
                 "no_contact", "other"]  # fmt: skip
# Installed translation models (from, to): Romanian and Ukrainian both ways, Tigrinya none.
MODELS = {("ro", "en"), ("en", "ro"), ("uk", "en"), ("en", "uk")}
CANNED: list[dict[str, Any]] = [
    {
        "name": "call_112",
        "label": "Danger: call 112",
        "gloss": "If you are in danger now, call 112. It is free.",
        "text": {
            "ro": "Dacă ești în pericol acum, sună la 112. Este gratuit.",
            "ti": "ሕጂ ኣብ ሓደጋ እንተሃሊኺ፡ ናብ 112 ደውሊ። ብነጻ እዩ።",
        },
    },
    {
        "name": "counsellor_here",
        "label": "A counsellor is here",
        "gloss": "I am a counsellor from the hotline. You can write to me safely.",
        "text": {
            "ro": "Sunt consilieră la linia de ajutor. Îmi poți scrie în siguranță.",
            "ti": "ኣነ ካብ መስመር ሓገዝ ኣማኻሪት እየ። ብውሕስነት ክትጽሕፍለይ ትኽእሊ ኢኺ።",
        },
    },
]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Refused(Exception):
    """An API error: the status and the ``{"error": ...}`` text the page shows."""

    def __init__(self, status: int, error: str, **extra: Any) -> None:
        super().__init__(error)
        self.status = status
        self.body = {"error": error, **extra}


@dataclass
class Account:
    name: str
    role: str
    language: str
    password: str
    must_change_password: bool = False
    failures: int = 0
    locked_until: datetime | None = None


@dataclass
class Session:
    name: str
    csrf_token: str = field(default_factory=lambda: secrets.token_urlsafe(24))


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def machine_translation(text: str, language: str) -> str:
    return f"[{language}] {text}"


class FakeConsole:
    """The console API in memory, on a loopback port, in a thread of its own.

    Tests change the world with ``add_case``, ``add_report``, ``claim_as`` and
    ``pause_events``/``resume_events``; the page sees the change over its event stream.
    """

    def __init__(self, ping_seconds: float = 15.0) -> None:
        self.ping_seconds = ping_seconds
        self.lock = threading.RLock()
        self.accounts: dict[str, Account] = {}
        self.sessions: dict[str, Session] = {}
        self.items: dict[tuple[str, int], dict[str, Any]] = {}
        self.audit: list[dict[str, Any]] = []
        self.version = 0
        self.events_open = True
        self._ids: dict[str, int] = {}  # cases, reports and lines count separately, as in the DB
        self._listeners: set[asyncio.Queue[str | None]] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # ---- The world -----------------------------------------------------------------------

    def add_account(self, name: str, role: str, password: str, *, language: str = "en",
                    must_change_password: bool = False) -> Account:  # fmt: skip
        with self.lock:
            account = Account(name, role, language, password, must_change_password)
            self.accounts[name] = account
            return account

    def _new_id(self, kind: str) -> int:
        self._ids[kind] = self._ids.get(kind, 0) + 1
        return self._ids[kind]

    def add_case(
        self,
        *,
        priority: str = "normal",
        language: str = "ro",
        channel: str = "sms",
        summary: str = "",
        messages: list[str] | None = None,
        translations: dict[str, str] | None = None,
        indicators: dict[str, list[str]] | None = None,
        reasons: list[str] | None = None,
        waiting_minutes: float = 0,
        has_address: bool = True,
    ) -> int:
        """A case with her ``messages``; ``translations`` maps a message to its English."""
        with self.lock:
            created = now() - timedelta(minutes=waiting_minutes)
            case_id = self._new_id("case")
            transcript = [self._line("person", text, language, created) for text in messages or []]
            for line in transcript:
                line["translated"] = (translations or {}).get(line["text"])
            transcript.append(self._line("system", "Case opened; the assistant is paused.", None,
                                         created))  # fmt: skip
            self.items[("case", case_id)] = {
                "kind": "case", "id": case_id, "priority": priority, "status": "waiting",
                "language": language, "channel": channel,
                "indicators": list(indicators or {}), "evidence": dict(indicators or {}),
                "reasons": reasons or [], "summary": summary,
                "created_at": created, "updated_at": created, "claimed_by": None,
                "outcome": None, "transcript": transcript, "notes": [],
                "has_address": has_address,
            }  # fmt: skip
            self._record(None, "case_opened", ("case", case_id), {"priority": priority})
        self._changed()
        return case_id

    def add_report(self, *, priority: str = "high", waiting_minutes: float = 0,
                   **fields: Any) -> int:  # fmt: skip
        with self.lock:
            created = now() - timedelta(minutes=waiting_minutes)
            report_id = self._new_id("report")
            report = {
                "kind": "report", "id": report_id, "reference": f"R-{report_id:05d}",
                "priority": priority, "status": "waiting", "language": "en", "channel": "webchat",
                "reporter_role": "neighbour", "place_kind": "private_home", "location": "",
                "description": "", "signs": [], "danger_now": False, "indicators": [],
                "seen_when": "", "contact": None, "created_at": created, "updated_at": created,
                "claimed_by": None, "outcome": None, "additions": [], "notes": [],
            }  # fmt: skip
            report.update(fields)
            self.items[("report", report_id)] = report
        self._changed()
        return report_id

    def claim_as(self, case_id: int, name: str, kind: str = "case") -> None:
        with self.lock:
            item = self.items[(kind, case_id)]
            item.update(status="claimed", claimed_by=name, updated_at=now())
            self._record(name, "claimed", (kind, case_id), {})
        self._changed()

    def pause_events(self) -> None:
        """End every event stream and refuse new ones (503) until ``resume_events``."""
        self.events_open = False
        self._call_in_loop(self._end_streams)

    def resume_events(self) -> None:
        self.events_open = True

    def _line(self, author: str, text: str, language: str | None, at: datetime,
              **extra: Any) -> dict[str, Any]:  # fmt: skip
        line = {"id": self._new_id("line"), "author": author, "author_name": None, "text": text,
                "language": language, "at": at, "translated": None, "delivery_status": None,
                "delivery_detail": None, "original_text": None, "original_language": None,
                "machine_translated": False}  # fmt: skip
        line.update(extra)
        return line

    def _record(self, actor: str | None, action: str, target: tuple[str, int] | None,
                detail: dict[str, Any]) -> None:  # fmt: skip
        entry = {"at": now(), "actor": actor, "action": action, "detail": dict(detail)}
        if target:
            entry["detail"][target[0]] = target[1]
        entry["target"] = target
        self.audit.append(entry)

    # ---- Views (the JSON the page gets) ----------------------------------------------------

    def queue_json(self) -> dict[str, Any]:
        with self.lock:
            moment = datetime.now(UTC)
            open_items = [item for item in self.items.values()
                          if item["status"] in ("waiting", "claimed")]  # fmt: skip
            open_items.sort(key=lambda item: (PRIORITY_ORDER[item["priority"]], item["created_at"]))
            return {"items": [self._summary(item, moment) for item in open_items],
                    "version": str(self.version)}  # fmt: skip

    def _summary(self, item: dict[str, Any], moment: datetime) -> dict[str, Any]:
        hidden = {"transcript", "notes", "additions", "has_address", "outcome"}
        data = {key: value for key, value in item.items() if key not in hidden}
        data["created_at"] = iso(item["created_at"])
        data["updated_at"] = iso(item["updated_at"])
        data["waiting_seconds"] = int((moment - item["created_at"]).total_seconds())
        return data

    def _detail(self, item: dict[str, Any], account: Account) -> dict[str, Any]:
        data = self._summary(item, datetime.now(UTC))
        data["outcome"] = item["outcome"]
        data["notes"] = [{"author": n["author"], "text": n["text"], "at": iso(n["at"])}
                         for n in item["notes"]]  # fmt: skip
        if item["kind"] == "report":
            data["additions"] = [{"text": a["text"], "at": iso(a["at"])} for a in item["additions"]]
            return data
        staff, person = account.language, item["language"]
        data["staff_language"] = staff
        data["translation_available"] = person == staff or (person, staff) in MODELS
        data["reply_translation_available"] = person == staff or (staff, person) in MODELS
        data["transcript"] = [self._line_json(line, staff) for line in item["transcript"]]
        return data

    def _line_json(self, line: dict[str, Any], staff: str) -> dict[str, Any]:
        translation = None
        source = line["language"]
        if line["author"] == "person" and source != staff and (source, staff) in MODELS:
            text = line["translated"] or machine_translation(line["text"], staff)
            translation = {"text": text, "language": staff, "machine": True}
        data = {key: value for key, value in line.items() if key != "translated"}
        data["at"] = iso(line["at"])
        data["translation"] = translation
        return data

    # ---- Changes and the event stream ------------------------------------------------------

    def _changed(self) -> None:
        with self.lock:
            self.version += 1
        self._call_in_loop(self._broadcast)

    def _call_in_loop(self, callback: Callable[[], None]) -> None:
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(callback)

    def _broadcast(self) -> None:
        data = json.dumps(self.queue_json())
        for listener in self._listeners:
            listener.put_nowait(data)

    def _end_streams(self) -> None:
        for listener in self._listeners:
            listener.put_nowait(None)

    # ---- HTTP --------------------------------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._refusals])
        route = app.router
        route.add_get("/", self.index)
        route.add_get("/static/{name}", self.static)
        route.add_route("*", "/api/session", self.session)
        route.add_post("/api/session/password", self.change_password)
        route.add_get("/api/queue", self.queue)
        route.add_get("/api/events", self.events)
        route.add_get("/api/outcomes", self.outcomes)
        route.add_route("*", "/api/staff", self.staff)
        route.add_get("/api/audit", self.all_audit)
        route.add_get(r"/api/{kind:cases|reports}/{id:\d+}", self.item)
        route.add_post(r"/api/cases/{id:\d+}/reply/preview", self.preview)
        route.add_get(r"/api/cases/{id:\d+}/canned", self.canned)
        route.add_get(r"/api/cases/{id:\d+}/audit", self.case_audit)
        route.add_post(r"/api/{kind:cases|reports}/{id:\d+}/{action}", self.act)
        return app

    @web.middleware
    async def _refusals(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            return await handler(request)
        except Refused as refused:
            return web.json_response(refused.body, status=refused.status)

    async def index(self, _: web.Request) -> web.Response:
        body = (PAGE_DIR / "index.html").read_text(encoding="utf-8")
        return web.Response(text=body, content_type="text/html", headers=self._page_headers())

    async def static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in ASSETS:
            raise web.HTTPNotFound()
        text = (PAGE_DIR / name).read_text(encoding="utf-8")
        headers = self._page_headers() | {"Content-Type": ASSETS[name]}
        return web.Response(text=text, headers=headers)

    def _page_headers(self) -> dict[str, str]:
        return {"Content-Security-Policy": CONTENT_SECURITY_POLICY, "Cache-Control": "no-store",
                "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}  # fmt: skip

    def _staff(self, request: web.Request, *, password_change: bool = False) -> Account:
        """The signed-in staff member; checks CSRF on changes and the first password change."""
        token = request.cookies.get(COOKIE, "")
        with self.lock:
            session = self.sessions.get(token)
            account = self.accounts.get(session.name) if session else None
        if session is None or account is None:
            raise Refused(401, "sign in first")
        if request.method != "GET" and request.headers.get("X-CSRF-Token") != session.csrf_token:
            raise Refused(403, "missing or wrong CSRF token")
        if request.method != "GET" and not request.content_type.startswith("application/json"):
            raise Refused(400, "send JSON")
        if account.must_change_password and not password_change:
            raise Refused(403, MUST_CHANGE)
        return account

    def _session_json(self, account: Account, session: Session) -> dict[str, Any]:
        return {"name": account.name, "role": account.role, "language": account.language,
                "must_change_password": account.must_change_password,
                "csrf_token": session.csrf_token}  # fmt: skip

    async def _body(self, request: web.Request) -> dict[str, Any]:
        try:
            body = await request.json()
        except ValueError as error:
            raise Refused(400, "the body must be JSON") from error
        if not isinstance(body, dict):
            raise Refused(400, "the body must be a JSON object")
        return body

    async def session(self, request: web.Request) -> web.Response:
        if request.method == "POST":
            return await self._sign_in(request)
        account = self._staff(request, password_change=True)
        token = request.cookies[COOKIE]
        if request.method == "DELETE":
            with self.lock:
                self.sessions.pop(token, None)
            response = web.Response(status=204)
            response.del_cookie(COOKIE, path="/")
            return response
        if request.method != "GET":
            raise web.HTTPMethodNotAllowed(request.method, ["GET", "POST", "DELETE"])
        return web.json_response(self._session_json(account, self.sessions[token]))

    async def _sign_in(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        name, password = body.get("name"), body.get("password")
        with self.lock:
            account = self.accounts.get(name) if isinstance(name, str) else None
            if account and account.locked_until and account.locked_until > now():
                raise Refused(
                    423, "too many failed sign-ins", locked_until=iso(account.locked_until)
                )
            if account is None or password != account.password:
                if account:
                    account.failures += 1
                    if account.failures >= MAX_FAILURES:
                        account.locked_until = now() + timedelta(minutes=15)
                raise Refused(401, "wrong name or password")
            account.failures = 0
            token = secrets.token_urlsafe(24)
            session = self.sessions[token] = Session(account.name)
            self._record(account.name, "signed_in", None, {})
        response = web.json_response(self._session_json(account, session))
        response.set_cookie(COOKIE, token, httponly=True, samesite="Strict", path="/")
        return response

    async def change_password(self, request: web.Request) -> web.Response:
        account = self._staff(request, password_change=True)
        body = await self._body(request)
        new = body.get("new_password")
        if body.get("current_password") != account.password:
            raise Refused(400, "the current password is wrong")
        if not isinstance(new, str) or len(new) < MIN_PASSWORD:
            raise Refused(400, f"the new password needs at least {MIN_PASSWORD} characters")
        with self.lock:
            account.password = new
            account.must_change_password = False
            token = request.cookies[COOKIE]
            session = self.sessions[token] = Session(account.name)  # a new CSRF token
            self._record(account.name, "password_changed", None, {})
        return web.json_response(self._session_json(account, session))

    async def queue(self, request: web.Request) -> web.Response:
        self._staff(request)
        return web.json_response(self.queue_json())

    async def events(self, request: web.Request) -> web.StreamResponse:
        self._staff(request)
        if not self.events_open:
            raise Refused(503, "events paused")
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream",
                                               "Cache-Control": "no-store"})  # fmt: skip
        await response.prepare(request)
        listener: asyncio.Queue[str | None] = asyncio.Queue()
        self._listeners.add(listener)
        try:
            await response.write(b"retry: 1000\n\n")
            await response.write(_event("queue", json.dumps(self.queue_json())))
            while True:
                try:
                    data = await asyncio.wait_for(listener.get(), self.ping_seconds)
                except TimeoutError:
                    await response.write(_event("ping", "{}"))
                    continue
                if data is None:
                    break
                await response.write(_event("queue", data))
        except (ConnectionResetError, ConnectionError):
            pass
        finally:
            self._listeners.discard(listener)
        return response

    async def outcomes(self, request: web.Request) -> web.Response:
        self._staff(request)
        return web.json_response({"case": CASE_OUTCOMES, "report": CASE_OUTCOMES})

    async def staff(self, request: web.Request) -> web.Response:
        account = self._staff(request)
        if request.method == "GET":
            with self.lock:
                items = [{"name": a.name, "role": a.role, "language": a.language}
                         for a in self.accounts.values()]  # fmt: skip
            return web.json_response({"items": items})
        if account.role != "supervisor":
            raise Refused(403, "supervisors only")
        body = await self._body(request)
        name, role, language = body.get("name"), body.get("role"), body.get("language")
        if (
            not isinstance(name, str)
            or not name.strip()
            or role not in ("counsellor", "supervisor")
        ):
            raise Refused(400, "name, role (counsellor or supervisor) and language are needed")
        if not isinstance(language, str) or not language:
            raise Refused(400, "name, role (counsellor or supervisor) and language are needed")
        if name in self.accounts:
            raise Refused(409, f"{name} already exists")
        password = secrets.token_urlsafe(12)
        self.add_account(name, role, password, language=language, must_change_password=True)
        with self.lock:
            self._record(account.name, "staff_created", None, {"name": name, "role": role})
        return web.json_response({"name": name, "role": role, "one_time_password": password},
                                 status=201)  # fmt: skip

    async def all_audit(self, request: web.Request) -> web.Response:
        account = self._staff(request)
        if account.role != "supervisor":
            raise Refused(403, "supervisors only")
        limit = int(request.query.get("limit", "100"))
        with self.lock:
            entries = self.audit[-limit:][::-1]
        return web.json_response({"items": [_audit_json(entry) for entry in entries]})

    async def case_audit(self, request: web.Request) -> web.Response:
        account = self._staff(request)
        if account.role != "supervisor":
            raise Refused(403, "supervisors only")
        target = ("case", int(request.match_info["id"]))
        self._find(*target)
        with self.lock:
            entries = [entry for entry in self.audit if entry["target"] == target]
        return web.json_response({"items": [_audit_json(entry) for entry in entries]})

    def _find(self, kind: str, item_id: int) -> dict[str, Any]:
        item = self.items.get((kind, item_id))
        if item is None:
            raise Refused(404, f"no {kind} {item_id}")
        return item

    async def item(self, request: web.Request) -> web.Response:
        account = self._staff(request)
        kind = "case" if request.match_info["kind"] == "cases" else "report"
        with self.lock:
            item = self._find(kind, int(request.match_info["id"]))
            return web.json_response(self._detail(item, account))

    async def canned(self, request: web.Request) -> web.Response:
        self._staff(request)
        item = self._find("case", int(request.match_info["id"]))
        items = [{"name": c["name"], "label": c["label"], "gloss": c["gloss"],
                  "text": c["text"].get(item["language"], c["gloss"])} for c in CANNED]  # fmt: skip
        return web.json_response({"items": items})

    async def preview(self, request: web.Request) -> web.Response:
        account = self._staff(request)
        item = self._find("case", int(request.match_info["id"]))
        text = (await self._body(request)).get("text")
        if not isinstance(text, str) or not text.strip():
            raise Refused(400, "write a reply first")
        return web.json_response(self._outgoing(text, account.language, item["language"]))

    def _outgoing(self, text: str, staff: str, person: str) -> dict[str, Any]:
        if staff == person:
            return {"text_to_send": text, "language": person, "machine_translated": False,
                    "available": True}  # fmt: skip
        if (staff, person) in MODELS:
            return {"text_to_send": machine_translation(text, person), "language": person,
                    "machine_translated": True, "available": True}  # fmt: skip
        return {"text_to_send": text, "language": staff, "machine_translated": False,
                "available": False}  # fmt: skip

    async def act(self, request: web.Request) -> web.Response:
        account = self._staff(request)
        kind = "case" if request.match_info["kind"] == "cases" else "report"
        item_id, action = int(request.match_info["id"]), request.match_info["action"]
        body = await self._body(request)
        with self.lock:
            item = self._find(kind, item_id)
            if item["status"] == "closed":
                raise Refused(409, f"this {kind} is closed")
            status, data = self._apply(account, kind, item, action, body)
            if action != "notes":
                item["updated_at"] = now()
            self._record(account.name, action, (kind, item_id), _audit_detail(action, body))
        self._changed()
        return web.json_response(data, status=status)

    def _apply(self, account: Account, kind: str, item: dict[str, Any], action: str,
               body: dict[str, Any]) -> tuple[int, Any]:  # fmt: skip
        # The console's rules: the holder or a supervisor releases; anyone may transfer or
        # close an unclaimed item, a claimed one only its holder or a supervisor.
        mine = item["claimed_by"] == account.name
        manager = mine or account.role == "supervisor"
        if action == "claim":
            if item["claimed_by"]:
                raise Refused(
                    409, f"{kind} {item['id']} is already claimed by {item['claimed_by']}"
                )
            item.update(status="claimed", claimed_by=account.name)
        elif action == "release":
            if not manager:
                raise Refused(403, "only whoever claimed it, or a supervisor, can release it")
            item.update(status="waiting", claimed_by=None)
        elif action == "transfer" and kind == "case":
            to = body.get("to")
            if item["claimed_by"] and not manager:
                raise Refused(403, "only whoever claimed it, or a supervisor, can transfer it")
            if to not in self.accounts:
                raise Refused(400, "choose a staff member")
            item.update(status="claimed", claimed_by=to)
        elif action == "notes":
            text = body.get("text")
            if not isinstance(text, str) or not text.strip():
                raise Refused(400, "write the note first")
            note = {"author": account.name, "text": text, "at": now()}
            item["notes"].append(note)
            return 201, {"author": note["author"], "text": note["text"], "at": iso(note["at"])}
        elif action == "close":
            if body.get("outcome") not in CASE_OUTCOMES:
                raise Refused(400, "choose an outcome")
            if item["claimed_by"] and not manager:
                raise Refused(403, "only whoever claimed it, or a supervisor, can close it")
            item.update(status="closed", outcome=body["outcome"])
        elif action == "reply" and kind == "case":
            if not mine:
                raise Refused(409, "claim the case first")
            line = self._reply(account, item, body)
            return 200, {"message": self._line_json(line, account.language)}
        else:
            raise Refused(404, f"no action {action}")
        return 200, self._detail(item, account)

    def _reply(self, account: Account, item: dict[str, Any], body: dict[str, Any]) -> dict:
        person = item["language"]
        if "canned" in body:
            found = [c for c in CANNED if c["name"] == body["canned"]]
            if not found:
                raise Refused(400, "no such canned reply")
            text, language = found[0]["text"].get(person, found[0]["gloss"]), person
            original, machine = f"[{found[0]['label']}]", False
        else:
            written = body.get("text")
            if not isinstance(written, str) or not written.strip():
                raise Refused(400, "write a reply first")
            out = self._outgoing(written, account.language, person)
            if body.get("translate") and not out["available"]:
                raise Refused(409, "no translation model for this pair; send as written or canned")
            if body.get("translate") and out["machine_translated"]:
                text, language, original, machine = out["text_to_send"], person, written, True
            else:
                text, language, original, machine = written, account.language, None, False
        line = self._line("staff", text, language, now(), author_name=account.name,
                          delivery_status="pending", original_text=original,
                          original_language=account.language if original else None,
                          machine_translated=machine)  # fmt: skip
        item["transcript"].append(line)
        if self._loop is not None:
            self._loop.call_later(0.3, self._delivered, item, line)
        return line

    def _delivered(self, item: dict[str, Any], line: dict[str, Any]) -> None:
        with self.lock:
            if item["has_address"]:
                line["delivery_status"] = "sent"
            else:
                line.update(delivery_status="no_address", delivery_detail="she erased her data")
            item["updated_at"] = now()
        self._changed()

    # ---- Running -----------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, port: int = 0) -> FakeConsole:
        ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(port, ready), daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the fake console did not start")
        return self

    def _serve(self, port: int, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        runner = web.AppRunner(self.app(), access_log=None)
        loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", port, shutdown_timeout=1)
        loop.run_until_complete(site.start())
        self.port = int(runner.addresses[0][1])
        self._loop, self._runner = loop, runner
        ready.set()
        loop.run_forever()
        pending = asyncio.all_tasks(loop)
        for task in pending:
            task.cancel()
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.close()

    async def _shutdown(self) -> None:
        self._end_streams()
        if self._runner is not None:
            await self._runner.cleanup()

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(15)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)


def _event(name: str, data: str) -> bytes:
    return f"event: {name}\ndata: {data}\n\n".encode()


def _audit_detail(action: str, body: dict[str, Any]) -> dict[str, Any]:
    # Like the real audit: what was done, never the words of a reply or note.
    return {key: body[key] for key in ("to", "outcome", "canned") if key in body}


def _audit_json(entry: dict[str, Any]) -> dict[str, Any]:
    return {"at": iso(entry["at"]), "actor": entry["actor"], "action": entry["action"],
            "detail": entry["detail"]}  # fmt: skip


def seeded() -> FakeConsole:
    """Staff and a small queue: a Romanian case (with a model), a Tigrinya one, a report."""
    console = FakeConsole()
    console.add_account("anna", "counsellor", "first-password-1", must_change_password=True)
    console.add_account("mikkel", "counsellor", "mikkel-password-1")
    console.add_account("sofie", "supervisor", "supervisor-pass-1")
    console.add_case(
        priority="normal", language="ti", channel="sms", waiting_minutes=31,
        summary="Asks to talk to a person.",
        messages=["ሰብ ክዛረብ ደልየ"], indicators={"requests_human": ["ሰብ ክዛረብ"]},
        reasons=["she asked for a person"],
    )  # fmt: skip
    console.add_case(
        priority="high", language="ro", channel="whatsapp", waiting_minutes=12,
        summary="Boss keeps her passport; says she owes money.",
        messages=["Șeful meu mi-a luat pașaportul și spune că am o datorie."],
        translations={"Șeful meu mi-a luat pașaportul și spune că am o datorie.":
                      "My boss took my passport and says I have a debt."},
        indicators={"documents_withheld": ["mi-a luat pașaportul"], "debt_bondage": ["datorie"]},
        reasons=["documents withheld and debt: possible victim"],
    )  # fmt: skip
    console.add_report(
        priority="high", waiting_minutes=50, reporter_role="neighbour", place_kind="private_home",
        location="Vesterbrogade, Copenhagen (2nd floor)",
        description="Several women are brought in and out at night; the windows are covered.",
        signs=["movement_restricted", "isolation"], seen_when="Most nights last week",
        indicators=["movement_restricted", "isolation"],
        additions=[{"text": "A car with foreign plates again tonight.", "at": now()}],
    )  # fmt: skip
    return console


if __name__ == "__main__":
    fake = seeded().start(8080)
    print(f"fake console on {fake.url}/ (Ctrl-C stops)")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        fake.stop()
