"""Multilingual indicator lexicons: ``lexicon/<lang>.yml``, loaded and compiled once.

Triage has to work in every catalog language without a translation model, so each language has
a hand-written list of phrases per indicator code. A file looks like::

    language: ro
    script: latin          # latin | cyrillic | thai | han: decides how words are matched
    indicators:
      documents_withheld:
        - "mi-a luat pașaportul"
        - "re: (?:pașaport|acte)\\w* .{0,20}(?:luat|ține)"

A file may also list, per code, ``harmless`` phrases: everyday uses of an indicator's words
("this job will kill me", "the boss threatened to fire me"). An indicator's match that lies
wholly inside a harmless phrase of the same code, in any language, does not count::

    harmless:
      immediate_danger:
        - "(munca|jobul) (asta)? (mă|ma) omoară"

A harmless phrase that several codes' words fall into is listed once, under the codes joined by
commas ("he will kill me if I break another plate" is neither a threat nor a danger)::

    harmless:
      immediate_danger, threats_violence:
        - "(șeful|sefu) mă omoară dacă (mai)? (sparg|întârzii)"

Each entry, indicator or harmless phrase, finds what it matches on its own, wherever it is
listed. (As one alternation, the first entry listed took a place where two could start, even
when a later one covered more: a lock phrase put first took "дочка заперла" from an older phrase
that covered "дочка заперла меня в ванной, играем в прятки", and the lock counted again; and an
indicator's "locked me in" hid its longer "locked me in the bathroom".) So a harmless phrase
must cover the longest match of its code's indicators that it means to set aside.

A harmless phrase matches within one of her lines. One that begins with the empty group
``(?P<line_before>)`` covers the line before its own too (``bot.triage.indicators.phrase_start``):
"they pushed a girl into a van" / "turned out it was a film shoot" is resolved on the next line.
A resolution like this one is written once for both places: a harmless ``re:`` entry whose lead
before the resolution words is quantified ``{{reach:SAME|START}}`` stands for itself with
``{0,SAME}`` (anywhere on its line, up to SAME characters before the resolution) and for a copy
that begins its line with ``(?P<line_before>)^`` and ``{0,START}`` (the resolution among the
first words of the line, resolving the line before)::

    - "re: (?:(?!{{any:cover_story}})[^\\n]){{reach:300|25}}?\\b(?:turned\\s+out|luckily)..."

And a file may list ``leave_taking`` phrases: how people take leave of the chat ("pa, vă mai
scriu mâine", "trebuie să plec acum"). They are harmless for every code, because leaving a
conversation is no sign of anything; what else the message says still counts ("a venit, pa")::

    leave_taking:
      - "(la revedere|pe curând|vă scriu mâine)"

Some harmless phrases must stand down in every language's words, because a harmless phrase holds
for a message in any language: a child's camp is harmless only on a line that names no work,
boss, blow or fear in any language. Each file lists its own words once, under ``word_lists``, as
a regular-expression alternation (adding each spelling without diacritics that a writer may
use and that differs; Vietnamese only those that stay distinct, "nợ" would be "no"), and a
``re:`` entry names a list instead of repeating every language's words::

    word_lists:
      serious: "munc\\w*|[șs]ef\\w*|bani|poli[țt]i\\w*"
      hedge: "credeam\\s|poate\\s"

    - "re: (?<![^\\n])(?=[^\\n]*?tab[aă]r)(?![^\\n]*?{{any:serious}})[^\\n]+"

``{{any:NAME}}`` matches a word of any language's list NAME (whole words in spaced scripts), so
a list word that is another language's everyday word (Vietnamese unmarked "so", English "so") is
written as a phrase of its own language;
``{{near:NAME}}`` only the entry's own language's and English's (mixed into every language), for
a phrase written in its own language's grammar, which other languages' words would only
collide with ("bat*", to beat in Romanian, is in "bathroom"); ``{{own:NAME}}`` only the entry's
own language's, for words that its phrase needs in its own grammar and names several times (the
doctor or ward that keeps her: a Tagalog phrase that also took English "hospital" set aside
"after the hospital they dont let me go out alone anymore"); ``{{not_after_any:NAME}}``
asserts that no alternative of any language's list NAME ends just before (each alternative
must have a fixed length).

A pattern that reads the same in every language, such as an age under 18 that is no clock time,
sum or range, is written once, in ``lexicon/_shared.yml`` (a file of the lexicon directory that
is no language), and named ``{{pattern:NAME}}``::

    patterns:
      age_10_to_17: "(?<![\\d:.,])1[0-7](?![\\d%]|...)"

It stands in the entry as written, so it may have no alternation of its own at its top level.

See ``bot.triage.patterns`` for the phrase syntax. Loading reads files; everything after
loading is pure.

Compiling every entry takes half a minute on a small machine, and every process that triages
(the Rasa server, the action server, each restart) loads the lexicons. So ``load_lexicon`` can
keep the compiled lexicons in a cache directory, keyed by a hash of the files, of the code that
compiles them and of the Python version: read back, each entry keeps its literals and compiles
its regex the first time a message contains them (``bot.triage.prefilter.Entry``), so start-up
takes a second and the first messages a few hundred milliseconds more.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
import re
import sys
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot import yaml_text
from bot.triage import cheap_first, codes, patterns, prefilter, transliteration
from bot.triage.codes import INDICATOR_CODES
from bot.triage.file_cache import cached
from bot.triage.patterns import REGEX_PREFIX, entry_to_regex
from bot.triage.prefilter import Entry, LiteralIndex, Scan, compile_entry
from bot.triage.transliteration import LOOSE, Vocabulary, loosen

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
# The file of the lexicon directory that holds the patterns every language shares (no language).
SHARED_FILE = "_shared.yml"
# The code of a language's leave-taking phrases among its harmless matchers: they veto every code.
LEAVE_TAKING = "leave_taking"
# A harmless ``re:`` entry's reference to every language's word list (see the module docstring).
_WORD_LIST_REFERENCE = re.compile(r"\{\{(any|near|own|not_after_any|pattern):(\w+)\}\}")
# The empty group that makes a harmless phrase cover the line before its own
# (``bot.triage.indicators.phrase_start``).
LINE_BEFORE = "line_before"
# A harmless ``re:`` entry's reach before its resolution, on its own line and at the start of a
# line (see the module docstring).
_REACH = re.compile(r"\{\{reach:(\d+)\|(\d+)\}\}")
# The language people mix into every other one ("grounded lol", "send help"): ``{{near:NAME}}``
# reads its words besides the entry's own language's.
MIXED_IN = "en"


@dataclass(frozen=True)
class Script:
    """How a writing system is matched."""

    spaced: bool  # words are separated by spaces: match whole words
    strip: bool  # also match without diacritics (Latin script only)


SCRIPTS: Mapping[str, Script] = {
    "latin": Script(spaced=True, strip=True),
    "cyrillic": Script(spaced=True, strip=False),
    "greek": Script(spaced=True, strip=False),
    "arabic": Script(spaced=True, strip=False),
    "thai": Script(spaced=False, strip=False),
    "han": Script(spaced=False, strip=False),
}


@dataclass(frozen=True)
class Matcher:
    """All entries of one indicator in one language, compiled one by one per view, with what
    the prefilter needs to scan only the entries that can match (``Scan``)."""

    language: str
    code: str
    folded: Scan
    stripped: Scan | None  # matched against the diacritic-free view, if any
    # Matched against a Latin-only message written in Cyrillic (Cyrillic lexicons only; see
    # ``bot.triage.transliteration``).
    latin: Scan | None = None


@dataclass(frozen=True)
class WordLists:
    """Every language's word lists, by name: (language, whole words?, alternation) in
    file-name order; and the patterns every language shares, by name."""

    by_name: Mapping[str, tuple[tuple[str, bool, str], ...]]
    patterns: Mapping[str, str]

    @classmethod
    def of(
        cls,
        languages: Iterable[tuple[str, Script, Mapping[str, str]]],
        patterns: Mapping[str, str] | None = None,
    ) -> WordLists:
        """From each language's code, script and ``word_lists``, and the shared patterns."""
        by_name: dict[str, list[tuple[str, bool, str]]] = {}
        for language, script, lists in languages:
            for name, words in lists.items():
                by_name.setdefault(name, []).append((language, script.spaced, words))
        return cls({name: tuple(lists) for name, lists in by_name.items()}, patterns or {})

    def expand(self, entry: str, *, language: str, where: str) -> str:
        """``entry`` of ``language`` with each reference replaced by the words it names
        (``where`` names the file and section in errors)."""

        def words_of(reference: re.Match[str]) -> str:
            kind, name = reference.groups()
            if kind == "pattern":
                if name not in self.patterns:
                    known = ", ".join(sorted(self.patterns)) or "none"
                    raise ValueError(
                        f"{where}: {entry[:60]!r} names unknown pattern {name!r} "
                        f"(known: {known}, in {SHARED_FILE})"
                    )
                return self.patterns[name]
            lists = self.by_name.get(name)
            if kind in ("near", "own") and lists:
                readers = (language, MIXED_IN) if kind == "near" else (language,)
                lists = tuple(item for item in lists if item[0] in readers)
            if not lists:
                known = ", ".join(sorted(self.by_name)) or "none"
                missing = f"unknown word list {name!r} (known: {known})"
                if name in self.by_name:
                    missing = f"word list {name!r}, which {language!r} does not list"
                raise ValueError(f"{where}: {entry[:60]!r} names {missing}")
            if kind == "not_after_any":
                endings = dict.fromkeys(a for _, _, w in lists for a in _alternatives(w))
                return "".join(f"(?<!{ending})" for ending in endings)
            words = (rf"\b(?:{w})\b" if spaced else f"(?:{w})" for _, spaced, w in lists)
            return f"(?:{'|'.join(words)})"

        return _WORD_LIST_REFERENCE.sub(words_of, entry)


