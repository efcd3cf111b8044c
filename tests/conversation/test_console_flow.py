"""The whole hotline flow in two browsers: a person in the web chat, a counsellor in the console.

She writes in Romanian that she is locked in and beaten; the assistant gives 112 at once and
opens an emergency case; it appears live in the counsellor's open queue; the counsellor claims
it, answers in English; she reads the answer in Romanian in her chat; the counsellor closes the
case and the assistant answers her again. (The translation models here are tiny random ones:
what the counsellor and she read is gibberish, but it went through the real Argos path.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from bot.hotline.audit import AuditLog
from bot.hotline.cases import CaseService
from bot.hotline.staff import StaffService
from bot.language.catalog import load_catalogs
from bot.settings import Settings

pytestmark = pytest.mark.stack

CHROMIUM = Path("/usr/bin/chromium")
TIMEOUT_MS = 60_000
PASSWORD = "flow test passphrase"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/setup.sh as root")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        # expect() keeps its own 5 s default, not the context's: the stack's first answer
        # took longer in CI, with two test workers on the two cores.
        expect.set_options(timeout=TIMEOUT_MS)
        yield browser
        browser.close()


def _page(browser: Browser, **options: Any) -> Page:
    context = browser.new_context(**options)
    context.set_default_timeout(TIMEOUT_MS)
    return context.new_page()


def test_a_romanian_emergency_from_chat_to_counsellor_and_back(
    browser: Browser, running_stack: Any, stack_settings: Settings
) -> None:
    staff = StaffService(stack_settings.database_url)
    _, one_time = staff.add("ioana", "counsellor")
    staff.change_password("ioana", one_time, PASSWORD)
    rasa_url = f"http://127.0.0.1:{stack_settings.services.rasa_port}"
    console_url = f"http://127.0.0.1:{stack_settings.services.console_port}"
    romanian = load_catalogs(stack_settings.translations_dir)["ro"]
    machine_note = romanian.get("note_machine_translated").text

    counsellor = _page(browser, viewport={"width": 1280, "height": 900})
    counsellor.goto(console_url)
    counsellor.fill("#login-name", "ioana")
    counsellor.fill("#login-password", PASSWORD)
    counsellor.click("#login-button")
    expect(counsellor.locator("#queue-heading")).to_be_visible()
    expect(counsellor.locator("#connection-state")).to_contain_text("Live")

    person = _page(browser)
    person.goto(f"{rasa_url}/webhooks/webchat/")
    person.fill("#message", "Ajutor! M-a închis în cameră și mă bate acum")
    person.click("#send")
    expect(person.locator(".message.bot").filter(has_text="112").first).to_be_visible()

    # Live: the emergency appears in the queue that was already open, with the alert.
    row = counsellor.locator("[data-testid=queue-item][data-priority=emergency]").first
    expect(row).to_be_visible(timeout=15_000)
    expect(counsellor.locator("#alert-banner")).to_be_visible()
    row.click()
    expect(counsellor.locator("#case-panel")).to_contain_text("M-a închis în cameră")
    counsellor.click("#claim-button")
    expect(counsellor.locator("#reply-text")).to_be_enabled()
    counsellor.fill("#reply-text", "Are you safe to write? Call 112 if you can.")
    counsellor.click("#preview-button")
    expect(counsellor.locator("#reply-preview")).to_contain_text(machine_note)
    counsellor.click("#send-button")
    sent_line = counsellor.locator("[data-testid=transcript-line]").filter(has_text=machine_note)
    expect(sent_line.last).to_be_visible()

    # She reads the answer in her chat, in Romanian (machine translated, and marked so).
    answer = person.locator(".message.bot").filter(has_text=machine_note)
    expect(answer.first).to_be_visible(timeout=20_000)
    assert "112" in answer.first.inner_text()

    cases = CaseService(stack_settings.database_url)
    case = next(c for c in cases.queue() if c.claimed_by == "ioana")
    stored = cases.get(case.id).transcript[-1]
    assert stored.author == "staff" and stored.delivery_status == "sent"
    assert stored.original_text == "Are you safe to write? Call 112 if you can."

    counsellor.select_option("#close-outcome", "referred_shelter")
    counsellor.click("#close-button")
    counsellor.click("#close-confirm-button")
    expect(counsellor.locator(f"[data-testid=queue-item][data-id='{case.id}']")).to_have_count(0)
    assert cases.get(case.id).status == "closed"
    trail = [(e.actor, e.action) for e in AuditLog(stack_settings.database_url).for_case(case.id)]
    assert trail[0] == ("assistant", "opened")
    for action in ("read", "claim", "reply", "close"):
        assert ("ioana", action) in trail

    # The assistant is back for her.
    person.fill("#message", "Cât timp pot să stau ca să mă gândesc?")
    person.click("#send")
    expect(person.locator(".message.bot").filter(has_text="30").last).to_be_visible()
