"""Triage: find trafficking indicators in a message, in any catalog language, and prioritise.

Pure Python with no translation model: multilingual lexicons (``lexicon/<lang>.yml``) find
indicators, and the supervisor-editable ``rules.yml`` turns them into a priority with reasons::

    lexicon, rules = load_lexicon(), load_rules()     # once, at start-up (reads files)
    result = triage("they took my passport", lexicon, rules)
    result.priority  # "high"; result.reasons explains why, quoting the person's words
"""

from bot.triage.codes import INDICATOR_CODES, INDICATOR_LABELS
from bot.triage.indicators import Finding, find_indicators
from bot.triage.lexicon import Lexicon, load_lexicon
from bot.triage.pipeline import triage
from bot.triage.rules import PRIORITIES, Assessment, Priority, TriageRules, assess, load_rules

__all__ = [
    "INDICATOR_CODES",
    "INDICATOR_LABELS",
    "PRIORITIES",
    "Assessment",
    "Finding",
    "Lexicon",
    "Priority",
    "TriageRules",
    "assess",
    "find_indicators",
    "load_lexicon",
    "load_rules",
    "triage",
]
