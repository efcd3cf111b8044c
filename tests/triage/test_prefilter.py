"""The literal prefilter (bot/triage/prefilter.py) skips work, never findings.

Every scan of every lexicon must give exactly the matches of all its entries, each scanned on
its own; the full oracle over all regression sets is ``python -m bench.triage_speed``.
"""

from __future__ import annotations

import pickle
import re
import sys
from re import _parser

import pytest

from bot.triage import Lexicon, find_indicators
from bot.triage.cheap_first import cheap_first
from bot.triage.lexicon import compile_language
from bot.triage.prefilter import LiteralIndex, Scan, case_key, compile_entry
from bot.triage.text import make_view
from tests.triage.test_everyday_phrases_that_sound_like_danger import DANGER, HARMLESS

TRICKY = [
    "шеф забрал паспорт, he has a knife",  # Cyrillic and Latin in one message
    "เขายึดพาสปอร์ตของฉัน they lock the door at night",  # Thai without spaces, then English
    "我15岁 老板拿走了我的护照",  # Chinese with digits
    "patronul mi a luat pasaportul si ma bate",  # Romanian typed without diacritics
    "chu giu ho chieu cua toi",  # Vietnamese without tones
    "they took\nmy\r\npassport  and\tlock us in at night",  # line breaks and tabs in a phrase
    "please send the police now",  # optional leading word present ...
    "send police",  # ... and missing
    "ı am 15 and they took my ıd",  # dotless i: the regex engine treats it as "i"
    "he took my passport, they took our papers, my passports are with the boss",  # overlaps
    "HELP!!! THEY LOCK US IN, I OWE THEM 4000 AND WORK 16 HOURS A DAY",
]


def _every_scan(lexicon: Lexicon, text: str) -> list[tuple[str, list[tuple[int, int]], Scan]]:
    views = {"folded": make_view(text, strip=False), "stripped": make_view(text, strip=True)}
    present = {name: lexicon.literal_index.present(case_key(v.text)) for name, v in views.items()}
    scans = []
    for matcher in [*lexicon.matchers(), *lexicon.harmless_matchers()]:
        for name in views:
            scan = getattr(matcher, name)
            if scan is not None:
                spans = [m.span() for m in scan.matches(views[name].text, present[name])]
                scans.append((views[name].text, spans, scan))
    return scans


@pytest.mark.parametrize("text", TRICKY)
def test_every_scan_finds_exactly_what_scanning_every_entry_finds(
    lexicon: Lexicon, text: str
) -> None:
    """Protects the equivalence that makes the speed-up safe: the few entries scanned give the
    same matches as scanning every entry."""
    for view, spans, scan in _every_scan(lexicon, text):
        every = [m.span() for entry in scan.entries for m in entry.pattern.finditer(view)]
        assert spans == every, [entry.pattern.pattern for entry in scan.entries]
    assert find_indicators(text, lexicon), "a tricky message that finds nothing tests nothing"


def test_entries_that_overlap_each_find_their_own_matches() -> None:
    """Protects evidence and harmless phrases from the order of a lexicon: as one alternation,
    the entry listed first took a place where another started too, and the scan went on after
    it, so "locked me in" hid "locked me in the bathroom"."""
    raw = {
        "language": "xx",
        "indicators": {
            "movement_restricted": [
                "locked me in",
                "locked me in the (bathroom|cellar)",
                "re: \\d{3}",  # no literal at all: always scanned
                "stamp*",
            ]
        },
    }
    scan = compile_language(raw).matchers[0].folded
    text = "they locked me in the bathroom, 123 stamps"
    present = Lexicon(languages={"xx": compile_language(raw)}).literal_index.present(case_key(text))

    assert [m.group() for m in scan.matches(text, present)] == [
        "locked me in",
        "locked me in the bathroom",
        "123",
        "stamps",
    ]
    assert scan.always and scan.entries[2].needs is None
    assert scan.entries[3].needs == frozenset({"stamp"})


