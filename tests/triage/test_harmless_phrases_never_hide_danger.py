"""A harmless phrase quiets its own words, never danger next to it.

A harmless phrase ("my boss will kill me if I am late again haha", "my husband will kill me, I
lost my passport") vetoes the matches of its indicator that lie inside it. Some are written
with gaps, and a gap that ran across her line break took in the line before: "he says he will
kill me, he has a knife", then on the next line "the boss will kill me if I am late again
haha", was read as one joke (found by combining every harmless look-alike of the development
sets with every emergency, in both orders; 39 of 6,350 pairs). A harmless phrase now matches
within one line of her message.

Each look-alike of two test files (situations; money and papers held by others) is put on a
line next to a danger of its language that
the lexicons find, before it and after it: the message must stay an emergency. Lexicons only,
so that the test is about the veto (the learned model reads a whole message, and a long
ordinary question next to a danger it reads dilutes it by design).
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon, TriageRules
from bot.triage.pipeline import triage
from tests.triage.test_money_and_papers_held_by_others import CASES as MONEY_AND_PAPERS
from tests.triage.test_situations_and_danger_that_is_over import CASES as SITUATIONS

CASES = [*SITUATIONS, *MONEY_AND_PAPERS]

# A joke or an everyday phrase with a gap, on one line, next to a real threat on the other.
JOKES_NEXT_TO_THREATS = [
    ("pl", "on mnie zabije, ma noz", "szef mnie zabije jak sie znowu spoznie haha"),
    ("pl", "pomocy zamkneli nas w kontenerze", "kierownik mnie zabije jak znowu stłukę talerz 😂"),
    ("pt", "socorro, ele disse que vai me matar", "perdi o passaporte no trem"),
    ("cs", "rekl ze me zabije", "tahle prace me fakt zabije, ale aspon plati vcas lol"),
    ("es", "mi jefe me va a matar esta noche", "estoy escondida en el baño jajaja"),
    ("bg", "помощ заключени сме в мазето", "Шефът ще ме убие ако пак закъснея 😅"),
]


def _emergency_by_lexicons(language: str, lexicon: Lexicon, rules: TriageRules) -> str:
    return next(
        text
        for lang, expected, text in CASES
        if lang == language
        and expected == "emergency"
        and triage(text, lexicon, rules).priority == "emergency"
    )


@pytest.mark.parametrize(("language", "danger", "joke"), JOKES_NEXT_TO_THREATS)
def test_a_joke_on_the_next_line_does_not_quiet_a_threat(
    lexicon: Lexicon, rules: TriageRules, language: str, danger: str, joke: str
) -> None:
    assert triage(danger, lexicon, rules).priority == "emergency"
    assert triage(joke, lexicon, rules).priority != "emergency"

    for message in (f"{danger}\n{joke}", f"{joke}\n{danger}", f"{joke}\r\n\r\n{danger}"):
        assert triage(message, lexicon, rules).priority == "emergency", message
    assert triage(f"{joke}\n{joke}", lexicon, rules).priority != "emergency"


def test_no_look_alike_quiets_a_danger_on_another_line(
    lexicon: Lexicon, rules: TriageRules
) -> None:
    languages = sorted({language for language, _, _ in CASES})
    danger = {language: _emergency_by_lexicons(language, lexicon, rules) for language in languages}
    quieted = [
        (language, message)
        for language, expected, text in CASES
        if expected == "none"
        for message in (f"{text}\n{danger[language]}", f"{danger[language]}\n{text}")
        if triage(message, lexicon, rules).priority != "emergency"
    ]
    assert not quieted
