"""The hotline console page in a real browser (system Chromium through Playwright).

Staff sign in, choose their own password, see the queue live (a new emergency shows a banner
and a highlighted row without a reload), open a case with her words and their machine
translation, claim it, preview and send a reply, see whether it was delivered, add a private
note and close it. Everything from the server is shown as text. It runs against the in-memory
fake API (tests/console/fake_console_api.py); the page is the one the console app serves.

HELPLINE_SCREENSHOTS=1 saves docs/screenshots/console-{login,queue,case}.png.
"""

from __future__ import annotations

import os
import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Locator,
    Page,
    Request,
    expect,
    sync_playwright,
)

from tests.console.fake_console_api import PAGE_DIR, FakeConsole, seeded

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
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
MARKUP = "<img src=x onerror=alert(1)>"
NEW_PASSWORD = "a calm long passphrase"
ROMANIAN = "Șeful meu mi-a luat pașaportul și spune că am o datorie."


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
def fake_api() -> Iterator[FakeConsole]:
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
        # API answers the page handles (401 before sign-in, 409, 503) are logged by Chromium as
        # failed resources; anything else (a CSP violation, an exception) is a failure.
        if message.type == "error" and "Failed to load resource" not in message.text:
            self.errors.append(message.text)

    def _on_dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


def _watch(browser: Browser, **options: Any) -> Iterator[Watched]:
    context = browser.new_context(**options)
    context.set_default_timeout(TIMEOUT_MS)
    yield Watched(context.new_page())
    context.close()


@pytest.fixture
def watched(browser: Browser, fake_api: FakeConsole) -> Iterator[Watched]:
    yield from _watch(browser, viewport={"width": 1366, "height": 900})


@pytest.fixture
def tablet(browser: Browser, fake_api: FakeConsole) -> Iterator[Watched]:
    yield from _watch(browser, viewport={"width": 768, "height": 1024}, has_touch=True)


