"""Staff messages: retried, and reported when they cannot be delivered."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.channels.outbound import Outbound
from bot.privacy.addresses import AddressBook
from bot.settings import Settings, load_settings
from bot.store.database import upgrade_database
from tests.support.fake_apis import FakeApi, fake_twilio

KEY = Fernet.generate_key().decode()


@pytest.fixture
def twilio_api() -> Iterator[FakeApi]:
    api = fake_twilio(fail_first=2)
    yield api
    api.stop()


@pytest.fixture
def settings(tmp_path: Path, twilio_api: FakeApi) -> Settings:
    settings = load_settings({
        "HELPLINE_DATA_DIR": str(tmp_path), "HELPLINE_ENCRYPTION_KEY": KEY,
        "HELPLINE_TWILIO_ACCOUNT_SID": "AC" + "1" * 32, "HELPLINE_TWILIO_AUTH_TOKEN": "t",
        "HELPLINE_TWILIO_FROM": "+4570000000", "HELPLINE_TWILIO_API_BASE": twilio_api.url,
    })  # fmt: skip
    upgrade_database(settings.database_url)
    AddressBook(settings.database_url, KEY).remember("sms-1", "sms", "+4520000001")
    return settings


def test_a_failing_send_is_retried_until_it_goes_through(
    settings: Settings, twilio_api: FakeApi
) -> None:
    result = asyncio.run(Outbound(settings, retry_pauses=(0, 0)).send("sms-1", "Hello"))

    assert result.status == "sent"
    assert len(twilio_api.calls("/Messages.json")) == 3  # two failures, then success


def test_a_send_that_keeps_failing_is_reported(settings: Settings, twilio_api: FakeApi) -> None:
    result = asyncio.run(Outbound(settings, retry_pauses=(0,)).send("sms-1", "Hello"))

    assert result.status == "failed" and "500" in result.detail


def test_an_erased_person_cannot_be_written_to(settings: Settings) -> None:
    result = asyncio.run(Outbound(settings).send("sms-unknown", "Hello"))

    assert result.status == "no_address"
