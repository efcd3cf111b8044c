"""One call from a message to a triage assessment, for actions and the bench."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.triage.indicators import find_indicators
from bot.triage.lexicon import Lexicon
from bot.triage.rules import Assessment, TriageRules, assess

if TYPE_CHECKING:
    from bot.triage.learned import LearnedModel


def triage(
    text: str, lexicon: Lexicon, rules: TriageRules, learned: LearnedModel | None = None
) -> Assessment:
    """Find the indicators in ``text`` and assess them (pure: lexicon, rules and the learned
    model are loaded once at start-up; without ``learned`` only the lexicons are used)."""
    return assess(find_indicators(text, lexicon, learned), rules)
