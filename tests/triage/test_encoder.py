"""The sentence encoder's second reading: the lexicons' signs set aside where the learned model
found none and both read the message as ordinary (bot/triage/encoder.py, docs/triage.md 6.33),
and the model's own signs set aside where no lexicon found one and the encoder alone reads the
message as clearly ordinary (section 6.34).

The encoder is the real one, loaded from its wheel; the learned model is written by hand where
a test needs exact scores, and the head is given a fixed reading by its bias.
"""

from __future__ import annotations

import numpy as np
import pytest

from bot.triage import LearnedModel, Lexicon, TriageRules, find_indicators, triage
from bot.triage.encoder import (
    CASE,
    DIMENSIONS,
    DOUBT,
    OWN_SIGNS_DOUBT,
    EncoderHead,
    embed,
    load_head,
)
from bot.triage.learned import training_digest, training_files
from tests.support.hand_made_model import HELD, hand_made_model

KEPT_PASSPORT = "my boss keeps my passport in his office"
A_MINOR = "i am 15 years old and i need a new phone"


def head_reading(probability: float) -> EncoderHead:
    """A head that reads every text as ``probability`` (the weights are zero, the bias says it),
    still embedding each text with the real encoder."""
    bias = float(np.log(probability / (1 - probability)))
    return EncoderHead(weights=np.zeros(DIMENSIONS), bias=bias, digest="test")


def codes(text: str, lexicon: Lexicon, model: LearnedModel) -> set[str]:
    return {finding.code for finding in find_indicators(text, lexicon, model)}


def test_the_committed_head_was_fitted_on_todays_training_files() -> None:
    assert load_head().digest == training_digest(
        training_files()
    ), "the training examples or rules changed: refit with `python -m bot.triage.encoder`"


def test_the_encoder_reads_the_same_meaning_in_two_languages_alike() -> None:
    english, danish, unrelated = embed(
        ["they took my passport", "de har taget mit pas", "where can I buy fresh bread"]
    )
    assert np.linalg.norm(english) == pytest.approx(1.0, abs=1e-3)
    assert english @ danish > english @ unrelated + 0.05


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("my boss keeps my passport and says I owe him 5000 euro for the trip", True),
        ("șeful îmi ține pașaportul și spune că îi datorez bani pentru drum", True),
        ("where can I get tested for hiv for free in copenhagen", False),
        ("hvornår har klinikken åbent om lørdagen", False),
    ],
)
def test_the_head_reads_a_case_high_and_an_everyday_question_low(text: str, case: bool) -> None:
    reading = load_head().escalation(text)
    assert (reading > 0.5) if case else (reading < DOUBT), reading


def test_a_minor_is_set_aside_when_model_and_encoder_read_the_message_as_ordinary(
    lexicon: Lexicon, rules: TriageRules
) -> None:
    model = hand_made_model(escalation=0.0)
    assert codes(A_MINOR, lexicon, model) == {"minor"}

    model.second_reading = head_reading(0.2)  # mean with the column's 0.007: under 0.3

    assert codes(A_MINOR, lexicon, model) == set()
    assert triage(A_MINOR, lexicon, rules, model).priority == "none"


def test_the_minor_stays_when_the_encoder_leans_toward_a_case(lexicon: Lexicon) -> None:
    model = hand_made_model(escalation=0.0)
    model.second_reading = head_reading(0.7)  # mean with the column's 0.007: over 0.3

    assert codes(A_MINOR, lexicon, model) == {"minor"}


def test_the_minor_stays_when_the_model_finds_a_sign_of_its_own(lexicon: Lexicon) -> None:
    """The van, the field and nowhere else make the model read a case; the lexicons' minor
    stays beside it. The model's own sign stays too, unless the encoder alone reads the message
    as clearly ordinary: an age is no lexicon sign that the two readings could agree on
    (docs/triage.md, section 6.40)."""
    model = hand_made_model(escalation=10.0)
    model.second_reading = head_reading(0.5)

    assert {"minor", "movement_restricted"} <= codes(f"{A_MINOR}, {HELD}", lexicon, model)

    model.second_reading = head_reading(0.01)

    assert codes(f"{A_MINOR}, {HELD}", lexicon, model) == {"minor"}


def test_a_kept_passport_and_a_request_for_a_person_are_never_set_aside(
    lexicon: Lexicon, rules: TriageRules
) -> None:
    """The lexicons were taught ways of telling money and papers in other hands that both
    models read as ordinary; a request for a person asks for a counsellor whatever else."""
    model = hand_made_model(escalation=0.0)
    model.second_reading = head_reading(0.01)
    text = f"{KEPT_PASSPORT}, {A_MINOR}. can I talk to a person please"

    assert codes(text, lexicon, model) == {"documents_withheld", "requests_human"}
    assert triage(text, lexicon, rules, model).priority == "high"


