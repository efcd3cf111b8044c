"""Finding indicators: Unicode-aware, accent-tolerant matching with the person's own words."""

from __future__ import annotations

import dataclasses

import pytest

from bot.triage import INDICATOR_CODES, Finding, Lexicon, find_indicators


def codes(text: str, lexicon: Lexicon) -> list[str]:
    return [f.code for f in find_indicators(text, lexicon)]


def finding(text: str, code: str, lexicon: Lexicon) -> Finding:
    found = {f.code: f for f in find_indicators(text, lexicon)}
    assert code in found, f"{code} not found in {text!r}: {found}"
    return found[code]


def test_indicator_codes_are_the_fixed_vocabulary() -> None:
    assert INDICATOR_CODES == (
        "movement_restricted", "isolation", "documents_withheld", "debt_bondage",
        "wages_withheld", "threats_violence", "sexual_exploitation", "deception",
        "excessive_hours", "abusive_conditions", "abuse_of_vulnerability", "minor",
        "immediate_danger", "requests_human",
    )  # fmt: skip


def test_findings_are_frozen() -> None:
    item = Finding(code="minor", evidence=("15",), language="en")
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.code = "isolation"  # type: ignore[misc]


def test_evidence_is_the_exact_original_text(lexicon: Lexicon) -> None:
    found = finding("Help, the BOSS Took My Passport yesterday", "documents_withheld", lexicon)
    assert found.evidence == ("BOSS Took My Passport",)  # outermost match, original casing
    assert found.language == "en"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("patronul mi-a luat pașaportul", "mi-a luat pașaportul"),  # correct comma-below
        ("patronul mi-a luat paşaportul", "mi-a luat paşaportul"),  # phone keyboard cedilla
        ("patronul mi a luat pasaportul", "mi a luat pasaportul"),  # no diacritics at all
    ],
)
def test_romanian_matches_with_and_without_diacritics(
    lexicon: Lexicon, text: str, evidence: str
) -> None:
    assert finding(text, "documents_withheld", lexicon).evidence == (evidence,)


def test_polish_without_diacritics_matches_and_keeps_the_typed_form(lexicon: Lexicon) -> None:
    found = finding("szef zabral nam paszporty", "documents_withheld", lexicon)
    assert found.evidence == ("zabral nam paszporty",)
    assert found.language == "pl"


def test_danish_typed_without_a_ring_matches_and_keeps_the_typed_form(lexicon: Lexicon) -> None:
    assert finding("han slaar mig ihjel", "immediate_danger", lexicon).evidence == (
        "slaar mig ihjel",
    )
    assert finding("vi maa ikke gaa ud", "movement_restricted", lexicon).language == "da"


def test_vietnamese_without_tones_matches(lexicon: Lexicon) -> None:
    with_tones = finding("ông chủ giữ hộ chiếu của em", "documents_withheld", lexicon)
    without = finding("ong chu giu ho chieu cua em", "documents_withheld", lexicon)
    assert without.evidence == ("ong chu giu ho chieu cua em",)
    assert with_tones.evidence == ("ông chủ giữ hộ chiếu của em",)


def test_thai_matches_inside_text_without_spaces(lexicon: Lexicon) -> None:
    found = finding("นายจ้างยึดพาสปอร์ตของหนูไว้ค่ะ", "documents_withheld", lexicon)
    assert found.evidence == ("นายจ้างยึดพาสปอร์ต",)
    assert found.language == "th"


@pytest.mark.parametrize("text", ["老板把我的护照收走了", "老闆把我的護照收走了"])
def test_chinese_simplified_and_traditional(lexicon: Lexicon, text: str) -> None:
    found = finding(text, "documents_withheld", lexicon)
    assert found.language == "zh"
    assert found.evidence[0] in text


