"""A fresh application database per test, and a factory for what a reporter tells us."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.reports import ReportDraft, ReportService
from bot.store.database import upgrade_database


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'helpline.db'}"
    upgrade_database(url)
    return url


@pytest.fixture
def service(database_url: str) -> ReportService:
    return ReportService(database_url)


def make_draft(**changes: Any) -> ReportDraft:
    values: dict[str, Any] = {
        "channel": "rest",
        "sender_ref": "sender-1",
        "language": "da",
        "reporter_role": "citizen",
        "place_kind": "sex_industry",
        "location": "Vesterbrogade, København",
        "description": "Kvinderne i massageklinikken går aldrig ud alene",
        "signs": ["movement_restricted"],
        "seen_when": "i går aftes",
        "danger_now": False,
        "contact": None,
    }
    values.update(changes)
    return ReportDraft(**values)
