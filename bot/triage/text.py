"""Normalised views of a message that remember where every character came from.

Matching runs on a casefolded, NFKC-normalised copy of the message (and, for Latin-script
lexicons, a second copy without diacritics, because people in a hurry or on a foreign keyboard
type "pasaportul" for "pașaportul" and "khong" for "không"). Staff must still see the person's own
words, so every view keeps, for each of its characters, the span of the original text it came
from. The same folding functions are applied to lexicon phrases, so both sides always agree.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# One-to-one equivalences applied to messages and patterns alike: Romanian s/t with cedilla are
# what many phone keyboards produce instead of the correct comma-below letters, apostrophes come
# in many shapes, and Russian writers often drop the dots of "ё".
_CHAR_FOLDS = str.maketrans(
    {
        "ş": "ș",
        "ţ": "ț",
        "Ş": "Ș",
        "Ţ": "Ț",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "´": "'",
        "`": "'",
        "ё": "е",
        "Ё": "Е",
    }
)

# Letters that carry their "diacritic" in the base letter, so Unicode decomposition cannot strip
# it. Without these, Polish "zabrał" would never match a message typed as "zabral".
_STRIP_FOLDS = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
        "ð": "d",
        "ß": "ss",
    }
)


# Danish "å" typed as "aa" on a keyboard without it ("han slaar mig", "vi maa ikke gaa ud"): in
# the diacritic-free view a run of "a" is one "a", in messages and patterns alike, so "slår",
# "slar" and "slaar" are one word. Tagalog "maaari" and "mari" are one word too; a few other
# words merge (Tagalog "saan", where, with "san"), which costs nothing while lexicon entries
# that contain them are phrases of several words.
_DOUBLED_A = re.compile("a{2,}", re.IGNORECASE)


def fold(text: str) -> str:
    """Compatibility-normalise and casefold ``text`` (the form every comparison uses)."""
    folded = unicodedata.normalize("NFKC", text).translate(_CHAR_FOLDS).casefold()
    return unicodedata.normalize("NFKC", folded).translate(_CHAR_FOLDS)


def fold_regex(source: str) -> str:
    """Normalise a regular expression without casefolding it.

    Casefolding would turn ``\\W`` into ``\\w``; case is handled by ``re.IGNORECASE`` instead.
    """
    return unicodedata.normalize("NFKC", source).translate(_CHAR_FOLDS)


def strip_diacritics(text: str) -> str:
    """Remove accents, tones and similar marks: "pașaportul" -> "pasaportul", "slaar" ->
    "slar"."""
    return _DOUBLED_A.sub(_first_letter, _bare(text))


def _bare(text: str) -> str:
    """``text`` without marks, letter by letter (no run of "a" is merged: that needs the
    whole text)."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not _is_mark(ch))
    return unicodedata.normalize("NFC", bare.translate(_STRIP_FOLDS))


def _first_letter(match: re.Match[str]) -> str:
    return match.group()[0]


@dataclass(frozen=True)
class TextView:
    """A normalised copy of a message plus, per character, the original span it came from."""

    text: str
    origin: tuple[tuple[int, int], ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original message covered by ``text[start:end]`` (``end > start``)."""
        return self.origin[start][0], self.origin[end - 1][1]


def plain_view(text: str) -> TextView:
    """``text`` as it is, as a view (each character is its own origin)."""
    return TextView(text=text, origin=tuple((i, i + 1) for i in range(len(text))))


def make_view(text: str, *, strip: bool) -> TextView:
    """Build the folded (and optionally diacritic-free) view of ``text``.

    The message is processed one cluster (a base character plus its combining marks) at a time,
    so a match can always be mapped back to whole characters of the original. Every run of
    whitespace (two spaces, a line break, a tab) is one space in the view: ``re:`` entries write
    " " or "." where she may have typed two spaces or pressed Enter ("he", Enter, "has a
    knife"). The evidence still quotes her exact words: a match maps back to one span of the
    original, whitespace and all.
    """
    pieces: list[str] = []
    origin: list[tuple[int, int]] = []
    after_space = False
    for start, end in _clusters(text):
        piece = _fold_cluster(text[start:end], strip)
        if piece.isspace():
            if after_space:
                continue
            piece = " "
        after_space = piece.endswith(" ") if piece else after_space
        pieces.append(piece)
        origin.extend([(start, end)] * len(piece))
    view = TextView(text="".join(pieces), origin=tuple(origin))
    return _without_doubled_a(view) if strip else view


def _without_doubled_a(view: TextView) -> TextView:
    """``view`` with every run of "a" as one "a" that maps back to the whole run."""
    text: list[str] = []
    origin: list[tuple[int, int]] = []
    last = 0
    for run in _DOUBLED_A.finditer(view.text):
        text.append(view.text[last : run.start()] + run.group()[0])
        origin.extend(view.origin[last : run.start()])
        origin.append((view.origin[run.start()][0], view.origin[run.end() - 1][1]))
        last = run.end()
    if not last:
        return view
    text.append(view.text[last:])
    origin.extend(view.origin[last:])
    return TextView(text="".join(text), origin=tuple(origin))


@functools.lru_cache(maxsize=8192)
def _fold_cluster(cluster: str, strip: bool) -> str:
    """``fold`` (and the marks removed) of one cluster, cached: a message is mostly letters
    already seen, and normalising them one by one was a large part of triage's time."""
    piece = fold(cluster)
    return _bare(piece) if strip else piece


def _clusters(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for index, char in enumerate(text):
        if spans and _is_mark(char):
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    return spans


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")
