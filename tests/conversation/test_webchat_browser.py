"""The safe web chat in a real browser (system Chromium through Playwright).

The page at /webhooks/webchat/ must answer questions, turn menu buttons into clickable buttons,
show every message as text, load nothing from outside the stack, and leave fast: Quick exit
(or Esc) clears the page's storage and replaces the page, so Back does not return to it.
"""

from __future__ import annotations

import asyncio
import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, expect, sync_playwright

from bot.channels.outbound import Outbound
from bot.privacy.pseudonyms import sender_ref
from bot.settings import Settings
from tests.conversation.conftest import TEST_KEYS

pytestmark = pytest.mark.stack
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ANSWER_TIMEOUT_MS = 60_000
SESSION_KEY = "chat_session"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the web chat browser test needs Chromium. Run "
            "scripts/setup.sh as root, or: apt-get install chromium chromium-driver"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        # expect() keeps its own 5 s default, not the context's: the stack's first answer
        # took longer in CI, with two test workers on the two cores.
        expect.set_options(timeout=ANSWER_TIMEOUT_MS)
        yield browser
        browser.close()


@pytest.fixture
def rasa_url(stack_settings: Settings, running_stack: Any) -> str:
    return f"http://127.0.0.1:{stack_settings.services.rasa_port}"


@pytest.fixture
def chat_url(rasa_url: str) -> str:
    return f"{rasa_url}/webhooks/webchat/"


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
        if message.type == "error":
            self.errors.append(message.text)

    def _on_dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def watched(browser: Browser) -> Iterator[Watched]:
    context = browser.new_context()
    context.set_default_timeout(ANSWER_TIMEOUT_MS)
    page = context.new_page()
    yield Watched(page)
    context.close()


def send(page: Page, text: str) -> None:
    page.fill("#message", text)
    page.click("#send")


def bot_messages(page: Page, containing: str) -> Any:
    return page.locator(".message.bot").filter(has_text=containing)


def session_of(page: Page) -> str | None:
    return page.evaluate(f"sessionStorage.getItem({json.dumps(SESSION_KEY)})")


def test_the_chat_answers_and_menu_buttons_send_their_payload(
    watched: Watched, chat_url: str, rasa_url: str
) -> None:
    page = watched.page
    page.goto(chat_url)
    expect(page.locator("#quick-exit")).to_have_text("Quick exit")
    expect(page.locator(".note")).to_have_text("Anonymous. Press Quick exit or Esc to leave fast.")

    send(page, "how long can I stay to think about it?")
    expect(page.locator(".message.user")).to_have_text(["how long can I stay to think about it?"])
    expect(bot_messages(page, "30 days").first).to_be_visible()

    send(page, "menu")
    danger = page.locator(".buttons button", has_text="I am in danger")
    expect(danger.last).to_be_visible()
    danger.last.click()
    expect(page.locator(".message.user").last).to_have_text("I am in danger")
    expect(bot_messages(page, "call 112").first).to_be_visible()

    assert watched.requests and all(url.startswith(rasa_url + "/") for url in watched.requests)
    assert watched.errors == [], watched.requests


def test_quick_exit_clears_storage_and_back_does_not_return_to_the_chat(
    watched: Watched, chat_url: str, rasa_url: str
) -> None:
    page = watched.page
    page.goto(f"{rasa_url}/")  # a page before the chat, where Back may go
    page.goto(chat_url)
    send(page, "how long can I stay to think about it?")
    expect(bot_messages(page, "30 days").first).to_be_visible()
    old_session = session_of(page)
    assert old_session and re.fullmatch(r"[0-9a-f]{32}", old_session)
    page.evaluate("localStorage.setItem('left-behind', 'yes')")

    page.click("#quick-exit")
    page.wait_for_url("about:blank")
    assert page.url == "about:blank"

    page.go_back()
    assert "webchat" not in page.url
    assert page.url.rstrip("/") == rasa_url
    assert page.locator("#messages").count() == 0

    page.goto(chat_url)  # a new visit in the same tab and browser context
    assert page.evaluate("localStorage.length") == 0
    new_session = session_of(page)
    assert new_session and new_session != old_session
    assert page.evaluate("Object.keys(sessionStorage)") == [SESSION_KEY]
    assert page.locator(".message").count() == 0  # nothing of the old chat is shown


