"""Find trafficking indicators in what a person wrote, in any catalog language.

Every lexicon is tried on every message: the detected language can be wrong, and people mix
languages ("help, boss took pasaport"); only entries that provably cannot match are skipped
(``bot.triage.prefilter``), which is what keeps this fast. Each finding keeps the person's own
words that triggered it, so staff can see why a conversation was flagged and judge for
themselves.

The learned model (``bot.triage.learned``) is the second signal: it generalises to phrasings no
lexicon lists. ``find_indicators`` is the one place both are combined, so every caller (the NLU
component, reports, the bench) gets the same union. The lexicons' harmless phrases hold for
both signals.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.triage.codes import INDICATOR_CODES, INDICATOR_LABELS
from bot.triage.lexicon import LEAVE_TAKING, LINE_BEFORE, Lexicon, Matcher
from bot.triage.prefilter import Scan, case_key
from bot.triage.text import TextView, make_view, plain_view
from bot.triage.transliteration import cyrillic_reading

if TYPE_CHECKING:
    from bot.triage.learned import LearnedModel

__all__ = [
    "INDICATOR_CODES",
    "INDICATOR_LABELS",
    "INTENT_CLASSIFIER",
    "LEARNED",
    "Finding",
    "counted_harmless",
    "everyday_phrases",
    "find_indicators",
    "merge_findings",
    "phrase_start",
    "view_lines",
    "without_harmless",
]

LEARNED = "learned"  # ``Finding.language`` of the learned model's findings
INTENT_CLASSIFIER = "intent"  # ``Finding.language`` of an indicator read from an intent
REQUESTS_HUMAN = "requests_human"  # never set aside: it asks for a person whatever else is said
# The lexicons' signs the learned model may set aside (``_signs_the_model_denies``): those people
# also use as figures of speech ("he will kill me", "they locked us in", "it is like a prison").
FIGURATIVE_SIGNS = frozenset({"immediate_danger", "threats_violence", "movement_restricted"})
# Those the learned model and the sentence encoder together may set aside where the model found
# no sign (``_signs_both_models_doubt``): the figurative ones and a minor ("I am 15 and my
# parents will kill me for this grade").
DOUBTED_SIGNS = FIGURATIVE_SIGNS | {"minor"}
# Lexicon signs that do not stop the encoder from doubting the model's own signs
# (``_model_signs_the_encoder_doubts``): neither a request for a person nor an age escalates
# alone, so beside them the model's signs are the whole case.
NOT_A_CASE_ALONE = frozenset({REQUESTS_HUMAN, "minor"})


_SPACE = re.compile(" ")
_LINE_BREAK = re.compile("[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")  # as str.splitlines


@dataclass(frozen=True)
class Finding:
    """One indicator found in a message.

    ``evidence``: the exact substrings of the original message that matched, in message order.
    ``language``: the lexicon that produced the first of them (``"learned"`` for the model,
    ``"intent"`` for the intent classifier).
    """

    code: str
    evidence: tuple[str, ...]
    language: str

    @property
    def label(self) -> str:
        """The indicator's name for staff."""
        return INDICATOR_LABELS[self.code]

    @property
    def from_lexicon(self) -> bool:
        """Found by a lexicon in her exact words, not only read by a model or the classifier."""
        return self.language not in (LEARNED, INTENT_CLASSIFIER)


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    language: str


def find_indicators(
    text: str, lexicon: Lexicon, learned: LearnedModel | None = None
) -> list[Finding]:
    """All indicators in ``text``, one finding per code, in the order of ``INDICATOR_CODES``.

    With ``learned``, the model's findings are added for the codes no lexicon found: the union
    of both signals. Where both found a code, the lexicon's finding is kept, because its
    evidence is the exact phrase, while the model can only point at a clause.
    """
    if not text.strip():
        return []
    views = _Views(text, lexicon)
    findings = _lexicon_findings(views)
    if learned is None:
        return findings
    learned_findings = _learned_findings(views, learned)
    denied = _signs_the_model_denies(views, learned, findings, learned_findings)
    findings = [f for f in findings if f.code not in denied]
    doubted = _signs_both_models_doubt(views, learned, findings, learned_findings)
    findings = [f for f in findings if f.code not in doubted]
    if _model_signs_the_encoder_doubts(views, learned, findings, learned_findings):
        learned_findings = [f for f in learned_findings if f.code == REQUESTS_HUMAN]
    return merge_findings([findings, learned_findings])


