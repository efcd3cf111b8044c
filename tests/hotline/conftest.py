"""A fresh application database per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.hotline.cases import CaseService
from bot.store.database import upgrade_database


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'helpline.db'}"
    upgrade_database(url)
    return url


@pytest.fixture
def service(database_url: str) -> CaseService:
    return CaseService(database_url)
