"""References are easy to copy and are found however a reporter types them."""

from __future__ import annotations

import re

import pytest

from bot.reports.reference import ALPHABET, find_reference, new_reference, normalise_reference

REFERENCE = re.compile(r"^R-[2-9A-HJ-NP-Z]{6}$")


def test_new_references_have_no_confusable_characters_and_a_digit() -> None:
    references = {new_reference() for _ in range(500)}

    assert all(REFERENCE.match(reference) for reference in references)
    assert all(any(char.isdigit() for char in reference) for reference in references)
    assert len(references) == 500


@pytest.mark.parametrize(
    "typed",
    ["R-7K3Q9P", "r-7k3q9p", " R 7K3 Q9P ", "R7K3Q9P", "r - 7k3-q9p", "7K3Q9P", "REF R-7K3Q9P"],
)
def test_typed_references_are_read_tolerantly(typed: str) -> None:
    assert normalise_reference(typed) == "R-7K3Q9P"


@pytest.mark.parametrize("typed", ["", "R-7K3Q9", "R-7K3Q9PP", "R-0K3Q9P", "R-IK3Q9P", "rescued"])
def test_what_is_not_a_reference_is_refused(typed: str) -> None:
    assert normalise_reference(typed) is None


def test_a_reference_is_found_inside_a_message() -> None:
    assert find_reference("I reported something before, REF r 7k3q-9p, and saw more") == (
        "R-7K3Q9P"
    )
    assert find_reference("我之前举报过，编号R-7K3Q9P") == "R-7K3Q9P"
    assert find_reference("they were rescued yesterday") is None


@pytest.mark.parametrize("code", ["R5UXZB", "RRRR2R", "7K3Q9R", "2ABCDE"])
def test_every_reference_is_found_also_one_whose_code_starts_with_r(code: str) -> None:
    """One reference in 32 has a code that starts with R; they were never found before."""
    reference = f"R-{code}"

    for typed in [reference, reference.lower(), f"R {code}", f"r{code.lower()}"]:
        assert find_reference(f"my report, REF {typed}, has news") == reference, typed
        assert find_reference(typed) == reference, typed


def test_a_new_reference_is_always_found_again() -> None:
    for _ in range(300):
        reference = new_reference()
        typed = reference.lower().replace("-", " ")

        assert find_reference(f"I reported something before, REF {typed}") == reference


def test_every_reference_is_found_whatever_its_first_two_characters() -> None:
    """A code starting with EF ("R-EF5ABC") once lost "REF" as if it were a label."""
    for first in ALPHABET:
        for second in ALPHABET:
            reference = f"R-{first}{second}5ABC"

            assert normalise_reference(reference) == reference
            assert normalise_reference(f"ref: {reference.lower()}") == reference
            assert find_reference(f"about my report {reference}, more news") == reference
