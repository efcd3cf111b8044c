"""The first-contact measure of vetoes (bench/triage_first_contact.py): what each veto keeps,
and that the tally counts mended false alarms and lost escalations, not the other way round."""

from __future__ import annotations

import dataclasses

from bench.triage_first_contact import (
    Scored,
    danger_now_read_as_ordinary,
    every_sign_read_as_ordinary,
    lone_sign_read_as_ordinary,
    lone_signs,
    model_signs_need_it_to_lean,
    model_signs_the_encoder_doubts,
    no_veto,
    signs_both_models_doubt,
    signs_read_as_ordinary,
    tally,
)
from bot.triage import INDICATOR_CODES, TriageRules

NOTHING = frozenset[str]()


def scored(
    expected: str,
    lexicon: set[str],
    model: set[str] = frozenset(),  # type: ignore[assignment]
    escalation: float = 0.0,
    share: float = 0.0,
    encoder: float = 0.0,
) -> Scored:
    return Scored(
        set_name="triage_dev99",
        expected=expected,
        first_contact=frozenset(lexicon),
        today=frozenset(lexicon),
        model=frozenset(model),
        scores=dict.fromkeys(INDICATOR_CODES, share),
        escalation=escalation,
        encoder=encoder,
    )


def test_a_lone_sign_is_set_aside_only_when_the_model_reads_it_as_clearly_ordinary() -> None:
    lone = frozenset({"documents_withheld"})
    assert lone_sign_read_as_ordinary(lone, NOTHING, scored("none", lone)) == (NOTHING, NOTHING)
    leaning = scored("none", lone, escalation=0.2)
    assert lone_sign_read_as_ordinary(lone, NOTHING, leaning) == (lone, NOTHING)
    half_seen = scored("none", lone, share=0.6)
    assert lone_sign_read_as_ordinary(lone, NOTHING, half_seen) == (lone, NOTHING)
    two = frozenset({"documents_withheld", "debt_bondage"})
    assert lone_sign_read_as_ordinary(two, NOTHING, scored("none", two)) == (two, NOTHING)
    person = frozenset({"requests_human"})
    assert lone_sign_read_as_ordinary(person, NOTHING, scored("normal", person))[0] == person


def test_the_model_s_own_signs_need_it_to_lean_toward_escalation() -> None:
    signs = frozenset({"wages_withheld"})
    unsure = scored("none", set(), signs, escalation=0.2)
    leaning = scored("none", set(), signs, escalation=0.4)
    assert model_signs_need_it_to_lean(NOTHING, signs, unsure) == (NOTHING, NOTHING)
    assert model_signs_need_it_to_lean(NOTHING, signs, leaning) == (NOTHING, signs)
    beside = frozenset({"excessive_hours"})
    assert model_signs_need_it_to_lean(beside, signs, unsure) == (beside, signs)


def test_the_lexicons_danger_now_is_set_aside_only_where_the_model_reads_it_as_ordinary() -> None:
    """The veto of session 46: the lexicons' other signs stay."""
    held = frozenset({"immediate_danger", "movement_restricted"})
    kept = frozenset({"movement_restricted"})
    assert danger_now_read_as_ordinary(held, NOTHING, scored("none", held)) == (kept, NOTHING)
    leaning = scored("none", held, escalation=0.3)
    assert danger_now_read_as_ordinary(held, NOTHING, leaning) == (held, NOTHING)
    half_seen = scored("none", held, share=0.5)
    assert danger_now_read_as_ordinary(held, NOTHING, half_seen) == (held, NOTHING)
    found_too = scored("none", held, {"immediate_danger"})
    assert danger_now_read_as_ordinary(held, NOTHING, found_too) == (held, NOTHING)


def test_every_sign_is_set_aside_where_the_model_reads_it_as_ordinary_and_adds_none() -> None:
    signs = frozenset({"documents_withheld", "requests_human"})
    person = frozenset({"requests_human"})
    assert every_sign_read_as_ordinary(signs, NOTHING, scored("none", signs)) == (person, NOTHING)
    own = frozenset({"debt_bondage"})
    assert every_sign_read_as_ordinary(signs, own, scored("none", signs)) == (signs, own)
    half_seen = scored("none", signs, share=0.5)
    assert every_sign_read_as_ordinary(signs, NOTHING, half_seen) == (signs, NOTHING)