def test_word_boundaries_prevent_matches_inside_other_words(lexicon: Lexicon) -> None:
    assert "threats_violence" not in codes("we harvest rapeseed on the farm", lexicon)
    assert "threats_violence" in codes("he tried to rape me", lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "client massage sex work",
        "I do sex work and a client asked for a massage",
        "Jeg er sexarbejder, hvor kan jeg blive testet?",
        "我在按摩店工作，客人很多",
        "",
        "   ",
    ],
)
def test_harmless_words_alone_trigger_nothing(lexicon: Lexicon, text: str) -> None:
    assert find_indicators(text, lexicon) == []


# Every lexicon reads every message, and Latin script is also matched without diacritics, so
# a phrase can have the letters of a harmless phrase in another language (or, without tones,
# in Vietnamese itself). Each pair: a harmless message, and a message that must still match.
LOOKALIKES = [
    pytest.param("debt_bondage", "ban em muon hoi ve visa", "họ đã bán em cho nhà chứa",
                 id="vi bạn em (my friend) / bán em (sold me)"),
    pytest.param("debt_bondage", "bạn tôi có hẹn khám sức khỏe thứ 5", "em bị bán sang Đan Mạch",
                 id="vi bạn tôi / bị bán"),
    pytest.param("debt_bondage", "tôi sẽ bảo nó gọi lại cho chị", "chu noi em con no 5000",
                 id="vi bảo nó (tell him) / còn nợ (still owe)"),
    pytest.param("movement_restricted", "nhớ khóa cửa phòng trước khi ngủ",
                 "nó khóa cửa từ bên ngoài", id="vi own door / locked from outside"),
    pytest.param("threats_violence", "em ở bất hợp pháp, bác sĩ có chữa không",
                 "ma bate in fiecare zi", id="vi ở bất / ro o bat (I beat her)"),
    pytest.param("sexual_exploitation", "bijau pasakyti bosui, kad esu nėščia",
                 "mám pasáka, bere mi všechny peníze", id="lt pasakyti (to tell) / cs pasák"),
    pytest.param("movement_restricted", "trabajo sin papeles y me enfermé, qué hago",
                 "il me enferme la nuit", id="es me enfermé (fell ill) / fr enfermer"),
    pytest.param("debt_bondage", "我想退还机票，怎么办", "老板说要我先还机票钱才能走",
                 id="zh 退还机票 (a refund) / 要我先还机票钱 (repay the ticket first)"),
    pytest.param("threats_violence", "la banque me menace de poursuites, que faire",
                 "il me menace tous les jours", id="fr a creditor's letter / a threat"),
    pytest.param("threats_violence", "chủ hay la mắng và bắt làm thêm giờ",
                 "họ bắt em làm cả ngày không nghỉ", id="vi made to do overtime / forced to work"),
    pytest.param("immediate_danger", "multumesc mult pt ajutor!!", "ajutor!! ma bate",
                 id="ro thanks for the help!! / help!!"),
    pytest.param("threats_violence", "我想回国找我爸妈", "就讓國內的人去找我爸媽",
                 id="zh go home to see my parents / people sent to my parents"),
    pytest.param("minor", "i worked there for 9 years", "my daughter is 9 years old",
                 id="en nine years / nine years old"),
    pytest.param("minor", "我二十岁", "她才八岁", id="zh twenty / eight years old"),
    pytest.param("minor", "mam 10 lat doświadczenia", "ona ma 10 lat",
                 id="pl ten years of experience / ten years old"),
    pytest.param("minor", "j'ai 10 ans d'expérience", "elle a 9 ans",
                 id="fr ten years of experience / nine years old"),
    pytest.param("minor", "az öcsém 30 éves, és nem mehet ki", "a fiam nem mehet ki",
                 id="hu a younger brother / my son"),
    pytest.param("minor", "el are 10 ani de munca aici", "fetita are doar 9 ani",
                 id="ro ten years of work / nine years old"),
    pytest.param("minor", "ea are 10 ani de cand e in danemarca", "baiatul meu are 6 ani",
                 id="ro ten years since / six years old"),
    pytest.param("minor", "já tem 10 anos que moro aqui", "a menina só tem 10 anos",
                 id="pt ten years that I live here / ten years old"),
    pytest.param("minor", "ele tem 8 anos de casa", "ela tem 9 anos",
                 id="pt eight years with the firm / nine years old"),
    pytest.param("immediate_danger", "a klinikan mar bezartak az ajtot", "bezártak a szobába",
                 id="hu the clinic has closed / locked in a room"),
    pytest.param("movement_restricted", "bezárták az ajtót a boltban",
                 "éjszakára ránk zárják az ajtót", id="hu closed the door / locked it on us"),
    pytest.param("immediate_danger", "i'm tied up at work till 5", "he tied her to the bed",
                 id="en busy / tied to a bed"),
    pytest.param("immediate_danger", "это связано с визой", "связали его по рукам",
                 id="ru connected with / tied by the hands"),
    pytest.param("immediate_danger", "jestem związana z pracą", "przywiązali go do kaloryfera",
                 id="pl tied to work / tied to a radiator"),
    pytest.param("immediate_danger", "e legat de munca", "seful l-a legat pe fratele meu",
                 id="ro related to work / tied up my brother"),
    pytest.param("immediate_danger", "j'ai enchaîné deux services", "il l'a ligotée",
                 id="fr two shifts in a row / tied her up"),
    pytest.param("immediate_danger", "我走不动了", "他倒在地上不动了",
                 id="zh too tired to walk / fell down and does not move"),
    pytest.param("immediate_danger", "เงินเดือนไม่ขยับ", "ตอนนี้นอนไม่ขยับเลย",
                 id="th the salary does not move / lying there not moving"),
    pytest.param("immediate_danger", "mi hijo no respira bien por la nariz",
                 "mi compañero ya no respira", id="es a stuffy nose / not breathing any more"),
    pytest.param("immediate_danger", "zavřel jsem okno v pokoji",
                 "sef zavrel pomocnika do mrazaku", id="cs closed the window / shut in a freezer"),
    pytest.param("immediate_danger", "我今天去诊所 被关在外面了哈哈", "我被关在房间里",
                 id="zh shut out of a clinic / locked in a room"),
    pytest.param("immediate_danger", "pomogite pozhaluysta s vizoy", "pomogite srochno",
                 id="ru Latin letters: help with a visa / help at once"),
    pytest.param("requests_human", "esu socialinė darbuotoja Vejle",
                 "noriu pasikalbėti su socialiniu darbuotoju", id="lt I am one / I want one"),
    pytest.param("requests_human", "请问你们这个热线是免费的吗", "热线电话是多少",
                 id="zh is the hotline free / the hotline's number"),
]  # fmt: skip


