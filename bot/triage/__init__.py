"""Triage: find trafficking indicators in a message, in any catalog language, and prioritise.

No translation model: multilingual lexicons (``lexicon/<lang>.yml``) and a small learned
character n-gram model (``learned.py``, trained on ``training/<lang>.yml``) find indicators
together, and the supervisor-editable ``rules.yml`` turns them into a priority with reasons::

    lexicon, rules, learned = load_lexicon(), load_rules(), load_learned()  # once, at start-up
    result = triage("they took my passport", lexicon, rules, learned)
    result.priority  # "high"; result.reasons explains why, quoting the person's words
"""

from bot.triage.codes import INDICATOR_CODES, INDICATOR_LABELS
from bot.triage.indicators import (
    INTENT_CLASSIFIER,
    LEARNED,
    Finding,
    everyday_phrases,
    find_indicators,
    merge_findings,
)
from bot.triage.learned import LearnedModel, load_learned
from bot.triage.lexicon import Lexicon, load_lexicon, load_vocabulary
from bot.triage.pipeline import triage
from bot.triage.rules import PRIORITIES, Assessment, Priority, TriageRules, assess, load_rules

__all__ = [
    "INDICATOR_CODES",
    "INDICATOR_LABELS",
    "INTENT_CLASSIFIER",
    "LEARNED",
    "PRIORITIES",
    "Assessment",
    "Finding",
    "LearnedModel",
    "Lexicon",
    "Priority",
    "TriageRules",
    "assess",
    "everyday_phrases",
    "find_indicators",
    "load_learned",
    "load_lexicon",
    "load_rules",
    "load_vocabulary",
    "merge_findings",
    "triage",
]
