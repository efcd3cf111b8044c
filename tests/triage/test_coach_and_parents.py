"""A coach or teacher who will "kill" her, and a parent's rule told with its reason (session
56, docs/triage.md section 6.38): two harmless phrases written once for every language, over
the word lists ``coach``, ``killing``, ``parenting`` and ``family``.

Each harmless message was escalated before these phrases, by the lexicons alone or with the
learned model, and is escalated by neither now. Each danger keeps its priority: a coach's threat
tied to telling, to papers or to a knife; a minor with a boyfriend or a job on the line of a
party or homework; a minor made to go to parties with older men; being locked in, which a
parent's reason does not excuse.

Session 58 (section 6.40) added a grounded child kept at home, set aside in the clause that
names the reason and the child, and cases where words of other languages' lists had stopped
the parent's-rule phrase (Vietnamese unmarked "so") or could have started it (French "fete").
"""

from __future__ import annotations

import pytest

from bot.triage import LearnedModel, Lexicon, TriageRules
from tests.support.lexicon_codes import priority

HARMLESS = [
    # A coach, trainer or teacher who will "kill" her.
    ("lt", "treneris mane nužudys, vėl praleidau treniruotę"),
    ("ru", "Тренер по боксу меня завтра убьёт на спарринге 💀"),
    ("pt", "o personal vai me matar amanhã, 300 abdominais"),
    ("hu", "az edzőm meg fog ölni holnap, kihagytam két edzést"),
    ("es", "el entrenador me va a matar mañana, no fui a entrenar en toda la semana"),
    ("bg", "треньорът ще ме убие утре, пропуснах три тренировки"),
    # A parent's rule or punishment told with its reason.
    (
        "en",
        "My 13yo says we're keeping her prisoner because we took her phone for a week after "
        "the party on Friday",
    ),
    (
        "uk",
        "Донька 15 років ображається, бо я не пустила її на вечірку і забрала телефон на тиждень",
    ),
    # Session 58: Vietnamese unmarked "so" in the guard list held stopped the phrase in English.
    ("en", "my mum took my phone for a week because of bad grades, I'm 14 and I'm so bored"),
    ("en", "my dad took my phone because of my grades, I'm 15, so annoying"),
    # Session 58: grounded, kept at home by a parent, with the reason, in one clause.
    (
        "en",
        "my 15 year old son is grounded and not allowed to go out this weekend, he's furious "
        "with me haha",
    ),
    ("da", "min søn på 15 har stuearrest og må ikke gå ud i weekenden, han er rasende på mig haha"),
]

DANGER = [
    # A coach's threat tied to telling, to papers or to a knife in the same clause.
    ("en", "my coach will kill me if I tell anyone what he does to me", "emergency"),
    ("en", "the coach took my passport and said he will kill me", "emergency"),
    ("en", "my coach will kill me, he has a knife", "emergency"),
    # A minor with a boyfriend who keeps her, or a job, on the same line as a party.
    (
        "en",
        "my daughter is 15, her boyfriend takes her to parties and keeps her phone",
        "emergency",
    ),
    ("en", "my son is 14 and works every night at the car wash, no time for parties", "high"),
    # A minor made to go to parties with older men: a party is no parent's rule here (the
    # lexicons read this as sexual exploitation since session 56; before, in English, Polish,
    # Portuguese, Bulgarian, Chinese and Czech, none of the six was escalated).
    ("en", "my 15 year old sister is forced to go to parties with older men", "emergency"),
    (
        "pl",
        "moja 15-letnia siostra jest zmuszana do chodzenia na imprezy ze starszymi mężczyznami",
        "emergency",
    ),
    ("pt", "minha irmã de 15 anos é obrigada a ir a festas com homens mais velhos", "emergency"),
    ("bg", "сестра ми на 15 е принуждавана да ходи по купони с по-възрастни мъже", "emergency"),
    ("zh", "我妹妹15岁，被逼着陪年纪大的男人去派对", "emergency"),
    ("cs", "moje sestra (15) je nucena chodit na večírky se staršími muži", "emergency"),
]

# Danger the lexicons alone keep too beside a parent's rule: a parent's reason never excuses
# locking or a partner who keeps her in, and words of other languages' lists never make a
# parent's rule (Romanian "fete", girls, is no French party and "apartament" no Hungarian
# father; session 58, docs/triage.md section 6.40).
DANGER_FOR_THE_LEXICONS_ALONE_TOO = [
    ("en", "my dad locked me in the basement for 3 days after my bad grades, I am 14", "emergency"),
    ("en", "my daughter is 15 and grounded, her boyfriend doesn't let her go out", "emergency"),
    (
        "ro",
        "o vecina romanca sta intr-un apartament cu alte 5 fete, un barbat le aduce mancare, le "
        "ia cu masina seara si le aduce dimineata. ea nu iese niciodata singura",
        "high",
    ),
    ("da", "min datter på 15 har stuearrest, kæresten låser hende inde", "emergency"),
]


@pytest.mark.parametrize(("language", "text"), HARMLESS)
def test_a_coach_or_a_parents_rule_told_with_its_reason_is_not_escalated(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel, language: str, text: str
) -> None:
    assert priority(text, lexicon, rules) in ("none", "normal"), language
    assert priority(text, lexicon, rules, learned) in ("none", "normal"), language


@pytest.mark.parametrize(
    ("language", "text", "expected", "lexicons_alone_too"),
    [(*case, False) for case in DANGER]
    + [(*case, True) for case in DANGER_FOR_THE_LEXICONS_ALONE_TOO],
)
def test_danger_beside_a_coach_or_a_parents_rule_keeps_its_priority(
    lexicon: Lexicon,
    rules: TriageRules,
    learned: LearnedModel,
    language: str,
    text: str,
    expected: str,
    lexicons_alone_too: bool,
) -> None:
    assert priority(text, lexicon, rules, learned) == expected, language
    if lexicons_alone_too:
        assert priority(text, lexicon, rules) == expected, language
