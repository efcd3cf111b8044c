"""Killing or being shut in told laughing, in one clause (session 55, docs/triage.md section
6.37): one harmless phrase written once for every language, since laughter reads the same in
all of them (😂, "haha", "kkk", "хаха", "哈哈", Thai "5555"), and the danger it must never hide.

Each harmless message is everyday (the dog that locked her in was an emergency before this
phrase; the others were already set aside by their own language's laughing jokes, and must stay
so); each danger keeps its priority: danger in another clause or on another line than the
laughter, a threat tied to leaving or made by her husband, papers taken.
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon, TriageRules
from tests.support.lexicon_codes import priority

HARMLESS = [
    (
        "da",
        "stormen har væltet et træ foran døren så vi er lukket inde 😅 vi kan komme ud bagvejen",
    ),
    ("uk", "мене замкнув у ванній власний пес 😂 лапою клацнув засувку"),
    ("uk", "Орендодавець мене вб'є 😂 знову викинула скло не в той контейнер"),
    ("bg", "Бившият ми ще ме убие 😂 пак забравих да му върна книгата"),
    ("pl", "współlokatorka mnie zabije hahaha znowu zjadłam jej jogurt"),
    ("pt", "minha sogra vai me matar kkkk esqueci o aniversário dela de novo"),
]

DANGER = [
    # Danger in the next clause or on the next line than the laughter.
    ("en", "my flatmate will kill me 😂, he just locked the door and has a knife", "emergency"),
    ("en", "my flatmate will kill me 😂\nthey locked me in the basement, help", "emergency"),
    # A threat tied to leaving or made by her husband: never a joke here.
    ("en", "he will kill me if I try to leave lol", "emergency"),
    ("en", "my husband will kill me if he finds out 😂", "emergency"),
    # Papers in the same clause still count.
    ("en", "the boss will kill me 😂 he took my passport", "high"),
]


@pytest.mark.parametrize(("language", "text"), HARMLESS)
def test_killing_or_being_shut_in_told_laughing_is_not_escalated(
    lexicon: Lexicon, rules: TriageRules, language: str, text: str
) -> None:
    assert priority(text, lexicon, rules) in ("none", "normal"), language


@pytest.mark.parametrize(("language", "text", "expected"), DANGER)
def test_danger_beside_the_laughter_keeps_its_priority(
    lexicon: Lexicon, rules: TriageRules, language: str, text: str, expected: str
) -> None:
    assert priority(text, lexicon, rules) == expected, language
