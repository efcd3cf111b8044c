"""`helpline purge`: what is past its retention period goes, what is still needed stays."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import update

from bot.hotline.audit import AuditLog
from bot.hotline.cases import CaseService, Escalation, TranscriptLine
from bot.privacy.retention import purge
from bot.settings import Settings, load_settings
from bot.store.database import session_scope, upgrade_database
from bot.store.models import AuditEvent, Case, Delivery

NOW = datetime(2026, 11, 30, 12, 0)


def _settings(tmp_path: Path) -> Settings:
    settings = load_settings({"HELPLINE_DATA_DIR": str(tmp_path)})
    upgrade_database(settings.database_url)
    return settings


def _case(settings: Settings, sender_ref: str, closed_days_ago: int | None) -> int:
    service = CaseService(settings.database_url)
    case, _ = service.open_case(
        Escalation("sms", sender_ref, "en", "high", [], [], "summary",
                   [TranscriptLine("person", f"words of {sender_ref}", "en")])
    )  # fmt: skip
    service.add_note(case.id, "anna", "a note")
    if closed_days_ago is not None:
        service.close(case.id, "information_given")
        with session_scope(settings.database_url) as session:
            session.execute(
                update(Case)
                .where(Case.id == case.id)
                .values(closed_at=NOW - timedelta(days=closed_days_ago))
            )
    return case.id


def _tracker(settings: Settings, last_event_days_ago: dict[str, int]) -> None:
    connection = sqlite3.connect(settings.tracker_db)
    connection.execute(
        "CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255), type_name "
        "VARCHAR(255), timestamp FLOAT, intent_name VARCHAR(255), action_name VARCHAR(255), "
        "data TEXT)"
    )
    for sender, days in last_event_days_ago.items():
        for extra in (5, 0):  # an older event and the last one
            moment = NOW.replace(tzinfo=UTC) - timedelta(days=days + extra)
            connection.execute(
                "INSERT INTO events (sender_id, type_name, timestamp, data) "
                "VALUES (?, 'user', ?, ?)",
                (sender, moment.timestamp(), '{"text": "hello"}'),
            )
    connection.commit()
    connection.close()


def _senders(settings: Settings) -> set[str]:
    connection = sqlite3.connect(settings.tracker_db)
    senders = {row[0] for row in connection.execute("SELECT DISTINCT sender_id FROM events")}
    connection.close()
    return senders


def test_purge_deletes_only_what_is_past_its_period(tmp_path: Path) -> None:
    settings = _settings(tmp_path)  # defaults: 90 days, closed cases 365, audit 730
    old_closed = _case(settings, "old-closed", closed_days_ago=400)
    recent_closed = _case(settings, "recent-closed", closed_days_ago=30)
    still_open = _case(settings, "quiet-but-open", closed_days_ago=None)
    _tracker(settings, {"quiet": 100, "recent": 10, "quiet-but-open": 200})
    audit = AuditLog(settings.database_url)
    audit.record("anna", "read", case_id=recent_closed)
    with session_scope(settings.database_url) as session:
        session.add(AuditEvent(actor="anna", action="read", at=NOW - timedelta(days=800),
                               detail={}))  # fmt: skip
        session.add(Delivery(channel="sms", delivery_id="SM1", received_at=NOW - timedelta(8)))

    counts = purge(settings, now=NOW)

    assert counts["conversations"] == 1 and _senders(settings) == {"recent", "quiet-but-open"}
    assert counts["closed_cases"] == 1 and counts["audit_events"] == 1
    assert counts["housekeeping"] >= 1
    cases = CaseService(settings.database_url)
    assert {case.id for case in cases.list("all")} == {recent_closed, still_open}
    assert cases.get(recent_closed).transcript[0].text == "words of recent-closed"
    assert cases.notes(old_closed) == []
    assert [entry.actor for entry in audit.for_case(recent_closed)] == ["anna"]
    assert purge(settings, now=NOW)["closed_cases"] == 0  # nothing left to do


def test_retention_periods_come_from_the_configuration(tmp_path: Path) -> None:
    config = tmp_path / "helpline.yml"
    base = (Path(__file__).resolve().parents[2] / "helpline.yml").read_text()
    config.write_text(base.replace("closed_cases: 365", "closed_cases: 10"))
    settings = load_settings({"HELPLINE_DATA_DIR": str(tmp_path), "HELPLINE_CONFIG": str(config)})
    upgrade_database(settings.database_url)
    _case(settings, "closed-20-days-ago", closed_days_ago=20)

    assert purge(settings, now=NOW)["closed_cases"] == 1


def test_helpline_purge_reports_what_it_deleted(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    _case(settings, "old", closed_days_ago=1000)
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "purge"],
        env={**os.environ, "HELPLINE_DATA_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "1 closed_cases" in result.stdout
    assert CaseService(settings.database_url).list("all") == []
