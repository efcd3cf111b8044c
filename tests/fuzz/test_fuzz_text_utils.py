"""Fuzzing the small text helpers that stand between people, staff and the machine.

``split_protected`` keeps numbers away from the translation model; the console's request
helpers turn any body into a field or a 400; staff names and language detection decide who is
who and which catalog answers.
"""

from __future__ import annotations

import re
import time
from types import SimpleNamespace
from typing import Any, cast

from hypothesis import given, settings
from hypothesis import strategies as st
from sanic.request import Request

from bot.hotline.console.requests import BadInput, choice_field, json_body, text_field
from bot.hotline.staff import NAME_PATTERN
from bot.language.detection import _is_reliable, _unspaced_script
from bot.language.translation import split_protected

DIGITS = re.compile(r"\d+")  # Unicode decimal digits, as the protecting pattern sees them

# --- split_protected ------------------------------------------------------------------------

fragments = st.one_of(
    st.text(alphabet="abcæøåéșщล我 .,;:!?()/-+@{}_'\"\n", max_size=12),
    st.text(alphabet="0123456789٣० +-./,", min_size=1, max_size=12),
    st.sampled_from(
        [
            "+45 70 20 25 50",
            "112",
            "24/7",
            "https://example.org/help.",
            "www.lifeline.dk",
            "help@example.org",
            "{hotline_phone}",
            "Nørregade 12",
        ]
    ),
    st.text(max_size=8),
)
messages = st.lists(fragments, max_size=12).map("".join)


def covered(parts: list[tuple[str, bool]]) -> list[bool]:
    """Per character of the joined text: is it inside a protected part?"""
    return [protected for part, protected in parts for _ in part]


@settings(max_examples=300)
@given(messages, st.lists(st.sampled_from(["Nørregade 12", "Main St", " ", ""]), max_size=3))
def test_protected_split_joins_back_and_protects_every_digit(
    text: str, literals: list[str]
) -> None:
    """Protects numbers from machine translation: the parts join back to exactly the text,
    none is empty, and every digit (of any script) sits in a protected part, so "112" and
    "+45 70 20 25 50" reach the person byte for byte."""
    parts = split_protected(text, literals)

    assert "".join(part for part, _ in parts) == text
    assert all(part for part, _ in parts)
    inside = covered(parts)
    for run in DIGITS.finditer(text):
        assert all(inside[run.start() : run.end()]), (run.group(), parts)


@settings(max_examples=100)
@given(st.lists(st.integers(0, 999).map(str), min_size=2, max_size=5), st.text("abc .", max_size=8))
def test_a_phone_number_in_groups_is_one_protected_part(groups: list[str], words: str) -> None:
    """Protects phone numbers from being rewritten group by group ("70 20" -> "seventy")."""
    phone = "+45 " + " ".join(groups)

    parts = split_protected(f"{words} ring {phone} nu")

    assert (phone, True) in parts or any(protected and phone in part for part, protected in parts)


def test_protecting_5000_characters_takes_well_under_half_a_second() -> None:
    """Protects translation from stalling on a long message (the e-mail pattern is tried at
    every position: quadratic, but small at the sizes people write)."""
    for unit in ["a", "a.", "a-", "_", "1 ", "a@"]:
        text = (unit * 5000)[:5000]
        start = time.perf_counter()
        split_protected(text)
        assert time.perf_counter() - start < 0.5, unit


# --- console request helpers ----------------------------------------------------------------


def fake_request(body: bytes) -> Request:
    """Only ``request.body`` is read by ``json_body``."""
    return cast(Request, SimpleNamespace(body=body))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=10,
)
bodies = st.one_of(
    st.binary(max_size=200),
    json_values.map(lambda value: __import__("json").dumps(value).encode()),
    json_values.map(lambda value: __import__("json").dumps(value).encode("utf-16")),
    st.sampled_from(
        [
            b"",
            b"[" * 50_000,
            b'{"a": ' + b"1" * 5000 + b"}",
            b'{"text": "\\ud83d"}',
            b"\xef\xbb\xbf{}",
            b"{}\x00",
            b"NaN",
        ]
    ),
)


@settings(max_examples=300)
@given(bodies)
def test_any_body_is_a_json_object_or_a_bad_input(body: bytes) -> None:
    """Protects every console endpoint from answering 500 to a malformed, deeply nested or
    wrongly encoded body: it is an object, or BadInput, which the console answers with 400."""
    try:
        parsed = json_body(fake_request(body))
    except BadInput as error:
        assert str(error)
    else:
        assert isinstance(parsed, dict)


field_values = st.one_of(
    json_values,
    st.text(),
    st.text(alphabet=" \t\n\x00\u200f\u202e", max_size=5),
    st.sampled_from(["\ud83d", "a\ud83d", "ok\x00", "  ok  "]),
)


@settings(max_examples=300)
@given(field_values, st.integers(1, 40), st.booleans())
def test_text_fields_are_non_empty_bounded_and_storable(
    value: Any, max_chars: int, strip: bool
) -> None:
    """Protects staff actions (replies, notes, names, passwords) from storing an empty or
    oversized text, a NUL (PostgreSQL refuses it) or a lone surrogate (no database can store
    it): anything else is BadInput with a message naming the field."""
    try:
        text = text_field({"text": value}, "text", max_chars, strip=strip)
    except BadInput as error:
        assert "'text'" in str(error)
        return
    assert text.strip() and len(text) <= max_chars
    assert "\x00" not in text
    text.encode("utf-8")  # raises for a lone surrogate
    assert text == (value.strip() if strip else value)


@settings(max_examples=200)
@given(json_values, st.lists(st.text(max_size=8), min_size=1, max_size=4).map(tuple))
def test_choice_fields_accept_only_a_listed_choice(value: Any, choices: tuple[str, ...]) -> None:
    """Protects outcomes and roles: only a listed string gets through, unhashable or numeric
    values included, and the refusal lists the choices."""
    try:
        chosen = choice_field({"outcome": value}, "outcome", choices)
    except BadInput as error:
        assert "'outcome'" in str(error)
        return
    assert chosen in choices and chosen == value


@settings(max_examples=300)
@given(st.text(max_size=80))
def test_staff_names_are_short_plain_and_single_line(name: str) -> None:
    """Protects audit logs and the console from names with spaces, line breaks or look-alike
    letters: 2-64 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit."""
    if NAME_PATTERN.match(name):
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{1,63}", name), repr(name)


@settings(max_examples=200)
@given(st.text(max_size=60), st.floats(0, 1), st.floats(0, 1))
def test_reliability_needs_enough_letters_or_words(
    text: str, confidence: float, margin: float
) -> None:
    """Protects the conversation's language from "ok", "?" or "12": a detection is only acted
    on with letters to go on (two in Thai or Chinese, five or three words elsewhere)."""
    reliable = _is_reliable(text, confidence, margin)

    letters = sum(ch.isalpha() for ch in text)
    if reliable and _unspaced_script(text):
        assert letters >= 2
    elif reliable:
        assert letters >= 5 or len(text.split()) >= 3
