"""A learned triage model written by hand, for tests that need exact scores."""

from __future__ import annotations

import numpy as np

from bot.triage import INDICATOR_CODES, LearnedModel
from bot.triage.learned import THRESHOLDS

HELD = "the van to the field and nowhere else"


def hand_made_model(
    escalation: float,
    documents: float = 0.0,
    words: str = "van field nowhere",
    held: float = 1.5,
    danger: float = 0.0,
) -> LearnedModel:
    """A model whose ``words`` ("van", "field" and "nowhere") each add ``escalation`` to the
    escalation column, ``held`` to movement_restricted (0.38 for all three at 1.5, under its
    0.85), ``documents`` to documents_withheld and ``danger`` to immediate_danger. Every column
    of a text without them is near 0.007: clearly ordinary."""
    from sklearn.feature_extraction.text import CountVectorizer

    vectorizer = CountVectorizer().fit([words])
    weights = np.zeros((len(vectorizer.vocabulary_), len(INDICATOR_CODES) + 1))
    weights[:, -1] = escalation
    weights[:, INDICATOR_CODES.index("movement_restricted")] = held
    weights[:, INDICATOR_CODES.index("documents_withheld")] = documents
    weights[:, INDICATOR_CODES.index("immediate_danger")] = danger
    bias = np.full(len(INDICATOR_CODES) + 1, -5.0)
    escalating = ["movement_restricted", "documents_withheld"]
    return LearnedModel(vectorizer, weights, bias, INDICATOR_CODES, THRESHOLDS, escalating)
