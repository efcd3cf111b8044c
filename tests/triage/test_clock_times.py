"""A clock time is not a working day: "open until 22h", "até as 14h", "después de las 23h".

The English entry for long days ("12-24 h") matched "22h" wherever it stood, and every lexicon
is tried on every message, so a continental clock time after a preposition read as 22 hours of
work in Portuguese, Spanish and French messages; three languages each had their own veto. One
harmless phrase in the English lexicon now sets it aside in every language, only when the time
is the only one on the line and the line has no day, shift, rest or pay words: a range ("das 6h
às 23h", "start at 6, finish at 22h") or "until 23h every day" is still a long day.
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon
from tests.support.lexicon_codes import codes

CLOCK_TIMES = [
    "hi, is the health clinic open until 22h on fridays?",
    "olá\na minha filha arranjou um part-time numa loja, fica lá até as 14h\nquanto deve ganhar?",
    "Hola\nmi hija no puede volver a casa después de las 23h los sábados\n¿eso es normal?",
    "bonjour\non se retrouve vers 20h devant la gare de Kolding ?",
    "buna\nla ce oră să vin la interviu, la 14h?",
    "hej\nkan jeg ringe til jer kl 22h i aften?",
    "oi\no curso de dinamarquês começa às 18h?\ntem vaga para iniciantes?",
]

LONG_DAYS = [
    "we work 14h every day at the farm",
    "they make us work until 23h every day",
    "we start at 6 and finish at 22h in the kitchen",
    "minha filha de 16 trabalha no restaurante das 6h às 23h",
    "Trabajamos desde las 6h hasta las 22h en el invernadero",
    "i work 16h shifts and sleep in the van",
    "on travaille jusqu'à 23h tous les jours sans pause",
]


@pytest.mark.parametrize("text", CLOCK_TIMES)
def test_a_clock_time_after_a_preposition_is_not_hours_of_work(lexicon: Lexicon, text: str) -> None:
    assert "excessive_hours" not in codes(text, lexicon)


@pytest.mark.parametrize("text", LONG_DAYS)
def test_a_long_day_told_with_clock_times_is_still_found(lexicon: Lexicon, text: str) -> None:
    assert "excessive_hours" in codes(text, lexicon)
