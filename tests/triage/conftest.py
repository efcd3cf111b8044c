"""Shared fixtures: the bundled lexicons and rules are loaded once per test session."""

from __future__ import annotations

import pytest

from bot.triage import Lexicon, TriageRules, load_lexicon, load_rules


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.fixture(scope="session")
def rules() -> TriageRules:
    return load_rules()
