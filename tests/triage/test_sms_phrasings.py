"""How people really text: informal, misspelt, indirect phrasings in several languages.

These cover the lexicon rework that followed the development set ``bench/data/triage_dev.yml``:
each case asserts the priority and the person's own words kept as evidence, and the negatives
assert that ordinary messages (health, permits, private debts, a phone at the repair shop) are
never escalated.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.triage import Lexicon, TriageRules, triage
from bot.triage.evaluation import evaluate, format_report, load_examples
from bot.triage.patterns import entry_to_regex

DEV_SET = Path(__file__).resolve().parents[2] / "bench" / "data" / "triage_dev.yml"

ESCALATIONS = [
    ("en", "high", "he keeps my pass and wont give it back", "documents_withheld",
     "he keeps my pass"),
    ("en", "emergency", "Im in the car trunk, dont know where they taking me", "immediate_danger",
     "Im in the car trunk, dont know where they taking"),
    ("en", "emergency", "he is outside the door with a gun", "immediate_danger",
     "he is outside the door with a gun"),
    ("en", "high", "my debt is now 8000 euros and it goes up every week", "debt_bondage",
     "debt is now 8000 euros and it goes up"),
    ("es", "emergency", "estoy en la cajuela del carro", "immediate_danger", "en la cajuela"),
    ("ru", "high", "паспорт отобрали еще в аэропорту", "documents_withheld", "паспорт отобрали"),
    ("pl", "emergency", "on mnie zabije, ma noz", "immediate_danger", "ma noz"),
    ("pt", "high", "o chefe bate na gente", "threats_violence", "bate na gente"),
    ("tl", "high", "hawak ng amo ko passport ko", "documents_withheld", "hawak ng amo ko passport"),
    ("zh", "emergency", "我才15岁，他们逼我陪男人", "sexual_exploitation", "逼我陪男人"),
    ("hu", "emergency", "15 eves vagyok es ferfiakkal kell lefekudnom", "sexual_exploitation",
     "ferfiakkal kell lefekudnom"),
    ("bg", "high", "казват че им дължа 5000 лева за пътя", "debt_bondage", "им дължа"),
    ("th", "emergency", "หนูอายุ 15 ถูกบังคับให้ไปกับผู้ชาย", "sexual_exploitation",
     "ถูกบังคับให้ไปกับผู้ชาย"),
    ("vi", "high", "ông chủ hay đánh tụi em", "threats_violence", "hay đánh tụi em"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "expected", "text", "code", "evidence"), ESCALATIONS)
def test_informal_phrasings_escalate_with_their_own_words(
    lexicon: Lexicon,
    rules: TriageRules,
    language: str,
    expected: str,
    text: str,
    code: str,
    evidence: str,
) -> None:
    result = triage(text, lexicon, rules)
    assert result.priority == expected, result.reasons
    found = {f.code: f for f in result.findings}
    assert code in found, result.findings
    assert evidence in found[code].evidence
    assert all(piece in text for f in result.findings for piece in f.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "I work by choice, where can I get tested?",
        "my phone was taken for repair, can i use email instead?",
        "I owe my friend money for the rent, can I get help with budgeting?",
        "i owe 2000 on my credit card",
        "locked out of my flat, who do i call for a locksmith",
        "can my employer keep a copy of my passport?",
        "my boss hit the roof cos i was late lol, can he fire me?",
        "how long is the reflection period",
        "pls help with my tax form",
        "i work 12 hrs shifts at the hospital as a nurse",
        "ii datorez bani prietenei pentru chirie",
        "le debo plata a mi amiga del alquiler",
        "may utang ako sa kaibigan ko sa upa",
        "я должна подруге денег за квартиру",
        "soy trabajadora sexual independiente, donde consigo condones gratis",
    ],
)
def test_ordinary_messages_are_not_escalated(
    lexicon: Lexicon, rules: TriageRules, text: str
) -> None:
    result = triage(text, lexicon, rules)
    assert result.priority == "none", result.reasons


def test_held_and_hurt_is_an_emergency(lexicon: Lexicon, rules: TriageRules) -> None:
    result = triage("той ме удря и не ме пуска да изляза", lexicon, rules)
    assert result.priority == "emergency"
    assert result.reasons[0].startswith("Held and hurt:")
    assert "ме удря" in result.reasons[0]


def test_a_leading_optional_word_may_be_present_or_missing() -> None:
    """Regression: "(please)? send police" used to match neither "send police" nor with please."""
    source = entry_to_regex("(please)? send (the)? police", spaced=True, strip=False)
    assert re.search(source, "pls send police")
    assert re.search(source, "please send the police")
    assert not re.search(source, "resend police")


def test_the_development_set_is_big_varied_and_meets_the_targets(
    lexicon: Lexicon, rules: TriageRules
) -> None:
    examples = load_examples(DEV_SET)
    assert len(examples) >= 300
    assert len({e.language for e in examples}) >= 10
    result = evaluate(DEV_SET, lexicon, rules)
    assert result["meets_targets"] is True, format_report(result)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("help he\nhas a knife", "immediate_danger"),
        ("help he\r\nhas a knife", "immediate_danger"),
        ("I  am 15 and they make me sleep with men", "minor"),
        ("I am\n15 and they make me sleep with men", "minor"),
    ],
)
def test_two_spaces_or_a_line_break_between_words_do_not_hide_danger(
    lexicon: Lexicon, rules: TriageRules, text: str, code: str
) -> None:
    """Regression (found by tests/fuzz): "re:" entries with " " or "." missed these."""
    result = triage(text, lexicon, rules)
    assert result.priority == "emergency", result.reasons
    assert code in result.codes
