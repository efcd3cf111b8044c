"""Cheap preconditions before costly look-aheads (bot/triage/cheap_first.py) change no match.

A 5,000-character message without a full stop took half a minute: look-aheads that read to the
end of her sentence or line ran at every position. The rewrite puts a look-ahead for what must
follow in front of them; these tests hold it to finding exactly what the entry as written finds
(every lexicon entry the rewrite changes: ``tests/triage/test_prefilter.py``).
"""

from __future__ import annotations

import re
from re import _parser

import pytest

from bot.triage.cheap_first import cheap_first
from bot.triage.prefilter import compile_entry

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
