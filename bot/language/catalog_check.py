"""Rules every translated catalog must keep with respect to the English source.

A translation may change words, never facts: the same responses, the same ``{placeholders}``,
the same figures (30 days stays 30), and the same button payloads. Used by the test suite and
by `helpline languages`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from bot.language.catalog import Catalog, Entry

FIGURE = re.compile(r"\d+")


@dataclass(frozen=True)
class Coverage:
    """How much of the source a catalog covers, and how much of it is reviewed."""

    language: str
    name: str
    present: int
    total: int
    by_status: dict[str, int]

    @property
    def missing(self) -> int:
        return self.total - self.present


def catalog_problems(source: Catalog, catalog: Catalog) -> list[str]:
    """Everything in ``catalog`` that breaks a rule, as readable sentences (empty: fine)."""
    problems = [
        f"{catalog.language}: response {name} is not in the English catalog"
        for name in catalog.entries
        if name not in source.entries
    ]
    for entry in catalog:
        original = source.get(entry.name)
        if original is not None:
            problems.extend(_entry_problems(original, entry, catalog.language))
    return problems


def missing_responses(source: Catalog, catalog: Catalog) -> list[str]:
    """Source responses the catalog lacks (allowed at run time, reported by checks)."""
    return [name for name in source.entries if name not in catalog.entries]


def coverage(source: Catalog, catalog: Catalog) -> Coverage:
    present = [entry for entry in catalog if entry.name in source.entries]
    return Coverage(
        language=catalog.language,
        name=catalog.name,
        present=len(present),
        total=len(source.entries),
        by_status=dict(Counter(entry.status for entry in present)),
    )


def _entry_problems(original: Entry, translated: Entry, language: str) -> list[str]:
    where = f"{language}: {translated.name}"
    problems = []
    if translated.placeholders() != original.placeholders():
        problems.append(
            f"{where}: placeholders {sorted(translated.placeholders())} "
            f"differ from English {sorted(original.placeholders())}"
        )
    if Counter(FIGURE.findall(translated.text)) != Counter(FIGURE.findall(original.text)):
        problems.append(
            f"{where}: figures {FIGURE.findall(translated.text)} "
            f"differ from English {FIGURE.findall(original.text)}"
        )
    if [b.payload for b in translated.buttons] != [b.payload for b in original.buttons]:
        problems.append(f"{where}: button payloads differ from English")
    return problems
