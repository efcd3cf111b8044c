"""The indicator codes the lexicons alone find in a text, for the per-language lexicon tests."""

from __future__ import annotations

from bot.triage import Lexicon, find_indicators


def codes(text: str, lexicon: Lexicon) -> set[str]:
    return {finding.code for finding in find_indicators(text, lexicon)}
