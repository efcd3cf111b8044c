"""Replies reach SMS and WhatsApp in parts that fit, in order, with words and numbers whole."""

from __future__ import annotations

import re
import unicodedata

import pytest

from bot.channels.sms_parts import (
    gsm7_septets,
    is_gsm7,
    render_buttons,
    sms_encoding,
    sms_part_count,
    split_sms,
    utf16_units,
    whatsapp_text,
)

PREFIX = re.compile(r"^\((\d+)/(\d+)\) ")
PHONE = "+45 70 20 25 50"

ENGLISH = (
    "If someone keeps your passport, takes your wages or does not let you leave your job, "
    "you are not alone and it is not your fault. Call us on +45 70 20 25 50 at any time, "
    "day or night. We listen, we do not judge and we do not tell the police or your employer "
    "without your consent. In an emergency call 112. "
)
RUSSIAN = (
    "Если у вас забрали паспорт, не платят зарплату или не отпускают с работы, вы не одни и "
    "это не ваша вина. Позвоните нам по номеру +45 70 20 25 50 в любое время. В экстренном "
    "случае звоните 112. "
)
UKRAINIAN = (
    "Якщо у вас забрали паспорт, не платять зарплату або не відпускають з роботи, ви не самі "
    "і це не ваша провина. Зателефонуйте нам за номером +45 70 20 25 50 у будь-який час. "
    "У разі небезпеки телефонуйте 112. "
)
THAI = (
    "หากมีคนยึดหนังสือเดินทางของคุณ หรือไม่ให้คุณออกจากงาน คุณไม่ได้อยู่คนเดียว "
    "โทรหาเราได้ที่ +45 70 20 25 50 ตลอดเวลา ในกรณีฉุกเฉินโทร 112 "
)
THAI_EXTRA_MARKS = {0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)}


def contents(parts: list[str]) -> list[str]:
    """The parts without their "(i/n) " prefixes, after checking the numbering is complete."""
    total = len(parts)
    stripped = []
    for number, part in enumerate(parts, 1):
        match = PREFIX.match(part)
        assert match is not None, part
        assert (int(match.group(1)), int(match.group(2))) == (number, total)
        stripped.append(part[match.end() :])
    return stripped


def is_mark(ch: str) -> bool:
    return (
        unicodedata.combining(ch) != 0
        or ord(ch) in THAI_EXTRA_MARKS
        or unicodedata.category(ch) in ("Mn", "Mc", "Me")
    )


# --- encoding -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Hello @£$¥ èéùìò ÆØÅ æøå ß ÄÖÑÜ § ¿¡", "a^{}\\[~]|€b", ""])
def test_gsm_basic_and_extension_characters_are_gsm7(text: str) -> None:
    assert is_gsm7(text)
    assert sms_encoding(text) == "GSM-7"


@pytest.mark.parametrize("text", ["Hello д", "Hi 😀", "Wait…", "สวัสดี", "tab\there", "“quoted”"])
def test_one_character_outside_gsm7_makes_it_ucs2(text: str) -> None:
    assert not is_gsm7(text)
    assert sms_encoding(text) == "UCS-2"


def test_extension_characters_count_as_two_septets() -> None:
    assert gsm7_septets("abc") == 3
    assert gsm7_septets("[€]") == 6
    assert gsm7_septets("^{}\\[~]|€") == 18


def test_septets_of_non_gsm_text_are_an_error() -> None:
    with pytest.raises(ValueError):
        gsm7_septets("д")


def test_emoji_outside_the_bmp_count_as_two_code_units() -> None:
    assert utf16_units("😀") == 2
    assert utf16_units("a😀д") == 4
    assert utf16_units("👍🏽") == 4  # thumbs up and a skin tone: both outside the BMP


# --- buttons --------------------------------------------------------------------------------


def test_buttons_become_numbered_lines_after_a_blank_line() -> None:
    buttons = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]

    assert render_buttons("Are you safe now?", buttons) == "Are you safe now?\n\n1 Yes\n2 No"


def test_button_titles_are_kept_as_they_are() -> None:
    buttons = [{"title": "English", "payload": "/en"}, {"title": "Română", "payload": "/ro"}]

    assert render_buttons("Language?", buttons).splitlines()[-2:] == ["1 English", "2 Română"]


