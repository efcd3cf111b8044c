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


@pytest.fixture(scope="session")
def escalating_alone(rules: TriageRules) -> frozenset[str]:
    """The codes that escalate on their own (``alone_is`` high or emergency in rules.yml): a
    look-alike must find none of them."""
    return frozenset(code for code, priority in rules.alone_is.items() if priority != "normal")
