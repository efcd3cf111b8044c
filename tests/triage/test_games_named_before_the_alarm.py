"""A game or a show named before the alarm, in the same clause: "we did an escape room with
work and they locked us in a cellar for an hour", a rehearsal where she plays the girl who is
tied up and locked in. Earlier rounds read the game named after the alarm ("... turned out it
was an escape room"); session 38's writer, who saw no lexicon, wrote four of these and three
dangers of the same shape per language, and the lexicons escalated 31 of the 68 (24 now).

The phrase is narrow on purpose. It ends at the end of its clause, so that danger told after a
comma or a dash still counts ("we got locked in an escape room lol, but my boss doesnt let me
leave the house"): the alarm told in the next clause ("hen party was wild, we 'kidnapped' the
bride") stays escalated. The game must come at most 40 characters into its clause, after no
negation or hedge ("I thought it was a film shoot but there are no cameras" is an emergency).
And every language's words stop it (word lists ``keeper``, ``not_play`` and ``violent``: said,
a boss, a blow, help, the police, a weapon, blood, really, a lie, a trap, money, papers,
clients), since the games' names are the same in every language: "back from paintball, his
girlfriend thought he was beaten up" stays escalated.

The danger kept: the "party" a job ad invited her to where the men lock her in, "they said it
was an escape room but the door is really locked and he took our phones", a casting for a
film where they took her passport.

Each harmless message was escalated before and is everyday now; each danger keeps its priority.
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon, TriageRules
from tests.support.lexicon_codes import priority

GAMES_NAMED_FIRST = [
    (
        "en",
        (
            "lol we did an escape room in Aarhus last night with work and"
            " they "
            "locked us in a fake cellar for a whole hour 😂 got out with 2"
            " min left"
        ),
    ),
    (
        "bg",
        (
            "Бяхме на escape room в Орхус с колегите и ни заключиха в едн"
            "о мазе за "
            "цял час 😂 излязохме 2 минути преди края"
        ),
    ),
    (
        "hu",
        (
            "A lánybúcsún „elraboltuk” a menyasszonyt a munkahelyéről és "
            "odakötöztük egy székhez az étteremben 😂 imádta"
        ),
    ),
    (
        "pt",
        (
            "fomos num escape room em Copenhague com o pessoal do trampo "
            "e "
            "trancaram a gente num porão por uma hora kkkk saímos faltand"
            "o 2 min"
        ),
    ),
    (
        "pl",
        (
            "bylismy w escape roomie w Kopenhadze z pracy i zamkneli nas "
            "w piwnicy "
            "na godzine 😂 wyszlismy 2 min przed koncem"
        ),
    ),
    (
        "th",
        (
            "ไปเล่น escape room ที่โคเปนเฮเกนกับเพื่อนที่ทำงาน "
            "เขาขังพวกเราไว้ในห้องใต้ดินชั่วโมงนึง 555 ออกมาได้ตอนเหลือ 2"
            " นาที"
        ),
    ),
    (
        "vi",
        (
            "Bạn trai mình đi bắn súng sơn về bầm tím khắp người, mẹ anh "
            "ấy tưởng "
            "bị ai đánh haha"
        ),
    ),
]

DANGER = [
    (
        "en",
        (
            "my friend went to a 'party' in Nørrebro that a guy from a jo"
            "b ad "
            "invited her to. now she texts me they locked her in a room a"
            "nd the men "
            "wont let her out. she thinks theyre going to hurt her"
        ),
        "emergency",
    ),
    (
        "da",
        (
            "de sagde det var en casting til en film men nu har de låst d"
            "øren og "
            "taget mit pas og min telefon\njeg skriver fra en anden piges "
            "mobil, vi "
            "er i en kælder i Randers. hjælp"
        ),
        "high",
    ),
    (
        "ro",
        (
            "prietena mea s-a dus la o „petrecere” unde a chemat-o un tip"
            " care îi "
            "promisese lucru. acum îmi scrie că bărbații au închis-o într"
            "-o cameră "
            "și nu o lasă să iasă. e în Odense, ce fac??"
        ),
        "emergency",
    ),
    (
        "bg",
        (
            "приятелката ми отиде на „парти“ и сега ми пише, че мъжете са"
            " я "
            "заключили в стая и не я пускат. в Оденсе е, моля ви какво да"
            " правя"
        ),
        "emergency",
    ),
    (
        "hu",
        (
            "A barátnőm elment egy „buliba”, amire egy munka miatt hívták"
            ". Most "
            "írja, hogy a férfiak bezárták egy szobába és nem engedik ki."
            " Aarhusban "
            "van, mit csináljak?"
        ),
        "emergency",
    ),
    (
        "lt",
        (
            "Mano draugė nuėjo į „vakarėlį“ ir dabar rašo, kad vyrai ją u"
            "ždarė "
            "kambaryje ir neišleidžia. Ji Odensėje, ką man daryti?"
        ),
        "emergency",
    ),
    (
        "fr",
        (
            "ma copine est allée à une « soirée » pour un soi-disant boul"
            "ot et là "
            "elle m'écrit que les hommes l'ont enfermée dans une chambre "
            "et la "
            "laissent pas sortir. Elle est à Odense, je fais quoi ??"
        ),
        "emergency",
    ),
    (
        "es",
        (
            "mi amiga fue a una «fiesta» y ahora me escribe que los hombr"
            "es la "
            "encerraron en un cuarto y no la dejan salir. Está en Odense,"
            " qué "
            "hago??"
        ),
        "emergency",
    ),
    (
        "pt",
        (
            "disseram que era um escape room mas a porta ta trancada de v"
            "erdade e o "
            "homem pegou nossos celulares. somos 3 meninas num porão pert"
            "o de Vejle "
            "socorro"
        ),
        "emergency",
    ),
    (
        "pl",
        (
            "Moja koleżanka poszła na „imprezę” do gości, którzy obiecali"
            " jej "
            "pracę. Teraz pisze, że zamknęli ją w pokoju i nie chcą wypuś"
            "cić. Jest "
            "w Odense, co mam robić??"
        ),
        "emergency",
    ),
    (
        "cs",
        (
            "Kamarádka šla na „párty“ a teď mi píše, že ji chlapi zamkli "
            "v pokoji a "
            "nechtěj ji pustit ven. Je v Odense, co mám dělat?"
        ),
        "emergency",
    ),
    (
        "uk",
        (
            "Моя подруга пішла на «вечірку», куди її покликали через робо"
            "ту, а "
            "тепер пише що чоловіки замкнули її в кімнаті і не випускають"
            ". Вона в "
            "Оденсе, що робити??"
        ),
        "emergency",
    ),
    (
        "ru",
        (
            "Подруга пошла на «вечеринку», теперь пишет что мужчины запер"
            "ли её в "
            "комнате и не выпускают. Она в Оденсе, что делать??"
        ),
        "emergency",
    ),
    (
        "th",
        (
            "เขาบอกว่าเป็นเกม escape room แต่ประตูล็อคจริงๆ "
            "แล้วผู้ชายยึดโทรศัพท์พวกเราไปหมด เราเป็นผู้หญิง 3 "
            "คนอยู่ในห้องใต้ดินแถว Vejle ช่วยด้วยค่ะ"
        ),
        "emergency",
    ),
    (
        "tl",
        (
            'Yung kaibigan ko pumunta sa "party" tapos ngayon nagtext sya'
            " na "
            "kinulong sya ng mga lalaki sa kwarto at ayaw syang palabasin"
            ". Nasa "
            "Odense sya, ano gagawin ko"
        ),
        "emergency",
    ),
    (
        "vi",
        (
            "ho noi la tro choi escape room nhung cua khoa that va ong ta"
            " lay het "
            "dien thoai cua tui em. 3 dua con gai o tang ham gan Vejle cu"
            "u voi"
        ),
        "emergency",
    ),
    (
        "zh",
        "他们说是密室逃脱游戏，但门真的锁死了，那个男的把我们手机都收走了。我们3个女生在Vejle附近一个地下室，救命",
        "emergency",
    ),
]


@pytest.mark.parametrize(("language", "text"), GAMES_NAMED_FIRST)
def test_a_game_named_before_the_alarm_is_not_escalated(
    lexicon: Lexicon, rules: TriageRules, language: str, text: str
) -> None:
    assert priority(text, lexicon, rules) in ("none", "normal"), language


@pytest.mark.parametrize(("language", "text", "expected"), DANGER)
def test_danger_at_a_party_or_a_fake_game_keeps_its_priority(
    lexicon: Lexicon, rules: TriageRules, language: str, text: str, expected: str
) -> None:
    assert priority(text, lexicon, rules) == expected, language