def test_an_entry_with_a_back_reference_refers_to_its_own_group() -> None:
    """Inside an alternation group numbers changed, and ``(x)y\\1`` referred to ``(a)``; each
    entry scanned alone finds its own repeats."""
    scan = Scan.compile([r"(a)b\1", r"(x)y\1", "zz"])
    text = "xyx zz"
    present = LiteralIndex(scan.needs).present(text)

    assert [m.group() for m in scan.matches(text, present)] == ["xyx", "zz"]


def test_case_keys_agree_with_the_regex_engine_for_every_literal(lexicon: Lexicon) -> None:
    """Protects the literal check from case rules: every character that ``re.IGNORECASE`` lets
    a lexicon literal's character match has the same case key (dotless ı, ſ, final ς, ...)."""
    every_char = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    literal_chars = {char for literal in lexicon.literal_index.literals for char in literal}
    for char in sorted(literal_chars | set("iskσμβθ")):
        matched = set(re.findall(re.escape(char), every_char, re.IGNORECASE))
        assert {case_key(m) for m in matched} == {case_key(char)}, char


def _language_texts() -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {}
    for language, _kind, text, *_ in [*HARMLESS, *DANGER]:
        texts.setdefault(language, []).append(text)
    return texts


LANGUAGE_TEXTS = _language_texts()


@pytest.mark.parametrize("language", sorted(LANGUAGE_TEXTS))
def test_every_entry_compiles_to_re_compiles_pattern_or_to_a_rewrite_that_finds_the_same(
    lexicon: Lexicon, language: str
) -> None:
    """Protects the single parse and the cheap preconditions, entry by entry.

    ``compile_entry`` builds each pattern from the tree it analysed, with private parts of
    CPython's ``re``: a pattern equal to ``re.compile``'s has the same source, flags and
    program. An entry given cheap preconditions (``bot.triage.cheap_first``) has a program of
    its own, which must find exactly what the entry as written finds, over the everyday phrases
    and dangers of its language and of English (mixed into every language), each as she wrote
    it, without diacritics, and all of them on lines of one message.

    Every entry of ``language`` as the lexicons hold it (compiled, or read back from the cache
    and compiled on first use), one language per test so that ``pytest -n`` spreads them over
    the cores; each pattern is compiled once more, by ``re.compile``. And the cache: every tenth
    entry, compiled by ``compile_entry`` and pickled, keeps its source and literals and compiles
    to the same program when read back.
    """
    texts = LANGUAGE_TEXTS[language] + (LANGUAGE_TEXTS["en"] if language != "en" else [])
    views = {
        strip: [make_view(text, strip=strip).text for text in [*texts, "\n".join(texts)]]
        for strip in (False, True)
    }
    entries = {
        (entry.source, name != "folded"): entry
        for matcher in [*lexicon.matchers(), *lexicon.harmless_matchers()]
        if matcher.language == language
        for name in ("folded", "stripped", "latin")
        if (scan := getattr(matcher, name)) is not None
        for entry in scan.entries
    }
    rewritten = 0
    for (source, strip), entry in entries.items():
        plain = re.compile(source, re.IGNORECASE)
        if entry.pattern == plain:
            continue
        assert cheap_first(source, _parser.parse(source, int(re.IGNORECASE))), source[:200]
        rewritten += 1
        for view in views[strip]:
            expected = [m.span() for m in plain.finditer(view)]
            assert [m.span() for m in entry.pattern.finditer(view)] == expected, source[:200]
    assert rewritten > 20, "the rewrite no longer reaches this language's costly entries"

    sources = sorted({source for source, _ in entries})[::10]
    compiled = [compile_entry(source) for source in sources]
    read_back = pickle.loads(pickle.dumps(compiled))
    for source, entry, back in zip(sources, compiled, read_back, strict=True):
        assert (back.source, back.needs) == (source, entry.needs)
        assert back.pattern == entry.pattern == entries.get((source, False), entry).pattern, source