def test_a_model_trained_without_the_head_reads_alone(lexicon: Lexicon) -> None:
    """Cross-validation and first contact train models on part of the examples; the head saw
    all of them, so those models must not read with it."""
    model = hand_made_model(escalation=0.0)

    assert model.second_reading is None
    assert codes(A_MINOR, lexicon, model) == {"minor"}


def test_the_bundled_model_reads_with_the_committed_head(learned: LearnedModel) -> None:
    head = learned.second_reading
    assert head is not None
    assert head.digest == load_head().digest
    assert np.array_equal(head.weights, load_head().weights)


# --- the model's veto of the lexicons' signs --------------------------------------------------


def test_the_model_s_veto_is_not_taken_where_the_encoder_reads_a_case(lexicon: Lexicon) -> None:
    """The model alone reads the threat as clearly not a case and sets it aside (section 6.30);
    the head reading the message as a case keeps it. Regression: the model trained on
    look-alikes read "the foreman threw boiling water at a new worker" as ordinary, which the
    head reads at 0.85 (section 6.36)."""
    text = "he said he will hurt my family back home"
    model = hand_made_model(escalation=10.0)
    assert codes(text, lexicon, model) == set()

    model.second_reading = head_reading(CASE + 0.05)
    assert codes(text, lexicon, model) == {"threats_violence"}

    model.second_reading = head_reading(CASE - 0.05)
    assert codes(text, lexicon, model) == set()


# --- the model's own signs --------------------------------------------------------------------


def test_the_model_s_own_signs_are_set_aside_when_the_encoder_reads_the_message_as_ordinary(
    lexicon: Lexicon, rules: TriageRules
) -> None:
    """No lexicon sees anything in the van and the field; the model reads a case."""
    model = hand_made_model(escalation=10.0)
    assert codes(HELD, lexicon, model) == {"movement_restricted"}

    model.second_reading = head_reading(OWN_SIGNS_DOUBT / 2)

    assert codes(HELD, lexicon, model) == set()
    assert triage(HELD, lexicon, rules, model).priority == "none"


def test_the_model_s_own_signs_stay_when_the_encoder_does_not_read_clearly_ordinary(
    lexicon: Lexicon,
) -> None:
    """0.2 is under the cut for the lexicons' signs (the mean, ``DOUBT``) but over the one for
    the model's own (the head alone, ``OWN_SIGNS_DOUBT``)."""
    model = hand_made_model(escalation=10.0)
    model.second_reading = head_reading(2 * OWN_SIGNS_DOUBT)

    assert codes(HELD, lexicon, model) == {"movement_restricted"}


def test_the_model_s_signs_stay_beside_a_lexicon_sign(lexicon: Lexicon, rules: TriageRules) -> None:
    """A kept passport and the van: the two readings agree on a case, whatever the encoder."""
    model = hand_made_model(escalation=10.0)
    model.second_reading = head_reading(OWN_SIGNS_DOUBT / 2)
    text = f"{KEPT_PASSPORT}, {HELD}"

    assert codes(text, lexicon, model) == {"documents_withheld", "movement_restricted"}
    assert triage(text, lexicon, rules, model).priority == "high"


def test_a_request_for_a_person_stays_when_the_model_s_signs_go(
    lexicon: Lexicon, rules: TriageRules
) -> None:
    model = hand_made_model(escalation=10.0)
    model.second_reading = head_reading(OWN_SIGNS_DOUBT / 2)
    text = f"{HELD}. can I talk to a person please"

    assert codes(text, lexicon, model) == {"requests_human"}
    assert triage(text, lexicon, rules, model).priority == "normal"


@pytest.mark.parametrize("text", ["ce fel de ajutor aveti", "ayuda en español por favor"])
def test_a_question_the_model_alone_reads_as_danger_is_no_emergency_with_the_encoder(
    learned: LearnedModel, lexicon: Lexicon, rules: TriageRules, text: str
) -> None:
    """Regression: "what help do you have" (es, ro) and "help in Spanish please" were read as
    danger now by the model alone; only a sure intent classifier kept them from 112
    (``test_learned.py``). The committed head reads them as clearly ordinary. Since the
    look-alikes of session 54 it reads the Spanish "q ayuda tienen" at 0.12, over the cut: for
    that one only the sure classifier holds (docs/triage.md, section 6.36)."""
    assert "immediate_danger" in {finding.code for finding in learned.find(text)}

    assert codes(text, lexicon, learned) == set()
    assert triage(text, lexicon, rules, learned).priority == "none"
