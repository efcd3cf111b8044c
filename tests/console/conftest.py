"""The console page in system Chromium (Playwright), against the in-memory fake API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, sync_playwright

from tests.console.fake_console_api import FakeConsole, seeded

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIMEOUT_MS = 10_000


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the console browser test needs Chromium. Run "
            "scripts/setup.sh as root, or: apt-get install chromium chromium-driver"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def console() -> Iterator[FakeConsole]:
    fake = seeded().start()
    yield fake
    fake.stop()


class Watched:
    """A page and what it did: requests it made, console errors and alert dialogs."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", self._on_request)
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("dialog", self._on_dialog)

    def _on_request(self, request: Request) -> None:
        self.requests.append(request.url)

    def _on_console(self, message: ConsoleMessage) -> None:
        # Failed API calls the page handles (401 before sign-in, 409, 503) are logged by
        # Chromium as resource errors; anything else (CSP violations, exceptions) is a failure.
        if message.type == "error" and "Failed to load resource" not in message.text:
            self.errors.append(message.text)

    def _on_dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


def watch(browser: Browser, **context_options: Any) -> Iterator[Watched]:
    context = browser.new_context(**context_options)
    context.set_default_timeout(TIMEOUT_MS)
    yield Watched(context.new_page())
    context.close()


@pytest.fixture
def watched(browser: Browser, console: FakeConsole) -> Iterator[Watched]:
    yield from watch(browser, viewport={"width": 1366, "height": 900})


@pytest.fixture
def tablet(browser: Browser, console: FakeConsole) -> Iterator[Watched]:
    yield from watch(browser, viewport={"width": 768, "height": 1024}, has_touch=True)
