"""The check that what she got is the safe answer, shared by the fault and outage tests."""

from __future__ import annotations

from typing import Any

from bot.settings import Settings


def assert_safe_answer(answer: str, language: str, catalogs: Any, settings: Settings) -> None:
    """``answer`` is the safe answer in ``language``: its opening words, 112, the hotline."""
    opening = catalogs[language].get("utter_technical_problem").text.split("{")[0].strip()[:25]
    assert answer.startswith(opening), answer
    assert "112" in answer and settings.contact.hotline_phone in answer, answer
