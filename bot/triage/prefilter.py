"""Skip the lexicon entries that cannot match a message, with unchanged results.

Scanning every alternation of every language over every message made triage slow (about
10 ms for an SMS): the regex engine tries each of ~3,800 entries at each character. Almost every
entry contains literal text that any of its matches must include ("pasaport", "ปล่อย",
"паспорт", one of "12".."17"), and a message contains the literals of only a few entries. So:

- at load, each entry's regex is parsed and the most selective set of literals one of which
  every match contains is kept (``Entry.needs``); ``re:`` entries get the same treatment as
  phrases. An entry without such literals (say, only ``\\d+``) is always scanned;
- per message, ``LiteralIndex`` finds which literals the message contains, and ``Scan.matches``
  scans only the entries with one of their literals there, each on its own.

Only entries that provably cannot match are skipped, so findings are exactly those of scanning
every entry; ``python -m bench.triage_speed`` checks this against the full scan and measures
both.

Case: patterns are compiled with ``re.IGNORECASE``, under which ``i`` also matches dotless
``ı`` and ``σ`` matches ``ς``. Literals and the message are therefore compared through
``case_key``, which maps every character to one representative of the set of characters the
regex engine treats as equal to it (the engine's own lowercasing and its table of extra case
equivalences), so a literal the engine would match is always found. Those tables and the
parser are private modules of CPython's ``re`` (3.11); ``tests/triage/test_prefilter.py``
checks the case keys against the engine itself, so a Python upgrade that changes them fails a
test instead of silently missing a finding.
"""

from __future__ import annotations

import _sre
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from re import _compiler, _parser
from re import _constants as sre
from re._casefix import _EXTRA_CASES
from typing import Any

from bot.triage.cheap_first import cheap_first

# A finite set of strings that a piece of pattern matches exactly ("took" or "taken"), or a set
# of strings one of which every match contains; None when there is no such (small) set.
Strings = frozenset[str] | None

_MAX_STRINGS = 64  # beyond this, alternatives are combined no further (keeps compile time small)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
# The flag as a plain int, as ``re.compile`` hands it to the parser and compiler: as an enum,
# every flag test inside them is an enum operation, and compiling took three times as long.
_IGNORECASE = int(re.IGNORECASE)


@functools.cache
def _key_char(code: int) -> str:
    """The case representative of one character, as ``re.IGNORECASE`` compares characters."""
    lower = _sre.unicode_tolower(code)
    return chr(min((lower, *_EXTRA_CASES.get(lower, ()))))


class _CaseTable(dict[int, str]):
    """``str.translate`` table filled on demand: most messages use a few dozen characters.

    Bounded, so text full of rare characters cannot grow it without end (beyond the bound a
    character's key is computed again each time it is seen, which is only slower).
    """

    _LIMIT = 100_000

    def __missing__(self, code: int) -> str:
        key = _key_char(code)
        if len(self) < self._LIMIT:
            self[code] = key
        return key


_CASE_TABLE = _CaseTable()


def case_key(text: str) -> str:
    """``text`` with every character replaced by its case representative (same length).

    Two characters get the same representative whenever ``re.IGNORECASE`` lets one match the
    other, so "a literal matches here" implies "its key is a substring of the text's key".
    """
    return text.translate(_CASE_TABLE)


class Entry:
    """One lexicon entry of a ``Scan``: its regex, compiled on its own, and its literals.

    Pickled, an entry keeps its source and literals but not its compiled program, which is
    large and specific to the Python version; an entry read back compiles on first use
    (``bot.triage.lexicon`` keeps compiled lexicons in a cache this way).
    """

    __slots__ = ("_pattern", "needs", "source")

    def __init__(
        self, source: str, needs: frozenset[str] | None, pattern: re.Pattern[str] | None = None
    ) -> None:
        self.source = source
        self.needs = needs  # case keys, one of which every match contains; None: unknown
        self._pattern = pattern

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = _pattern_of(self.source)
        return self._pattern

    def __reduce__(self) -> tuple[type[Entry], tuple[str, frozenset[str] | None]]:
        return Entry, (self.source, self.needs)


