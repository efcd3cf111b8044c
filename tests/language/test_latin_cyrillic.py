"""Russian, Ukrainian and Bulgarian typed in Latin letters are given to the intent classifier in
the Cyrillic a writer of that language most likely meant."""

from __future__ import annotations

import pytest

from bot.language.latin_cyrillic import write_in_cyrillic


@pytest.mark.parametrize(
    ("text", "language", "cyrillic"),
    [
        ("ne mogu vyjti, ho4u domoj", "ru", "не могу выйти, хочу домой"),
        (
            "ja bizhenka z ukrajiny, de znajty likarja",
            "uk",
            "я біженка з україни, де знайти лікаря",
        ),
        ("yak pryjikhaty", "uk", "як приїхати"),
        ("ja vynna jomu", "uk", "я винна йому"),
        ("jolka", "ru", "ёлка"),
        ("blagodarq za pomoshtta, sym dobre", "bg", "благодаря за помощта, съм добре"),
    ],
)
def test_each_language_gets_its_own_letters(text: str, language: str, cyrillic: str) -> None:
    assert write_in_cyrillic(text, language) == cyrillic


def test_codes_numbers_and_spacing_stay_as_written() -> None:
    assert write_in_cyrillic("status  R-7K3Q9P, mne 15 let", "ru") == "статус  R-7K3Q9P, мне 15 лет"