def everyday_phrases(text: str, lexicon: Lexicon, codes: Collection[str]) -> tuple[str, ...]:
    """The harmless phrases of ``codes`` in ``text`` ("we got locked in an escape room", "this
    game kills me"), as written: the words that say the message's danger is play or everyday.

    The lexicons and the model already set these aside (``find_indicators``); a signal that
    reads the message whole, like the intent classifier, cannot, so it asks here.
    """
    if not text.strip():
        return ()
    hits = _Views(text, lexicon).harmless(codes)
    spans = sorted({(h.start, h.end) for code in codes for h in hits.get(code, ())})
    return tuple(dict.fromkeys(text[start:end].strip() for start, end in spans))


def merge_findings(groups: Iterable[Iterable[Finding]]) -> list[Finding]:
    """One finding per code from several lists (signals, or the original and the translated
    message), in the order of ``INDICATOR_CODES``: the first lexicon finding of a code wins
    over the model's, which can only quote a clause; otherwise the first one wins."""
    found: dict[str, Finding] = {}
    for group in groups:
        for finding in group:
            kept = found.get(finding.code)
            if kept is None or (kept.language == LEARNED and finding.language != LEARNED):
                found[finding.code] = finding
    return [found[code] for code in INDICATOR_CODES if code in found]


def _lexicon_findings(views: _Views) -> list[Finding]:
    text, lexicon = views.text, views.lexicon
    hits = views.scan(lexicon.matchers())
    hits = without_harmless(hits, views.harmless(hits))
    weight = Counter(hit.language for found in hits.values() for hit in found)
    findings = []
    for code in INDICATOR_CODES:
        if code in hits:
            kept = _outermost(hits[code])
            evidence = tuple(dict.fromkeys(text[h.start : h.end].strip() for h in kept))
            findings.append(
                Finding(
                    code=code, evidence=evidence, language=_language(kept[0], hits[code], weight)
                )
            )
    return findings


def _signs_the_model_denies(
    views: _Views, learned: LearnedModel, lexicons: list[Finding], model: list[Finding]
) -> set[str]:
    """The lexicons' danger now, threats and being held to set aside: those the model did not
    find and reads in every reading of the message as clearly absent, in a message it reads as
    clearly not a case (``LearnedModel.denied_signs``).

    A lexicon entry reads a phrase: "they locked us in" is danger in a text from a locked room
    and play in one from an escape room, "my boss will kill me" a threat in one and a late bus
    in another, and the harmless phrases cannot list every way people say so. The model reads
    the whole message (docs/triage.md, sections 6.29 to 6.31). The other signs always count.
    """
    candidates = {f.code for f in lexicons} - {f.code for f in model}
    candidates &= FIGURATIVE_SIGNS
    for view in _model_views(views):
        if not candidates:
            break
        candidates &= learned.denied_signs(view.text, candidates)
    return candidates


def _signs_both_models_doubt(
    views: _Views, learned: LearnedModel, lexicons: list[Finding], model: list[Finding]
) -> set[str]:
    """The lexicons' danger now, threats, being held and a minor to set aside where the model
    found no sign and it and the sentence encoder read every reading of the message as ordinary
    (``LearnedModel.doubts``).

    On the blind sets, escalations the lexicons made where the model found no sign were wrong
    twice as often as right, nearly all with these four signs: alarming words in everyday
    trouble that the harmless phrases do not list. The encoder reads meaning in every catalog
    language (docs/triage.md, section 6.33). The other signs always count: the lexicons were
    taught ways of telling them (MitID used by the landlord, loans in her name, a pimp who takes
    the money) that both models read as ordinary.
    """
    candidates = {f.code for f in lexicons} & DOUBTED_SIGNS
    if not candidates or any(f.code != REQUESTS_HUMAN for f in model):
        return set()
    if all(learned.doubts(view.text) for view in _model_views(views)):
        return candidates
    return set()


