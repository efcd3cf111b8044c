"""People put into a van or car without number plates are being taken (session 36).

A writer's case for the alarms resolved on the next line (session 35) found nothing in
Ukrainian: "Бачив, як людей у наручниках виводили з будинку якісь чоловіки" / "Це були не
поліцейські і не навчання, їх посадили в бус без номерів і повезли" (some men led people out
in handcuffs; it was not the police and not a drill, they put them in a van without plates and
drove off). Police cars carry plates; a van without them, into which people are put or pushed,
is a sign of abduction. Ukrainian, Russian and English read it now; a van without plates that
is only parked, bought, or loaded with things is everyday.
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon, TriageRules
from tests.support.lexicon_codes import codes, priority

DANGERS = [
    (
        "uk",
        "Бачив, як людей у наручниках виводили з будинку якісь чоловіки\n"
        "Це були не поліцейські і не навчання, їх посадили в бус без номерів і повезли",
    ),
    ("uk", "Бачила, як людей у кайданках заштовхали в бус без номерів"),
    ("uk", "Двох дівчат посадили в мікроавтобус без номерів, вони плакали"),
    ("ru", "Видела, как людей в наручниках затолкали в фургон без номеров"),
    ("ru", "Их посадили в чёрный фургон без номеров и увезли"),
    ("en", "Saw people in handcuffs pushed into a van without plates"),
    ("en", "They put the girls into a white van with no plates and drove off"),
    ("en", "They took him away in a car without plates, nobody knows where he is"),
]

LOOK_ALIKES = [
    ("uk", "Біля нашого двору вже тиждень стоїть бус без номерів"),
    ("uk", "Сусід купив машину без номерів, ще не зареєстрував"),
    ("uk", "Ми погрузили речі в машину без номерів, бо номери ще не видали"),
    ("ru", "Мы купили машину без номеров, ждём регистрацию"),
    ("en", "There's a van without plates parked outside for a week"),
    ("en", "We put the bikes in the van without plates, new registration next week"),
    ("en", "We loaded the boxes into a van with no plates yet"),
]


@pytest.mark.parametrize(("language", "danger"), DANGERS)
def test_people_put_into_a_van_without_plates_are_an_emergency(
    lexicon: Lexicon, rules: TriageRules, language: str, danger: str
) -> None:
    assert "immediate_danger" in codes(danger, lexicon), language
    assert priority(danger, lexicon, rules) == "emergency", language


@pytest.mark.parametrize(("language", "look_alike"), LOOK_ALIKES)
def test_a_van_without_plates_that_takes_no_one_escalates_nothing(
    lexicon: Lexicon, rules: TriageRules, language: str, look_alike: str
) -> None:
    assert priority(look_alike, lexicon, rules) in ("none", "normal"), language
