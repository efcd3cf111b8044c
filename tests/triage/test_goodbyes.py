"""Taking leave of the chat is no sign of danger; a goodbye forced by someone arriving is.

Regression: the learned model read goodbyes such as "leaving now, bye" or "ya me voy" as
immediate danger, so a woman who said goodbye got 112 and an emergency case. Each language's
lexicon lists its leave-takings (``leave_taking``), which are harmless for every code when
they are at least half of the message.
"""

from __future__ import annotations

import pytest

from bot.triage import LearnedModel, Lexicon, TriageRules
from bot.triage.pipeline import triage

# Each was an emergency (or, "vou sair do chat", a possible victim) before the leave-takings.
PLAIN_GOODBYES = [
    "ok leaving now, bye",
    "ending the chat now, thanks",
    "me tengo que ir ya, adiós",
    "je dois partir maintenant, merci",
    "vou sair do chat agora, obrigada",
    "tenho que ir agora, tchau",
    "gata, vă scriu mâine, pa",
    "most kilépek a chatből, szia",
    "odezwę się jutro, pa",
    "ще ви пиша утре, довиждане",
    "jau einu, ate",
]

# Emergencies still after the first lists; covered since session 16 (hanging up, "enough for
# today", "I'll leave you now", "good night").
LATER_PLAIN_GOODBYES = [
    "me voy ya, que tengan buena noche",
    "tenho que desligar agora",
    "chega por hoje, tchau",
    "te las acum, pa",
    "babush na, ingat",
]

HASTY_GOODBYES = [
    "hes back now, bye",
    "они идут сюда, всё, пока",
    "他回来了，先不聊了",
    "han er kommet hjem, jeg må slette det her, farvel",
]


@pytest.mark.parametrize("text", [*PLAIN_GOODBYES, *LATER_PLAIN_GOODBYES])
def test_a_goodbye_opens_no_case(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel, text: str
) -> None:
    assert triage(text, lexicon, rules, learned).priority == "none"


@pytest.mark.parametrize("text", HASTY_GOODBYES)
def test_a_goodbye_because_someone_is_coming_is_still_an_emergency(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel, text: str
) -> None:
    assert triage(text, lexicon, rules, learned).priority == "emergency"