def _alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a regular expression ("a|(b|c)" -> ["a", "(b|c)"])."""
    alternatives, current, depth, escaped = [], "", 0, False
    for char in alternation:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append(current)
            current = ""
            continue
        current += char
    return [*alternatives, current]


@dataclass(frozen=True)
class LanguageLexicon:
    """The compiled entries of one language file."""

    language: str
    script: str
    matchers: tuple[Matcher, ...]
    entries: Mapping[str, tuple[str, ...]]  # code -> entries as written, for review and tests
    # Everyday phrases that contain a code's words, and the leave-takings (code LEAVE_TAKING).
    harmless: tuple[Matcher, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    """All language lexicons, in file-name order."""

    languages: Mapping[str, LanguageLexicon]

    def __iter__(self) -> Iterator[LanguageLexicon]:
        return iter(self.languages.values())

    def __contains__(self, language: object) -> bool:
        return language in self.languages

    def matchers(self) -> Iterator[Matcher]:
        """Every matcher of every language."""
        for language in self:
            yield from language.matchers

    def harmless_matchers(self) -> Iterator[Matcher]:
        """Every language's harmless phrases, one matcher per code."""
        for language in self:
            yield from language.harmless

    def harmless_for(self, codes: Collection[str]) -> Iterator[Matcher]:
        """The harmless phrases that can veto ``codes``: their own and every leave-taking (none
        when nothing was found, which is most messages)."""
        if not codes:
            return iter(())
        return (m for m in self.harmless_matchers() if m.code in codes or m.code == LEAVE_TAKING)

    @functools.cached_property
    def vocabulary(self) -> Vocabulary:
        """The words of the Latin-script and of the Cyrillic lexicons (which a Latin-only
        message is closer to)."""
        return _vocabulary((lang.language, lang.script, lang.entries) for lang in self)

    @functools.cached_property
    def literal_index(self) -> LiteralIndex:
        """Every prefilter literal of every matcher, to find those a message contains."""
        every = [*self.matchers(), *self.harmless_matchers()]
        scans = [scan for m in every for scan in (m.folded, m.stripped, m.latin) if scan]
        return LiteralIndex(literal for scan in scans for literal in scan.needs)


