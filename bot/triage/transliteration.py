"""Read Russian, Ukrainian and Bulgarian typed in Latin letters with the Cyrillic lexicons.

A woman on a borrowed or a Danish phone has no Cyrillic keyboard, so she types "mene vezut v
bagazhnyku" or "sheful mi vze pasporta". Nobody transliterates the same way: ж is "zh", "z" or
"ž"; й is "y", "j" or "i"; ь is "'" or nothing; Ukrainian writes "h" for г; Bulgarian writes ъ
as "a", "u", "y" or "ă". Two halves meet in the middle:

- the message is turned into Cyrillic one way (``cyrillic_view``), which keeps, like every view,
  the span of the original behind each letter, so staff read her own Latin words;
- each Cyrillic lexicon entry is loosened to accept what that one way makes of every spelling
  (``loosen``): й, ы, і and и are all "и", ь may be missing, ж may be "з", щ may be "ш", and so
  on, per language.

Only messages without Cyrillic letters get this view (someone who can type Cyrillic is read as
she wrote), and only those that read more like Russian, Ukrainian or Bulgarian than like a
Latin-script language (``Vocabulary.reads_as_cyrillic``): read in Cyrillic, English "fine by
me" is Bulgarian "he beat me", and Czech is close to Russian anyway.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.triage.text import TextView, strip_diacritics

# Latin spellings, longest first where they share a start, and the Cyrillic they become.
# One way only; every other spelling of a Cyrillic letter is the lexicon side's job (LOOSE).
_DIGRAPHS: Mapping[str, str] = {
    "shch": "щ",
    "sch": "щ",
    "zh": "ж",
    "sh": "ш",
    "ch": "ч",
    "kh": "х",
    "ts": "ц",
    "ya": "я",
    "ja": "я",
    "yu": "ю",
    "ju": "ю",
    "ye": "е",
    "je": "е",
    "yo": "е",
    "jo": "е",
    # After a consonant "ia" and "iu" are Russian и + я ("policia", полиция) as often as
    # Ukrainian я ("liudy", люди); the lexicon side lets that и be missing.
    "ia": "ия",
    "iu": "ию",
}
_LETTERS: Mapping[str, str] = {
    **dict(zip("abcdefghijklmnopqrstuvwxyz", "абцдефгхииклмнопкрстувшхиз", strict=True)),
    "ž": "ж",
    "š": "ш",
    "č": "ч",
    "ă": "ъ",
    "'": "ь",
}
# Digits that stand for letters inside a word ("4to", "ho4u", "bor6"); never inside a number.
_DIGIT_LETTERS: Mapping[str, str] = {"4": "ч", "6": "щ"}
_LONGEST = max(map(len, _DIGRAPHS))

# What each Cyrillic letter of a lexicon entry becomes, as a regex piece outside a character
# class: the letter itself or what the view above makes of its spellings. The view never makes
# й, ы, і, ї, э or є, so they also accept the letter it makes; the rest widen a letter to the
# spellings people use for it.
_LOOSE_COMMON: Mapping[str, str] = {
    "й": "[йи]",
    "ы": "[ыи]",
    "і": "[іи]",
    "ї": "(?:ї|и?и)",
    "э": "[эе]",
    "є": "[єе]",
    "ь": "ь?",
    "ъ": "ъ?",
    "я": "и?я",
    "ю": "и?ю",
    "щ": "[щш]",
    "ж": "[жз]",
    "'": "['ь]",  # an apostrophe in a lexicon entry ("зв'язок") is the view's ь
}
LOOSE: Mapping[str, Mapping[str, str]] = {
    "ru": _LOOSE_COMMON,
    "uk": {**_LOOSE_COMMON, "г": "[гх]", "ґ": "[ґгх]"},
    # Bulgarian ъ is a vowel ("săm", "sam", "sum", "sym": съм); щ is "sht".
    "bg": {**_LOOSE_COMMON, "ъ": "[ъауи]", "щ": "(?:щ|шт?)"},
}

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[a-z]", re.IGNORECASE)
# A Latin letter with a mark that Russian, Ukrainian and Bulgarian typed in Latin do not use:
# Polish "wygrał", Czech "zpátky", Danish "på" are those languages, not transliteration.
_OTHER_LATIN = re.compile(r"(?![čšžăČŠŽĂ])[^\W\d_a-zA-Z\u0400-\u04ff]")
_LOOKBEHIND = re.compile(r"\(\?<[=!]")


# Spellings of one Cyrillic word that transliteration makes different, made one (to compare
# words, not to match entries): "выйти", Ukrainian "вийти", "vyiti" and "viiti" all become "виити".
_WORD_FOLDS = str.maketrans(
    {
        "й": "и",
        "ы": "и",
        "і": "и",
        "ї": "и",
        "э": "е",
        "є": "е",
        "ё": "е",
        "ь": "",
        "ъ": "",
        "щ": "ш",
        "ж": "з",
        "г": "х",
        "ґ": "х",
    }
)
_WORD = re.compile(r"[^\W\d_]+")
_ENTRY_WORD = re.compile(r"(?<!\\)[^\W\d_]+")
_STEM = 4  # a word this long in an entry also counts as the start of longer words


@dataclass(frozen=True)
class Vocabulary:
    """The words of the Latin-script and of the Cyrillic lexicons, to tell which a Latin-only
    message is closer to."""

    latin: frozenset[str]
    cyrillic: frozenset[str]

    @classmethod
    def from_entries(cls, latin: Iterable[str], cyrillic: Iterable[str]) -> Vocabulary:
        """From lexicon entries as written (phrases or ``re:`` sources)."""
        return cls(
            latin=frozenset(strip_diacritics(w) for w in _entry_words(latin)),
            cyrillic=frozenset(_cyrillic_word(w) for w in _entry_words(cyrillic)),
        )

    def reads_as_cyrillic(self, view: TextView, cyrillic: TextView) -> bool:
        """True when more of the message's words are Cyrillic lexicon words (as transliterated
        in ``cyrillic``) than Latin lexicon words (as folded in ``view``)."""
        latin = sum(_known(strip_diacritics(w), self.latin) for w in _WORD.findall(view.text))
        slavic = sum(_known(_cyrillic_word(w), self.cyrillic) for w in _WORD.findall(cyrillic.text))
        return slavic > latin


def _entry_words(entries: Iterable[str]) -> Iterable[str]:
    for entry in entries:
        yield from (word.lower() for word in _ENTRY_WORD.findall(entry))


def _cyrillic_word(word: str) -> str:
    return word.translate(_WORD_FOLDS).replace("ия", "я").replace("ию", "ю")


def _known(word: str, words: frozenset[str]) -> bool:
    """``word`` is a lexicon word, or starts with one of at least ``_STEM`` letters."""
    return word in words or any(word[:size] in words for size in range(_STEM, len(word)))


def cyrillic_reading(text: str, view: TextView, vocabulary: Vocabulary) -> TextView | None:
    """``text`` (folded as ``view``) read in Cyrillic, or None when it is not worth it: it has
    Cyrillic letters, marks of another Latin-script language, or more words of the
    Latin-script lexicons than of the Cyrillic ones."""
    if not may_be_transliterated(text):
        return None
    cyrillic = cyrillic_view(view)
    return cyrillic if vocabulary.reads_as_cyrillic(view, cyrillic) else None


def may_be_transliterated(text: str) -> bool:
    """True when ``text`` has Latin letters, no Cyrillic one, and no Latin letter with a mark
    of another language."""
    return (
        _LATIN.search(text) is not None
        and _CYRILLIC.search(text) is None
        and _OTHER_LATIN.search(text) is None
    )


def cyrillic_view(view: TextView) -> TextView:
    """``view`` (folded, lower case) with its Latin letters written in Cyrillic, one way.

    Each Cyrillic letter maps back to the Latin letters it came from, so a match in this view
    is a span of the original message.
    """
    source = view.text
    pieces: list[str] = []
    origin: list[tuple[int, int]] = []
    index = 0
    while index < len(source):
        latin, cyrillic = _next_letters(source, index)
        start = view.origin[index][0]
        end = view.origin[index + len(latin) - 1][1]
        pieces.append(cyrillic)
        origin.extend([(start, end)] * len(cyrillic))
        index += len(latin)
    return TextView(text="".join(pieces), origin=tuple(origin))


def _next_letters(text: str, index: int) -> tuple[str, str]:
    """The Latin spelling starting at ``index`` and its Cyrillic (itself if not a letter)."""
    for size in range(_LONGEST, 1, -1):
        chunk = text[index : index + size]
        if chunk in _DIGRAPHS:
            return chunk, _DIGRAPHS[chunk]
    char = text[index]
    if char in _DIGIT_LETTERS and _inside_word(text, index):
        return char, _DIGIT_LETTERS[char]
    return char, _LETTERS.get(char, char)


def _inside_word(text: str, index: int) -> bool:
    """A digit touching a letter and no other digit: the "4" of "ho4u", not of "14" or "4 h"."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if before.isdigit() or after.isdigit():
        return False
    return before.isalpha() or after.isalpha()


def loosen(source: str, language: str) -> str:
    """A lexicon entry's regex that also matches ``cyrillic_view`` of the Latin spellings.

    Letters inside a character class only add their plain replacement letter, and inside a
    lookbehind (which must keep a fixed width) no letter may become optional or longer.
    """
    loose = LOOSE[language]
    out: list[str] = []
    in_class = False
    groups: list[bool] = []  # per open group: is it a lookbehind
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            out.append(source[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
            out.append(char + _single_letters(loose.get(char.lower(), "")))
        elif char == "[":
            in_class = True
            out.append(char)
        elif char == "(":
            groups.append(_LOOKBEHIND.match(source, index) is not None)
            out.append(char)
        elif char == ")":
            if groups:
                groups.pop()
            out.append(char)
        elif char.lower() in loose:
            out.append(_piece(char, loose[char.lower()], fixed_width=any(groups)))
        else:
            out.append(char)
        index += 1
    return "".join(out)


def _piece(char: str, piece: str, *, fixed_width: bool) -> str:
    """One letter's regex piece outside a class: one letter wide inside a lookbehind, and
    grouped when it is longer, so a quantifier after it applies to all of it."""
    if fixed_width:
        return f"[{char}{_single_letters(piece)}]"
    return piece if re.fullmatch(r"\[\w+\]|\w", piece) else f"(?:{piece})"


@functools.cache
def _single_letters(piece: str) -> str:
    """The letters a piece is when it must be one letter wide: its letters that are not
    optional ("и?я" -> "я", "[гх]" -> "гх", "ь?" -> "")."""
    return re.sub(r"\w\?|\W", "", piece)
