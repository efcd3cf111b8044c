"""The phrase syntax lexicon authors use, compiled to regular expressions."""

from __future__ import annotations

import re

import pytest

from bot.triage.patterns import entry_to_regex


def matches(entry: str, text: str, *, spaced: bool = True) -> bool:
    return re.search(entry_to_regex(entry, spaced=spaced, strip=False), text) is not None


def test_words_match_whole_words_only() -> None:
    assert matches("rape", "he tried to rape her")
    assert not matches("rape", "we pick rapeseed on the farm")


def test_star_lets_a_word_continue() -> None:
    assert matches("threat*", "he threatened us")
    assert not matches("threat*", "no threa here")


def test_gap_skips_up_to_three_words() -> None:
    assert matches("took .. passport", "they took away my passport")
    assert matches("took .. passport", "took passport")
    assert not matches("took .. passport", "took one two three four passport")


def test_choice_and_optional_word() -> None:
    entry = "(took|kept) (my|our)? passport"
    assert matches(entry, "kept our passport")
    assert matches(entry, "took passport")
    assert not matches(entry, "took their passport")


def test_hash_is_any_number_and_apostrophe_and_hyphen_are_optional() -> None:
    assert matches("# hours", "16 hours")
    assert matches("can't leave", "i cant leave")
    assert matches("mi-a luat", "mia luat")
    assert matches("mi-a luat", "mi a luat")


def test_regex_entries_are_used_as_written() -> None:
    assert matches("re: (?:1[2-7]) years old", "she is 15 years old")
    assert not matches("re: (?:1[2-7]) years old", "she is 19 years old")


def test_unspaced_scripts_match_inside_text_and_gap_counts_characters() -> None:
    assert matches("ยึด .. พาสปอร์ต", "นายจ้างยึดเอาพาสปอร์ตไป", spaced=False)
    assert not matches("ยึด .. พาสปอร์ต", "ยึด" + "ก" * 20 + "พาสปอร์ต", spaced=False)


@pytest.mark.parametrize("entry", ["(took my passport", "took) my passport", "  "])
def test_malformed_entries_raise(entry: str) -> None:
    with pytest.raises(ValueError):
        entry_to_regex(entry, spaced=True, strip=False)
