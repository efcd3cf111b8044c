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


def test_vietnamese_without_tones_matches(lexicon: Lexicon) -> None:
    with_tones = finding("ông chủ giữ hộ chiếu của em", "documents_withheld", lexicon)
    without = finding("ong chu giu ho chieu cua em", "documents_withheld", lexicon)
    assert without.evidence == ("ong chu giu ho chieu",)
    assert with_tones.evidence == ("ông chủ giữ hộ chiếu",)


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
]  # fmt: skip


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