def load_lexicon(directory: Path | None = None, cache_dir: Path | None = None) -> Lexicon:
    """Load and compile every ``<lang>.yml`` in ``directory`` (default: the bundled lexicons).

    Raises ``ValueError`` naming the file and entry when something cannot be used. With
    ``cache_dir``, lexicons compiled from identical files by identical code are read from
    there instead, and new ones saved (``bot.triage.file_cache``; the module docstring says
    what is kept).
    """
    directory = directory or LEXICON_DIR
    paths = _lexicon_files(directory)
    if not paths:
        raise ValueError(f"{directory}: no lexicon files (<lang>.yml) found")
    if cache_dir is None:
        return _compiled_lexicon(directory, paths)
    return cached(
        cache_dir,
        ("triage-lexicon", lexicon_digest([*paths, *_shared_file(directory)])[:24], ".pickle"),
        Lexicon,
        lambda: _compiled_lexicon(directory, paths),
        lambda path: pickle.loads(path.read_bytes()),
        lambda lexicon, path: path.write_bytes(pickle.dumps(lexicon, pickle.HIGHEST_PROTOCOL)),
    )


def lexicon_digest(paths: Iterable[Path]) -> str:
    """A hash of the lexicon files, the modules that compile them and the Python version (its
    regex parser is part of the compiling): a cached lexicon is reused only when it would be
    identical to one compiled now."""
    digest = hashlib.sha256(sys.version.encode() + b"\0")
    modules = (cheap_first, codes, patterns, prefilter, transliteration, yaml_text)
    for source in (*(str(module.__file__) for module in modules), __file__):
        digest.update(Path(source).read_bytes() + b"\0")
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _lexicon_files(directory: Path) -> list[Path]:
    """The language files of a lexicon directory, in file-name order."""
    return sorted(path for path in directory.glob("*.yml") if path.name != SHARED_FILE)