@pytest.mark.parametrize("buttons", [[], None])
def test_without_buttons_the_text_is_unchanged(buttons: list[dict[str, str]] | None) -> None:
    assert render_buttons("Hello.\n", buttons) == "Hello.\n"


# --- one part -------------------------------------------------------------------------------


def test_empty_text_has_no_parts() -> None:
    assert split_sms("") == []
    assert split_sms("  \n ") == []
    assert sms_part_count("") == 0


def test_exactly_160_gsm7_septets_fit_one_part_without_prefix() -> None:
    text = "word " * 31 + "words"
    assert len(text) == 160

    assert split_sms(text) == [text]
    assert sms_part_count(text) == 1


def test_161_gsm7_septets_split_into_numbered_parts() -> None:
    text = "word " * 31 + "words!"
    assert len(text) == 161

    parts = split_sms(text)

    assert len(parts) == 2
    assert all(gsm7_septets(part) <= 153 for part in parts)
    assert " ".join(contents(parts)).split() == text.split()


def test_extension_characters_take_two_septets_of_the_160() -> None:
    assert split_sms("€" * 80) == ["€" * 80]  # 160 septets, though only 80 characters

    parts = split_sms("€" * 80 + "a")

    assert len(parts) == 2
    assert all(gsm7_septets(part) <= 153 for part in parts)
    assert "".join(contents(parts)) == "€" * 80 + "a"


def test_one_cyrillic_letter_makes_the_limit_70() -> None:
    fits = "a" * 69 + "д"
    assert split_sms(fits) == [fits]

    parts = split_sms("a " * 35 + "д")  # 71 characters: would fit GSM-7, but not UCS-2

    assert len(parts) == 2
    assert all(utf16_units(part) <= 67 for part in parts)


def test_one_emoji_makes_the_limit_70_code_units() -> None:
    fits = "a" * 68 + "😀"  # 69 characters, 70 code units
    assert split_sms(fits) == [fits]

    text = "a" * 69 + "😀"  # 70 characters would fit, but these are 71 code units
    parts = split_sms(text)

    assert len(parts) == 2
    assert all(utf16_units(part) <= 67 for part in parts)
    assert "".join(contents(parts)) == text


# --- several parts --------------------------------------------------------------------------


def test_long_latin_text_splits_into_numbered_parts_of_153_septets() -> None:
    text = ENGLISH * 3

    parts = split_sms(text)

    assert len(parts) > 1
    assert parts[0].startswith(f"(1/{len(parts)}) ")
    assert all(is_gsm7(part) and gsm7_septets(part) <= 153 for part in parts)
    assert " ".join(contents(parts)).split() == text.split()


def test_the_whole_message_is_ucs2_when_one_character_is_not_gsm7() -> None:
    text = ENGLISH + "😀"  # the first parts are plain Latin, yet they are sized for UCS-2

    parts = split_sms(text)

    assert all(utf16_units(part) <= 67 for part in parts)
    assert max(utf16_units(part) for part in parts) > 60
    assert " ".join(contents(parts)).split() == text.split()


@pytest.mark.parametrize("text", [RUSSIAN * 2, UKRAINIAN * 2], ids=["russian", "ukrainian"])
def test_long_cyrillic_text_splits_into_parts_of_67_code_units(text: str) -> None:
    parts = split_sms(text)

    assert len(parts) > 2
    assert all(utf16_units(part) <= 67 for part in parts)
    assert " ".join(contents(parts)).split() == text.split()


def test_thai_text_keeps_vowel_and_tone_marks_with_their_consonant() -> None:
    parts = split_sms(THAI * 2)

    assert all(utf16_units(part) <= 67 for part in parts)
    pieces = contents(parts)
    assert not any(is_mark(piece[0]) for piece in pieces)
    assert "".join(pieces).replace(" ", "") == (THAI * 2).replace(" ", "")


