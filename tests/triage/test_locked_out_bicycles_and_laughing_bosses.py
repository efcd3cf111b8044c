"""Five kinds of everyday trouble that development set 34 showed the lexicons escalating
(session 37, docs/triage.md section 6.22), and the danger each must never hide.

- English: a boss who "is going to kill me" told before the lateness ("..., the bus broke down
  and im 40 min late"); the other order was read since session 31.
- Czech: locked out ("jsem zamčená venku"), not in.
- Vietnamese: "xe đạp" is a bicycle; read without accents it is "đập" (to smash), so "ngã xe
  đạp gãy tay" (fell off the bike, broke an arm) was a blow.
- Chinese: "老板要杀了我😂", the boss will kill me, laughing; the laughing phrase did not cover
  the 要 (will) before the verb, so the kill still counted.
- Chinese: a visa centre "把我护照扣了" (has kept my passport) for a visa, said with 把.

Each harmless message was escalated before and is everyday now; each danger keeps its priority.
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon, TriageRules
from tests.support.lexicon_codes import priority

HARMLESS = [
    (
        "en",
        "my boss is literally going to kill me, the bus from Aarhus broke down and im 40 min "
        "late for my shift at the cafe 😭 should I call her or just text??",
    ),
    ("en", "mum is gonna kill me, I'm already an hour late for dinner"),
    (
        "cs",
        "Zabouchla jsem si klíče a jsem zamčená venku, v pyžamu 🙈 Odense, nevíte číslo na "
        "zámečníka co mluví anglicky?",
    ),
    ("cs", "jsme zamcene venku, nema nekdo cislo na spravce domu?"),
    (
        "vi",
        "Chào anh chị, em bị ngã xe đạp gãy tay ở Copenhagen, bó bột rồi. Em làm tiệm nail, có "
        "được nghỉ ốm hưởng lương không ạ?",
    ),
    ("vi", "con trai em đi xe dap gay chan hom qua, di kham o dau a"),
    (
        "zh",
        "老板要杀了我😂 今天把客人点的宫保鸡丁做成了麻婆豆腐，被骂了一顿。"
        "在哥本哈根中餐馆打工真不容易啊",
    ),
    ("zh", "我妈肯定要杀了我哈哈，又把钥匙弄丢了"),
    (
        "zh",
        "签证中心把我护照扣了快一个月了，说在审核英国签证。我下周还要回国，怎么办？可以催吗？",
    ),
    ("zh", "移民局把我护照扣了，说在审核签证申请"),
]

DANGER = [
    ("en", "he is going to kill me, im late, he has a knife", "emergency"),
    ("en", "he is going to kill me, he locked the door", "emergency"),
    ("cs", "jsem zamčená v pokoji a on má klíč, pomoc", "emergency"),
    ("vi", "nó đập gãy tay em rồi", "high"),
    ("zh", "老板要杀了我，他拿着刀", "emergency"),
    ("zh", "老板把我护照扣了，不让我走", "high"),
]


@pytest.mark.parametrize(("language", "text"), HARMLESS)
def test_everyday_trouble_is_not_escalated(
    lexicon: Lexicon, rules: TriageRules, language: str, text: str
) -> None:
    assert priority(text, lexicon, rules) in ("none", "normal"), language


@pytest.mark.parametrize(("language", "text", "expected"), DANGER)
def test_the_same_words_in_danger_keep_their_priority(
    lexicon: Lexicon, rules: TriageRules, language: str, text: str, expected: str
) -> None:
    assert priority(text, lexicon, rules) == expected, language