@dataclass(frozen=True)
class Scan:
    """All entries of one indicator (or one code's harmless phrases) in one language and one
    view, each read on its own.

    Each entry finds what it finds wherever it is listed. (As one alternation, the entry listed
    first took a place where two could start, and the scan went on after its match: "locked me
    in" hid "locked me in the bathroom" and "my boyfriend says I owe him ... to pay it back",
    and a harmless phrase that covered only the shorter match set the danger aside.)
    """

    entries: tuple[Entry, ...]
    needs: frozenset[str]  # every literal of every entry (what ``LiteralIndex`` looks for)
    always: bool  # some entry has no literal: the scan cannot be skipped

    @classmethod
    def compile(cls, sources: Sequence[str]) -> Scan:
        """Compile and analyse each entry's regex source."""
        return cls.of([compile_entry(source) for source in sources])

    @classmethod
    def of(cls, entries: Sequence[Entry]) -> Scan:
        return cls(
            entries=tuple(entries),
            needs=frozenset().union(*(entry.needs or () for entry in entries)),
            always=any(entry.needs is None for entry in entries),
        )

    def matches(self, text: str, present: frozenset[str]) -> Iterator[re.Match[str]]:
        """The matches of each entry on its own in ``text``, overlapping where entries overlap,
        from the entries that can match; ``present``: the literals ``text`` contains."""
        if not self.always and self.needs.isdisjoint(present):
            return  # the common case, decided at C speed
        for entry in self.entries:
            if entry.needs is None or not entry.needs.isdisjoint(present):
                yield from entry.pattern.finditer(text)


@functools.cache
def compile_entry(source: str) -> Entry:
    """Compile and analyse one entry; ``re.error`` if it is not a valid regex (cached: most
    Latin-script entries have no diacritics, so their folded and stripped sources are the
    same). Costly look-aheads get cheap preconditions (``bot.triage.cheap_first``)."""
    tree = _parser.parse(source, _IGNORECASE)
    exact, needed = _sequence(tree)
    cheap_first(source, tree)
    return Entry(source, _best([exact, needed]), _compiled(source, tree))


def _pattern_of(source: str) -> re.Pattern[str]:
    """The program ``compile_entry`` gives ``source``, without the analysis."""
    tree = _parser.parse(source, _IGNORECASE)
    cheap_first(source, tree)
    return _compiled(source, tree)


def _compiled(source: str, tree: _parser.SubPattern) -> re.Pattern[str]:
    """``re.compile(source, re.IGNORECASE)`` from the tree already parsed for the analysis.

    The same steps as CPython's ``re._compiler.compile`` (3.11), which parses ``source`` again
    and, given a tree instead, leaves the pattern without its source text. Parsing each entry
    once instead of twice saves about a tenth of the time it takes to load the lexicons.
    ``tests/triage/test_prefilter.py`` checks that every lexicon entry compiles to a pattern
    equal to ``re.compile``'s (same source, flags and program).
    """
    flags = _IGNORECASE | tree.state.flags
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in tree.state.groupdict.items():
        indexgroup[index] = name
    code = _compiler._code(tree, flags)
    return _sre.compile(
        source, flags, code, tree.state.groups - 1, tree.state.groupdict, tuple(indexgroup)
    )


def _sequence(items: Iterable[tuple[Any, Any]]) -> tuple[Strings, Strings]:
    """Concatenate adjacent exact pieces into longer literals; keep the most selective need."""
    run: frozenset[str] = frozenset({""})
    tail = ""  # literal characters read since ``run`` was last extended (most of a pattern)
    candidates: list[Strings] = []
    whole_is_exact = True
    for op, av in items:
        if op is sre.LITERAL:  # as _node's one-character set would, only without the sets
            tail += _key_char(av)
            continue
        if tail:
            run, tail = frozenset(a + tail for a in run), ""
        exact, needed = _node(op, av)
        if exact is not None and len(run) * len(exact) <= _MAX_STRINGS:
            run = frozenset(a + b for a in run for b in exact)
            continue
        candidates += [run, needed]
        whole_is_exact = False
        run = exact if exact is not None else frozenset({""})
    if tail:
        run = frozenset(a + tail for a in run)
    candidates.append(run)
    return (run if whole_is_exact else None), _best(candidates)


