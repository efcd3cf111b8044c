"""What the lexicons alone find in a text, for the per-language lexicon tests."""

from __future__ import annotations

from bot.triage import Lexicon, TriageRules, assess, find_indicators


def codes(text: str, lexicon: Lexicon) -> set[str]:
    return {finding.code for finding in find_indicators(text, lexicon)}


def priority(text: str, lexicon: Lexicon, rules: TriageRules) -> str:
    return assess(find_indicators(text, lexicon), rules).priority
