"""Shared fixtures: the bundled lexicons, rules and learned model are loaded once per session."""

from __future__ import annotations

import pytest

from bot.triage import LearnedModel, Lexicon, TriageRules, load_learned, load_lexicon, load_rules


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.fixture(scope="session")
def rules() -> TriageRules:
    return load_rules()


@pytest.fixture(scope="session")
def learned() -> LearnedModel:
    return load_learned()