def test_the_assistant_s_veto_sets_aside_danger_threats_and_being_held_read_as_absent() -> None:
    """The veto taken: each of the three signs on its own score; the others always stay;
    nothing goes when the model leans toward a case or found the sign itself."""
    signs = frozenset(
        {"immediate_danger", "threats_violence", "movement_restricted", "documents_withheld"}
    )
    money = frozenset({"documents_withheld"})
    clear = scored("none", signs)
    assert signs_read_as_ordinary(signs, NOTHING, clear) == (money, NOTHING)
    held_half_way = dataclasses.replace(clear, scores={**clear.scores, "movement_restricted": 0.6})
    assert signs_read_as_ordinary(signs, NOTHING, held_half_way) == (
        money | {"movement_restricted"},
        NOTHING,
    )
    threat_half_way = dataclasses.replace(clear, scores={**clear.scores, "threats_violence": 0.6})
    assert signs_read_as_ordinary(signs, NOTHING, threat_half_way) == (
        money | {"threats_violence"},
        NOTHING,
    )
    leaning = scored("none", signs, escalation=0.3)
    assert signs_read_as_ordinary(signs, NOTHING, leaning) == (signs, NOTHING)
    found_too = scored("none", signs, {"threats_violence"})
    assert signs_read_as_ordinary(signs, NOTHING, found_too) == (
        money | {"threats_violence"},
        NOTHING,
    )


def test_the_encoder_s_veto_sets_aside_the_four_signs_both_models_doubt() -> None:
    """A minor and being held go when the mean of the escalation column and the encoder's
    reading is under 0.3 and the model found no sign; a kept passport always stays."""
    signs = frozenset({"minor", "movement_restricted", "documents_withheld"})
    money = frozenset({"documents_withheld"})
    leaning = scored("none", signs, escalation=0.4, share=0.6, encoder=0.1)
    assert signs_both_models_doubt(signs, NOTHING, leaning) == (money, NOTHING)
    assert signs_both_models_doubt(signs, NOTHING, dataclasses.replace(leaning, encoder=0.3)) == (
        signs,
        NOTHING,
    )
    with_a_sign = dataclasses.replace(leaning, model=frozenset({"isolation"}))
    assert signs_both_models_doubt(signs, NOTHING, with_a_sign) == (signs, NOTHING)


def test_the_encoder_s_veto_sets_aside_the_model_s_own_signs_where_no_lexicon_found_one() -> None:
    """The model's signs go when the encoder alone reads under 0.1 and the lexicons kept no
    sign but a request for a person; a lexicon sign beside them keeps them."""
    held = frozenset({"movement_restricted"})
    asks = frozenset({"requests_human"})
    ordinary = scored("none", set(), held, escalation=0.9, share=2.0, encoder=0.05)
    assert model_signs_the_encoder_doubts(NOTHING, held, ordinary) == (NOTHING, NOTHING)
    assert model_signs_the_encoder_doubts(asks, held, ordinary) == (asks, NOTHING)
    leaning = dataclasses.replace(ordinary, encoder=0.15)
    assert model_signs_the_encoder_doubts(NOTHING, held, leaning) == (NOTHING, held)
    money = frozenset({"documents_withheld"})
    assert model_signs_the_encoder_doubts(money, held, ordinary) == (money, held)


def test_the_tally_counts_what_a_veto_mends_and_what_it_loses(rules: TriageRules) -> None:
    messages = [
        scored("none", {"immediate_danger"}),  # a false alarm the veto mends
        scored("emergency", {"immediate_danger"}),  # plain danger the veto loses
        scored("high", {"documents_withheld", "debt_bondage"}),  # two signs: kept
    ]
    before = tally(messages, rules, no_veto, today=False)
    after = tally(messages, rules, lone_sign_read_as_ordinary, today=True)

    assert (before["ordinary escalated"], after["ordinary escalated"]) == (1, 0)
    assert (before["emergencies found"], after["emergencies found"]) == (1, 0)
    assert (before["escalations found"], after["escalations found"]) == (2, 1)
    assert after["escalations"] == 2 and after["ordinary"] == 1


def test_lone_signs_are_counted_by_the_priority_they_make_and_whether_they_were_right(
    rules: TriageRules,
) -> None:
    messages = [
        scored("none", {"immediate_danger"}),
        scored("emergency", {"immediate_danger"}),
        scored("high", {"documents_withheld"}),
        scored("high", {"documents_withheld"}, {"debt_bondage"}),  # the model saw a sign too
        scored("none", {"documents_withheld", "debt_bondage"}),  # two signs
    ]
    assert lone_signs(messages, rules) == {
        ("emergency", False): 1,
        ("emergency", True): 1,
        ("high", True): 1,
    }
