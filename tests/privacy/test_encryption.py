"""What people wrote is encrypted at rest, older databases are encrypted by migration, and
keys can be rotated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cryptography.fernet import Fernet, InvalidToken

from bot.errors import HelplineError
from bot.hotline.cases import CaseService, Escalation, TranscriptLine
from bot.privacy.addresses import AddressBook
from bot.privacy.key_rotation import rotate_keys
from bot.settings import load_settings
from bot.store.database import upgrade_database
from bot.store.encryption import cipher_from
from tests.support.keys import TEST_KEYS
from tests.support.shared_files import query, raw_bytes

WORDS = "seful mi-a luat pasaportul"
KEY = TEST_KEYS["HELPLINE_ENCRYPTION_KEY"]


def _database(tmp_path: Path, revision: str = "head") -> tuple[str, Path]:
    path = tmp_path / "helpline.db"
    url = f"sqlite:///{path}"
    upgrade_database(url, revision)
    return url, path


def _case(url: str) -> int:
    service = CaseService(url)
    case, _ = service.open_case(
        Escalation(
            channel="sms",
            sender_ref="ref-1",
            language="ro",
            priority="high",
            indicators=[{"code": "documents_withheld", "evidence": ["mi-a luat pasaportul"]}],
            reasons=["Documents withheld: 'mi-a luat pasaportul'"],
            summary="Possible victim: 'mi-a luat pasaportul'",
            transcript=[TranscriptLine("person", WORDS, "ro")],
        )
    )
    service.add_note(case.id, "anna", "she mentioned the Vesterbro flat")
    return case.id


def _file_text(path: Path) -> bytes:
    with query(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return b"".join(raw_bytes(p) for p in path.parent.glob(path.name + "*"))


def test_message_texts_notes_and_evidence_are_not_in_the_database_in_clear(
    tmp_path: Path,
) -> None:
    url, path = _database(tmp_path)
    case_id = _case(url)

    stored = _file_text(path)
    assert b"pasaportul" not in stored and b"Vesterbro" not in stored
    case = CaseService(url).get(case_id)
    assert case.transcript[0].text == WORDS
    assert case.indicators[0]["evidence"] == ["mi-a luat pasaportul"]
    assert CaseService(url).notes(case_id)[0].text == "she mentioned the Vesterbro flat"
    assert case.priority == "high" and case.language == "ro"  # what the queue sorts by


def test_a_database_from_before_encryption_is_encrypted_by_the_migration(tmp_path: Path) -> None:
    url, path = _database(tmp_path, revision="0005")
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO cases (id, channel, sender_ref, language, priority, status, indicators, "
        "reasons, summary, created_at, updated_at) VALUES (1, 'sms', 'r', 'ro', 'high', "
        "'waiting', ?, '[]', 'old summary', '2026-11-01 10:00:00', '2026-11-01 10:00:00')",
        ('[{"code": "debt_bondage", "evidence": ["datorez 5000"]}]',),
    )
    connection.execute(
        "INSERT INTO case_messages (case_id, author, text, language, created_at, translations, "
        "machine_translated) VALUES (1, 'person', ?, 'ro', '2026-11-01 10:00:00', '{}', 0)",
        (WORDS,),
    )
    connection.commit()
    connection.close()

    upgrade_database(url)

    assert b"pasaportul" not in _file_text(path) and b"datorez" not in _file_text(path)
    case = CaseService(url).get(1)
    assert case.transcript[0].text == WORDS and case.summary == "old summary"
    assert case.indicators == [{"code": "debt_bondage", "evidence": ["datorez 5000"]}]


def test_rotating_a_laptop_key_re_encrypts_everything_and_forgets_the_old_key(
    tmp_path: Path,
) -> None:
    settings = load_settings({"HELPLINE_DATA_DIR": str(tmp_path)})
    upgrade_database(settings.database_url)
    key_file = settings.secrets_dir / "encryption.key"
    key_file.parent.mkdir(parents=True)
    key_file.write_text(KEY)  # the key this test process encrypts with
    _case(settings.database_url)
    AddressBook(settings.database_url, KEY).remember("ref-1", "sms", "+4520000001")

    message = rotate_keys(settings)

    new_key = key_file.read_text()
    assert new_key != KEY and "," not in new_key and "re-encrypted" in message
    assert oct(key_file.stat().st_mode)[-3:] == "600"
    connection = sqlite3.connect(settings.data_dir / "helpline.db")
    token = connection.execute("SELECT text FROM case_messages").fetchone()[0]
    address = connection.execute("SELECT token FROM addresses").fetchone()[0]
    assert cipher_from(new_key).decrypt(token.encode()).decode() == WORDS
    with pytest.raises(InvalidToken):
        cipher_from(KEY).decrypt(token.encode())
    contact = AddressBook(settings.database_url, new_key).lookup("ref-1")
    assert contact is not None and contact.address == "+4520000001"
    assert AddressBook(settings.database_url, KEY).lookup("ref-1") is None
    assert cipher_from(new_key).decrypt(address.encode()) == b"+4520000001"


def test_rotating_a_key_from_the_environment_needs_the_new_key_first(tmp_path: Path) -> None:
    environ = {"HELPLINE_DATA_DIR": str(tmp_path), "HELPLINE_ENCRYPTION_KEY": KEY}
    settings = load_settings(environ)
    upgrade_database(settings.database_url)
    _case(settings.database_url)
    with pytest.raises(HelplineError, match="put a new key first"):
        rotate_keys(settings)

    new_key = Fernet.generate_key().decode()
    rotate_keys(load_settings({**environ, "HELPLINE_ENCRYPTION_KEY": f"{new_key},{KEY}"}))

    connection = sqlite3.connect(settings.data_dir / "helpline.db")
    token = connection.execute("SELECT summary FROM cases").fetchone()[0]
    assert cipher_from(new_key).decrypt(token.encode()).startswith(b"Possible victim")
