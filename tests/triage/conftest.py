"""Shared fixtures: the bundled lexicons, rules and learned model are loaded once per session
(tests/support/bundled_triage.py)."""

from __future__ import annotations

import pytest

from bot.triage import LearnedModel, Lexicon, TriageRules, load_rules
from tests.support.bundled_triage import bundled_learned, bundled_lexicon


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return bundled_lexicon()


@pytest.fixture(scope="session")
def rules() -> TriageRules:
    return load_rules()


@pytest.fixture(scope="session")
def learned() -> LearnedModel:
    return bundled_learned()


@pytest.fixture(scope="session")
def escalating_alone(rules: TriageRules) -> frozenset[str]:
    """The codes that escalate on their own (``alone_is`` high or emergency in rules.yml): a
    look-alike must find none of them."""
    return frozenset(code for code, priority in rules.alone_is.items() if priority != "normal")
