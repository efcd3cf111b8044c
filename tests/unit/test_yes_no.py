"""Short yes/no answers read in the conversation's language (bot/conversation/yes_no.py)."""

from __future__ import annotations

import pytest

from bot.conversation.yes_no import SPACED, UNSPACED, read_yes_no
from bot.language.catalog import Catalog


@pytest.mark.parametrize(
    ("text", "language", "answer"),
    [
        ("tak", "pl", "affirm"),
        ("Tak, połącz mnie!", "pl", "affirm"),
        ("tak chcę", "pl", "affirm"),
        ("nie, dziękuję", "pl", "deny"),
        ("ja tak", "da", "affirm"),
        ("nej tak", "da", "deny"),
        ("da, vă rog", "ro", "affirm"),
        ("igen", "hu", "affirm"),
        ("нет", "ru", "deny"),
        ("так, будь ласка", "uk", "affirm"),
        ("з’єднайте мене", "uk", None),  # no yes in it: the model decides
        ("taip", "lt", "affirm"),
        ("ano, prosím", "cs", "affirm"),
        ("sí, por favor", "es", "affirm"),
        ("não, obrigada", "pt", "deny"),
        ("oui merci 🙏", "fr", "affirm"),
        ("pas maintenant", "fr", "deny"),
        ("opo", "tl", "affirm"),
        ("hindi po", "tl", "deny"),
        ("dạ vâng", "vi", "affirm"),
        ("không ạ", "vi", "deny"),
        ("ค่ะ", "th", "affirm"),
        ("ไม่ค่ะ", "th", "deny"),
        ("好的，谢谢", "zh", "affirm"),
        ("不用了", "zh", "deny"),
        ("yes please", "en", "affirm"),
        ("not now", "en", "deny"),
        # Typed in Latin letters, on a phone without a Cyrillic keyboard.
        ("da", "ru", "affirm"),
        ("Net, spasibo", "ru", "deny"),
        ("khorosho, soedinite menja", "ru", "affirm"),
        ("tak, dyakuyu", "uk", "affirm"),
        ("ni", "uk", "deny"),
        ("da, molya", "bg", "affirm"),
        ("ne", "bg", "deny"),
    ],
)
def test_a_plain_answer_is_read_in_her_language(text: str, language: str, answer: str) -> None:
    assert read_yes_no(text, language) == answer


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("tak", "da"),  # Danish thanks
        ("tak", "ru"),  # Ukrainian and Polish yes, Russian "so"
        ("no", "pl"),  # Polish "well, yes": not listed either way
        ("nie wiem", "pl"),  # "I don't know" is no answer
        ("tak, ale nie teraz", "pl"),  # yes and no: the model decides
        ("no problem", "en"),
        ("ขอบคุณค่ะ", "th"),  # thank you
        ("不用谢", "zh"),  # you are welcome
        ("tak", "xx"),
        ("tak", None),
        ("", "pl"),
        (None, "pl"),
        ("?!", "pl"),
    ],
)
def test_anything_else_is_left_to_the_model(text: str | None, language: str | None) -> None:
    assert read_yes_no(text, language) is None


def test_every_catalog_language_has_its_answer_words_and_none_is_both_yes_and_no(
    catalogs: dict[str, Catalog],
) -> None:
    assert set(SPACED) | set(UNSPACED) == set(catalogs)
    for words in [*SPACED.values(), *(words for words, _ in UNSPACED.values())]:
        assert words.yes and words.no and not words.yes & words.no
        assert not (words.yes | words.no) & words.along