# Work that "kills" a person and a threat to fire her are everyday complaints (the lexicons'
# ``harmless`` phrases); a person who will kill her is still a danger.
WORK_KILLS_ME = [
    ("en", "this job will kill me", "my boss will kill me"),
    ("da", "det her arbejde dræber mig", "han slår mig ihjel"),
    ("ro", "munca asta ma omoara", "seful a zis ca ma omoara"),
    ("bg", "тая работа ще ме убие", "шефът ще ме убие"),
    ("hu", "ez a munka megöl", "a főnök megöl"),
    ("th", "งานนี้จะฆ่ากันตาย", "เขาจะฆ่าฉัน"),
    ("ru", "эта работа меня убьет", "он меня убьет"),
    ("uk", "ця робота мене вб'є", "він мене вб'є"),
    ("pl", "ta praca mnie zabije", "on mnie zabije"),
    ("lt", "šitas darbas mane užmuš", "jis mane užmuš"),
    ("cs", "ta práce mě zabije", "on mě zabije"),
    ("es", "este trabajo me va a matar", "él me va a matar"),
    ("pt", "este trabalho vai me matar", "ele vai me matar"),
    ("vi", "công việc này giết tôi mất", "nó sẽ giết tôi"),
    ("tl", "pinapatay ako sa pagod sa trabaho", "pinapatay nila ako"),
    ("fr", "ce boulot va me tuer", "il va me tuer"),
]
FIRE_THREATS = [
    ("en", "my boss threatened to fire me", "my boss threatened to hurt my family"),
    ("da", "min chef truede med at fyre mig", "han truede med at slå mig"),
    ("ro", "seful m-a amenintat ca ma concediaza", "m-a amenintat ca ma bate"),
    ("bg", "шефът заплаши да ме уволни", "заплаши да ме бие"),
    ("ru", "начальник угрожал уволить", "угрожал избить"),
    ("uk", "начальник погрожував звільнити", "погрожував побити"),
    ("pl", "szef groził że mnie zwolni", "szef groził że mnie pobije"),
    ("lt", "vadovas grasino atleisti", "grasino sumušti"),
    ("cs", "šéf vyhrožoval že mě vyhodí", "šéf vyhrožoval že mě zbije"),
    ("es", "el jefe me amenazó con despedirme", "el jefe me amenazó con pegarme"),
    ("pt", "o chefe ameaçou despedir-me", "o chefe ameaçou bater-me"),
    ("zh", "老板威胁要开除我", "老板威胁要打我"),
    ("vi", "ông chủ dọa đuổi việc tôi", "ông chủ dọa đánh tôi"),
    ("fr", "mon patron a menacé de me virer", "mon patron a menacé de me frapper"),
    ("th", "เจ้านายขู่จะไล่ออก", "เจ้านายขู่จะทำร้าย"),
]