def _shared_file(directory: Path) -> list[Path]:
    """The directory's file of shared patterns, when it has one."""
    return [path for path in [directory / SHARED_FILE] if path.is_file()]


def _compiled_lexicon(directory: Path, paths: Sequence[Path]) -> Lexicon:
    raws = {path: _read(path) for path in paths}
    word_lists = WordLists.of(
        (
            (path.stem, _script(raw, source=str(path)), _word_lists(raw, source=str(path)))
            for path, raw in raws.items()
        ),
        patterns=_shared_patterns(_shared_file(directory)),
    )
    lexicon = Lexicon(
        languages={path.stem: _load_file(path, raw, word_lists) for path, raw in raws.items()}
    )
    # Built now, at start-up, rather than on the first message.
    _ = lexicon.literal_index, lexicon.vocabulary
    return lexicon


def load_vocabulary(directory: Path | None = None) -> Vocabulary:
    """The lexicons' ``Lexicon.vocabulary`` without compiling them (a second or less instead of
    half a minute), for language detection, which needs the words and none of the patterns."""
    languages = []
    for path in _lexicon_files(directory or LEXICON_DIR):
        raw = _read(path)
        indicators = raw.get("indicators") if isinstance(raw, dict) else None
        if not isinstance(indicators, dict):
            raise ValueError(f"{path}: 'indicators' must be a non-empty mapping")
        entries = _entries(indicators, source=str(path))
        languages.append((path.stem, str(raw.get("script", "latin")), entries))
    return _vocabulary(languages)


def _vocabulary(
    languages: Iterable[tuple[str, str, Mapping[str, tuple[str, ...]]]],
) -> Vocabulary:
    """From (language, script, entries by code) of every lexicon."""
    latin: list[str] = []
    cyrillic: dict[str, list[str]] = {}
    for language, script, entries in languages:
        every = [entry for items in entries.values() for entry in items]
        if script == "latin":
            latin += every
        elif language in LOOSE:
            cyrillic[language] = every
    return Vocabulary.from_entries(latin, cyrillic)