def _model_signs_the_encoder_doubts(
    views: _Views, learned: LearnedModel, lexicons: list[Finding], model: list[Finding]
) -> bool:
    """True when the model found signs that no lexicon found, in a message whose only lexicon
    signs are a request for a person or an age (``NOT_A_CASE_ALONE``), and the sentence encoder
    alone reads every reading of the message as clearly ordinary
    (``LearnedModel.doubts_own_signs``).

    Where the model alone sees a case, it is usually right: on the blind sets it made 1,569 of
    the true escalations. But its character n-grams also catch words of everyday trouble that
    resemble its examples. Where the encoder read such a message as clearly ordinary, the model
    was wrong every time: 29 ordinary messages at first contact, 11 on the blind sets, and no
    case (docs/triage.md, section 6.34). A lexicon sign beside the model's keeps both: the two
    readings then agree on a case. An age is no such sign: "my mum took my phone for a week,
    I'm 14" is a case only through what the model reads beside it (section 6.40).
    """
    if any(f.code not in NOT_A_CASE_ALONE for f in lexicons):
        return False
    if not any(f.code != REQUESTS_HUMAN for f in model):
        return False
    return all(learned.doubts_own_signs(view.text) for view in _model_views(views))


def _model_views(views: _Views) -> list[TextView]:
    """The readings the model judges: the message, and its Cyrillic reading when it has one.

    The model learned Russian, Ukrainian and Bulgarian from Cyrillic examples, so "vse dengi
    otdaet hozjainu" means nothing to it until it is read as "все денги отдает хозяину".
    """
    cyrillic = views.transliterated()
    return [plain_view(views.text)] + ([cyrillic] if cyrillic is not None else [])


def _learned_findings(views: _Views, learned: LearnedModel) -> list[Finding]:
    """The model's findings in every reading of the message (``_model_views``)."""
    return merge_findings(_model_reading(views, learned, view) for view in _model_views(views))


def _model_reading(views: _Views, learned: LearnedModel, view: TextView) -> list[Finding]:
    """The model's findings in ``view``, less those it makes only because of an everyday
    phrase, with evidence quoted from the original message.

    A harmless phrase ("this overtime kills me", "the clinic door was locked") says its words
    are everyday, whichever signal read them. The model weighs a whole clause, not a phrase, so
    the test is whether it still finds the code once the harmless phrases of that code are
    blanked out: "the clinic door was locked" goes, "the clinic door was locked and he hit me"
    stays. A leave-taking vetoes every code: "leaving now, bye" goes, "he is back, bye" stays.
    """
    found = learned.find(view.text)
    codes = {finding.code for finding in found}
    harmless = views.harmless(codes)
    if harmless:
        covered = {
            i for hits in harmless.values() for hit in hits for i in range(hit.start, hit.end)
        }
        blanked = "".join(
            " " if view.origin[i][0] in covered else char for i, char in enumerate(view.text)
        )
        # What is left of a message long enough to judge is judged down to two words: "they are
        # coming" is all that is left of "they are coming, I have to stop now".
        still = {finding.code for finding in learned.find(blanked, min_words=2)}
        vetoed = codes if LEAVE_TAKING in harmless else set(harmless)
        found = [f for f in found if f.code not in vetoed or f.code in still]
    return [replace(f, evidence=_quoted(views.text, view, f.evidence)) for f in found]