def test_the_escape_key_exits_too(watched: Watched, chat_url: str) -> None:
    page = watched.page
    page.goto(chat_url)
    assert session_of(page)
    page.keyboard.press("Escape")
    page.wait_for_url("about:blank")

    page.go_back()
    assert "webchat" not in page.url


def test_markup_in_a_message_is_shown_as_text(watched: Watched, chat_url: str) -> None:
    page = watched.page
    page.goto(chat_url)
    markup = "<img src=x onerror=alert(1)>"

    send(page, markup)
    expect(page.locator(".message.user")).to_have_text([markup])
    expect(page.locator(".message.bot").first).to_be_visible()  # the answer arrived

    assert page.locator("img").count() == 0
    assert watched.dialogs == []


# Plain HTTP: headers, no external URLs, and input validation of the webhook.


def get(url: str) -> tuple[int, dict[str, str], str, str]:
    with urllib.request.urlopen(url, timeout=30) as response:
        body = response.read().decode()
        return response.status, dict(response.headers), body, response.url


def post(url: str, data: bytes) -> tuple[int, Any]:
    request = urllib.request.Request(url, data, {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


def test_the_page_is_served_safely_and_loads_nothing_from_outside(chat_url: str) -> None:
    assert get(chat_url.rstrip("/"))[3] == chat_url  # without the slash: redirected
    status, headers, page, _ = get(chat_url)

    assert status == 200
    assert "Location" not in headers
    assert headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Cache-Control"] == "no-store"
    assert 'data-exit-url="about:blank"' in page
    for name in ("chat.js", "chat.css"):
        asset_status, asset_headers, text, _ = get(chat_url + name)
        assert asset_status == 200 and asset_headers["Cache-Control"] == "no-store"
        assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", text), name
    assert not re.search(r"https?://", page)


@pytest.mark.parametrize(
    "data",
    [
        b"[]",
        b"null",
        b'"hi"',
        b"not json",
        b'{"message": "hi"}',
        b'{"session": "", "message": "hi"}',
        b'{"session": "a/b", "message": "hi"}',
        b'{"session": 5, "message": "hi"}',
        json.dumps({"session": "a" * 65, "message": "hi"}).encode(),
        b'{"session": "abc", "message": 5}',
        b'{"session": "abc", "message": ["hi"]}',
    ],
    ids=[
        "list",
        "null",
        "string",
        "not-json",
        "no-session",
        "empty-session",
        "slash-in-session",
        "number-session",
        "long-session",
        "number-message",
        "list-message",
    ],
)
def test_the_webhook_refuses_what_is_not_a_message(chat_url: str, data: bytes) -> None:
    status, _ = post(chat_url + "webhook", data)

    assert status == 400


def test_the_webhook_answers_like_the_rest_channel(chat_url: str) -> None:
    body = {"session": "Web_chat-" + "a" * 55, "message": "how long can I stay to think about it?"}
    status, answers = post(chat_url + "webhook", json.dumps(body).encode())

    assert status == 200
    assert any("30 days" in answer.get("text", "") for answer in answers)
    assert all("recipient_id" not in answer for answer in answers)


def test_a_staff_reply_reaches_the_page(
    watched: Watched, chat_url: str, stack_settings: Settings
) -> None:
    page = watched.page
    page.goto(chat_url)
    send(page, "I want to talk to a person")
    bot_messages(page, "counsellor").first.wait_for()
    ref = sender_ref(TEST_KEYS["HELPLINE_PSEUDONYM_KEY"], "webchat", session_of(page) or "")

    sending = Outbound(stack_settings).send(ref, "Hello, I am Anna from the hotline.")
    with ThreadPoolExecutor(1) as pool:  # Playwright's sync API owns this thread's event loop
        result = pool.submit(asyncio.run, sending).result()

    assert result.status == "sent"
    bot_messages(page, "I am Anna from the hotline").first.wait_for()