def compile_language(
    raw: Any, *, source: str = "<lexicon>", word_lists: WordLists | None = None
) -> LanguageLexicon:
    """Validate and compile one parsed lexicon mapping (pure; ``source`` names it in errors).

    ``word_lists``: every language's, which harmless entries may name (default: this file's).
    """
    script = _script(raw, source=source)
    language = raw.get("language")
    if not isinstance(language, str) or not language:
        raise ValueError(f"{source}: 'language' must be a non-empty string")
    if word_lists is None:
        word_lists = WordLists.of([(language, script, _word_lists(raw, source=source))])
    script_name = raw.get("script", "latin")
    indicators = raw.get("indicators")
    if not isinstance(indicators, dict) or not indicators:
        raise ValueError(f"{source}: 'indicators' must be a non-empty mapping")
    harmless = raw.get("harmless") or {}
    if not isinstance(harmless, dict):
        raise ValueError(f"{source}: 'harmless' must be a mapping of codes to phrases")
    leave_taking = raw.get("leave_taking") or []
    if not isinstance(leave_taking, list) or not all(
        isinstance(i, str) and i.strip() for i in leave_taking
    ):
        raise ValueError(f"{source}: 'leave_taking' must be a list of non-empty strings")
    entries = _entries(indicators, source=source)
    _refuse_word_lists(entries, source=source)
    where = f"{source}: harmless"
    harmless_entries = _entries(_by_single_code(harmless, source=where), source=where)
    if leave_taking:
        harmless_entries[LEAVE_TAKING] = tuple(leave_taking)
    harmless_entries = {
        code: tuple(
            _expanded(phrase, word_lists, language=language, where=f"{where}: {code}")
            for item in items
            for phrase in _reaches(item, where=f"{where}: {code}")
        )
        for code, items in harmless_entries.items()
    }
    return LanguageLexicon(
        language=language,
        script=script_name,
        matchers=_matchers(language, entries, script, source=source),
        entries=entries,
        harmless=_matchers(language, harmless_entries, script, source=where),
    )


def _script(raw: Any, *, source: str) -> Script:
    """The script a parsed lexicon names (Latin when it names none)."""
    if not isinstance(raw, dict):
        raise ValueError(f"{source}: a lexicon must be a mapping")
    script_name = raw.get("script", "latin")
    script = SCRIPTS.get(script_name)
    if script is None:
        known = ", ".join(SCRIPTS)
        raise ValueError(f"{source}: unknown script {script_name!r} (use one of {known})")
    return script


def _word_lists(raw: dict[Any, Any], *, source: str) -> dict[str, str]:
    """A parsed lexicon's ``word_lists``: names to regular-expression alternations."""
    return _named_regexes(
        raw.get("word_lists") or {}, source=source, section="word_lists", kind="word list"
    )


def _named_regexes(found: Any, *, source: str, section: str, kind: str) -> dict[str, str]:
    """``found`` (a file's ``section``), checked to map names to non-empty regular expressions
    that compile (``kind`` names one in errors)."""
    if not isinstance(found, dict) or not all(
        isinstance(name, str)
        and re.fullmatch(r"\w+", name)
        and isinstance(regex, str)
        and regex.strip()
        for name, regex in found.items()
    ):
        raise ValueError(f"{source}: {section!r} must map names to non-empty regular expressions")
    for name, regex in found.items():
        try:
            re.compile(regex)
        except re.error as error:
            raise ValueError(f"{source}: {kind} {name!r}: {error}") from error
    return found


def _shared_patterns(paths: Sequence[Path]) -> dict[str, str]:
    """The ``patterns`` of the shared file (none without one): names to regular expressions
    that stand in an entry as written, so none may be an alternation at its top level."""
    patterns: dict[str, str] = {}
    for path in paths:
        raw = _read(path)
        found = raw.get("patterns") if isinstance(raw, dict) else None
        for name, regex in _named_regexes(
            found, source=str(path), section="patterns", kind="pattern"
        ).items():
            if len(_alternatives(regex)) > 1:
                raise ValueError(f"{path}: pattern {name!r} is an alternation: group it")
            patterns[name] = regex
    return patterns


def _refuse_word_lists(entries: Mapping[str, tuple[str, ...]], *, source: str) -> None:
    """Word lists and reaches are for harmless phrases: an indicator naming one would silently
    match the reference's own text."""
    for code, items in entries.items():
        for item in items:
            if _WORD_LIST_REFERENCE.search(item) or _REACH.search(item):
                raise ValueError(
                    f"{source}: {code}: {item[:60]!r}: only harmless phrases may "
                    "name a word list or a reach"
                )


def _reaches(entry: str, *, where: str) -> tuple[str, ...]:
    """``entry``, or, when its lead is quantified ``{{reach:SAME|START}}``, the phrase anywhere
    on its line and its copy that begins a line and so covers the line before too.

    One entry for both keeps the two alike: the copy is the same resolution with the same
    guards, and a change to one is a change to both.
    """
    reaches = _REACH.findall(entry)
    if not reaches:
        return (entry,)
    if len(reaches) > 1 or not entry.startswith(REGEX_PREFIX):
        raise ValueError(f"{where}: {entry[:60]!r}: a reach needs a 're: ' entry and only one")
    same_line = _REACH.sub(lambda reach: f"{{0,{reach[1]}}}", entry)
    line_start = _REACH.sub(lambda reach: f"{{0,{reach[2]}}}", entry).removeprefix(REGEX_PREFIX)
    return same_line, f"{REGEX_PREFIX}(?P<{LINE_BEFORE}>)^{line_start}"