def _quoted(text: str, view: TextView, clauses: tuple[str, ...]) -> tuple[str, ...]:
    """The words of ``text`` behind each clause of ``view``."""
    quotes = []
    for clause in clauses:
        start = view.text.find(clause)
        begin, end = view.original_span(start, start + len(clause))
        quotes.append(text[begin:end])
    return tuple(dict.fromkeys(quotes))


def counted_harmless(harmless: dict[str, list[_Hit]], text: str) -> dict[str, list[_Hit]]:
    """``harmless`` without its leave-takings unless they are at least half of the message.

    A goodbye is a message that is mostly leave-taking ("ok, leaving now, bye"). A goodbye word
    inside a longer story is more often another language's word, and the story must be read
    whole: "ate" is Lithuanian for bye and Portuguese for until ("ninguem sai ate terminar"),
    "pa" is Romanian for bye and Tagalog for yet.
    """
    spans = harmless.get(LEAVE_TAKING)
    if not spans:
        return harmless
    covered = set().union(*(range(hit.start, hit.end) for hit in spans))
    letters = [i for i, char in enumerate(text) if char.isalnum()]
    if 2 * sum(1 for i in letters if i in covered) >= len(letters):
        return harmless
    return {code: hits for code, hits in harmless.items() if code != LEAVE_TAKING}


def without_harmless(
    hits: dict[str, list[_Hit]], harmless: dict[str, list[_Hit]]
) -> dict[str, list[_Hit]]:
    """``hits`` by code without those lying wholly inside a harmless phrase of their code or a
    leave-taking."""
    leave_taking = harmless.get(LEAVE_TAKING, [])
    kept = {
        code: [
            hit
            for hit in found
            if not any(
                s.start <= hit.start and hit.end <= s.end
                for s in [*harmless.get(code, ()), *leave_taking]
            )
        ]
        for code, found in hits.items()
    }
    return {code: found for code, found in kept.items() if found}


def _language(first: _Hit, hits: list[_Hit], weight: Counter[str]) -> str:
    """The language credited for a finding.

    Several lexicons can match the same words ("under 18" is Danish and English); the one that
    matched most in the whole message is most likely the person's language.
    """
    same = [h.language for h in hits if (h.start, h.end) == (first.start, first.end)]
    return max(same, key=lambda language: weight[language])


