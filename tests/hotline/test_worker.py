"""The waiting-case notice: sent once, in her language, through her channel."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import update

from bot.channels.outbound import Outbound
from bot.hotline.cases import CaseService, Escalation
from bot.hotline.worker import forget_quiet_addresses, notify_waiting
from bot.language.nlg_server import renderer_from_settings
from bot.privacy.addresses import AddressBook
from bot.settings import Settings, load_settings
from bot.store.database import session_scope, upgrade_database
from bot.store.models import Address, Case, utcnow
from tests.support.fake_apis import FakeApi, fake_twilio

KEY = Fernet.generate_key().decode()


@pytest.fixture
def twilio_api() -> Iterator[FakeApi]:
    api = fake_twilio()
    yield api
    api.stop()


@pytest.fixture
def settings(tmp_path: Path, twilio_api: FakeApi) -> Settings:
    settings = load_settings({
        "HELPLINE_DATA_DIR": str(tmp_path), "HELPLINE_ENCRYPTION_KEY": KEY,
        "HELPLINE_TWILIO_ACCOUNT_SID": "AC" + "2" * 32, "HELPLINE_TWILIO_AUTH_TOKEN": "t",
        "HELPLINE_TWILIO_FROM": "+4570000000", "HELPLINE_TWILIO_API_BASE": twilio_api.url,
    })  # fmt: skip
    upgrade_database(settings.database_url)
    return settings


def open_case(service: CaseService, ref: str, minutes_ago: int, language: str = "ro") -> int:
    case, _ = service.open_case(Escalation("sms", ref, language, "high", [], [], "High (ro)."))
    with session_scope(service.database_url) as session:
        session.execute(update(Case).where(Case.id == case.id).values(
            created_at=case.created_at - timedelta(minutes=minutes_ago)))  # fmt: skip
    return case.id


def test_people_waiting_too_long_are_told_once_in_their_language(
    settings: Settings, twilio_api: FakeApi
) -> None:
    service = CaseService(settings.database_url)
    AddressBook(settings.database_url, KEY).remember("sms-late", "sms", "+4520000002")
    AddressBook(settings.database_url, KEY).remember("sms-new", "sms", "+4520000003")
    late = open_case(service, "sms-late", minutes_ago=11)
    open_case(service, "sms-new", minutes_ago=2)
    open_case(service, "rest-late", minutes_ago=30)  # no address: told at her next message
    renderer, outbound = renderer_from_settings(settings), Outbound(settings, retry_pauses=())

    told = asyncio.run(notify_waiting(settings, service, renderer, outbound))
    again = asyncio.run(notify_waiting(settings, service, renderer, outbound))

    assert (told, again) == (1, 0)
    sent = twilio_api.calls("/Messages.json")
    assert {call["To"] for call in sent} == {"+4520000002"}
    expected = renderer.render("utter_case_still_waiting", "ro").text
    received = " ".join(call["Body"].split(") ", 1)[-1] for call in sent)  # without "(1/2) "
    assert received.split() == expected.split()
    assert service.get(late).transcript[-1].author == "bot"
    assert service.get(late).status == "waiting"


def test_quiet_addresses_are_forgotten_unless_their_case_is_open(settings: Settings) -> None:
    service = CaseService(settings.database_url)
    book = AddressBook(settings.database_url, KEY)
    for ref in ("sms-quiet", "sms-quiet-with-case", "sms-recent"):
        book.remember(ref, "sms", "+4520000009")
    open_case(service, "sms-quiet-with-case", minutes_ago=1)
    old = utcnow() - timedelta(days=settings.address_retention_days + 1)
    with session_scope(settings.database_url) as session:
        session.execute(update(Address).where(Address.sender_ref != "sms-recent")
                        .values(last_seen_at=old))  # fmt: skip

    forgotten = forget_quiet_addresses(settings, service, Outbound(settings))

    assert forgotten == 1 and book.lookup("sms-quiet") is None
    assert book.lookup("sms-quiet-with-case") is not None and book.lookup("sms-recent")