def _expanded(entry: str, word_lists: WordLists, *, language: str, where: str) -> str:
    """A harmless entry with its word-list references replaced (only ``re:`` entries may have
    them: the phrase syntax would turn a reference into words)."""
    if not _WORD_LIST_REFERENCE.search(entry):
        return entry
    if not entry.startswith(REGEX_PREFIX):
        raise ValueError(f"{where}: {entry[:60]!r}: only a 're: ' entry may name a word list")
    return word_lists.expand(entry, language=language, where=where)


def _by_single_code(harmless: dict[Any, Any], *, source: str) -> dict[str, list[Any]]:
    """``harmless`` with the list under a key of several codes ("a, b") added to each code's
    own list, in the order of the file."""
    by_code: dict[str, list[Any]] = {}
    for key, items in harmless.items():
        if not isinstance(items, list | None):
            raise ValueError(f"{source}: {key} must be a list of non-empty strings")
        for code in str(key).split(","):
            if not code.strip():
                raise ValueError(f"{source}: {key!r} names an empty code")
            by_code.setdefault(code.strip(), []).extend(items or [])
    return by_code


def _entries(by_code: dict[Any, Any], *, source: str) -> dict[str, tuple[str, ...]]:
    """The non-empty entry lists of a code -> phrases mapping, in the order of the codes."""
    unknown = sorted(str(code) for code in by_code if code not in INDICATOR_CODES)
    if unknown:
        raise ValueError(
            f"{source}: unknown indicator code(s) {', '.join(unknown)} "
            f"(known: {', '.join(INDICATOR_CODES)})"
        )
    entries: dict[str, tuple[str, ...]] = {}
    for code in INDICATOR_CODES:
        items = by_code.get(code) or []
        if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
            raise ValueError(f"{source}: {code} must be a list of non-empty strings")
        if items:
            entries[code] = tuple(items)
    return entries


def _matchers(
    language: str, entries: Mapping[str, tuple[str, ...]], script: Script, *, source: str
) -> tuple[Matcher, ...]:
    """One compiled matcher per code (``source`` names the file and section in errors)."""
    matchers = []
    for code, items in entries.items():
        where = f"{source}: {code}"
        folded = _compile(items, script, strip=False, where=where)
        stripped = _compile(items, script, strip=True, where=where) if script.strip else None
        latin = (
            _compile(items, script, strip=False, where=where, loosen_for=language)
            if language in LOOSE
            else None
        )
        matchers.append(
            Matcher(language=language, code=code, folded=folded, stripped=stripped, latin=latin)
        )
    return tuple(matchers)


def _load_file(path: Path, raw: Any, word_lists: WordLists) -> LanguageLexicon:
    lexicon = compile_language(raw, source=str(path), word_lists=word_lists)
    if lexicon.language != path.stem:
        raise ValueError(f"{path}: language {lexicon.language!r} does not match the file name")
    return lexicon


def _read(path: Path) -> Any:
    try:
        return yaml_text.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ValueError(f"{path}: cannot read lexicon: {error}") from error


def _compile(
    items: Sequence[str],
    script: Script,
    *,
    strip: bool,
    where: str,
    loosen_for: str | None = None,
) -> Scan:
    """Compile each entry alone (for a precise error) into one scan.

    ``loosen_for``: a language whose entries are loosened for its Latin spellings.
    """
    entries: list[Entry] = []
    for item in items:
        try:
            source = entry_to_regex(item, spaced=script.spaced, strip=strip)
            if loosen_for:
                source = loosen(source, loosen_for)
            entry = compile_entry(source)
        except (ValueError, re.error) as error:
            raise ValueError(f"{where}: cannot use entry {item!r}: {error}") from error
        if entry.pattern.search("") is not None or entry.pattern.search(" ") is not None:
            raise ValueError(f"{where}: entry {item!r} matches empty text")
        entries.append(entry)
    return Scan.of(entries)
