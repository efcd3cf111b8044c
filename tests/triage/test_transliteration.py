"""Russian, Ukrainian and Bulgarian typed in Latin letters are read by the Cyrillic lexicons and
the learned model.

Development set bench/data/triage_translit_dev.yml showed the gap: a woman on a phone without
a Cyrillic keyboard writes "mene vezut v bagazhnyku" (they are taking me in the boot of a
car), and no lexicon read it. Staff must still see her own Latin words as evidence.
"""

from __future__ import annotations

import re

import pytest

from bot.triage import LearnedModel, Lexicon, TriageRules, load_vocabulary
from bot.triage.indicators import find_indicators
from bot.triage.lexicon import compile_language
from bot.triage.pipeline import triage
from bot.triage.text import make_view
from bot.triage.transliteration import (
    ReplyReading,
    Vocabulary,
    cyrillic_view,
    loosen,
    may_be_transliterated,
    reply_reading,
)
from tests.support.lexicon_codes import codes

# --- the same words, spelled the ways people spell them ------------------------------------


@pytest.mark.parametrize("short_i", ["moy", "moj", "moi", "MOY"])
def test_russian_held_passport_is_found_however_the_short_i_is_typed(
    lexicon: Lexicon, short_i: str
) -> None:
    text = f"oni zabrali {short_i} pasport i ne otdayut"
    found = {f.code: f.evidence for f in find_indicators(text, lexicon)}
    assert found.get("documents_withheld") == (f"zabrali {short_i} pasport",)  # her words


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("on menya b'et, pomogite", "threats_violence"),  # ь typed as an apostrophe
        ("on menja bjet", "threats_violence"),  # я as "ja"
        ("dopomozhit, mene vezut v bagazhnyku", "immediate_danger"),  # Ukrainian
        ("sheful mi vze pasporta", "documents_withheld"),  # Bulgarian
        ("shefat mi vze pasporta i ne go vrashta", "documents_withheld"),  # ъ as "a"
    ],
)
def test_each_cyrillic_language_is_read_in_latin_letters(
    lexicon: Lexicon, text: str, code: str
) -> None:
    assert code in codes(text, lexicon)


def test_the_finding_is_credited_to_the_language_that_matched(lexicon: Lexicon) -> None:
    findings = find_indicators("sheful mi vze pasporta", lexicon)
    assert [(f.code, f.language) for f in findings] == [("documents_withheld", "bg")]


def test_digits_typed_for_letters_are_read_but_numbers_stay_numbers() -> None:
    view = cyrillic_view(make_view("ho4u domoj, mne 14 let", strip=False))
    assert view.text == "хочу домои, мне 14 лет"


def test_an_age_in_a_transliterated_message_is_found(lexicon: Lexicon) -> None:
    assert "minor" in codes("mne 15 let i menya zastavlyayut rabotat v salone", lexicon)


# --- what must not be read as Russian -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "fine by me",  # read in Cyrillic: Bulgarian "he beat me"
        "nechci zpátky, doma by mě znovu prodali",  # Czech (asylum question), "by mě"
        "kto wygrał wczoraj mecz barcelony",  # Polish: who won the match
    ],
)
def test_latin_script_languages_are_not_read_as_cyrillic(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel, text: str
) -> None:
    assert triage(text, lexicon, rules, learned).priority == "none"


def test_english_read_in_cyrillic_finds_no_russian_age(lexicon: Lexicon) -> None:
    # "он тхе фарм 12-14": Russian "he ... 12 to 14" (years old)
    found = find_indicators("we pick on the farm 12-14 hrs a day", lexicon)
    assert "minor" not in {f.code for f in found}


def test_a_message_with_cyrillic_letters_is_read_as_written() -> None:
    assert not may_be_transliterated("мене vezut v bagazhnyku")
    assert not may_be_transliterated("kto wygrał")  # Polish ł: another Latin language
    assert may_be_transliterated("sheful mi vze pašport")  # š is a transliteration letter


# --- the learned model reads the Cyrillic too ----------------------------------------------


def test_the_model_reads_control_told_in_latin_letters_and_quotes_her_words(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel
) -> None:
    text = (
        "moja podruga iz moldovy rabotaet v salone, vse dengi otdaet hozjainu, odna nikuda ne "
        "hodit, ee vozjat na mawine s kvartiry na rabotu i obratno"
    )
    result = triage(text, lexicon, rules, learned)
    assert result.priority == "high"
    evidence = [quote for finding in result.findings for quote in finding.evidence]
    assert evidence and all(quote in text for quote in evidence)


# --- loosening lexicon entries --------------------------------------------------------------


def test_a_loosened_lookbehind_keeps_its_fixed_width() -> None:
    source = loosen(r"(?<!\bу\s)(?<!случайно\s)\bзабрал\w*", "ru")
    pattern = re.compile(source)  # a variable-width lookbehind would raise here
    assert pattern.search("он забрал")
    assert pattern.search("у забрал") is None