@pytest.mark.parametrize(("language", "harmless", "danger"), WORK_KILLS_ME)
def test_work_that_kills_is_tiredness_but_a_person_who_kills_is_danger(
    lexicon: Lexicon, language: str, harmless: str, danger: str
) -> None:
    assert codes(harmless, lexicon) == []
    assert "immediate_danger" in codes(danger, lexicon)


@pytest.mark.parametrize(("language", "harmless", "threat"), FIRE_THREATS)
def test_a_threat_to_fire_is_no_threat_of_violence(
    lexicon: Lexicon, language: str, harmless: str, threat: str
) -> None:
    assert codes(harmless, lexicon) == []
    assert "threats_violence" in codes(threat, lexicon)


@pytest.mark.parametrize(("code", "harmless", "indicator"), LOOKALIKES)
def test_lookalike_phrases_do_not_match_but_the_indicator_does(
    lexicon: Lexicon, code: str, harmless: str, indicator: str
) -> None:
    assert code not in codes(harmless, lexicon)
    assert code in codes(indicator, lexicon)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("immediate_danger", "a szomszedban most veri egy ferfi a lanyat"),  # beating her now
        ("wages_withheld", "fizetest nem kapnak csak kajat"),  # no pay, only food
        ("threats_violence", "кажуть що як піде то скажуть в поліцію що вона вкрала"),
        ("immediate_danger", "сейчас бригадир избивает парня на стройке"),  # beating now
        ("minor", "con bé mới 10 tuổi"),  # a child under 12
        ("minor", "เขาเพิ่ง 8 ขวบ"),  # he is only 8
        ("minor", "anak nyang 11 yrs old"),
        ("minor", "hun er 9 år gammel"),
        ("minor", "ей 10 лет"),
        ("minor", "їй 8 років"),
        ("minor", "je jí 9 let"),
        ("minor", "tiene 8 años"),
        ("minor", "9 éves vagyok"),
        ("minor", "jai 10 metų"),
        ("minor", "тя е на 9 години"),
        ("documents_withheld", "nincs nala az utlevele, a fonok tartja"),  # hasn't her passport
        ("documents_withheld", "mon copain garde mes papiers"),  # keeps my papers
        ("threats_violence", "si elle parle il la fait expulser"),  # he'll have her deported
        ("isolation", "je peux voir personne"),  # I can see nobody
        ("isolation", "il controle mon tel"),  # he checks my phone
        ("movement_restricted", "ela nao pode sair de casa"),  # she cannot leave
        ("wages_withheld", "o patrão fica com tudo"),  # the boss keeps everything
        ("immediate_danger", "jsme zamcene ve sklepe"),  # we (women) are locked in
        ("immediate_danger", "kolega lezy na podlodze i sie nie rusza"),  # lying, not moving
        ("documents_withheld", "工头收了她的护照"),  # took her passport
        ("debt_bondage", "中介说他欠了五万"),  # says he owes
        ("sexual_exploitation", "老板逼她做特殊服务"),  # made to do "special service"
        ("threats_violence", "tụi nó biết nhà bố mẹ em"),  # they know my parents' house
        ("movement_restricted", "neturiu net raktu nuo kambario"),  # not even a key
        ("immediate_danger", "my friend is unconscious"),
        ("immediate_danger", "he is lying on the floor not moving"),
        ("immediate_danger", "bevidstløs på gulvet"),
        ("immediate_danger", "в безсъзнание е"),
        ("immediate_danger", "megkötözték a kezét"),
        ("immediate_danger", "он без сознания"),
        ("immediate_danger", "вона без свідомості"),
        ("immediate_danger", "on jest nieprzytomny"),
        ("immediate_danger", "jis be sąmonės"),
        ("immediate_danger", "je v bezvědomí"),
        ("immediate_danger", "la ataron a una silla"),
        ("immediate_danger", "amarraram-no com cordas"),
        ("immediate_danger", "她昏迷了"),
        ("immediate_danger", "chị ấy bất tỉnh"),
        ("immediate_danger", "walang malay si ate"),
        ("immediate_danger", "elle ne bouge plus"),
        ("immediate_danger", "il me tue si je parle"),  # conditional, present tense
        ("immediate_danger", "skubiai reikia policijos, zmones uzdaryti triume"),
        ("documents_withheld", "a munkaltato tartja a szemelyimet"),  # keeps my ID card
        ("sexual_exploitation", "már hirdetést is feltett rólam"),  # put an ad of me online
        ("sexual_exploitation", "acum vor sa fac masaj erotic"),  # erotic massage demanded
        ("threats_violence", "altfel ii spun tatalui meu ce fac aici"),  # or I tell your father
        ("wages_withheld", "el tio les quita el dinero al bajar"),  # takes their money
        # development set 7
        ("immediate_danger", "nas 4 divchyny zachynyly v budynku"),  # uk in Latin letters
        ("threats_violence", "hazjain pjanyj bje Olju"),  # uk in Latin letters: beats
        ("immediate_danger", "vona ne vstaje"),  # she does not get up
        ("immediate_danger", "nas zaperli v podvale"),  # ru in Latin letters: locked in
        ("immediate_danger", "on skazal chto ub'yut menya"),  # ru: they will kill me
        ("movement_restricted", "не я оставя да спре, защото имал нейни видеа"),  # won't let stop
        ("wages_withheld", "собственикът ѝ взима 90 процента"),  # takes 90 percent
        ("threats_violence", "megfenyegettek hogy bantjak anyamat otthon"),  # threatened
        ("movement_restricted", "додому не може поки не закінчиться контракт"),  # until
        ("movement_restricted", "не могу уехать домой пока не отработаю долг"),
        ("wages_withheld", "szef potraca za mieszkanie i bus"),  # deductions
        ("wages_withheld", "na koniec miesiaca zostaje mi 1000 koron"),  # what is left
    ],
)
def test_word_orders_and_forms_found_on_the_development_sets(
    lexicon: Lexicon, code: str, text: str
) -> None:
    assert code in codes(text, lexicon)


def test_findings_follow_the_code_order_and_merge_languages(lexicon: Lexicon) -> None:
    text = "SOS! they took my passport, nu am voie să ies din casă"
    found = find_indicators(text, lexicon)
    assert [f.code for f in found] == [
        "movement_restricted",
        "documents_withheld",
        "immediate_danger",
    ]
    assert found[0].language == "ro"
    assert found[1].language == "en"


def test_several_evidences_are_kept_in_message_order(lexicon: Lexicon) -> None:
    found = finding("I'm locked in. Help me now!", "immediate_danger", lexicon)
    assert found.evidence == ("I'm locked in", "Help me now")