def screenshot(page: Page, name: str) -> None:
    if os.environ.get("HELPLINE_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"console-{name}.png"), full_page=False)


def sign_in(page: Page, url: str, name: str, password: str) -> None:
    page.goto(url + "/")
    page.fill("#login-name", name)
    page.fill("#login-password", password)
    page.click("#login-form button[type=submit]")


def signed_in(
    page: Page, url: str, name: str = "mikkel", password: str = "mikkel-password-1"
) -> None:
    sign_in(page, url, name, password)
    expect(page.locator("#connection-state")).to_have_text("Live")
    expect(rows(page)).not_to_have_count(0)


def rows(page: Page) -> Locator:
    return page.locator("#queue [data-testid=queue-item]")


def row(page: Page, kind: str, item_id: int) -> Locator:
    return page.locator(f"#queue [data-testid=queue-item][data-kind={kind}][data-id='{item_id}']")


def open_item(page: Page, kind: str, item_id: int) -> None:
    row(page, kind, item_id).locator("button").click()
    expect(page.locator("#case-body")).to_be_visible()


def lines(page: Page, author: str) -> Locator:
    return page.locator(f"#transcript [data-testid=transcript-line][data-author={author}]")


# ---- Signing in and the queue --------------------------------------------------------------


def test_sign_in_then_a_new_password_then_the_queue_sorted_with_badges(
    watched: Watched, fake_api: FakeConsole
) -> None:
    page = watched.page
    page.goto(fake_api.url + "/")
    expect(page.locator("#login-form")).to_be_visible()
    expect(page.locator("#queue")).to_be_hidden()
    screenshot(page, "login")

    sign_in(page, fake_api.url, "anna", "not her password")
    expect(page.locator("#login-error")).to_have_text("The name or password is wrong.")

    sign_in(page, fake_api.url, "anna", "first-password-1")
    expect(page.locator("#password-form")).to_be_visible()
    expect(page.locator("#queue")).to_be_hidden()
    page.fill("#current-password", "first-password-1")
    page.fill("#new-password", "too short")
    page.fill("#new-password-confirm", "too short")
    page.click("#password-button")
    expect(page.locator("#password-error")).to_contain_text("at least 12 characters")
    page.fill("#new-password", NEW_PASSWORD)
    page.fill("#new-password-confirm", NEW_PASSWORD + " typo")
    page.click("#password-button")
    expect(page.locator("#password-error")).to_have_text("The two new passwords are not the same.")
    page.fill("#new-password-confirm", NEW_PASSWORD)
    page.click("#password-button")

    expect(page.locator("#queue")).to_be_visible()
    expect(page.locator("#connection-state")).to_have_text("Live")
    assert fake_api.accounts["anna"].password == NEW_PASSWORD
    queue = rows(page)
    expect(queue).to_have_count(3)
    # Priority first, then the longest waiting: the report (50 min), the Romanian case (12 min),
    # then the normal Tigrinya case; a report and a case may share an id.
    assert [queue.nth(i).get_attribute("data-priority") for i in range(3)] == [
        "high", "high", "normal"]  # fmt: skip
    assert [(queue.nth(i).get_attribute("data-kind"), queue.nth(i).get_attribute("data-id"))
            for i in range(3)] == [("report", "1"), ("case", "2"), ("case", "1")]  # fmt: skip
    expect(queue.nth(0)).to_contain_text("Report")
    expect(queue.nth(0)).to_contain_text("R-00001")
    expect(queue.nth(0)).to_contain_text("Waiting 50 min")
    expect(queue.nth(1).locator(".badge-high")).to_have_text("High")
    expect(queue.nth(1)).to_contain_text("Documents withheld")
    expect(queue.nth(1)).to_contain_text("Romanian (ro) · WhatsApp")
    expect(queue.nth(2).locator(".badge-normal")).to_have_text("Normal")
    expect(page.locator("#user-name")).to_have_text("anna · Counsellor")
    expect(page.locator("#admin-button")).to_be_hidden()

    page.click("#logout-button")
    expect(page.locator("#login-form")).to_be_visible()
    assert fake_api.sessions == {}

    for _ in range(5):
        sign_in(page, fake_api.url, "sofie", "guessing")
        expect(page.locator("#login-error")).to_be_visible()
    sign_in(page, fake_api.url, "sofie", "supervisor-pass-1")
    expect(page.locator("#login-error")).to_contain_text("Sign-in is locked until")
    assert watched.errors == []


def test_a_new_emergency_arrives_live_with_a_banner_a_row_and_a_beep(
    watched: Watched, fake_api: FakeConsole
) -> None:
    page = watched.page
    signed_in(page, fake_api.url)
    page.evaluate("window.loadedOnce = true")
    page.click("#queue-heading")  # a first gesture: the browser lets the page play sound
    expect(page.locator("#alert-banner")).to_be_hidden()

    case_id = fake_api.add_case(
        priority="emergency", language="uk", channel="telegram",
        summary="Says she is locked in and afraid.",
        messages=["Мене замкнули, мені страшно."],
        indicators={"immediate_danger": ["мені страшно"], "movement_restricted": ["замкнули"]},
    )  # fmt: skip

    banner = page.locator("#alert-banner")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text(f"Emergency: case #{case_id}, Ukrainian (uk), Telegram")
    first = rows(page).first
    expect(first).to_have_attribute("data-priority", "emergency")
    expect(first).to_have_attribute("data-id", str(case_id))
    expect(first).to_have_class(re.compile(r"\bis-new\b"))
    expect(page.locator("#announcer")).to_contain_text("Emergency")
    expect(banner).to_have_attribute("data-beeps", "1")
    assert page.evaluate("window.loadedOnce") is True  # no reload
    screenshot(page, "queue")

    page.click("#alert-open")
    expect(page.locator("#case-title")).to_have_text(f"Case #{case_id}")
    expect(banner).to_be_hidden()
    expect(first).not_to_have_class(re.compile(r"\bis-new\b"))

    page.click("#mute-button")  # muted stays muted after a reload
    expect(page.locator("#mute-button")).to_have_attribute("aria-pressed", "true")
    page.reload()
    expect(page.locator("#mute-button")).to_have_attribute("aria-pressed", "true")
    page.click("#queue-heading")
    fake_api.add_case(priority="emergency", language="ro", messages=["ajutor"])
    expect(page.locator("#alert-banner")).to_be_visible()
    expect(page.locator("#alert-banner")).to_have_attribute("data-beeps", "0")
    assert watched.errors == []


# ---- A case from opening to closing --------------------------------------------------------


def test_a_case_from_her_words_to_a_translated_reply_a_note_and_closing(
    watched: Watched, fake_api: FakeConsole
) -> None:
    page = watched.page
    signed_in(page, fake_api.url)
    open_item(page, "case", 2)

    expect(page.locator("#case-title")).to_have_text("Case #2")
    person = lines(page, "person").first
    expect(person.locator("[data-testid=original]")).to_have_text(ROMANIAN)
    expect(person.locator("[data-testid=original]")).to_have_attribute("lang", "ro")
    translation = person.locator("[data-testid=translation]")
    expect(translation).to_contain_text("Machine translation (Romanian (ro) → English (en))")
    expect(translation).to_contain_text("My boss took my passport and says I have a debt.")
    expect(page.locator("#translation-note")).to_be_hidden()
    why = page.locator("#indicator-list [data-code=documents_withheld]")
    expect(why).to_contain_text("Documents withheld")
    expect(why).to_contain_text("mi-a luat pașaportul")
    expect(page.locator("#reply-text")).to_be_disabled()
    expect(page.locator("#audit-section")).to_be_hidden()  # counsellors see no audit trail

    page.click("#claim-button")
    expect(page.locator("#case-claim-state")).to_have_text("You have claimed this case.")
    expect(page.locator("#reply-text")).to_be_enabled()
    expect(row(page, "case", 2)).to_contain_text("Yours")

    page.fill("#reply-text", "You can stay safely with us. Are you in danger now?")
    expect(page.locator("#send-button")).to_be_hidden()
    page.click("#preview-button")
    preview = page.locator("#reply-preview")
    expect(preview).to_contain_text("Machine translation into Romanian (ro)")
    expect(page.locator("#reply-preview-text")).to_have_text(
        "[ro] You can stay safely with us. Are you in danger now?")  # fmt: skip
    page.click("#send-button")
    staff = lines(page, "staff").last
    expect(staff.locator("[data-testid=original]")).to_have_text(
        "[ro] You can stay safely with us. Are you in danger now?")  # fmt: skip
    expect(staff).to_contain_text("Written in English (en)")
    expect(staff.locator("[data-testid=delivery]")).to_have_text("Sent ✓")
    expect(page.locator("#reply-text")).to_have_value("")

    page.click("#canned-list button[data-name=call_112]")
    expect(page.locator("#canned-text")).to_have_text(
        "Dacă ești în pericol acum, sună la 112. Este gratuit.")  # fmt: skip
    expect(page.locator("#canned-gloss")).to_have_text(
        "If you are in danger now, call 112. It is free.")  # fmt: skip
    page.click("#canned-send-button")
    expect(lines(page, "staff")).to_have_count(2)
    canned = lines(page, "staff").last
    expect(canned.locator("[data-testid=original]")).to_contain_text("sună la 112")
    expect(canned).to_contain_text("In English (en)")
    expect(canned).not_to_contain_text("machine translation")
    expect(canned.locator("[data-testid=delivery]")).to_have_text("Sent ✓")

    page.fill("#note-text", "Asked about danger; waiting for her answer.")
    page.click("#note-button")
    note = page.locator("#note-list [data-testid=note]")
    expect(note).to_contain_text("Asked about danger; waiting for her answer.")
    expect(note).to_contain_text("Private")
    expect(page.locator("#transcript")).not_to_contain_text("Asked about danger")
    page.locator("#case-panel").evaluate("panel => { panel.scrollTop = 0; }")
    screenshot(page, "case")

    page.select_option("#close-outcome", "referred_shelter")
    page.click("#close-button")
    expect(page.locator("#close-confirm")).to_contain_text("Referred to a shelter")
    page.click("#close-confirm-button")
    expect(row(page, "case", 2)).to_have_count(0)
    expect(page.locator("#panel-status")).to_have_text("Case #2 closed: Referred to a shelter.")
    assert fake_api.items[("case", 2)]["outcome"] == "referred_shelter"
    assert watched.errors == []


def test_without_a_model_it_says_so_offers_canned_replies_and_shows_markup_as_text(
    watched: Watched, fake_api: FakeConsole
) -> None:
    page = watched.page
    case_id = fake_api.add_case(
        priority="high", language="ti", summary=MARKUP, messages=[MARKUP, "ሓግዙኒ"],
        indicators={"threats_violence": [MARKUP]}, has_address=False,
    )  # fmt: skip
    signed_in(page, fake_api.url)
    expect(row(page, "case", case_id)).to_contain_text(MARKUP)
    open_item(page, "case", case_id)

    expect(page.locator("#translation-note")).to_contain_text(
        "No translation model for Tigrinya (ti) → English (en) is installed")  # fmt: skip
    expect(page.locator("#canned-section")).to_have_class(re.compile(r"\bis-recommended\b"))
    first = lines(page, "person").first
    expect(first.locator("[data-testid=original]")).to_have_text(MARKUP)
    expect(first.locator("[data-testid=translation]")).to_have_count(0)
    expect(page.locator("#case-summary")).to_have_text(MARKUP)
    expect(page.locator("#indicator-list")).to_contain_text(MARKUP)
    assert page.locator("img").count() == 0

    page.click("#claim-button")
    page.fill("#reply-text", "Are you safe?")
    page.click("#preview-button")
    expect(page.locator("#reply-preview-warning")).to_contain_text(
        "No translation model for English (en) → Tigrinya (ti) is installed")  # fmt: skip
    expect(page.locator("#send-button")).to_be_disabled()
    page.check("#confirm-untranslated")
    expect(page.locator("#send-button")).to_be_enabled()
    page.click("#send-button")
    sent = lines(page, "staff").last
    expect(sent.locator("[data-testid=original]")).to_have_text("Are you safe?")
    expect(sent.locator("[data-testid=delivery]")).to_contain_text(
        "Not delivered: there is no address to reply to")  # fmt: skip

    assert page.locator("img").count() == 0
    assert watched.dialogs == []
    assert watched.errors == []


def test_someone_else_claiming_first_is_shown_and_the_stream_reconnects(
    watched: Watched, fake_api: FakeConsole
) -> None:
    page = watched.page
    signed_in(page, fake_api.url)
    open_item(page, "case", 2)

    fake_api.pause_events()  # the page hears nothing of the claim below
    expect(page.locator("#connection-state")).to_have_text("Reconnecting…")
    fake_api.claim_as(2, "sofie")
    page.click("#claim-button")
    expect(page.locator("#case-message")).to_have_text("case 2 is already claimed by sofie")
    expect(page.locator("#case-claim-state")).to_have_text("Claimed by sofie.")
    expect(page.locator("#claim-button")).to_be_hidden()
    expect(page.locator("#reply-text")).to_be_disabled()

    fake_api.resume_events()
    expect(page.locator("#connection-state")).to_have_text("Live", timeout=15_000)
    expect(row(page, "case", 2)).to_contain_text("Claimed by sofie")
    assert watched.errors == []


def test_a_report_shows_what_was_seen_without_a_reply_box(
    watched: Watched, fake_api: FakeConsole
) -> None:
    page = watched.page
    signed_in(page, fake_api.url)
    open_item(page, "report", 1)

    expect(page.locator("#case-title")).to_have_text("Report R-00001")
    fields = page.locator("#report-fields")
    expect(fields).to_contain_text("Vesterbrogade, Copenhagen (2nd floor)")
    expect(fields).to_contain_text("the windows are covered")
    expect(fields).to_contain_text("Most nights last week")
    expect(fields).to_contain_text("Neighbour")
    expect(fields).to_contain_text("Anonymous")
    expect(page.locator("#report-additions")).to_contain_text("foreign plates")
    expect(page.locator("#reply-section")).to_be_hidden()
    expect(page.locator("#transcript-section")).to_be_hidden()

    page.click("#claim-button")
    expect(page.locator("#case-claim-state")).to_have_text("You have claimed this report.")
    page.select_option("#close-outcome", "referred_police")
    page.click("#close-button")
    page.click("#close-confirm-button")
    expect(row(page, "report", 1)).to_have_count(0)
    expect(row(page, "case", 1)).to_have_count(1)  # the case with the same id stays
    assert watched.errors == []


def test_a_supervisor_sees_the_audit_trail_transfers_and_adds_staff(
    watched: Watched, fake_api: FakeConsole
) -> None:
    page = watched.page
    signed_in(page, fake_api.url, "sofie", "supervisor-pass-1")
    open_item(page, "case", 2)
    page.click("#claim-button")
    expect(page.locator("#case-claim-state")).to_have_text("You have claimed this case.")
    expect(page.locator("#audit-list")).to_contain_text("Claim")

    page.select_option("#transfer-select", "mikkel")
    page.click("#transfer-button")
    expect(page.locator("#case-claim-state")).to_have_text("Claimed by mikkel.")
    expect(page.locator("#audit-list")).to_contain_text("to: mikkel")

    page.click("#admin-button")
    page.fill("#staff-name", "ida")
    page.fill("#staff-language", "da")
    page.click("#staff-button")
    expect(page.locator("#staff-result")).to_contain_text("Added ida (Counsellor)")
    password = page.locator("#staff-password").text_content() or ""
    assert password == fake_api.accounts["ida"].password
    expect(page.locator("#staff-audit-list")).to_contain_text("Staff created")
    assert watched.errors == []


# ---- Tablet, keyboard and the page itself ----------------------------------------------------


def test_on_a_tablet_in_portrait_the_queue_and_the_case_are_both_usable(
    tablet: Watched, fake_api: FakeConsole
) -> None:
    page = tablet.page
    signed_in(page, fake_api.url)
    queue_box = page.locator("#queue").bounding_box()
    panel_box = page.locator("#case-panel").bounding_box()
    assert queue_box and panel_box
    assert panel_box["y"] >= queue_box["y"] + queue_box["height"] - 1  # stacked
    assert page.evaluate("document.documentElement.scrollWidth") <= 768

    row(page, "case", 2).locator("button").tap()
    claim = page.locator("#claim-button")
    expect(claim).to_be_in_viewport()
    for target in ("#claim-button", "#logout-button", "#queue [data-testid=queue-item] button"):
        box = page.locator(target).first.bounding_box()
        assert box and box["height"] >= 44, target
    claim.tap()
    expect(page.locator("#case-claim-state")).to_have_text("You have claimed this case.")
    page.locator("#reply-text").fill("Hello")
    page.locator("#preview-button").tap()
    expect(page.locator("#send-button")).to_be_visible()
    page.locator("#back-to-queue").tap()
    expect(page.locator("#queue")).to_be_in_viewport()
    assert page.evaluate("document.documentElement.scrollWidth") <= 768
    assert tablet.errors == []


def test_the_queue_works_from_the_keyboard(watched: Watched, fake_api: FakeConsole) -> None:
    page = watched.page
    signed_in(page, fake_api.url)
    page.focus("#queue [data-testid=queue-item][data-kind=case][data-id='1'] button")
    page.keyboard.press("Enter")
    expect(page.locator("#case-title")).to_be_focused()
    expect(page.locator("#case-title")).to_have_text("Case #1")
    page.keyboard.press("Tab")
    expect(page.locator("#claim-button")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#case-claim-state")).to_have_text("You have claimed this case.")


def test_the_page_is_strict_and_loads_nothing_from_outside(
    watched: Watched, fake_api: FakeConsole
) -> None:
    signed_in(watched.page, fake_api.url)
    assert all(url.startswith(fake_api.url + "/") for url in watched.requests)
    with urllib.request.urlopen(fake_api.url + "/", timeout=10) as response:
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]

    page_html = (PAGE_DIR / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)", page_html)  # no inline script
    assert not re.search(r"<style|\sstyle=|\son[a-z]+=", page_html)  # no inline style/handler
    script = (PAGE_DIR / "console.js").read_text(encoding="utf-8")
    for forbidden in (r"\.innerHTML\b", r"\.outerHTML\b", r"insertAdjacentHTML\(",
                      r"document\.write", r"\beval\(", r"new Function", r"\.style\b",
                      r"setAttribute\(\"(style|on)"):  # fmt: skip
        assert not re.search(forbidden, script), forbidden
    for name in ("index.html", "console.js", "console.css"):
        text = (PAGE_DIR / name).read_text(encoding="utf-8")
        assert not re.search(r"https?://", text), name


def test_waiting_times_tick_without_a_new_snapshot(watched: Watched, fake_api: FakeConsole) -> None:
    page = watched.page
    page.clock.install()
    signed_in(page, fake_api.url)
    report = row(page, "report", 1)
    expect(report).to_contain_text("Waiting 50 min")

    page.clock.fast_forward("05:00")

    expect(report).to_contain_text("Waiting 55 min")
