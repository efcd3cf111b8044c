"""Someone coming with a weapon while she hides or calls for help: an emergency in every
language.

"He's coming with an axe, I locked myself in the bathroom" was an emergency in English,
French, Romanian, Danish and Hungarian, and found nothing in the other twelve languages
(session 33's tests found the gap). Each of those languages now has an ``immediate_danger``
entry: someone coming, breaking in or back with a weapon, and on the same line, before or
after, her hiding, locking herself in, a call for help, fear, killing or the police (session
34). Without those words the weapon is everyday life: a grandfather coming with an axe to chop
wood, a knife to cut the cake.
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon, TriageRules
from tests.support.lexicon_codes import priority

# (language, someone coming with a weapon while she hides or calls for help)
DANGER = [
    ("bg", "Идва с брадва, заключих се в банята"),
    ("bg", "Помогнете, мъжът ми се върна с нож"),
    ("cs", "Jde sem se sekerou, zamkla jsem se v koupelně"),
    ("cs", "Pomozte, přítel přišel s nožem a buší na dveře"),
    ("es", "Viene con un hacha, me encerré en el baño"),
    ("es", "Ayuda por favor, mi marido volvió con un cuchillo"),
    ("lt", "Jis ateina su kirviu, užsirakinau vonioje"),
    ("lt", "Padėkit, jis grįžo su peiliu, bijau"),
    ("pl", "Idzie z siekierą, zamknęłam się w łazience"),
    ("pl", "Pomocy, wrócił z nożem i mówi że mnie zabije"),
    ("pt", "Ele vem com um machado, tranquei-me na casa de banho"),
    ("pt", "Socorro, ele voltou com uma faca"),
    ("ru", "Он идёт с топором, я заперлась в ванной"),
    ("ru", "Помогите, муж вернулся с ножом"),
    ("th", "เขากำลังมาพร้อมขวาน ฉันขังตัวเองอยู่ในห้องน้ำ"),
    ("th", "ช่วยด้วย เขาถือมีดไล่ฟัน"),
    ("tl", "Papunta siya na may dalang palakol, nagkulong ako sa banyo"),
    ("tl", "may hawak siyang kutsilyo at kinakalampag ang pinto"),
    ("uk", "Він іде з сокирою, я зачинилася у ванній"),
    ("uk", "Допоможіть, чоловік повернувся з ножем"),
    ("vi", "Anh ta đang đến với cái rìu, em đã khóa mình trong nhà tắm"),
    ("vi", "hắn cầm dao đuổi theo em"),
    ("zh", "他拿着斧头过来了，我把自己锁在浴室里"),
    ("zh", "他拿着刀冲过来了"),
]

# (language, a weapon in everyday life)
EVERYDAY = [
    ("bg", "Дядо тръгна с брадвата да цепи дърва"),
    ("cs", "Děda šel se sekerou do lesa na dříví"),
    ("es", "Mi abuelo viene con un hacha para cortar leña mañana"),
    ("es", "Papá vuelve con una escopeta de caza el domingo"),
    ("lt", "Senelis eina su kirviu malkų skaldyti"),
    ("pl", "Tata idzie z siekierą do lasu rąbać drewno"),
    ("pt", "Ele vem com uma faca para cortar o bolo"),
    ("ru", "Дед пошёл с топором в лес за дровами"),
    ("th", "คุณตาถือขวานมาผ่าฟืน"),
    ("uk", "Дід пішов з сокирою до лісу по дрова"),
    ("vi", "Ông nội đang đến với cái rìu để chặt củi"),
    ("zh", "爷爷拿着斧头过来劈柴"),
]


@pytest.mark.parametrize(("language", "text"), DANGER)
def test_someone_coming_with_a_weapon_while_she_hides_is_an_emergency(
    language: str, text: str, lexicon: Lexicon, rules: TriageRules
) -> None:
    assert priority(text, lexicon, rules) == "emergency", language


@pytest.mark.parametrize(("language", "text"), EVERYDAY)
def test_a_weapon_in_everyday_life_escalates_nothing(
    language: str, text: str, lexicon: Lexicon, rules: TriageRules
) -> None:
    assert priority(text, lexicon, rules) == "none", language
