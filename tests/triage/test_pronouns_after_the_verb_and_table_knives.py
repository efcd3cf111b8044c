"""Three older gaps, each beside look-alikes of the same shape (session 35).

- European Portuguese puts the pronoun after the verb: "fecharam-nos numa sala, tiraram-nos os
  telemóveis" (they shut us in a room, took our phones) found nothing, because the lexicon
  knew "nos trancaram" and "trancaram-nos" but not "fechar" (to shut) either way round, nor a
  phone taken with the pronoun after the verb. Found in the cases written for the alarms
  resolved on the next line (tests/triage/test_alarms_resolved_on_the_next_line.py).
- A knife is danger when someone comes with it ("vino con un cuchillo a la puerta"), and
  older entries read any "con un cuchillo" or "с ножом" so: "El chef vino con un cuchillo nuevo
  al curso de cocina" and "Мой сын идёт с ножом для масла к столу" (a butter knife) were
  emergencies. A knife brought to a cooking class, or named by what it cuts, is everyday
  unless the line goes on with a threat, fear, help, blood or the police.
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon, TriageRules
from tests.support.lexicon_codes import codes, priority

# (language, danger now, a look-alike that must escalate nothing)
DANGER_AND_LOOK_ALIKE = [
    (
        "pt",
        "fecharam-nos num quarto e tiraram-nos os telemóveis, ajuda",
        "Fecharam-nos a porta na cara, que falta de educação",
    ),
    (
        "pt",
        "Afinal era mesmo uma escape room, mas agora os donos fecharam-nos numa sala e dizem que "
        "temos de trabalhar para pagar",
        "A loja fechou-nos a conta do cartão sem avisar",
    ),
    (
        "pt",
        "O patrão nos fechou no armazém, não podemos sair",
        "O patrão fechou o armazém mais cedo hoje, fomos para casa",
    ),
    (
        "es",
        "El chef vino con un cuchillo nuevo al curso de cocina y me amenazó con matarme",
        "El chef vino con un cuchillo nuevo al curso de cocina",
    ),
    (
        "es",
        "Vino con un cuchillo a la puerta, tengo miedo",
        "Mi hermana trajo sus cuchillos a la clase de cocina, son japoneses",
    ),
    (
        "ru",
        "Он идёт на меня с ножом для хлеба, помогите",
        "Мой сын идёт с ножом для масла к столу",
    ),
    (
        "ru",
        "Он пришёл с ножом, я заперлась в ванной",
        "Бабушка пришла с ножом для торта, будем резать",
    ),
]


@pytest.mark.parametrize(("language", "danger", "look_alike"), DANGER_AND_LOOK_ALIKE)
def test_the_danger_is_an_emergency_and_its_look_alike_escalates_nothing(
    lexicon: Lexicon, rules: TriageRules, language: str, danger: str, look_alike: str
) -> None:
    assert priority(danger, lexicon, rules) == "emergency", language
    assert priority(look_alike, lexicon, rules) in ("none", "normal"), language


def test_a_phone_taken_with_the_pronoun_after_the_verb_is_isolation(lexicon: Lexicon) -> None:
    assert "isolation" in codes("tiraram-nos os telemóveis e não nos deixam sair", lexicon)
