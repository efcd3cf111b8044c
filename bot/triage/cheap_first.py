"""Rewrite a parsed entry so that its costly look-aheads run only where the entry can match.

Many harmless phrases stand down when some word follows on her line or in her sentence, and
some reach back over what she wrote before them. They are written as a look-ahead or a guarded
lead that the regex engine evaluates at every position of the message::

    (?![^.!?\\n]*?(?:slå|kniv|...))(?:skat|banken|...) truer ...     # stop words after it
    (?:(?!(?:turned out|...))[^\\n]){0,300}?(?:turned out ...)        # the span before it

At each position the first reads to the end of the sentence and the second up to 300
characters, each character tried against a long alternation of words, before the engine learns
whether the phrase even starts there. On an SMS that is nothing; on a 5,000-character message
without a full stop it was quadratic: a single Danish entry took 14 s and the whole triage half
a minute.

So, at compile time, each such costly step gets a cheap precondition in front of it: a
look-ahead for what must follow it, with every negative look-around left out
(``(?=(?:skat|banken|...) truer ...)`` before the stop-word look-ahead,
``(?=[^\\n]{0,300}?(?:turned out ...))`` before the guarded lead). Leaving out a negative
condition only weakens what the entry itself requires at that position, so the precondition
holds wherever the entry can match: every entry finds exactly the matches it found before, only
sooner. ``tests/triage/test_cheap_first.py`` checks this on every rewritten lexicon entry.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser
from typing import Any

Node = tuple[Any, Any]

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_AHEAD = 1  # direction of a look-ahead in an ASSERT node (look-behinds are -1)
# A look-ahead or lead that may read this far is costly when evaluated at every position.
_FAR = 50
_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
_CONTAINERS = (sre.SUBPATTERN, sre.BRANCH, *_REPEATS, sre.ASSERT, sre.ASSERT_NOT, sre.ATOMIC_GROUP)


def cheap_first(source: str, tree: _parser.SubPattern) -> bool:
    """Give each costly step of ``tree`` (parsed from ``source``) its precondition, in place;
    True if any was added.

    Only a negative look-ahead makes a step costly, so most entries are not even walked.
    Patterns with back references are left alone (a precondition would copy their groups)."""
    if "(?!" not in source or _BACK_REFERENCE.search(source):
        return False
    return _rewrite(tree)


def _rewrite(pattern: _parser.SubPattern) -> bool:
    changed = candidates = False
    for op, av in pattern.data:
        if op in _CONTAINERS:
            candidates = True
            for child in _children(op, av):
                changed |= _rewrite(child)
    if not candidates:
        return changed  # literals and classes only (most of a lexicon)
    nodes: list[Node] = pattern.data
    rewritten: list[Node] = []
    costly_at: int | None = None  # where in ``rewritten`` a costly look-ahead waits for a node
    for index, node in enumerate(nodes):
        if node[0] in _ZERO_WIDTH:
            if costly_at is None and _is_costly_look_ahead(node):
                costly_at = len(rewritten)  # the cheap checks before it still run first
            rewritten.append(node)
            continue
        if costly_at is not None:
            condition = _precondition(pattern, nodes[index:])
            if condition is not None:
                rewritten.insert(costly_at, condition)
                changed = True
            costly_at = None
        lead = _bare_lead(node)
        if lead is not None:
            condition = _precondition(pattern, nodes[index + 1 :], before=lead)
            if condition is not None:
                rewritten.append(condition)
                changed = True
        rewritten.append(node)
    pattern.data = rewritten
    return changed


def _precondition(
    pattern: _parser.SubPattern, following: list[Node], before: Node | None = None
) -> Node | None:
    """``(?=...)`` of ``before`` and as many of the ``following`` nodes as it takes to read at
    least one character, without negative look-arounds; None if they may read nothing."""
    taken = [] if before is None else [before]
    for node in following:
        if node[0] is sre.ASSERT_NOT:
            continue
        taken.append(_weakened(node))
        if _parser.SubPattern(pattern.state, taken).getwidth()[0] > 0:
            return (sre.ASSERT, (_AHEAD, _parser.SubPattern(pattern.state, taken)))
    return None


def _weakened(node: Node) -> Node:
    """A copy of ``node`` that matches wherever it matches, without the negative look-arounds
    of its groups and alternatives (which are what makes a step costly). Repeats and
    look-arounds are copied as they are."""
    op, av = node
    if op is sre.SUBPATTERN:
        return (op, (*av[:-1], _weakened_pattern(av[-1])))
    if op is sre.BRANCH:
        return (op, (av[0], [_weakened_pattern(p) for p in av[1]]))
    return node


def _weakened_pattern(pattern: _parser.SubPattern) -> _parser.SubPattern:
    kept = [_weakened(node) for node in pattern.data if node[0] is not sre.ASSERT_NOT]
    return _parser.SubPattern(pattern.state, kept)


def _children(op: Any, av: Any) -> list[_parser.SubPattern]:
    if op is sre.SUBPATTERN:
        return [av[-1]]
    if op is sre.BRANCH:
        return list(av[1])
    if op in _REPEATS:
        return [av[2]]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [av[1]]
    if op is sre.ATOMIC_GROUP:
        return [av]
    return []


def _is_costly_look_ahead(node: Node) -> bool:
    """A negative look-ahead that may read far: ``(?![^\\n]*?...)``."""
    op, av = node
    return op is sre.ASSERT_NOT and av[0] == _AHEAD and av[1].getwidth()[1] > _FAR


def _bare_lead(node: Node) -> Node | None:
    """For a long repeat of one character guarded by a negative look-ahead, such as
    ``(?:(?!words)[^\\n]){0,300}?``, the same repeat without its guard; else None."""
    op, av = node
    if op not in _REPEATS or av[1] - av[0] <= _FAR:
        return None
    low, high, body = av
    items = _opened(body.data)
    if not any(o is sre.ASSERT_NOT for o, _ in items):
        return None
    bare = _weakened_pattern(_parser.SubPattern(body.state, items))
    if bare.getwidth() != (1, 1):
        return None  # not one character per step
    return (op, (low, high, bare))


def _opened(nodes: list[Node]) -> list[Node]:
    """``nodes`` with non-capturing groups without flags opened up."""
    flat: list[Node] = []
    for op, av in nodes:
        if op is sre.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
            flat += _opened(av[-1].data)
        else:
            flat.append((op, av))
    return flat
