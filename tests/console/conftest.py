"""One console process per test session, on a fresh database with tiny translation models.

The console runs as `helpline console` does, in its own process; tests talk to it over HTTP
like a browser or an integration would, and prepare cases directly in the same database.
(The page tests in test_console_page.py keep their own fixtures in that module.)
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from bot.hotline.cases import CaseService, Escalation, TranscriptLine
from bot.hotline.staff import StaffService
from bot.settings import Settings, load_settings
from bot.store.database import upgrade_database
from tests.conversation.conftest import TEST_KEYS, free_port
from tests.support.tiny_argos import install_tiny_models

STRONG_PASSWORD = "a long enough passphrase"


@dataclass
class Console:
    url: str
    settings: Settings
    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def cases(self) -> CaseService:
        return CaseService(self.settings.database_url)

    @property
    def staff(self) -> StaffService:
        return StaffService(self.settings.database_url)

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")


@pytest.fixture(scope="session")
def console(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Console]:
    data_dir = tmp_path_factory.mktemp("console-var")
    environ = {
        **os.environ,
        **TEST_KEYS,
        "HELPLINE_DATA_DIR": str(data_dir),
        "HELPLINE_CONSOLE_PORT": str(free_port()),
    }
    settings = load_settings(environ)
    upgrade_database(settings.database_url)
    install_tiny_models(data_dir, tmp_path_factory.mktemp("argos-models"))
    log_path = data_dir / "console.log"
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "console"],
            env=environ,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{settings.services.console_port}"
    try:
        _wait_healthy(url, process, log_path)
        yield Console(url, settings, process, log_path)
    finally:
        process.terminate()
        process.wait(timeout=30)


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError("the console exited:\n" + log_path.read_text(errors="replace"))
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError("the console did not start:\n" + log_path.read_text(errors="replace"))


class StaffClient:
    """A signed-in browser: the session cookie plus the CSRF header on every change."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.http = requests.Session()
        self.csrf = ""
        self.name = ""

    def sign_in(self, name: str, password: str) -> requests.Response:
        response = self.http.post(
            f"{self.console.url}/api/session", json={"name": name, "password": password}
        )
        if response.status_code == 200:
            self.csrf, self.name = response.json()["csrf_token"], name
        return response

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.http.get(f"{self.console.url}{path}", timeout=30, **kwargs)

    def post(self, path: str, body: Any = None, **kwargs: Any) -> requests.Response:
        headers = {"X-CSRF-Token": self.csrf, **kwargs.pop("headers", {})}
        return self.http.post(
            f"{self.console.url}{path}", json=body or {}, headers=headers, timeout=30, **kwargs
        )

    def delete(self, path: str) -> requests.Response:
        return self.http.delete(
            f"{self.console.url}{path}", headers={"X-CSRF-Token": self.csrf}, timeout=30
        )


def new_staff(console: Console, name: str, role: str = "counsellor") -> StaffClient:
    """An account that has changed its one-time password, signed in."""
    _, one_time = console.staff.add(name, role)
    client = StaffClient(console)
    assert client.sign_in(name, one_time).status_code == 200
    changed = client.post(
        "/api/session/password",
        {"current_password": one_time, "new_password": STRONG_PASSWORD},
    )
    assert changed.status_code == 200, changed.text
    client.csrf = changed.json()["csrf_token"]
    return client


_names = iter(range(1, 10_000))


def unique(prefix: str) -> str:
    return f"{prefix}{next(_names)}"


@pytest.fixture
def counsellor(console: Console) -> StaffClient:
    return new_staff(console, unique("counsellor"))


@pytest.fixture
def supervisor(console: Console) -> StaffClient:
    return new_staff(console, unique("supervisor"), role="supervisor")


def open_case(
    console: Console,
    language: str = "ro",
    priority: str = "high",
    text: str = "seful mi-a luat pasaportul",
    channel: str = "webchat",
) -> int:
    case, _ = console.cases.open_case(
        Escalation(
            channel=channel,
            sender_ref=unique("sender-"),
            language=language,
            priority=priority,
            indicators=[{"code": "documents_withheld", "evidence": ["mi-a luat pasaportul"]}],
            reasons=["documents withheld"],
            summary="Possible victim: documents withheld.",
            transcript=[TranscriptLine("person", text, language)],
        )
    )
    return case.id
