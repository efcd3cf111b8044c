"""Pseudonyms, encrypted addresses, erase words and keys."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.privacy.addresses import AddressBook
from bot.privacy.erasure import erase_words, fold, is_erase_command
from bot.privacy.pseudonyms import sender_ref
from bot.privacy.secrets import keys_for, secret_from
from bot.settings import load_settings
from bot.store.database import upgrade_database


def test_a_pseudonym_is_stable_keyed_and_hides_the_number() -> None:
    ref = sender_ref("key-1", "sms", "+4520123456")

    assert ref == sender_ref("key-1", "sms", "+4520123456")
    assert ref != sender_ref("key-2", "sms", "+4520123456")
    assert ref != sender_ref("key-1", "whatsapp", "+4520123456")
    assert ref.startswith("sms-") and "20123456" not in ref and len(ref) == 36


@pytest.fixture
def book(tmp_path: Path) -> AddressBook:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    upgrade_database(url)
    return AddressBook(url, Fernet.generate_key().decode())


def test_addresses_are_encrypted_at_rest_and_forgotten(book: AddressBook, tmp_path: Path) -> None:
    book.remember("sms-abc", "sms", "+4520123456")

    contact = book.lookup("sms-abc")
    assert contact is not None and contact.address == "+4520123456" and contact.channel == "sms"
    assert b"20123456" not in (tmp_path / "db.sqlite").read_bytes()
    assert book.forget("sms-abc") and book.lookup("sms-abc") is None
    assert not book.forget("sms-abc")


def test_an_address_under_another_key_is_not_guessed(book: AddressBook) -> None:
    book.remember("sms-abc", "sms", "+4520123456")
    other = AddressBook(book.database_url, Fernet.generate_key().decode())

    assert other.lookup("sms-abc") is None


@pytest.mark.parametrize(
    "text",
    ["DELETE", "stop", "Stop!", "slet", "SLET", "șterge", "sterge", "удалить", "xóa", "删除"],
)
def test_erase_commands_in_many_languages(text: str) -> None:
    assert is_erase_command(text)


@pytest.mark.parametrize(
    "text", ["how do I delete my messages?", "stop hitting me", "đúng", "yes", "/greet", ""]
)
def test_ordinary_messages_are_not_erase_commands(text: str) -> None:
    assert not is_erase_command(text)


def test_every_language_can_stop() -> None:
    assert "stop" in erase_words() and fold("  Șterge!! ") == "sterge"


def test_keys_come_from_the_environment_or_a_private_file(tmp_path: Path) -> None:
    assert secret_from("from-env", tmp_path / "k") == "from-env"

    created = secret_from(None, tmp_path / "secrets" / "k")

    assert Fernet(created.encode())  # a valid key
    assert stat.S_IMODE((tmp_path / "secrets" / "k").stat().st_mode) == 0o600
    assert secret_from(None, tmp_path / "secrets" / "k") == created
    settings = load_settings({"HELPLINE_DATA_DIR": str(tmp_path / "var")})
    assert keys_for(settings) == keys_for(settings)


def test_log_records_never_carry_a_phone_number_or_an_e_mail_address() -> None:
    import io
    import logging

    from bot.privacy.log_redaction import RedactingFilter

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("test.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("could not reach %s", "+45 20 12 34 56")
        try:
            raise ValueError("The 'To' number whatsapp:+4520123456 is not valid; mail a@b.dk")
        except ValueError:
            logger.exception("Twilio refused a reply")
        logger.warning("case %s claimed at 10:45, 2 messages", 17)
    finally:
        logger.removeHandler(handler)
    written = stream.getvalue()
    assert "20 12 34 56" not in written and "4520123456" not in written
    assert "a@b.dk" not in written and "[number]" in written and "[email]" in written
    assert "Twilio refused a reply" in written and "ValueError" in written
    assert "case 17 claimed at 10:45, 2 messages" in written  # short numbers stay readable


def test_rasas_error_lines_about_a_message_do_not_carry_her_text() -> None:
    """Rasa's REST channel logs the whole message when handling it fails or is cancelled; the
    text of such a line is masked. Debug lines keep it: the debug switch exists to find faults
    (docs/privacy.md)."""
    import io
    import json
    import logging

    from bot.privacy.log_redaction import RedactingFilter

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("test.rasa_text")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    text = 'he took my passport, "the boss" said\\ call 20123456'
    try:
        logger.error(json.dumps({"text": text, "event": "rest.message.received.timeout"}))
        logger.debug(json.dumps({"text": "debug: he took my passport", "event": "parse"}))
    finally:
        logger.removeHandler(handler)
    written = stream.getvalue()

    assert "took my passport, " not in written and "the boss" not in written
    assert '"text": "[message text]", "event": "rest.message.received.timeout"' in written
    assert "debug: he took my passport" in written