class _Views:
    """The message as matched: folded, and without diacritics when a script needs it (built on
    first use)."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self.folded = _View(make_view(text, strip=False), text, lexicon)
        self._stripped: _View | None = None
        self._harmless_hits: dict[int, list[_Hit]] = {}  # by id() of the harmless matcher

    def scan(self, matchers: Iterable[Matcher]) -> dict[str, list[_Hit]]:
        """Every match of ``matchers``, by code."""
        hits: dict[str, list[_Hit]] = {}
        for matcher in matchers:
            found = self._matches(matcher)
            if found:
                hits.setdefault(matcher.code, []).extend(found)
        return hits

    def harmless(self, codes: Collection[str]) -> dict[str, list[_Hit]]:
        """The harmless phrases and leave-takings that can veto ``codes``, as they count
        (``counted_harmless``). Only the codes found need them, so most messages scan none;
        each is scanned once per message, though the lexicons and the model both ask for
        every leave-taking and often for the same codes."""
        hits: dict[str, list[_Hit]] = {}
        for matcher in self.lexicon.harmless_for(codes):
            key = id(matcher)
            if key not in self._harmless_hits:
                self._harmless_hits[key] = self._matches(matcher, harmless=True)
            if self._harmless_hits[key]:
                hits.setdefault(matcher.code, []).extend(self._harmless_hits[key])
        return counted_harmless(hits, self.text)

    def _matches(self, matcher: Matcher, *, harmless: bool = False) -> list[_Hit]:
        found = self.folded.hits(matcher.folded, matcher.language, harmless)
        if matcher.stripped is not None:
            if self._stripped is None:
                self._stripped = _View(make_view(self.text, strip=True), self.text, self.lexicon)
            found += self._stripped.hits(matcher.stripped, matcher.language, harmless)
        if matcher.latin is not None and self._latin is not None:
            found += self._latin.hits(matcher.latin, matcher.language, harmless)
        return found

    def transliterated(self) -> TextView | None:
        """The message in Cyrillic, if it is Latin-only and reads more like Russian, Ukrainian
        or Bulgarian than like a Latin-script language (``bot.triage.transliteration``)."""
        return self._latin.view if self._latin is not None else None

    @functools.cached_property
    def _latin(self) -> _View | None:
        reading = cyrillic_reading(self.text, self.folded.view, self.lexicon.vocabulary)
        return _View(reading, self.text, self.lexicon) if reading is not None else None


class _View:
    """One normalised view of the message and the prefilter literals it contains."""

    def __init__(self, view: TextView, text: str, lexicon: Lexicon) -> None:
        self.view = view
        self.text = text  # the original message, where her line breaks still are
        self.present = lexicon.literal_index.present(case_key(self.view.text))

    def hits(self, scan: Scan, language: str, harmless: bool = False) -> list[_Hit]:
        """The non-empty matches of ``scan`` as spans of the original message.

        ``harmless``: the scan is of harmless phrases, so a match may not run across one of
        her line breaks ("the boss will kill me if I am late haha" on one line must not take in
        "they locked us in, he will kill me" on the line before, which the view joins with a
        space).
        """
        if not scan.always and scan.needs.isdisjoint(self.present):
            return []  # most scans: none of their literals is here (checked before any call)
        hits = []
        lines = self.lines if harmless else ((0, self.view.text),)
        for index, (offset, line) in enumerate(lines):
            for match in scan.matches(line, self.present):
                if match.end() > match.start():
                    start, end = self.view.original_span(
                        phrase_start(match, lines, index), offset + match.end()
                    )
                    hits.append(_Hit(start=start, end=end, language=language))
        return hits

    @functools.cached_property
    def lines(self) -> tuple[tuple[int, str], ...]:
        """The view cut where she broke the line (``view_lines``)."""
        return view_lines(self.view, self.text)


def view_lines(view: TextView, text: str) -> tuple[tuple[int, str], ...]:
    """``view`` of ``text`` cut where she broke the line: (offset in the view, text) of each
    line.

    The view has one space for every run of whitespace, so a break is a space of the view with
    a line break in ``text`` between its neighbours."""
    viewed, origin = view.text, view.origin
    lines, begin = [], 0
    for space in _SPACE.finditer(viewed):
        index = space.start()
        if 0 < index < len(viewed) - 1:
            between = text[origin[index - 1][1] : origin[index + 1][0]]
            if _LINE_BREAK.search(between):
                lines.append((begin, viewed[begin:index]))
                begin = index + 1
    lines.append((begin, viewed[begin:]))
    return tuple(lines)


def phrase_start(match: re.Match[str], lines: Sequence[tuple[int, str]], index: int) -> int:
    """Where the phrase ``match`` found on line ``index`` of ``lines`` begins, as an offset in
    the view: where it matched, or the start of the line before when the phrase says so.

    People tell an alarm on one line and what it turned out to be on the next ("they pushed
    her into a van" / "turned out it was a film shoot"). A harmless phrase that begins its line
    with such a resolution carries the empty group ``(?P<line_before>)`` and so covers the line
    before too; what comes after it, and every other line, still counts.
    """
    offset = lines[index][0]
    if index and LINE_BEFORE in match.re.groupindex and match.group(LINE_BEFORE) is not None:
        return lines[index - 1][0]
    return offset + match.start()


def _outermost(hits: list[_Hit]) -> list[_Hit]:
    """Drop hits inside other hits; earliest (then longest) first, so evidence reads in order."""
    ordered = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[_Hit] = []
    for hit in ordered:
        if kept and hit.end <= kept[-1].end:
            continue
        kept.append(hit)
    return kept
