"""SMS and WhatsApp through the Twilio webhook, with the real twilio client against a fake API."""

from __future__ import annotations

import asyncio
import urllib.error
import urllib.parse
import urllib.request
import uuid
from typing import Any

import pytest
from twilio.request_validator import RequestValidator

from bot.channels.outbound import Outbound
from bot.privacy.addresses import AddressBook
from bot.privacy.pseudonyms import sender_ref
from bot.settings import Settings
from tests.conversation.conftest import TEST_KEYS, TWILIO_FROM, TWILIO_TOKEN
from tests.support.fake_apis import FakeApi
from tests.support.shared_files import query, raw_bytes

pytestmark = pytest.mark.stack


class Sms:
    """Posts Twilio-style webhook requests, signed like Twilio signs them."""

    def __init__(self, settings: Settings, api: FakeApi) -> None:
        self.url = f"http://127.0.0.1:{settings.services.rasa_port}/webhooks/twilio/webhook"
        self.api = api
        self.validator = RequestValidator(TWILIO_TOKEN)

    def post(self, params: dict[str, str], signature: str | None = "sign") -> int:
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if signature == "sign":
            headers["X-Twilio-Signature"] = self.validator.compute_signature(self.url, params)
        elif signature is not None:
            headers["X-Twilio-Signature"] = signature
        data = urllib.parse.urlencode(params).encode()
        request = urllib.request.Request(self.url, data=data, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            return int(error.code)

    def send(self, phone: str, body: str, sid: str | None = None, **extra: str) -> list[str]:
        """Her SMS; returns the bodies the assistant sent her in reply."""
        before = len(self.sent_to(phone))
        params = {"From": phone, "To": TWILIO_FROM, "Body": body,
                  "MessageSid": sid or f"SM{uuid.uuid4().hex}", **extra}  # fmt: skip
        assert self.post(params) == 200
        return self.sent_to(phone)[before:]

    def sent_to(self, phone: str) -> list[str]:
        return [call["Body"] for call in self.api.calls("/Messages.json") if call["To"] == phone]


@pytest.fixture
def sms(stack_settings: Settings, twilio_api: FakeApi, running_stack: Any) -> Sms:
    return Sms(stack_settings, twilio_api)


@pytest.fixture
def phone() -> str:
    return f"+4520{uuid.uuid4().int % 10**6:06d}"


def ref_of(channel: str, address: str) -> str:
    return sender_ref(TEST_KEYS["HELPLINE_PSEUDONYM_KEY"], channel, address)


def test_an_sms_gets_an_answer_and_the_privacy_notice_first_time(sms: Sms, phone: str) -> None:
    replies = sms.send(phone, "how long can I stay to think about it?")

    assert any("30 days" in reply for reply in replies)
    assert "DELETE" in replies[-1]
    later = sms.send(phone, "thank you")
    assert later and not any("DELETE" in reply for reply in later)  # once


@pytest.mark.parametrize("signature", [None, "forged-signature", ""])
def test_unsigned_or_forged_requests_are_refused_and_nothing_is_sent(
    sms: Sms, phone: str, signature: str | None
) -> None:
    params = {"From": phone, "Body": "hello", "MessageSid": f"SM{uuid.uuid4().hex}"}

    assert sms.post(params, signature=signature) == 403
    assert sms.sent_to(phone) == []


def test_a_signature_for_other_parameters_is_refused(sms: Sms, phone: str) -> None:
    params = {"From": phone, "Body": "hello", "MessageSid": "SM1"}
    signature = sms.validator.compute_signature(sms.url, {**params, "Body": "other"})

    assert sms.post(params, signature=signature) == 403


def test_a_redelivered_message_is_processed_once(sms: Sms, phone: str) -> None:
    first = sms.send(phone, "hello", sid="SMduplicate" + phone[1:])
    again = sms.send(phone, "hello", sid="SMduplicate" + phone[1:])

    assert first and again == []


def test_buttons_become_numbered_options_and_a_number_chooses(sms: Sms, phone: str) -> None:
    menu = "\n".join(sms.send(phone, "menu"))
    assert "1 Time to think and a safe place" in menu

    answer = "\n".join(sms.send(phone, "1"))

    assert "30 days" in answer


def test_long_cyrillic_answers_are_split_into_numbered_ucs2_parts(sms: Sms, phone: str) -> None:
    replies = sms.send(phone, "сколько времени я могу остаться, чтобы подумать и решить?")

    numbered = [reply for reply in replies if reply.startswith("(")]
    total = int(numbered[0].split("/")[1].split(")")[0])
    parts = numbered[:total]
    expected = [f"({number}/{total})" for number in range(1, total + 1)]
    assert total >= 2 and [part.split(" ")[0] for part in parts] == expected
    assert all(len(part.encode("utf-16-le")) // 2 <= 67 for part in parts)


def test_stop_erases_everything_and_forgets_the_number(
    sms: Sms, phone: str, stack_settings: Settings
) -> None:
    sms.send(phone, "I want to talk to a person")
    ref = ref_of("sms", phone)
    book = AddressBook(stack_settings.database_url, TEST_KEYS["HELPLINE_ENCRYPTION_KEY"])
    assert book.lookup(ref) is not None

    confirmation = sms.send(phone, "STOP")

    assert confirmation and "erased" in confirmation[0]
    assert book.lookup(ref) is None
    with query(stack_settings.tracker_db) as db:
        events = db.execute("select count(*) from events where sender_id = ?", (ref,)).fetchone()
    assert events == (0,)
    with query(stack_settings.database_url.removeprefix("sqlite:///")) as db:
        lines = db.execute(
            "select count(*) from case_messages join cases on cases.id = case_messages.case_id "
            "where cases.sender_ref = ?", (ref,)).fetchone()  # fmt: skip
        status = db.execute("select status from cases where sender_ref = ?", (ref,)).fetchone()
    assert lines == (0,) and status == ("closed",)


def test_the_phone_number_is_stored_nowhere_in_clear(
    sms: Sms, phone: str, stack_settings: Settings
) -> None:
    sms.send(phone, "they took my passport and I cannot leave")
    sms.send(phone, "yes")

    digits = phone.removeprefix("+")
    stored = [stack_settings.tracker_db,
              stack_settings.database_url.removeprefix("sqlite:///"),
              *sorted((stack_settings.data_dir / "logs").glob("*.log"))]  # fmt: skip
    for path in stored:
        assert digits.encode() not in raw_bytes(path), path
    for log in sorted((stack_settings.data_dir / "logs").glob("*.log")):  # no debug switch
        assert b"cannot leave" not in raw_bytes(log), log


def test_a_photo_without_words_gets_a_kind_answer(sms: Sms, phone: str) -> None:
    replies = sms.send(phone, "", NumMedia="1", MediaUrl0="https://example.invalid/p.jpg")

    assert replies and "only read text" in replies[0]


def test_whatsapp_replies_go_back_to_whatsapp_unsplit(sms: Sms, phone: str) -> None:
    address = f"whatsapp:{phone}"
    sms.send(address, "сколько времени я могу остаться, чтобы подумать и решить?")

    calls = [c for c in sms.api.calls("/Messages.json") if c["To"] == address]
    assert calls and all(c["From"] == f"whatsapp:{TWILIO_FROM}" for c in calls)
    assert not any(c["Body"].startswith("(1/") for c in calls)


def test_a_staff_reply_reaches_her_number(sms: Sms, phone: str, stack_settings: Settings) -> None:
    sms.send(phone, "I want to talk to a person")

    result = asyncio.run(Outbound(stack_settings).send(ref_of("sms", phone), "Hi, I am Anna."))

    assert result.status == "sent"
    assert sms.sent_to(phone)[-1] == "Hi, I am Anna."
