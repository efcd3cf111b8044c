"""Language detection: clear messages set the language, short or ambiguous ones do not."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.language.components import (
    DETECTION_KEY,
    ORIGINAL_TEXT_KEY,
    LanguageDetector,
    MessageTranslator,
)
from bot.language.detection import SAMPLE_CHARS
from bot.language.names import requested_language

CATALOG_LANGUAGES = ["en", "da", "ro", "bg", "hu", "th", "ru", "uk", "pl", "lt", "cs", "es",
                     "pt", "zh", "vi", "tl", "fr"]  # fmt: skip


@pytest.fixture(scope="module")
def component() -> LanguageDetector:
    return LanguageDetector({"languages": CATALOG_LANGUAGES}, eager=True)


def process(component: LanguageDetector, text: str) -> Message:
    [message] = component.process([Message(data={TEXT: text})])
    return message


def entity_values(message: Message, name: str) -> list[str]:
    return [e["value"] for e in message.get(ENTITIES) or [] if e["entity"] == name]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("how long can I stay here to think about it", "en"),
        ("jeg har brug for hjælp, min chef tog mit pas", "da"),
        ("am nevoie de ajutor, nu am acte", "ro"),
        ("нужна помощь, у меня забрали паспорт", "ru"),
        ("потрібна допомога, у мене забрали паспорт", "uk"),
        ("potrzebuję pomocy, szef zabrał mi paszport", "pl"),
        ("ฉันต้องการความช่วยเหลือ", "th"),
        ("我需要帮助，他们拿走了我的护照", "zh"),
        ("tôi cần giúp đỡ, họ lấy hộ chiếu của tôi", "vi"),
        ("kailangan ko ng tulong, kinuha nila ang pasaporte ko", "tl"),
        ("necesito ayuda, mi jefe tiene mi pasaporte", "es"),
        ("j'ai besoin d'aide, mon patron a pris mon passeport", "fr"),
        ("bună ziua", "ro"),
    ],
)
def test_clear_messages_set_the_language(
    component: LanguageDetector, text: str, language: str
) -> None:
    message = process(component, text)

    assert entity_values(message, "language") == [language]
    assert message.get(DETECTION_KEY)["reliable"] is True


@pytest.mark.parametrize("text", ["ok", "?", "12", "👍", "hm", "/greet", "ja"])
def test_short_or_ambiguous_messages_do_not_change_the_language(
    component: LanguageDetector, text: str
) -> None:
    message = process(component, text)

    assert entity_values(message, "language") == []
    assert message.get(DETECTION_KEY)["reliable"] is False


def test_a_long_message_is_detected_by_its_beginning(component: LanguageDetector) -> None:
    # Only the first SAMPLE_CHARS are read: a 100 kB message must not hold the turn up.
    danish = "jeg har brug for hjælp, min chef tog mit pas. "
    text = (
        danish * (SAMPLE_CHARS // len(danish) + 1)
        + "potrzebuję pomocy, szef zabrał mi paszport. " * 2000
    )

    message = process(component, text)

    assert entity_values(message, "language") == ["da"]


def test_a_language_outside_the_catalogs_is_recognised_as_such(component: LanguageDetector) -> None:
    message = process(component, "ich brauche bitte Hilfe, mein Chef hat meinen Pass")

    assert entity_values(message, "language") == ["de"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("speak English", "en"),
        ("vorbește română", "ro"),
        ("vorbeste romana va rog", "ro"),
        ("по-русски пожалуйста", "ru"),
        ("po polsku", "pl"),
        ("我要中文", "zh"),
        ("tiếng Việt nhé", "vi"),
        ("can you write in Thai", "th"),
    ],
)
def test_a_named_language_is_a_request(
    component: LanguageDetector, text: str, language: str
) -> None:
    assert entity_values(process(component, text), "requested_language") == [language]


@pytest.mark.parametrize(
    "text",
    [
        "I am from Romania and my boss took my passport away from me",  # too long to be a request
        "english or french",  # two languages: ask with the menu instead
        "polishes",  # a word that only starts like a language name
    ],
)
def test_no_request_without_exactly_one_named_language(text: str) -> None:
    assert requested_language(text) is None


def test_button_payloads_are_not_detected(component: LanguageDetector) -> None:
    message = process(component, '/choose_language{"requested_language":"ro"}')

    assert entity_values(message, "language") == []
    assert entity_values(message, "requested_language") == []


# --- Russian, Ukrainian and Bulgarian typed in Latin letters --------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("oni zabrali moj pasport i ne otdajut, ja ne mogu ujti", "ru"),
        ("gde mozhno besplatno sdelat test na vich", "ru"),
        # Words of the NLU examples, not of the triage lexicons.
        ("skolko vremeni ja mogu ostatsja chtoby podumat", "ru"),
        ("vin zabrav mij pasport i ne viddaje, ja ne mozhu pity", "uk"),
        ("shefat vze pasporta mi i kaza che shte me bie ako izlqza", "bg"),
    ],
)
def test_cyrillic_languages_typed_in_latin_letters_set_their_language(
    component: LanguageDetector, text: str, language: str
) -> None:
    message = process(component, text)

    assert entity_values(message, "language") == [language]
    assert message.get(DETECTION_KEY)["reliable"] is True
    assert message.get(DETECTION_KEY)["transliterated"] is True


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Words the Russian lexicon shares, but Polish and Czech as written.
        ("kto stoi za tym czatem", "pl"),
        ("dostanu čas si odpočinout a rozhodnout se", "cs"),
        ("potrzebuję pomocy, szef zabrał mi paszport", "pl"),
    ],
)
def test_polish_and_czech_are_not_taken_for_transliterated_russian(
    component: LanguageDetector, text: str, language: str
) -> None:
    message = process(component, text)

    assert entity_values(message, "language") == [language]
    assert message.get(DETECTION_KEY)["transliterated"] is False


def test_a_slight_lead_of_cyrillic_words_does_not_change_the_language(
    component: LanguageDetector,
) -> None:
    # One more Russian, Ukrainian or Bulgarian word than Latin-script ones: triage reads it in
    # Cyrillic, but that is too little to answer in Russian.
    message = process(component, "oni zabrali moj pasport i ne otdayut")

    assert entity_values(message, "language") == []
    assert message.get(DETECTION_KEY)["transliterated"] is False


def test_the_classifiers_read_latin_letters_in_cyrillic_and_her_words_are_kept(
    component: LanguageDetector,
) -> None:
    text = "gde mozhno besplatno sdelat test na vich"
    reader = MessageTranslator(MessageTranslator.get_default_config(), translator=None)

    [message] = reader.process([process(component, text)])

    assert message.get(TEXT) == "где можно бесплатно сделат тест на вич"
    assert message.get(ORIGINAL_TEXT_KEY) == text


def test_polish_reaches_the_classifiers_as_written(component: LanguageDetector) -> None:
    text = "potrzebuję pomocy, szef zabrał mi paszport"
    reader = MessageTranslator(MessageTranslator.get_default_config(), translator=None)

    [message] = reader.process([process(component, text)])

    assert message.get(TEXT) == text
    assert message.get(ORIGINAL_TEXT_KEY) is None
