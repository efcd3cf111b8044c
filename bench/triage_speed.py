"""Triage speed, and proof that the literal prefilter never changes a result.

``bot.triage`` skips lexicon entries that cannot match a message (``bot/triage/prefilter.py``).
This script runs it side by side with the straightforward scan of every entry over every
message (``_reference_find_indicators``, the implementation before the prefilter) and

1. asserts identical assessments (priority, reasons, score, findings with evidence and
   credited language) for every message of the regression sets, variants of them (without
   diacritics, upper case with dotless i, words split by line breaks), random messages made
   of the lexicons' own words, and generated long or odd messages;
2. prints the time per message, old vs new: the median over the short messages of the sets,
   and single messages of 5,000 characters; and, new only, the median and slowest of 150
   messages of 5,000 characters without a full stop;
3. loads the lexicons twice through a new cache directory (compiled, then read back) and
   prints both times and what the first pass over the short messages costs with entries
   that compile on first use; the lexicons read back must give identical assessments for
   every message of step 1.

Run: ``python -m bench.triage_speed`` (about twenty minutes on a 2-core machine, most of it the
full scan; exit code 1 on any difference).
The blind benchmark set (``triage_bench.yml``) is deliberately not read.
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from bot.settings import PROJECT_DIR
from bot.triage import Assessment, Lexicon, TriageRules, assess, load_lexicon, load_rules, triage
from bot.triage.codes import INDICATOR_CODES
from bot.triage.evaluation import load_examples
from bot.triage.indicators import (
    Finding,
    _Hit,
    _language,
    _outermost,
    counted_harmless,
    phrase_start,
    view_lines,
    without_harmless,
)
from bot.triage.lexicon import Matcher
from bot.triage.prefilter import Scan
from bot.triage.text import TextView, make_view, strip_diacritics
from bot.triage.transliteration import cyrillic_reading

SETS = [
    "triage_labelled.yml",
    "triage_holdout.yml",
    "triage_blind.yml",
    "triage_blind_final.yml",
    "triage_dev.yml",
    "triage_translit_dev.yml",
]
LONG = 5000


def _reference_find_indicators(text: str, lexicon: Lexicon) -> list[Finding]:
    """The straightforward scan, kept as the oracle for equivalence.

    This is ``find_indicators`` without the prefilter: every entry of every language (and of
    every language's harmless phrases) is scanned over the whole message.
    The new code must give exactly its results.
    """
    if not text.strip():
        return []
    folded = make_view(text, strip=False)
    stripped: TextView | None = None
    latin = cyrillic_reading(text, folded, lexicon.vocabulary)

    def scan(matchers: Iterable[Matcher], harmless: bool = False) -> dict[str, list[_Hit]]:
        nonlocal stripped
        hits: dict[str, list[_Hit]] = {}
        for matcher in matchers:
            how = (text, harmless, matcher.language)
            found = _hits(matcher.folded, folded, *how)
            if matcher.stripped is not None:
                stripped = stripped or make_view(text, strip=True)
                found += _hits(matcher.stripped, stripped, *how)
            if matcher.latin is not None and latin is not None:
                found += _hits(matcher.latin, latin, *how)
            if found:
                hits.setdefault(matcher.code, []).extend(found)
        return hits

    harmless = counted_harmless(scan(lexicon.harmless_matchers(), harmless=True), text)
    hits = without_harmless(scan(lexicon.matchers()), harmless)
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


def _hits(scan: Scan, view: TextView, text: str, harmless: bool, language: str) -> list[_Hit]:
    """Part of the oracle: the matches of every entry of ``scan``, none skipped, as spans of
    the original message; harmless phrases line by line, as ``find_indicators`` reads them
    (a harmless phrase may not run across one of her line breaks, though it may cover the
    line before, ``phrase_start``)."""
    lines = view_lines(view, text) if harmless else ((0, view.text),)
    hits = []
    for index, (offset, line) in enumerate(lines):
        for entry in scan.entries:
            for match in entry.pattern.finditer(line):
                if match.end() > match.start():
                    begin = phrase_start(match, lines, index)
                    start, end = view.original_span(begin, offset + match.end())
                    hits.append(_Hit(start=start, end=end, language=language))
    return hits


def short_messages() -> list[str]:
    """Every message of the regression sets (not the blind benchmark)."""
    directory = PROJECT_DIR / "bench" / "data"
    return [example.text for name in SETS for example in load_examples(directory / name)]


def variants(text: str) -> list[str]:
    """Ways people really type a message: no diacritics, shouting, Enter between words."""
    return [
        strip_diacritics(text),
        text.upper().replace("I", "ı"),  # dotless i: equal to "i" for the regex engine
        "\n".join(text.split()),
        "  \t".join(text.split(" ")),
    ]


def long_messages(messages: list[str], seed: int = 7) -> dict[str, str]:
    """5,000-character messages: one language, all mixed, random splices, adversarial units."""
    rng = random.Random(seed)
    shuffled = messages[:]
    rng.shuffle(shuffled)
    out = {
        "mixed": " ".join(messages)[:LONG],
        "shuffled, line breaks": "\n".join(shuffled)[:LONG],
        "no spaces": "".join(shuffled)[:LONG],
        "a": "a" * LONG,
        "- ": ("- " * LONG)[:LONG],
        "everyday words": ("the weather is nice today, see you at the bus stop. " * 100)[:LONG],
    }
    for unit in ["took my ", "can't ", "15 ", "ล", "我", "é", "a'", "1 "]:
        out[f"{unit!r} repeated"] = (unit * LONG)[:LONG]
    for index in range(20):  # random cuts: phrases split at odd places, mid-word joins
        pieces = rng.sample(messages, 60)
        cut = [p[rng.randrange(len(p)) :] + rng.choice([" ", "", "\n", ", "]) for p in pieces]
        out[f"splice {index}"] = "".join(cut)[:LONG]
    return out


def without_full_stops(messages: list[str], count: int = 150, seed: int = 5) -> dict[str, str]:
    """5,000-character messages of one short message repeated with its sentence marks taken
    out: one endless sentence, where a look-ahead that reads to the end of her sentence or line
    reads the whole message (before ``bot.triage.cheap_first`` one took half a minute)."""
    rng = random.Random(seed)
    out = {}
    for message in rng.sample(messages, min(count, len(messages))):
        unit = re.sub(r"[.!?\n。！？]+", " ", message).strip() + " "
        out[message[:40]] = (unit * (LONG // len(unit) + 1))[:LONG]
    return out


def word_salad(lexicon: Lexicon, count: int = 600, seed: int = 11) -> list[str]:
    """Short messages of the lexicons' own words in random order, case and spacing, with
    characters that case rules treat specially (dotless ı, ſ, ς, ß): many near-misses and
    many overlapping hits, the hardest test of which entries may be skipped."""
    rng = random.Random(seed)
    words = sorted(
        {
            word
            for language in lexicon
            for entries in language.entries.values()
            for entry in entries
            for word in re.findall(r"[^\s()|?*#.\\\[\]{}+^$]+", entry.removeprefix("re: "))
        }
    )
    odd = ["ı", "İ", "ς", "ſ", "\u0301", "\n", "  ", "-", "'", "12", "15", "4000", "!!!", "ß"]
    texts = []
    for _ in range(count):
        parts = [
            rng.choice(words) if rng.random() < 0.8 else rng.choice(odd)
            for _ in range(rng.randint(1, 12))
        ]
        text = "".join(part + rng.choice([" ", " ", "", "\n", ", "]) for part in parts)
        text = text.upper() if rng.random() < 0.3 else text
        texts.append(text.replace("i", "ı") if rng.random() < 0.2 else text)
    return texts


def check(
    texts: list[str], lexicon: Lexicon, rules: TriageRules, old: Callable[[str], Assessment]
) -> int:
    """Compare old and new on every text; print the differences; return how many differ."""
    differences = 0
    for text in texts:
        expected, actual = old(text), triage(text, lexicon, rules)
        if expected != actual:
            differences += 1
            print(f"DIFFERENT for {text[:80]!r}:\n  old {expected}\n  new {actual}")
    return differences


def seconds(function: Callable[[str], object], text: str, repeat: int = 1) -> float:
    """The fastest of ``repeat`` runs (the machine is shared; the minimum is the least noisy)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    rules = load_rules()
    with tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter()
        lexicon = load_lexicon(cache_dir=Path(cache))
        compiled = time.perf_counter() - start
        start = time.perf_counter()
        read_back = load_lexicon(cache_dir=Path(cache))
        from_cache = time.perf_counter() - start

    def old(text: str) -> Assessment:
        return assess(_reference_find_indicators(text, lexicon), rules)

    def new(text: str) -> Assessment:
        return triage(text, lexicon, rules)

    messages = short_messages()
    long = long_messages(messages)
    odd = ["", " ", "\n\t", "İ ı ΣΑΣ ς ẞ ß ﬆ", "x\u0301\u0301", "\u200f\u202e help", "\x00"]
    texts = [
        *messages,
        *(variant for message in messages for variant in variants(message)),
        *word_salad(lexicon),
        *odd,
        *long.values(),
    ]
    new(messages[0])  # build the literal index once, as the server does at its first message

    differences = check(texts, lexicon, rules, old)
    print(f"equivalence: {len(texts)} messages, {differences} different")

    old_ms, new_ms = [], []
    for message in messages:  # interleaved, so a busy moment of the machine hits both alike
        old_ms.append(seconds(old, message, 2) * 1000)
        new_ms.append(seconds(new, message, 2) * 1000)
    old_median, new_median = statistics.median(old_ms), statistics.median(new_ms)
    print(
        f"short messages ({len(messages)}, median {statistics.median(map(len, messages)):.0f} "
        f"chars): old {old_median:.2f} ms, new {new_median:.2f} ms "
        f"({old_median / new_median:.1f}x)"
    )
    for name in ["mixed", "shuffled, line breaks", "a", "- ", "everyday words"]:
        before, after = seconds(old, long[name], 2) * 1000, seconds(new, long[name], 2) * 1000
        print(
            f"{LONG} chars, {name!r}: old {before:.0f} ms, new {after:.0f} ms "
            f"({before / after:.1f}x)"
        )
    slowest = sorted(
        (seconds(new, text) * 1000, name) for name, text in without_full_stops(messages).items()
    )
    print(
        f"{LONG} chars without a full stop ({len(slowest)} messages): median "
        f"{statistics.median(ms for ms, _ in slowest):.0f} ms, slowest {slowest[-1][0]:.0f} ms "
        f"({slowest[-1][1]!r})"
    )
    start = time.perf_counter()
    for message in messages:
        triage(message, read_back, rules)
    first_pass = time.perf_counter() - start
    start = time.perf_counter()
    for message in messages:
        triage(message, lexicon, rules)
    warm_pass = time.perf_counter() - start
    cache_differences = check(texts, read_back, rules, new)
    print(
        f"loading: compiled {compiled:.1f} s (and saved), read back from the cache "
        f"{from_cache:.2f} s; first pass over the {len(messages)} short messages read back "
        f"{first_pass:.1f} s (entries compile on first use), compiled {warm_pass:.1f} s; "
        f"read back vs compiled: {len(texts)} messages, {cache_differences} different"
    )
    return 1 if differences or cache_differences else 0


if __name__ == "__main__":
    sys.exit(main())
