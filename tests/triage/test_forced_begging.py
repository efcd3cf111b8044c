"""Forced begging in the five languages that had no words for it, with look-alikes that must
stay quiet.

Section 262 a of the Penal Code names begging beside forced labour and crime, and twelve
lexicons read "they take us out to beg and in the evening we must hand over all the money"
since development set 12 (session 20). French, Tagalog, Thai, Vietnamese and Chinese did not:
there only the learned model found it, and only just (a Thai possible victim of
``test_situations_and_danger_that_is_over.py`` was escalated at 0.84 of the model's
escalation column, whose cut is 0.8). Being taken out to beg is an abuse of her situation and
handing over everything is pay withheld: together a possible victim, in her own words, with
no model. Giving money to a beggar, a film about beggars, or a son who plays a beggar in a
school play stays quiet.

The lexicons alone are asked here, so that the entries are what is tested.
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon, TriageRules
from bot.triage.pipeline import triage

CASES = [
    ("th", "high", "ทุกเช้าเขาพาเราไปขอทานที่สถานี ตอนเย็นต้องส่งเงินให้เขาทั้งหมด"),
    ("th", "high", "นายหน้าบังคับให้เด็กๆไปขอทานทุกวัน ได้เงินมาต้องให้เขาหมดทุกบาท"),
    ("th", "none", "เห็นคนขอทานที่สถานี เลยให้เงินเขาไปหมดกระเป๋าเลย"),
    ("th", "none", "ลูกชายได้บทเป็นขอทานในละครโรงเรียน ต้องเอาเสื้อผ้าเก่าไปให้ครูทั้งหมด"),
    (
        "fr",
        "high",
        "Chaque matin ils nous emmènent mendier à la gare et le soir on doit leur donner tout",
    ),
    ("fr", "high", "Le patron nous oblige à voler dans le métro, le soir il faut tout remettre"),
    ("fr", "none", "Un homme faisait la manche devant le magasin, je lui ai donné un euro"),
    ("fr", "none", "Mon fils m'emmène voir un film sur les enfants qui mendient à Bombay"),
    (
        "vi",
        "high",
        "Sáng nào họ cũng chở bọn em ra ga đi ăn xin, tối về phải nộp hết cho ông ta",
    ),
    ("vi", "high", "Hắn bắt tụi em đi móc túi, tối phải đưa lại hết tiền cho hắn"),
    ("vi", "none", "Hôm nay thấy một cụ già ăn xin ở chợ, em cho cụ hết tiền lẻ"),
    ("vi", "none", "Chở con đi học xong thì ghé chợ mua rau"),
    ("zh", "high", "每天早上他带我们去火车站乞讨，晚上钱必须全部交给他"),
    ("zh", "high", "老板逼我们去偷东西，偷来的钱都要上交"),
    ("zh", "none", "在车站看到一个老人乞讨，我把零钱都给了他"),
    ("zh", "none", "我带孩子去看了一部关于乞丐的电影"),
    (
        "tl",
        "high",
        "Tuwing umaga dinadala kami sa istasyon para mamalimos, sa gabi kailangan naming "
        "ibigay sa kanya lahat",
    ),
    ("tl", "high", "Pinipilit kami ng amo na magnakaw sa mall at kinukuha niya lahat ng pera"),
    ("tl", "none", "May namamalimos sa labas ng simbahan, binigay ko lahat ng barya ko"),
    ("tl", "none", "Dinala ko ang mga bata sa mall para mamili ng sapatos"),
]


@pytest.mark.parametrize(("language", "expected", "text"), CASES)
def test_forced_begging_is_a_possible_victim_and_its_look_alikes_are_not(
    lexicon: Lexicon, rules: TriageRules, language: str, expected: str, text: str
) -> None:
    result = triage(text, lexicon, rules)
    assert result.priority == expected, (language, result.reasons)


def test_both_signs_are_found_in_her_own_words(lexicon: Lexicon, rules: TriageRules) -> None:
    """Begging alone is no sign: being taken to it and handing over everything are."""
    for language, expected, text in CASES:
        if expected == "high":
            codes = {finding.code for finding in triage(text, lexicon, rules).findings}
            assert {"abuse_of_vulnerability", "wages_withheld"} <= codes, (language, text)
