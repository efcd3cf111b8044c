"""End-to-end triage examples in every catalog language.

For each language: one emergency, one possible victim (high), and one ordinary message from a
person who sells sex by choice or asks about health, which must not be escalated.
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon, TriageRules, triage

EXAMPLES = [
    ("en", "emergency", "he locked us in the basement, please hurry"),
    ("en", "high", "the recruiter says we owe him for the bus and must work it off"),
    ("en", "none", "I'm a sex worker, where can I get a free STI test?"),
    ("da", "emergency", "jeg er låst inde og han truer med at slå mig ihjel"),
    ("da", "high", "chefen beholder vores pas og vi får ingen løn"),
    ("da", "none", "jeg sælger sex selv og vil gerne testes for klamydia"),
    ("ro", "emergency", "sunt inchisa in camera, ajutor acum"),
    ("ro", "high", "ne-au luat pasapoartele si zic ca le datoram bani pentru drum"),
    ("ro", "none", "lucrez la masaj si vreau un test HIV"),
    ("bg", "emergency", "заключиха ме в стаята, помогнете бързо"),
    ("bg", "high", "шефът взе паспортите и не ни плащат"),
    ("bg", "none", "къде мога да си направя тест за ХИВ?"),
    ("hu", "emergency", "be vagyok zárva, segítsenek gyorsan"),
    ("hu", "high", "elvették az útlevelemet és nem fizetnek"),
    ("hu", "none", "hol lehet HIV tesztet csinálni?"),
    ("th", "emergency", "ช่วยด้วย หนูถูกขังอยู่"),
    ("th", "high", "นายจ้างยึดพาสปอร์ตและไม่จ่ายเงินเดือน"),
    ("th", "none", "หนูทำงานร้านนวด อยากตรวจเอชไอวีค่ะ"),
    ("ru", "emergency", "меня заперли, помогите срочно"),
    ("ru", "high", "хозяин забрал паспорт и не платит"),
    ("ru", "none", "я работаю в эскорте, где сдать анализы?"),
    ("uk", "emergency", "мене замкнули, рятуйте"),
    ("uk", "high", "роботодавець забрав паспорти і не платить"),
    ("uk", "none", "де можна безкоштовно зробити тест на ВІЛ?"),
    ("pl", "emergency", "jestem zamknięta w piwnicy, ratunku"),
    ("pl", "high", "szef zabrał nam paszporty i nie płaci"),
    ("pl", "none", "pracuję jako escort, gdzie zrobię test na HIV?"),
    ("lt", "emergency", "esu užrakinta, gelbėkite"),
    ("lt", "high", "darbdavys atėmė pasus ir nemoka atlyginimo"),
    ("lt", "none", "kur galiu pasidaryti ŽIV testą?"),
    ("cs", "emergency", "jsem zamčená ve sklepě, pomozte rychle"),
    ("cs", "high", "šéf nám vzal pasy a neplatí"),
    ("cs", "none", "kde si můžu nechat udělat test na HIV?"),
    ("es", "emergency", "estoy encerrada y me quiere matar"),
    ("es", "high", "el jefe tiene nuestros pasaportes y no nos paga"),
    ("es", "none", "soy trabajadora sexual, ¿dónde me hago la prueba de VIH?"),
    ("pt", "emergency", "estou trancada no quarto, socorro"),
    ("pt", "high", "o patrão guarda os nossos passaportes e não nos paga"),
    ("pt", "none", "trabalho como acompanhante, onde faço o teste de HIV?"),
    ("zh", "emergency", "救命，我被关起来了"),
    ("zh", "high", "老板扣了我的护照，不给工资"),
    ("zh", "none", "我在按摩店工作，哪里可以做艾滋病检测？"),
    ("vi", "emergency", "cứu em với, em bị nhốt trong phòng"),
    ("vi", "high", "ông chủ giữ hộ chiếu và không trả lương"),
    ("vi", "none", "em làm tiệm nail, muốn xét nghiệm HIV ở đâu"),
    ("tl", "emergency", "saklolo, kinulong nila ako"),
    ("tl", "high", "kinuha ng amo ang passport ko at walang sahod"),
    ("tl", "none", "saan po pwede magpa-HIV test nang libre?"),
    ("fr", "emergency", "je suis enfermée, au secours"),
    ("fr", "high", "le patron a pris nos passeports et ne nous paie pas"),
    ("fr", "none", "je suis travailleuse du sexe, où faire un dépistage ?"),
]


@pytest.mark.parametrize(("language", "expected", "text"), EXAMPLES)
def test_triage_in_every_catalog_language(
    lexicon: Lexicon, rules: TriageRules, language: str, expected: str, text: str
) -> None:
    result = triage(text, lexicon, rules)
    assert result.priority == expected, result.reasons
    if expected != "none":
        assert any(f.language == language for f in result.findings), result.findings


def test_examples_cover_every_catalog_language() -> None:
    assert len({language for language, _, _ in EXAMPLES}) == 17