@pytest.mark.parametrize("syllable", ["กั", "กี้", "ก่ำ"])
def test_a_thai_phrase_without_spaces_breaks_between_syllables(syllable: str) -> None:
    # Breaking after 61 code points would cut a syllable: the parts must break earlier.
    text = syllable * 40

    pieces = contents(split_sms(text))

    assert not any(is_mark(piece[0]) for piece in pieces)
    assert all(len(piece) % len(syllable) == 0 for piece in pieces)
    assert "".join(pieces) == text


def test_emoji_with_skin_tone_or_flags_are_never_torn_apart() -> None:
    text = "👍🏽🇩🇰" * 30  # no spaces: the parts must break between the emoji

    pieces = contents(split_sms(text))

    assert all(utf16_units(piece) + 6 <= 67 for piece in pieces)
    assert all(re.fullmatch("(?:👍🏽|🇩🇰)+", piece) for piece in pieces)
    assert "".join(pieces) == text


@pytest.mark.parametrize("padding", range(0, 160, 3))
@pytest.mark.parametrize("intro", ["", "Привет. "], ids=["gsm7", "ucs2"])
def test_phone_numbers_are_never_broken_across_parts(padding: int, intro: str) -> None:
    filler = "la " * (padding // 3)
    text = f"{intro}{filler}Call {PHONE} or in an emergency 112 at once. " * 4

    pieces = contents(split_sms(text, max_parts=50))

    assert sum(piece.count(PHONE) for piece in pieces) == 4
    assert sum(piece.split().count("112") for piece in pieces) == 4


def test_ten_or_more_parts_leave_room_for_the_longer_prefix() -> None:
    text = ENGLISH * 8

    parts = split_sms(text, max_parts=20)

    assert len(parts) >= 10
    assert parts[9].startswith(f"(10/{len(parts)}) ")
    assert all(gsm7_septets(part) <= 153 for part in parts)
    assert " ".join(contents(parts)).split() == text.split()


# --- truncation -----------------------------------------------------------------------------


def test_too_long_text_is_cut_to_max_parts_and_the_caller_can_tell() -> None:
    text = ENGLISH * 10

    parts = split_sms(text, max_parts=3)

    assert sms_part_count(text) > 3
    assert len(parts) == 3
    assert parts[-1].startswith("(3/3) ")
    # "…" is not GSM-7 and would turn the whole reply into UCS-2: "..." keeps it GSM-7.
    assert parts[-1].endswith("...")
    assert all(is_gsm7(part) and gsm7_septets(part) <= 153 for part in parts)
    kept = " ".join(contents(parts)).removesuffix("...").split()
    assert kept == text.split()[: len(kept)]


def test_too_long_ucs2_text_ends_with_an_ellipsis() -> None:
    parts = split_sms(RUSSIAN * 10, max_parts=2)

    assert sms_part_count(RUSSIAN * 10) > 2
    assert len(parts) == 2
    assert parts[-1].endswith("…")
    assert all(utf16_units(part) <= 67 for part in parts)


def test_with_one_part_allowed_the_reply_is_one_sms_without_prefix() -> None:
    parts = split_sms(ENGLISH, max_parts=1)

    assert len(parts) == 1
    assert not PREFIX.match(parts[0])
    assert parts[0].endswith("...")
    assert gsm7_septets(parts[0]) <= 160


def test_text_that_fits_is_not_reported_as_truncated() -> None:
    text = ENGLISH * 2

    assert sms_part_count(text) == len(split_sms(text)) <= 10


# --- WhatsApp -------------------------------------------------------------------------------


def test_whatsapp_short_reply_is_one_message_with_numbered_options() -> None:
    buttons = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]

    assert whatsapp_text("Are you safe now?", buttons) == ["Are you safe now?\n\n1 Yes\n2 No"]


def test_whatsapp_long_reply_is_split_at_whitespace_into_1600_character_messages() -> None:
    text = (ENGLISH + RUSSIAN + THAI) * 8
    buttons = [{"title": "Call me", "payload": "/callback"}]

    chunks = whatsapp_text(text, buttons)

    assert len(chunks) > 1
    assert all(len(chunk) <= 1600 for chunk in chunks)
    assert " ".join(chunks).split() == render_buttons(text, buttons).split()
    assert chunks[-1].endswith("1 Call me")


def test_whatsapp_empty_reply_is_no_message() -> None:
    assert whatsapp_text("", None) == []
