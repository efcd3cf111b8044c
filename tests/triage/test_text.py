"""Normalised views: matching-friendly text that still maps back to the person's words."""

from __future__ import annotations

import unicodedata

from bot.triage.text import fold, make_view, strip_diacritics


def test_fold_casefolds_and_unifies_romanian_cedilla_letters() -> None:
    assert fold("PAŞAPORTUL") == fold("pașaportul") == "pașaportul"


def test_fold_unifies_apostrophes_and_russian_yo() -> None:
    assert fold("I’m") == "i'm"
    assert fold("убьёт") == "убьет"


def test_strip_diacritics_handles_letters_without_decomposition() -> None:
    assert strip_diacritics("zabrał") == "zabral"
    assert strip_diacritics("đánh") == "danh"
    assert strip_diacritics("døren") == "doren"
    assert strip_diacritics("không được trả lương") == "khong duoc tra luong"


def test_view_maps_every_character_back_to_the_original_span() -> None:
    original = "PAȘAPORT și ACTE"
    view = make_view(original, strip=True)
    start = view.text.index("si acte")
    begin, end = view.original_span(start, start + len("si acte"))
    assert original[begin:end] == "și ACTE"


def test_danish_aa_typed_for_a_ring_is_one_letter_and_maps_back_whole() -> None:
    """On a keyboard without "å", Danes type "aa": "slaar" is "slår" to the matcher."""
    assert strip_diacritics("slår") == strip_diacritics("slaar") == "slar"
    original = "han SLAAR mig"
    view = make_view(original, strip=True)
    start = view.text.index("slar")
    begin, end = view.original_span(start, start + len("slar mig"))
    assert original[begin:end] == "SLAAR mig"
    assert make_view(original, strip=False).text == "han slaar mig"  # the exact view keeps it


def test_view_keeps_decomposed_characters_whole() -> None:
    decomposed = unicodedata.normalize("NFD", "tôi bị đánh")
    view = make_view(decomposed, strip=True)
    start = view.text.index("bi")
    begin, end = view.original_span(start, start + 2)
    assert unicodedata.normalize("NFC", decomposed[begin:end]) == "bị"


def test_every_run_of_whitespace_is_one_space_and_maps_back_to_her_words() -> None:
    """Regression (found by tests/fuzz): "re:" entries write one " " or "." between words."""
    original = "he\r\nhas  a\tknife"
    view = make_view(original, strip=False)
    assert view.text == "he has a knife"
    begin, end = view.original_span(0, len(view.text))
    assert original[begin:end] == original
