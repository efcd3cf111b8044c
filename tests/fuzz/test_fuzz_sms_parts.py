"""Fuzzing SMS and WhatsApp splitting: any reply reaches the phone whole, in order, and billable.

The checks here are independent of the module's own helpers where that is cheap (the UTF-16
length comes from Python's codec, grapheme rules from ``unicodedata``), so a bug shared by the
splitter and its measuring functions cannot hide itself.
"""

from __future__ import annotations

import re
import sys
import unicodedata

from hypothesis import event, given, settings
from hypothesis import strategies as st

from bot.channels.sms_parts import (
    GSM7_BASIC,
    GSM7_EXTENSION,
    WHATSAPP_LIMIT,
    gsm7_septets,
    is_gsm7,
    render_buttons,
    sms_encoding,
    sms_part_count,
    split_sms,
    utf16_units,
    whatsapp_text,
)

PREFIX = re.compile(r"\((\d+)/(\d+)\) ")
ZWJ = "\u200d"
GSM_ALPHABET = "".join(sorted(GSM7_BASIC | GSM7_EXTENSION))

# --- strategies -------------------------------------------------------------------------------

# Words in the scripts people write to the helpline, without digits (phone numbers are placed
# on purpose, so that random digits next to them cannot make a longer, unprotected run).
latin_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzÆØÅæøåéü.,!?'-€[]", min_size=1)
cyrillic_words = st.text(alphabet="абвгдежзийклмнопрстуфхцчшщъьюяієїґ", min_size=1)
thai_syllables = st.sampled_from(["กั", "กี้", "ก่ำ", "มา", "ที่", "น้ำ", "ไม่", "ได้"])
thai_words = st.lists(thai_syllables, min_size=1, max_size=40).map("".join)
# A base letter with up to three combining marks: a grapheme that must never be torn.
marked_letters = st.tuples(
    st.sampled_from("aeiouнс"),
    st.lists(st.sampled_from("\u0301\u0300\u0308\u0323\u0331"), max_size=3),
).map(lambda pair: pair[0] + "".join(pair[1]))
marked_words = st.lists(marked_letters, min_size=1, max_size=30).map("".join)
emoji = st.sampled_from(["😀", "👍🏽", "🇩🇰", "🇷🇴", "👩‍👩‍👧", "❤️", "🙏🏿", "☎"])
emoji_words = st.lists(emoji, min_size=1, max_size=40).map("".join)
phone_numbers = st.lists(
    st.integers(min_value=0, max_value=999).map(str), min_size=2, max_size=4
).map(lambda groups: "+45 " + " ".join(groups))  # at most 14 digits, as E.164 allows
tokens = st.one_of(
    latin_words, cyrillic_words, thai_words, marked_words, emoji_words, phone_numbers
)
whitespace = st.sampled_from([" ", " ", " ", "  ", "\n", "\n\n", "\t"])


@st.composite
def replies(draw: st.DrawFn, min_tokens: int = 1, max_tokens: int = 80) -> tuple[str, list[str]]:
    """A reply made of words of many scripts, with the phone numbers placed in it."""
    words = draw(st.lists(tokens, min_size=min_tokens, max_size=max_tokens))
    separators = draw(st.lists(whitespace, min_size=len(words), max_size=len(words)))
    text = "".join(word + separator for word, separator in zip(words, separators, strict=True))
    return text, [word for word in words if word.startswith("+45 ")]


# Any code point but surrogates (control characters, NUL, RTL marks included); short and long.
any_text = st.one_of(st.text(max_size=80), st.text(min_size=150, max_size=1500))


# --- helpers ----------------------------------------------------------------------------------


def contents(parts: list[str]) -> list[str]:
    """The parts without "(i/n) ", after checking the numbering is complete and in order."""
    if len(parts) == 1 and not PREFIX.match(parts[0]):
        return parts
    stripped = []
    for number, part in enumerate(parts, 1):
        match = PREFIX.match(part)
        assert match is not None, part
        assert (int(match.group(1)), int(match.group(2))) == (number, len(parts))
        stripped.append(part[match.end() :])
    return stripped


def code_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def assert_fits(text: str, parts: list[str]) -> None:
    """Every part is one SMS segment in the encoding the whole reply is sent in."""
    if is_gsm7(text.strip()):
        limits = (160, 153)
        sizes = [gsm7_septets(part) for part in parts]  # raises if a part left GSM-7
    else:
        limits = (70, 67)
        sizes = [code_units(part) for part in parts]
    limit = limits[0] if len(parts) == 1 else limits[1]
    assert max(sizes, default=0) <= limit, (sizes, limit)


def squeeze(text: str) -> str:
    return "".join(text.split())


def breaks_inside_words(body: str, pieces: list[str]) -> list[int]:
    """Positions in ``body`` where one piece ends and the next begins with no space between."""
    position, breaks = 0, []
    for index, piece in enumerate(pieces):
        while piece and body[position].isspace():
            position += 1
        assert body.startswith(piece, position), (body[position : position + 20], piece)
        position += len(piece)
        if index < len(pieces) - 1 and not body[position].isspace():
            breaks.append(position)
    return breaks


def splits_a_grapheme(body: str, at: int) -> bool:
    """True if a break at ``at`` tears a letter from its marks or an emoji from its parts."""
    after, before = body[at], body[at - 1]
    if unicodedata.category(after).startswith("M") or after == "\u0e33":  # marks, Thai SARA AM
        return True
    if ZWJ in (before, after) or 0x1F3FB <= ord(after) <= 0x1F3FF:  # joiners, skin tones
        return True
    run = 0  # flags are pairs of regional indicators: a break must fall between pairs
    while at - run - 1 >= 0 and 0x1F1E6 <= ord(body[at - run - 1]) <= 0x1F1FF:
        run += 1
    return 0x1F1E6 <= ord(after) <= 0x1F1FF and run % 2 == 1


