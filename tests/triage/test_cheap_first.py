"""Cheap preconditions before costly look-aheads (bot/triage/cheap_first.py) change no match.

A 5,000-character message without a full stop took half a minute: look-aheads that read to the
end of her sentence or line ran at every position. The rewrite puts a look-ahead for what must
follow in front of them; these tests hold it to finding exactly what the entry as written finds.
"""

from __future__ import annotations

import re
from re import _parser

import pytest

from bot.triage import Lexicon
from bot.triage.cheap_first import cheap_first
from bot.triage.prefilter import compile_entry
from bot.triage.text import make_view
from tests.triage.test_everyday_phrases_that_sound_like_danger import DANGER, HARMLESS

# The three shapes the lexicons use, small: stop words after the phrase in her sentence, a
# guard over her whole line, and a span before the phrase that may not cross a cover story.
STOP_WORDS_AFTER = r"(?![^.!?\n]*?\b(?:knife|boss)\b)\b(?:the tax office|skat) threatens me\b"
WHOLE_LINE = r"(?<![^\n])(?![^\n]*?\bpolice\b)[^\n]*?\bthe cat locked me in\b"
SPAN_BEFORE = r"(?:(?!\b(?:he said|they told me)\b)[^\n]){0,300}?\bturned out it was a film\b"
TEXTS = [
    "skat threatens me with a fine",
    "skat threatens me with a fine because my boss forgot the papers",
    "skat threatens me with a fine. my boss is nice",
    "haha the cat locked me in the bathroom",
    "haha the cat locked me in, call the police",
    "call the police\nthe cat locked me in",
    "they dragged me into a van, turned out it was a film",
    "he said they dragged me into a van, turned out it was a film",
    "x " * 400 + "turned out it was a film",
    "the cat locked me in " * 30,
]


def _rewritten(source: str) -> tuple[re.Pattern[str], bool]:
    tree = _parser.parse(source, int(re.IGNORECASE))
    changed = cheap_first(source, tree)
    return compile_entry(source).pattern, changed


@pytest.mark.parametrize("source", [STOP_WORDS_AFTER, WHOLE_LINE, SPAN_BEFORE])
def test_each_costly_shape_gets_a_precondition_and_finds_the_same(source: str) -> None:
    pattern, changed = _rewritten(source)
    plain = re.compile(source, re.IGNORECASE)

    assert changed
    assert pattern.pattern == source and pattern.flags == plain.flags
    found = [[m.span() for m in pattern.finditer(text)] for text in TEXTS]
    assert found == [[m.span() for m in plain.finditer(text)] for text in TEXTS]
    assert any(found) and not all(found), "the texts must both match and not match"


@pytest.mark.parametrize(
    "source",
    [
        r"\bthe boss took my passport\b",  # no negative look-ahead: nothing costly
        r"(?!\bnot\b)\w+ locked",  # a short one: cheap already
        r"(\w+) (?![^\n]*?\bpolice\b)\1 again",  # a back reference: left as written
    ],
)
def test_entries_without_a_costly_step_are_left_as_written(source: str) -> None:
    pattern, changed = _rewritten(source)

    assert not changed
    assert pattern == re.compile(source, re.IGNORECASE)


def _language_texts() -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {}
    for language, _kind, text, *_ in [*HARMLESS, *DANGER]:
        texts.setdefault(language, []).append(text)
    return texts


LANGUAGE_TEXTS = _language_texts()


@pytest.mark.parametrize("language", sorted(LANGUAGE_TEXTS))
def test_every_rewritten_lexicon_entry_finds_what_it_finds_as_written(
    lexicon: Lexicon, language: str
) -> None:
    """Each lexicon entry of ``language`` the rewrite changed, over the everyday phrases and
    dangers of that language and of English (mixed into every language), each as she wrote it,
    without diacritics, and all of them on lines of one message. (One test per language: the
    whole lexicon takes minutes, and ``pytest -n`` spreads the languages over the cores.)"""
    texts = LANGUAGE_TEXTS[language] + (LANGUAGE_TEXTS["en"] if language != "en" else [])
    views = {
        strip: [make_view(text, strip=strip).text for text in [*texts, "\n".join(texts)]]
        for strip in (False, True)
    }
    entries = {
        (entry.source, strip): entry.pattern
        for matcher in [*lexicon.matchers(), *lexicon.harmless_matchers()]
        if matcher.language == language
        for name, strip in (("folded", False), ("stripped", True))
        for entry in getattr(getattr(matcher, name), "entries", ())
    }
    rewritten = 0
    for (source, strip), pattern in entries.items():
        plain = re.compile(source, re.IGNORECASE)
        if pattern == plain:
            continue
        rewritten += 1
        for view in views[strip]:
            expected = [m.span() for m in plain.finditer(view)]
            assert [m.span() for m in pattern.finditer(view)] == expected, source[:200]
    assert rewritten > 20, "the rewrite no longer reaches this language's costly entries"
