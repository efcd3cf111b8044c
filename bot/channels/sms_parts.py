"""Prepare the assistant's replies for SMS and WhatsApp: numbered options and SMS-sized parts.

Why this is more than ``textwrap``: an SMS is sized in the units of its encoding, not in
characters, and Twilio (like every SMS gateway) bills and splits by those units.

* GSM-7 (the GSM 03.38 alphabet) fits 160 septets in one SMS; the characters of its extension
  table (``^ { } \\ [ ~ ] | €``) take two septets each.
* A single character outside GSM-7 (a Cyrillic letter, Thai, an emoji, a typographic quote)
  switches the *whole* message to UCS-2, which fits only 70 UTF-16 code units; an emoji outside
  the Basic Multilingual Plane takes two of them.
* A longer message is sent as several segments of 153 septets or 67 code units each (the rest
  carries the header that joins them), and old phones show those segments as separate messages,
  sometimes out of order.

So a long reply is split here into parts that each fit one segment, and each part starts with
"(1/3) " so that a person reading on an old phone sees the order. Parts break at whitespace,
never inside a word (unless the word alone is longer than a part), never between a letter and
its combining marks (Thai vowel and tone marks), and never inside a phone number such as
"+45 70 20 25 50": a number torn over two messages is a number she cannot call.

WhatsApp has no encodings or segments, only a 1600 character limit for a message body.

The module is pure (no I/O): the channels decide how to send what it returns.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Literal

Encoding = Literal["GSM-7", "UCS-2"]

GSM7_SINGLE_LIMIT = 160  # septets in a message sent as one SMS
GSM7_PART_LIMIT = 153  # septets in each segment of a concatenated SMS
UCS2_SINGLE_LIMIT = 70  # UTF-16 code units in a message sent as one SMS
UCS2_PART_LIMIT = 67  # UTF-16 code units in each segment of a concatenated SMS
WHATSAPP_LIMIT = 1600  # characters in a WhatsApp message body (Twilio)
DEFAULT_MAX_PARTS = 10

# The GSM 03.38 basic character set (one septet each); "\x1b" (escape) is left out on purpose:
# it only introduces the extension table and is no character a reply may contain.
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# The extension table: each is sent as escape + character, so it takes two septets.
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")

# A truncated message ends with an ellipsis. "…" is not in GSM-7, so a GSM-7 message gets
# "..." instead: one "…" would switch the whole message to UCS-2 and overflow its parts.
GSM7_ELLIPSIS = "..."
UCS2_ELLIPSIS = "…"

# Thai vowel and tone marks written above or below the consonant. Most have combining class 0,
# so unicodedata.combining() alone does not see them. U+0E33 (SARA AM) is included because
# Unicode treats it as a spacing mark of the preceding consonant too.
THAI_MARKS = frozenset({0x0E31, 0x0E33, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)})
ZERO_WIDTH_JOINER = "\u200d"

# Digits separated by single spaces or hyphens, optionally after "+": "+45 70 20 25 50",
# "0800-123-456". Such a run is kept in one part (if it is no longer than E.164 allows).
PHONE_RUN = re.compile(r"\+?\d+(?:(?: ?- ?| )\d+)+")
MAX_PHONE_DIGITS = 15
WHITESPACE = re.compile(r"\s+")


def is_gsm7(text: str) -> bool:
    """True if ``text`` can be sent in GSM-7, i.e. without switching the SMS to UCS-2."""
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text)


def sms_encoding(text: str) -> Encoding:
    """The encoding an SMS carrying ``text`` is sent in; one non-GSM character makes it UCS-2."""
    return "GSM-7" if is_gsm7(text) else "UCS-2"


def gsm7_septets(text: str) -> int:
    """Septets ``text`` takes in GSM-7: extension characters count twice.

    Raises ValueError for text that is not GSM-7, because it has no length in septets.
    """
    if not is_gsm7(text):
        raise ValueError("text has characters outside GSM-7")
    return sum(2 if ch in GSM7_EXTENSION else 1 for ch in text)


def utf16_units(text: str) -> int:
    """UTF-16 code units ``text`` takes in UCS-2: characters outside the BMP (emoji) count twice."""
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)


def render_buttons(text: str, buttons: Sequence[Mapping[str, Any]] | None) -> str:
    """``text`` followed by a blank line and the buttons as numbered options, one per line.

    SMS and WhatsApp cannot show buttons; she answers with the number instead, which
    ``option_replies`` turns back into the button's payload. Titles are kept as they are.
    """
    if not buttons:
        return text
    options = "\n".join(f"{number} {button['title']}" for number, button in enumerate(buttons, 1))
    body = text.rstrip()
    return f"{body}\n\n{options}" if body else options


def split_sms(text: str, max_parts: int = DEFAULT_MAX_PARTS) -> list[str]:
    """``text`` as SMS parts, each fitting one SMS segment; [] for empty text.

    Text that fits one SMS (160 septets or 70 code units) is returned as it is. Longer text is
    split into parts of at most 153 septets or 67 code units *including* the "(i/n) " prefix,
    so each part is exactly one segment and the order is visible on any phone. The encoding is
    chosen once for the whole text, as the gateway would.

    A reply needing more than ``max_parts`` parts is cut to ``max_parts`` parts and the last one
    ends with an ellipsis; ``sms_part_count(text) > max_parts`` tells the caller it happened.
    """
    if max_parts < 1:
        raise ValueError("max_parts must be at least 1")
    body = text.strip()
    if not body:
        return []
    gsm = is_gsm7(body)
    measure = gsm7_septets if gsm else utf16_units
    single_limit = GSM7_SINGLE_LIMIT if gsm else UCS2_SINGLE_LIMIT
    part_limit = GSM7_PART_LIMIT if gsm else UCS2_PART_LIMIT
    ellipsis = GSM7_ELLIPSIS if gsm else UCS2_ELLIPSIS
    if measure(body) <= single_limit:
        return [body]
    if max_parts == 1:
        return [_layout(body, single_limit - measure(ellipsis), measure)[0] + ellipsis]

    # The prefix "(i/n) " grows with the number of parts, which depends on the room the prefix
    # leaves: reserve room for the widest prefix and widen it until the count agrees.
    digits = 1
    while True:
        capacity = part_limit - _prefix_width(digits)
        contents = _layout(body, capacity, measure)
        shown = min(len(contents), max_parts)
        if len(str(shown)) <= digits:
            break
        digits = len(str(shown))
    if len(contents) > shown:
        contents = contents[:shown]
        contents[-1] = _layout(contents[-1], capacity - measure(ellipsis), measure)[0] + ellipsis
    return [f"({number}/{shown}) {content}" for number, content in enumerate(contents, 1)]


def sms_part_count(text: str) -> int:
    """How many parts ``split_sms`` needs for all of ``text``: 0 if empty, 1 if it fits one SMS.

    Compare with ``max_parts`` to learn whether ``split_sms`` truncated the reply.
    """
    return len(split_sms(text, max_parts=sys.maxsize))


def whatsapp_text(text: str, buttons: Sequence[Mapping[str, Any]] | None = None) -> list[str]:
    """``text`` with numbered options, as WhatsApp messages of at most 1600 characters each.

    WhatsApp needs no SMS parts, but Twilio rejects bodies over 1600 characters, so a longer
    reply is sent as several messages broken at whitespace (never inside a phone number).
    Characters are counted as UTF-16 code units, so an emoji counts twice: on the safe side.
    """
    body = render_buttons(text, buttons).strip()
    if not body:
        return []
    return _layout(body, WHATSAPP_LIMIT, utf16_units)


def _prefix_width(digits: int) -> int:
    """Length of the widest "(i/n) " prefix when n has ``digits`` digits."""
    return 2 * digits + 4


def _layout(
    body: str, capacity: int, measure: Callable[[str], int], *, keep_phones: bool = True
) -> list[str]:
    """``body`` (stripped, not empty) broken into pieces of at most ``capacity`` units.

    Greedy: words are added to a piece while they fit, and the whitespace at a break is dropped.
    A word longer than a piece is broken at the spaces of a phone number in it, or else between
    graphemes.
    """
    words, separators = _words(body, keep_phones)
    pieces: list[str] = []
    current, current_units = "", 0
    for index, word in enumerate(words):
        word_units = measure(word)
        if current:
            separator = separators[index - 1]
            joined_units = current_units + measure(separator) + word_units
            if joined_units <= capacity:
                current, current_units = current + separator + word, joined_units
                continue
            pieces.append(current)
        if word_units <= capacity:
            current, current_units = word, word_units
            continue
        broken = (
            _layout(word, capacity, measure, keep_phones=False)
            if keep_phones and WHITESPACE.search(word)
            else _break_word(word, capacity, measure)
        )
        pieces.extend(broken[:-1])
        current, current_units = broken[-1], measure(broken[-1])
    if current:
        pieces.append(current)
    return pieces


def _words(body: str, keep_phones: bool) -> tuple[list[str], list[str]]:
    """The words of ``body`` and the whitespace between them (one fewer than words).

    With ``keep_phones``, a phone-number-like run counts as one word, spaces and all.
    """
    protected = (
        [
            match.span()
            for match in PHONE_RUN.finditer(body)
            if sum(ch.isdigit() for ch in match.group()) <= MAX_PHONE_DIGITS
        ]
        if keep_phones
        else []
    )
    words: list[str] = []
    separators: list[str] = []
    start = 0
    for space in WHITESPACE.finditer(body):
        if any(first < space.start() and space.end() < end for first, end in protected):
            continue
        words.append(body[start : space.start()])
        separators.append(space.group())
        start = space.end()
    words.append(body[start:])
    return words, separators


def _break_word(word: str, capacity: int, measure: Callable[[str], int]) -> list[str]:
    """A word longer than ``capacity`` broken between graphemes (Thai has no spaces in phrases)."""
    pieces: list[str] = []
    current, current_units = "", 0
    for grapheme in _graphemes(word):
        grapheme_units = measure(grapheme)
        # Only a pathological cluster (dozens of stacked marks) is larger than a part;
        # it is broken between code points, which at least never splits a surrogate pair.
        for unit in [grapheme] if grapheme_units <= capacity else list(grapheme):
            unit_units = measure(unit)
            if current and current_units + unit_units > capacity:
                pieces.append(current)
                current, current_units = "", 0
            current, current_units = current + unit, current_units + unit_units
    if current:
        pieces.append(current)
    return pieces


def _graphemes(text: str) -> Iterator[str]:
    """User-perceived characters of ``text``: a base with its marks, an emoji with its joins.

    An approximation of Unicode grapheme clusters good enough to choose where to break: marks,
    variation selectors, skin tones, zero-width-joined emoji and flag pairs stay together.
    """
    cluster = ""
    for ch in text:
        if cluster and _continues(cluster, ch):
            cluster += ch
        else:
            if cluster:
                yield cluster
            cluster = ch
    if cluster:
        yield cluster


def _continues(cluster: str, ch: str) -> bool:
    """True if ``ch`` belongs to the grapheme ``cluster`` that precedes it."""
    code = ord(ch)
    previous = cluster[-1]
    return (
        unicodedata.combining(ch) != 0
        or code in THAI_MARKS
        or unicodedata.category(ch) in ("Mn", "Me", "Mc")
        or ch == ZERO_WIDTH_JOINER
        or previous == ZERO_WIDTH_JOINER
        or 0x1F3FB <= code <= 0x1F3FF  # skin tone modifiers
        or 0xE0020 <= code <= 0xE007F  # tags of subdivision flags
        or (0xDC00 <= code <= 0xDFFF and 0xD800 <= ord(previous) <= 0xDBFF)  # surrogate pair
        or (_is_regional_indicator(ch) and len(cluster) == 1 and _is_regional_indicator(previous))
    )


def _is_regional_indicator(ch: str) -> bool:
    """True for the letters that make flag emoji in pairs (🇩🇰 is two of them)."""
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF
