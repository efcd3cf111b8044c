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

The same reading chooses the language of the answer (``reply_reading``, used by
``bot.language.detection`` with the NLU examples' words added to the lexicons'): language
detection takes "ne mozhu vyjty z kvartyry" for Czech or Polish, or cannot tell. Answering in
the wrong language costs more than reading a message once more, so this asks for a clear lead
of Russian, Ukrainian and Bulgarian words, and the language that shares the most words with
the message is the answer's (``bot.language.latin_cyrillic`` then writes her message in
Cyrillic for the intent classifier).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.triage.text import TextView, make_view, strip_diacritics

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


# Answering her in Russian, Ukrainian or Bulgarian asks for more than reading her message with
# their lexicons: at least this many more of its words are theirs than the Latin-script
# lexicons' (with the words of the NLU examples added, bot.language.vocabulary). Measured
# 2026-12-02: with 2, 63 of the 72 messages of bench/data/triage_translit_dev.yml are read so,
# each in its own language; none of the 2,977 Latin-script messages of the
# labelled sets and bench/data/language_detection/ is answered in Russian, Ukrainian or
# Bulgarian. With 1, six more development messages would be answered in their language, and
# two would tie between languages or be given the wrong one.
REPLY_LANGUAGE_MARGIN = 2


@dataclass(frozen=True)
class Vocabulary:
    """The words of the Latin-script and of the Cyrillic lexicons (and, for the reply
    language, of the NLU examples: ``widened``), to tell which a Latin-only message is closer
    to, and which Cyrillic language."""

    latin: frozenset[str]
    cyrillic_by_language: Mapping[str, frozenset[str]]

    @functools.cached_property
    def cyrillic(self) -> frozenset[str]:
        """Every Cyrillic language's words."""
        return frozenset().union(*self.cyrillic_by_language.values())

    @classmethod
    def from_entries(
        cls, latin: Iterable[str], cyrillic: Mapping[str, Iterable[str]]
    ) -> Vocabulary:
        """From lexicon entries as written (phrases or ``re:`` sources): the Latin-script
        languages' together, the Cyrillic ones' by language."""
        by_language = {
            language: frozenset(_cyrillic_word(w) for w in _entry_words(entries))
            for language, entries in cyrillic.items()
        }
        return cls(
            latin=frozenset(strip_diacritics(w) for w in _entry_words(latin)),
            cyrillic_by_language=by_language,
        )

    def widened(self, texts_by_language: Mapping[str, Iterable[str]]) -> Vocabulary:
        """This vocabulary with the words of more texts, by language: Cyrillic words of
        Russian, Ukrainian and Bulgarian texts for their language, Latin-letter words of the
        other languages for the Latin-script side. Latin-letter words of a Russian, Ukrainian
        or Bulgarian text are left out: they are what this vocabulary must recognise."""
        by_language = {
            language: set(words) for language, words in self.cyrillic_by_language.items()
        }
        latin = set(self.latin)
        for language, texts in texts_by_language.items():
            for word in (w.lower() for text in texts for w in _WORD.findall(text)):
                if language not in LOOSE:
                    if _LATIN.search(word):
                        latin.add(strip_diacritics(word))
                elif _CYRILLIC.search(word):
                    by_language.setdefault(language, set()).add(_cyrillic_word(word))
        return Vocabulary(
            latin=frozenset(latin),
            cyrillic_by_language={lang: frozenset(words) for lang, words in by_language.items()},
        )

    def reads_as_cyrillic(self, view: TextView, cyrillic: TextView) -> bool:
        """True when more of the message's words are Cyrillic lexicon words (as transliterated
        in ``cyrillic``) than Latin lexicon words (as folded in ``view``)."""
        return self._cyrillic_lead(view, cyrillic) > 0

    def reply_languages(self, view: TextView, cyrillic: TextView) -> tuple[str, ...]:
        """The Cyrillic languages whose lexicons share the most words with the message (more
        than one on a tie), when it leads by ``REPLY_LANGUAGE_MARGIN`` words; else none."""
        if self._cyrillic_lead(view, cyrillic) < REPLY_LANGUAGE_MARGIN:
            return ()
        words = [_cyrillic_word(w) for w in _WORD.findall(cyrillic.text)]
        counts = {
            language: sum(_known(word, known) for word in words)
            for language, known in self.cyrillic_by_language.items()
        }
        most = max(counts.values())
        return tuple(language for language, count in counts.items() if count == most)

    def _cyrillic_lead(self, view: TextView, cyrillic: TextView) -> int:
        """Words of the Cyrillic lexicons minus words of the Latin-script ones."""
        latin = sum(_known(strip_diacritics(w), self.latin) for w in _WORD.findall(view.text))
        slavic = sum(_known(_cyrillic_word(w), self.cyrillic) for w in _WORD.findall(cyrillic.text))
        return slavic - latin


def _entry_words(entries: Iterable[str]) -> Iterable[str]:
    for entry in entries:
        yield from (word.lower() for word in _ENTRY_WORD.findall(entry))


def _cyrillic_word(word: str) -> str:
    return word.translate(_WORD_FOLDS).replace("ия", "я").replace("ию", "ю")


def _known(word: str, words: frozenset[str]) -> bool:
    """``word`` is a lexicon word, or starts with one of at least ``_STEM`` letters."""
    if word in words:
        return True
    # Only starts as long as the longest word can match: a 100 kB "word" stays linear.
    longest = min(len(word), _longest(words) + 1)
    return any(word[:size] in words for size in range(_STEM, longest))


@functools.cache
def _longest(words: frozenset[str]) -> int:
    return max(map(len, words), default=0)


def cyrillic_reading(text: str, view: TextView, vocabulary: Vocabulary) -> TextView | None:
    """``text`` (folded as ``view``) read in Cyrillic, or None when it is not worth it: it has
    Cyrillic letters, marks of another Latin-script language, or more words of the
    Latin-script lexicons than of the Cyrillic ones."""
    if not may_be_transliterated(text):
        return None
    cyrillic = cyrillic_view(view)
    return cyrillic if vocabulary.reads_as_cyrillic(view, cyrillic) else None


@dataclass(frozen=True)
class ReplyReading:
    """A Latin-only message that is clearly Russian, Ukrainian or Bulgarian: its Cyrillic
    reading and the languages it may be in (more than one when their lexicons tie)."""

    cyrillic: str
    languages: tuple[str, ...]


def reply_reading(text: str, vocabulary: Vocabulary) -> ReplyReading | None:
    """``text`` read in Cyrillic to choose the language of the answer, or None unless it is
    clearly Russian, Ukrainian or Bulgarian (``Vocabulary.reply_languages``)."""
    if not may_be_transliterated(text):
        return None
    view = make_view(text, strip=False)
    cyrillic = cyrillic_view(view)
    languages = vocabulary.reply_languages(view, cyrillic)
    return ReplyReading(cyrillic.text, languages) if languages else None


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
    return char, digit_letter(text, index) or _LETTERS.get(char, char)


def digit_letter(text: str, index: int) -> str | None:
    """The Cyrillic letter a digit at ``index`` stands for, if it touches a letter and no other
    digit: the "4" of "ho4u" (хочу), not of "14" or "4 h"."""
    letter = _DIGIT_LETTERS.get(text[index])
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if letter is None or before.isdigit() or after.isdigit():
        return None
    return letter if before.isalpha() or after.isalpha() else None


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
