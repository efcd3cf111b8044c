"""Turn lexicon phrases into regular expressions.

Lexicon files are written and reviewed by people who know a language, not regular expressions,
so a phrase is plain text with a few small conveniences::

    took my passport          words; any run of spaces in the message matches one space
    zabra* paszport*          "*" lets a word continue: zabrał, zabrali, paszportu, ...
    took .. passport          ".." skips up to three words: "took away my passport"
    (took|kept) (my|our)? passport
                              "(a|b)" is a choice; a whole word in "(...)?" may be missing
    # hours a day               "#" is any number: "16 hours a day"

A hyphen or apostrophe inside a word may also be a space or missing ("mi-a", "mi a", "mia";
"can't", "cant"). An entry starting with ``re: `` is a Python regular expression used as is.

In space-delimited scripts every entry must match whole words. Thai and Chinese are written
without spaces, so there entries match anywhere and ".." skips up to twelve characters.
"""

from __future__ import annotations

import re

from bot.triage.text import fold, fold_regex, strip_diacritics

REGEX_PREFIX = "re: "
GAP_WORDS = 3
GAP_CHARS = 12

_WORD_BOUNDARY = r"(?<!\w)(?:{body})(?!\w)"


def entry_to_regex(entry: str, *, spaced: bool, strip: bool) -> str:
    """The regular expression source for one lexicon entry.

    ``spaced``: the script separates words with spaces (whole-word matching).
    ``strip``: build the diacritic-free variant, matched against a diacritic-free message.
    Raises ``ValueError`` for an empty entry or unbalanced parentheses.
    """
    if entry.startswith(REGEX_PREFIX):
        body = fold_regex(entry[len(REGEX_PREFIX) :].strip())
        if strip:
            body = strip_diacritics(body)
    else:
        phrase = fold(entry.strip())
        if strip:
            phrase = strip_diacritics(phrase)
        body = phrase_to_regex(phrase, spaced=spaced)
    if not body:
        raise ValueError(f"empty lexicon entry {entry!r}")
    return _WORD_BOUNDARY.format(body=body) if spaced else body


def phrase_to_regex(phrase: str, *, spaced: bool) -> str:
    """Translate the phrase syntax described in the module docstring into a regex body."""
    separator = r"\s+" if spaced else r"\s*"
    gap = rf"(?:\s+\S+){{0,{GAP_WORDS}}}?" if spaced else rf".{{0,{GAP_CHARS}}}?"
    parts: list[str] = []
    pending_gap = False
    # While only optional words have been seen, each carries its own trailing separator, so the
    # next word must not add one: "(please)? send" is "(?:please\s+)?send", which matches both
    # "please send" and "send" (a leading "\s+send" would match neither).
    leading_optional = True
    for token in _split_words(phrase):
        if token == "..":
            pending_gap = True
            continue
        optional = _is_optional_word(token)
        word = _word_to_regex(token[:-1] if optional else token, separator)
        if leading_optional:
            parts.append(f"(?:{word}{separator})?" if optional else word)
            leading_optional = optional
        else:
            lead = gap if pending_gap else ""
            joined = f"{separator}{word}"
            parts.append(f"{lead}(?:{joined})?" if optional else f"{lead}{joined}")
        pending_gap = False
    if pending_gap and not parts:
        raise ValueError(f"phrase {phrase!r} has only gaps")
    return "".join(parts)


def _split_words(phrase: str) -> list[str]:
    """Split on spaces outside parentheses; raise on unbalanced parentheses."""
    words: list[str] = []
    current: list[str] = []
    depth = 0
    for char in phrase:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                raise ValueError(f"unbalanced ')' in phrase {phrase!r}")
        if char.isspace() and depth == 0:
            if current:
                words.append("".join(current))
                current = []
            continue
        current.append(char)
    if depth != 0:
        raise ValueError(f"unbalanced '(' in phrase {phrase!r}")
    if current:
        words.append("".join(current))
    return words


def _is_optional_word(token: str) -> bool:
    """True for a word that is one whole ``(...)?`` group."""
    if not (token.startswith("(") and token.endswith(")?")):
        return False
    depth = 0
    for index, char in enumerate(token[:-1]):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and index < len(token) - 2:
            return False  # the first group closes before the end: "(a)b(c)?"
    return True


def _word_to_regex(word: str, separator: str) -> str:
    out: list[str] = []
    previous = ""
    for char in word:
        if char == "*":
            out.append(r"\w*")
        elif char == "#":
            out.append(r"\d+")
        elif char == "(":
            out.append("(?:")
        elif char in ")|":
            out.append(char)
        elif char == "?" and previous == ")":
            out.append("?")
        elif char.isspace():
            if not out or not out[-1].endswith(separator):
                out.append(separator)
        elif char == "-":
            out.append(r"[-\s]?")
        elif char == "'":
            out.append(r"['\s]?")
        else:
            out.append(re.escape(char))
        previous = char
    return "".join(out)
