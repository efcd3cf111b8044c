"""What the lexicons (and, when given, the learned model) find in a text, for the lexicon
tests."""

from __future__ import annotations

from bot.triage import LearnedModel, Lexicon, TriageRules, assess, find_indicators


def codes(text: str, lexicon: Lexicon) -> set[str]:
    return {finding.code for finding in find_indicators(text, lexicon)}


def priority(
    text: str, lexicon: Lexicon, rules: TriageRules, learned: LearnedModel | None = None
) -> str:
    return assess(find_indicators(text, lexicon, learned), rules).priority
