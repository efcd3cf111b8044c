"""Ordinary health and service questions are not signs; a passport held by the boss is, in
the plainest words.

The learned model read symptoms, "no papers" and questions about this service as signs: "my
stomach hurts and I vomit" became threats, "can I see a doctor without papers" documents
withheld, "what happens if I accept your help" a threat (about 440 of the 12,817 ordinary-question
NLU examples were escalated). Its training examples now hold such questions per language, next
to look-alikes that are signs (the boss holds the passport of a sick woman, orders an abortion,
keeps her from the doctor). The questions below are NLU examples of the assistant that the
earlier model escalated.

The lexicons, checked for the plainest word orders of "my boss has my passport", missed them in
Danish, Romanian, Russian, Ukrainian, Bulgarian, Hungarian and Vietnamese. The look-alikes: she
holds her own passport, or the boss has something else.
"""

from __future__ import annotations

import pytest

from bot.triage import LearnedModel, Lexicon, TriageRules
from bot.triage.pipeline import triage
from tests.support.lexicon_codes import codes

ORDINARY_HEALTH_AND_SERVICE_QUESTIONS = [
    "повръщам и ме боли коремът",
    "jsem bez papírů a je mi moc zle",
    "co se stane když přijmu pomoc",
    "hvad sker der hvis jeg tager imod jeres hjælp",
    "i have no papers and my tooth hurts a lot",
    "me duele la barriga y vomito",
    "el medico me va a pedir los papeles?",
    "si je vais chez le médecin sans papiers il va prévenir l'immigration ?",
    "ar greitoji pagalba važiuoja pas žmones be dokumentų",
    "karetka przyjedzie, jeśli jestem bez dokumentów?",
    "o hospital vai avisar a imigração se eu for",
    "ce imi oferiti daca spun da",
    "тест показал две полоски",
    "hindi nyo ba ipapasa sa pulis o immigration ang chat ko",
    "я без паперів, а в мене болить зуб",
    "em ở bất hợp pháp, đi cấp cứu có bị hỏi giấy tờ không",
    "chỗ kín bị rát và ra dịch lạ",
    # A locked clinic door, with "naka lock" written apart.
    "naka lock yung pinto ng clinic sa vesterbro, sarado po ba ngayon? may appointment ako sa test",
]

# Look-alikes in the training examples that are signs: an abortion ordered by the boss.
COERCION_IN_A_HEALTH_QUESTION = [
    "chefen siger jeg skal have abort",
    "the boss says i must have abortion",
    "el jefe dice que tengo que abortar",
    "老板说我必须打掉",
]

PASSPORT_HELD_BY_SOMEONE_ELSE = [
    ("da", "min chef har mit pas og jeg er syg"),
    ("da", "min kæreste har mit pas"),
    ("ro", "seful meu are pasaportul meu"),
    ("ro", "mi-a luat seful pasaportul"),
    ("ru", "у хозяина мой паспорт"),
    ("ru", "у хозяйки наши паспорта"),
    ("uk", "у хазяїна мій паспорт"),
    ("bg", "паспорта ми е у шефа"),
    ("bg", "шефът има паспорта ми"),
    ("hu", "a főnöknél van az útlevelem"),
    ("hu", "nála van az útlevelem"),
    ("vi", "hộ chiếu của em bà chủ giữ"),
    ("vi", "ho chieu cua em ba chu giu"),
    # Bank cards collected from the workers on payday.
    ("pl", "w dzien wyplaty ten sam facet w bmw zbiera od nich karty do bankomatu"),
]

PASSPORT_NOT_HELD = [
    ("da", "min chef har mit telefonnummer"),
    ("ro", "seful meu are masina noua"),
    ("ru", "у меня мой паспорт"),
    ("bg", "паспорта ми е у мен"),
    ("hu", "nálam van az útlevelem"),
    ("vi", "hộ chiếu của em em tự giữ"),
]

OTHER_SIGNS_FOUND = [
    # A threat to report her to immigration if she goes to the union; deductions leave little.
    (
        "zh",
        "老闆說住宿費水電費每個月先扣 最後只剩一點點 他說如果我去找工會 就跟移民局說我違法打工",
        {"threats_violence", "wages_withheld"},
    ),
    # A relative's age written with a bare "m".
    ("lt", "mano 16m pusseserė gyvena pas savo vaikiną", {"minor"}),
]

OTHER_SIGNS_NOT_FOUND = [
    # A question whether the doctor tells immigration is no threat.
    ("zh", "如果我去医院 医生会跟移民局说吗", "threats_violence"),
    # Sixteen metres is no age.
    ("lt", "kieme yra 16m aukščio medis", "minor"),
]


@pytest.mark.parametrize("text", ORDINARY_HEALTH_AND_SERVICE_QUESTIONS)
def test_an_ordinary_health_or_service_question_is_not_escalated(
    text: str, lexicon: Lexicon, rules: TriageRules, learned: LearnedModel
) -> None:
    assert triage(text, lexicon, rules, learned).priority == "none"


@pytest.mark.parametrize("text", COERCION_IN_A_HEALTH_QUESTION)
def test_an_abortion_ordered_by_the_boss_is_a_possible_victim(
    text: str, lexicon: Lexicon, rules: TriageRules, learned: LearnedModel
) -> None:
    assert triage(text, lexicon, rules, learned).priority == "high"


def test_a_child_taken_to_a_man_s_room_is_an_emergency(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel
) -> None:
    """A witness who names no danger word: the model reads it (trained on such witnesses)."""
    text = (
        "receptionist at a hostel in vejle, a man of 50 just took a girl who looks 13 up to "
        "his room, she had a school bag. what now"
    )
    assert triage(text, lexicon, rules, learned).priority == "emergency"


@pytest.mark.parametrize(("language", "text"), PASSPORT_HELD_BY_SOMEONE_ELSE)
def test_a_passport_held_by_the_boss_is_found_in_plain_words(
    language: str, text: str, lexicon: Lexicon
) -> None:
    assert "documents_withheld" in codes(text, lexicon)


@pytest.mark.parametrize(("language", "text"), PASSPORT_NOT_HELD)
def test_her_own_passport_or_the_boss_s_other_things_are_no_sign(
    language: str, text: str, lexicon: Lexicon
) -> None:
    assert "documents_withheld" not in codes(text, lexicon)


@pytest.mark.parametrize(("language", "text", "expected"), OTHER_SIGNS_FOUND)
def test_threats_deductions_and_ages_are_found(
    language: str, text: str, expected: set[str], lexicon: Lexicon
) -> None:
    assert expected <= codes(text, lexicon)


@pytest.mark.parametrize(("language", "text", "code"), OTHER_SIGNS_NOT_FOUND)
def test_their_look_alikes_are_not(language: str, text: str, code: str, lexicon: Lexicon) -> None:
    assert code not in codes(text, lexicon)
