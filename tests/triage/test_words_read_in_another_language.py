"""Word-list words that are another language's words (session 58, docs/triage.md section 6.40).

Each lexicon reads every language's word lists, so a word of one list is also read in the other
sixteen languages. Vietnamese typed without its marks put "so" (sợ, afraid) and "no" (nợ, debt)
in the list ``held``: every English line with "so" or "no" then counted as held, and a parent's
rule told in English was escalated. French "fete" (fête, a party) in the list ``parenting`` and
Hungarian "apa..." (father) in ``family`` read a Romanian line about five girls ("fete") in an
"apartament" as a parent's rule. Such words are now written as phrases of their own language.

A parent's punishment that keeps a child at home, told with its reason, is now set aside too
(``movement_restricted`` in ``bot/triage/lexicon/en.yml``), never with locking, a blow or a
partner on the line.
"""

from __future__ import annotations

import pytest

from bot.triage import LearnedModel, Lexicon, TriageRules
from tests.support.lexicon_codes import priority

HARMLESS = [
    # Vietnamese "so" in the guard list held stopped the parent's-rule phrase in English.
    ("en", "my mum took my phone for a week because of bad grades, I'm 14 and I'm so bored"),
    ("en", "my dad took my phone because of my grades, I'm 15, so annoying"),
    # Grounded: kept at home by a parent, with the reason.
    (
        "en",
        "my 15 year old son is grounded and not allowed to go out this weekend, he's furious "
        "with me haha",
    ),
    ("da", "min søn på 15 har stuearrest og må ikke gå ud i weekenden, han er rasende på mig haha"),
]

DANGER = [
    # Romanian "fete" (girls) and "apartament" are not a French party and a Hungarian father.
    (
        "ro",
        "o vecina romanca sta intr-un apartament cu alte 5 fete, un barbat le aduce mancare, le "
        "ia cu masina seara si le aduce dimineata. ea nu iese niciodata singura",
        "high",
    ),
    # A parent's reason never excuses a partner who keeps her in, or locking.
    ("en", "my daughter is 15 and grounded, her boyfriend doesn't let her go out", "emergency"),
    ("en", "my dad locked me in the basement for 3 days after my bad grades, I am 14", "emergency"),
    ("da", "min datter på 15 har stuearrest, kæresten låser hende inde", "emergency"),
]


@pytest.mark.parametrize(("language", "text"), HARMLESS)
def test_a_parents_rule_is_not_escalated_whatever_words_other_languages_list(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel, language: str, text: str
) -> None:
    assert priority(text, lexicon, rules) in ("none", "normal"), language
    assert priority(text, lexicon, rules, learned) in ("none", "normal"), language


@pytest.mark.parametrize(("language", "text", "expected"), DANGER)
def test_danger_keeps_its_priority_beside_words_other_languages_list(
    lexicon: Lexicon,
    rules: TriageRules,
    learned: LearnedModel,
    language: str,
    text: str,
    expected: str,
) -> None:
    assert priority(text, lexicon, rules) == expected, language
    assert priority(text, lexicon, rules, learned) == expected, language
