"""Local fake Twilio and Telegram APIs on loopback that record what they were asked to do.

The real `twilio` and `python-telegram-bot` clients are pointed at these (HELPLINE_TWILIO_API_BASE,
HELPLINE_TELEGRAM_API_BASE), so tests exercise the real client code without a network.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Recorded:
    path: str
    params: dict[str, Any]
    headers: dict[str, str]


@dataclass
class FakeApi:
    """A recording HTTP server; ``respond(path, params)`` returns (status, JSON body)."""

    respond: Callable[[str, dict[str, Any]], tuple[int, Any]]
    requests: list[Recorded] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    def start(self) -> FakeApi:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode()
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    params = json.loads(raw or "{}")
                else:
                    params = {k: v[0] for k, v in urllib.parse.parse_qs(raw).items()}
                path = urllib.parse.urlparse(self.path).path
                api.requests.append(Recorded(path, params, dict(self.headers.items())))
                status, body = api.respond(path, params)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    def calls(self, suffix: str) -> list[dict[str, Any]]:
        return [r.params for r in self.requests if r.path.endswith(suffix)]

    def wait_for(self, suffix: str, count: int, timeout: float = 30) -> list[dict[str, Any]]:
        """The calls to ``suffix`` once there are at least ``count`` (replies are async)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.calls(suffix)
            if len(found) >= count:
                return found
            time.sleep(0.05)
        return self.calls(suffix)


def fake_twilio(fail_first: int = 0) -> FakeApi:
    """Twilio's Messages API: answers like Twilio; fails the first ``fail_first`` sends."""
    state = {"failures_left": fail_first, "sid": 0}

    def respond(path: str, params: dict[str, Any]) -> tuple[int, Any]:
        if not path.endswith("/Messages.json"):
            return 404, {"message": "not faked"}
        if state["failures_left"] > 0:
            state["failures_left"] -= 1
            return 500, {"code": 20500, "message": "Internal Server Error", "status": 500}
        state["sid"] += 1
        return 201, {"sid": f"SM{state['sid']:032d}", "status": "queued", "to": params.get("To"),
                     "from": params.get("From"), "body": params.get("Body")}  # fmt: skip

    return FakeApi(respond).start()


def fake_telegram(updates: list[dict[str, Any]] | None = None) -> FakeApi:
    """The Bot API methods the channel uses; every sent message gets a new id.

    ``updates`` are handed out by getUpdates (those at or after the requested offset).
    """
    state = {"message_id": 100}
    pending = list(updates or [])

    def respond(path: str, params: dict[str, Any]) -> tuple[int, Any]:
        method = path.rsplit("/", 1)[-1]
        if method == "sendMessage":
            state["message_id"] += 1
            chat_id = int(params["chat_id"])
            result = {
                "message_id": state["message_id"],
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private"},
                "text": params.get("text"),
            }
            return 200, {"ok": True, "result": result}
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            return 200, {"ok": True, "result": [u for u in pending if u["update_id"] >= offset]}
        if method in ("deleteMessage", "answerCallbackQuery", "setWebhook", "deleteWebhook"):
            return 200, {"ok": True, "result": True}
        if method == "getMe":
            return 200, {"ok": True, "result": {"id": 1, "is_bot": True, "first_name": "Helpline",
                                                "username": "helpline_bot"}}  # fmt: skip
        return 404, {"ok": False, "error_code": 404, "description": "Not Found"}

    return FakeApi(respond).start()