def test_a_quantifier_after_a_loosened_letter_applies_to_all_its_spellings() -> None:
    pattern = re.compile(loosen("мо[йи]х?ь*", "ru"))
    assert pattern.fullmatch("мои")


def test_ukrainian_h_and_bulgarian_hard_sign_have_their_spellings() -> None:
    ukrainian = compile_language(
        {"language": "uk", "script": "cyrillic", "indicators": {"isolation": ["гроші забрали"]}}
    )
    bulgarian = compile_language(
        {"language": "bg", "script": "cyrillic", "indicators": {"isolation": ["съм заключена"]}}
    )
    uk_scan = ukrainian.matchers[0].latin
    bg_scan = bulgarian.matchers[0].latin
    assert uk_scan is not None and bg_scan is not None
    for typed in ("hroshi zabraly", "groshi zabrali"):
        cyrillic = cyrillic_view(make_view(typed, strip=False)).text
        assert any(entry.pattern.search(cyrillic) for entry in uk_scan.entries)
    for typed in ("sam zakliuchena", "sum zaklyuchena", "săm zaključena", "sym zakljuchena"):
        cyrillic = cyrillic_view(make_view(typed, strip=False)).text
        assert any(entry.pattern.search(cyrillic) for entry in bg_scan.entries)


def test_latin_script_lexicons_get_no_transliterated_entries(lexicon: Lexicon) -> None:
    with_latin = {m.language for m in lexicon.matchers() if m.latin is not None}
    assert with_latin == {"ru", "uk", "bg"}


# --- the language of the answer --------------------------------------------------------------


def vocabulary(latin: str, **cyrillic: str) -> Vocabulary:
    return Vocabulary.from_entries(latin.split(), {code: w.split() for code, w in cyrillic.items()})


def test_the_answer_is_in_the_language_whose_lexicon_shares_most_words() -> None:
    words = vocabulary("ja", ru="помогите паспорт забрали", uk="допоможіть паспорт забрав")
    text = "dopomozhit, vin zabrav pasport"

    assert reply_reading(text, words) == ReplyReading("допоможит, вин забрав паспорт", ("uk",))


def test_tied_languages_are_all_candidates() -> None:
    words = vocabulary("", ru="паспорт забрали помогите", bg="паспорт забрали помогите")

    reading = reply_reading("pomogite zabrali pasport", words)

    assert reading is not None and reading.languages == ("ru", "bg")


def test_no_reply_language_without_a_clear_lead_of_cyrillic_words() -> None:
    # Two Cyrillic lexicon words against one Latin-script word: a lead of one, not two.
    words = vocabulary("pasport", ru="паспорт забрали")

    assert reply_reading("pomogite zabrali pasport", words) is None
    assert reply_reading("помогите забрали паспорт", vocabulary("", ru="паспорт")) is None
    # One word more is a lead of two: enough.
    more = vocabulary("pasport", ru="паспорт забрали помогите")
    assert reply_reading("pomogite zabrali pasport", more) is not None


def test_a_widened_vocabulary_leaves_out_latin_words_of_cyrillic_languages() -> None:
    words = vocabulary("").widened(
        {"ru": ["привет, kak dela"], "pl": ["jak się masz"], "uk": ["дякую"]}
    )

    assert words.cyrillic_by_language == {"ru": {"привет"}, "uk": {"дякую"}}
    assert words.cyrillic == {"привет", "дякую"}
    assert words.latin == {"jak", "sie", "masz"}


def test_the_vocabulary_without_compiling_is_the_lexicons_vocabulary(lexicon: Lexicon) -> None:
    assert load_vocabulary() == lexicon.vocabulary


# --- what triage reads when the classifiers get Cyrillic ------------------------------------------


def test_triage_quotes_her_latin_words_not_the_reading_given_to_the_classifiers(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel
) -> None:
    from rasa.shared.nlu.constants import TEXT
    from rasa.shared.nlu.training_data.message import Message

    from bot.conversation.triage_annotator import TriageAnnotator
    from bot.language.components import ORIGINAL_TEXT_KEY
    from bot.language.latin_cyrillic import write_in_cyrillic

    text = "oni zabrali moj pasport i ne otdajut, ja ne mogu ujti"
    annotator = TriageAnnotator(TriageAnnotator.get_default_config(), lexicon, rules, learned)

    written = write_in_cyrillic(text, "ru")
    record = annotator.assess(Message(data={TEXT: written, ORIGINAL_TEXT_KEY: text}))

    evidence = [quote for found in record["indicators"] for quote in found["evidence"]]
    assert {found["code"] for found in record["indicators"]} >= {"documents_withheld"}
    assert evidence and all(quote in text for quote in evidence)