def _node(op: Any, av: Any) -> tuple[Strings, Strings]:
    if op is sre.LITERAL:
        literal = frozenset({_key_char(av)})
        return literal, literal
    if op is sre.IN:
        chars = _class_chars(av)
        return chars, chars
    if op in _ZERO_WIDTH:
        return frozenset({""}), None  # consumes nothing: adds nothing to a match's text
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.BRANCH:
        return _branch(av[1])
    if op in _REPEATS:
        low, high, body = av
        exact, needed = _sequence(body)
        if low == 0:
            if high == 1 and exact is not None:
                return exact | {""}, None
            return None, None
        return (exact if low == high == 1 else None), _best([exact, needed])
    return None, None  # any character, a class, a back reference: no literal


def _class_chars(items: Sequence[tuple[Any, Any]]) -> Strings:
    """The characters of a small class such as ``[2-7]`` (ages); None for ``[-\\s]``, ``\\w``."""
    codes: set[int] = set()
    for op, av in items:
        if op is sre.LITERAL:
            codes.add(av)
        elif op is sre.RANGE and av[1] - av[0] < _MAX_STRINGS:
            codes.update(range(av[0], av[1] + 1))
        else:
            return None  # a category (\\s, \\w), a negation, a wide range
    keys = frozenset(_key_char(code) for code in codes)
    return keys if len(keys) <= _MAX_STRINGS else None


def _branch(alternatives: Sequence[Any]) -> tuple[Strings, Strings]:
    """Exact if every alternative is; needed if every alternative needs something."""
    results = [_sequence(alternative) for alternative in alternatives]
    exact: Strings = None
    if all(e is not None for e, _ in results):
        union = frozenset().union(*(e for e, _ in results if e is not None))
        exact = union if len(union) <= _MAX_STRINGS else None
    needs = [_best([e, n]) for e, n in results]
    needed: Strings = None
    if all(n is not None for n in needs):
        needed = _minimal(frozenset().union(*(n for n in needs if n is not None)))
    return exact, needed


def _best(candidates: Iterable[Strings]) -> Strings:
    """The most selective usable requirement: longest shortest string, then fewest strings."""
    usable = [_minimal(c) for c in candidates if c and "" not in c]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Drop strings that contain another one of the set: finding the shorter one suffices."""
    if len(strings) < 2:
        return strings
    kept: list[str] = []
    for string in sorted(strings, key=len):  # a string can only contain shorter ones
        if not any(shorter in string for shorter in kept):
            kept.append(string)
    return frozenset(kept)


class LiteralIndex:
    """Finds which of many literals occur in a text without testing each one.

    Literals are grouped by their first two characters; only groups whose two characters occur
    together somewhere in the text are tested. A short message has a few dozen such pairs, so
    a few hundred of the lexicons' thousands of literals are looked at.
    """

    def __init__(self, literals: Iterable[str]) -> None:
        self.literals = frozenset(literals)
        groups: dict[str, list[str]] = {}
        for literal in self.literals:
            if len(literal) > 1:
                groups.setdefault(literal[:2], []).append(literal)
        self._singles = frozenset(literal for literal in self.literals if len(literal) == 1)
        self._groups = {pair: tuple(group) for pair, group in groups.items()}

    def present(self, text: str) -> frozenset[str]:
        """The literals that are substrings of ``text`` (a ``case_key`` text)."""
        found = set(self._singles.intersection(text))
        groups = self._groups
        for pair in {text[i : i + 2] for i in range(len(text) - 1)}:
            for literal in groups.get(pair, ()):
                if literal in text:
                    found.add(literal)
        return frozenset(found)
