"""Committed writes, and only writes, wake the consoles (bot.store.database, shared_state)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from bot.hotline.audit import AuditLog
from bot.store import database
from bot.store.database import session_scope, upgrade_database
from bot.store.models import AuditEvent


@pytest.fixture
def signals(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    sent: list[int] = []
    monkeypatch.setattr(database, "announce_queue_change", lambda: sent.append(1))
    return sent


@pytest.fixture
def url(tmp_path: Path) -> str:
    database_url = f"sqlite:///{tmp_path / 'helpline.db'}"
    upgrade_database(database_url)
    return database_url


def test_a_committed_write_is_announced_once(url: str, signals: list[int]) -> None:
    AuditLog(url).record("tester", "signed_in")
    assert signals == [1]


def test_a_bulk_update_is_announced(url: str, signals: list[int]) -> None:
    AuditLog(url).record("tester", "signed_in")
    with session_scope(url) as session:
        session.execute(update(AuditEvent).values(action="signed_out"))
    assert signals == [1, 1]


def test_reads_and_rolled_back_writes_are_not_announced(url: str, signals: list[int]) -> None:
    with session_scope(url) as session:
        session.scalars(select(AuditEvent)).all()
    with pytest.raises(RuntimeError), session_scope(url) as session:
        session.execute(update(AuditEvent).values(action="x"))
        raise RuntimeError("roll back")
    assert signals == []