# --- properties -------------------------------------------------------------------------------


@settings(max_examples=200)
@given(any_text)
def test_encoding_helpers_agree_with_the_gsm_alphabet_and_utf16(text: str) -> None:
    """Protects billing and sizing: the encoding is chosen by the GSM 03.38 table alone, a
    septet count exists only for GSM-7 (ValueError otherwise), and code units are UTF-16's."""
    gsm = all(ch in GSM_ALPHABET for ch in text)
    assert is_gsm7(text) is gsm
    assert sms_encoding(text) == ("GSM-7" if gsm else "UCS-2")
    assert utf16_units(text) == code_units(text)
    if gsm:
        assert gsm7_septets(text) == len(text) + sum(ch in GSM7_EXTENSION for ch in text)
    else:
        try:
            gsm7_septets(text)
        except ValueError:
            pass
        else:
            raise AssertionError("septets of non-GSM text must be refused")


@settings(max_examples=300)
@given(any_text)
def test_any_text_splits_into_parts_that_fit_and_keep_every_character(text: str) -> None:
    """Protects against lost or oversized parts for whatever the catalogs or staff write:
    control characters, NUL, RTL marks, stray marks and emoji included."""
    parts = split_sms(text, max_parts=sys.maxsize)
    event(f"{min(len(parts), 10)}+ parts" if len(parts) >= 10 else f"{len(parts)} parts")

    assert len(parts) == sms_part_count(text)
    assert (parts == []) == (text.strip() == "")
    assert_fits(text, parts)
    pieces = contents(parts)
    assert all(piece and piece == piece.strip() for piece in pieces)
    assert squeeze("".join(pieces)) == squeeze(text)
    assert all(code_units(part) == utf16_units(part) for part in parts)  # no lone surrogates


@settings(max_examples=150)
@given(replies())
def test_words_graphemes_and_phone_numbers_are_never_torn(reply: tuple[str, list[str]]) -> None:
    """Protects what she must be able to read and use: a word shorter than a part is never
    broken, a letter keeps its accents and Thai marks, an emoji keeps its skin tone, joiners
    and flag pair, and a phone number stays in one part so that she can call it."""
    text, phones = reply
    body = text.strip()

    pieces = contents(split_sms(text, max_parts=sys.maxsize))

    short = [word for word in text.split() if code_units(word) <= 40]
    assert all(any(word in piece.split() for piece in pieces) for word in short)
    assert all(sum(piece.count(phone) for piece in pieces) >= 1 for phone in phones)
    for at in breaks_inside_words(body, pieces):
        assert not splits_a_grapheme(body, at), (body[at - 3 : at], body[at : at + 3])


@settings(max_examples=30)
@given(replies(min_tokens=60, max_tokens=120))
def test_long_replies_use_the_part_limits_with_wider_prefixes(
    reply: tuple[str, list[str]],
) -> None:
    """Protects long answers (10+ parts, "(10/12) " prefixes) from overflowing a segment."""
    text, _ = reply

    parts = split_sms(text, max_parts=sys.maxsize)
    event("10 or more parts" if len(parts) >= 10 else "fewer than 10 parts")

    assert_fits(text, parts)
    assert squeeze("".join(contents(parts))) == squeeze(text)


@settings(max_examples=100)
@given(st.one_of(any_text, replies().map(lambda reply: reply[0])), st.integers(1, 12))
def test_truncation_keeps_a_prefix_and_says_so(text: str, max_parts: int) -> None:
    """Protects against silent truncation: a reply over ``max_parts`` is cut to exactly that
    many fitting parts ending in an ellipsis, and ``sms_part_count`` tells the caller."""
    needed = sms_part_count(text)

    parts = split_sms(text, max_parts=max_parts)

    assert len(parts) == min(needed, max_parts)
    assert_fits(text, parts)
    if needed > max_parts:
        ellipsis = "..." if is_gsm7(text.strip()) else "…"
        assert parts[-1].endswith(ellipsis)
        kept = squeeze("".join(contents(parts)))[: -len(ellipsis)]
        assert squeeze(text).startswith(kept)
    else:
        assert squeeze("".join(contents(parts))) == squeeze(text)


# Titles on one line each (a line break in a title would only shift the lines, not the numbers).
button_titles = st.text(
    st.characters(blacklist_characters="\n", blacklist_categories=["Cs"]), max_size=40
)


@settings(max_examples=100)
@given(any_text, st.lists(st.fixed_dictionaries({"title": button_titles}), max_size=6))
def test_buttons_become_numbered_options_on_sms_and_whatsapp(
    text: str, buttons: list[dict[str, str]]
) -> None:
    """Protects numbered replies: "2" must name the second button, so every option is listed
    in order after the text; WhatsApp messages stay under Twilio's 1600 character limit."""
    rendered = render_buttons(text, buttons)

    if buttons:
        expected = [f"{number} {b['title']}" for number, b in enumerate(buttons, 1)]
        assert rendered.split("\n")[-len(buttons) :] == expected
    else:
        assert rendered == text
    chunks = whatsapp_text(text, buttons)
    assert all(0 < code_units(chunk) <= WHATSAPP_LIMIT for chunk in chunks)
    assert squeeze("".join(chunks)) == squeeze(rendered)
