"""Every figure in the English catalog is backed by the source documents (shared/seeds)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from bot.language.catalog import Catalog
from bot.settings import PROJECT_DIR

# The seeds sit beside the repository (shared/seeds), as on developer machines and in CI.
SEEDS_DIR = Path(os.environ.get("HELPLINE_SEEDS_DIR", PROJECT_DIR.parent / "shared" / "seeds"))

# figure as written in the catalog -> a pattern that must occur in the seeds
FACTS_IN_SEEDS = {
    "30": r"initial 30 days",
    "120": r"up to a total of 120 days",
    "6": r"re-integration benefit for up to 6 months",
    "262 a": r"Section 262 \(a\)",
    "10": r"imprisonment of no more than ten years",
    "18": r"below the age of 18",
}
# Figures that are true but not in the seeds, with the reason they may be shown.
FACTS_FROM_ELSEWHERE = {
    "112": "the EU-wide emergency number, free from any phone in Denmark",
}
# Where each key figure must appear, so that an edit cannot drop it silently.
REQUIRED = {
    "utter_reflection_period": ["30 days", "120 days"],
    "utter_return": ["6 months"],
    "utter_emergency": ["112"],
    "utter_law_sex_work": ["262 a", "10 years"],
    "utter_default": ["112"],
    "utter_minor": ["under 18"],
}
FIGURE = re.compile(r"\d+(?: a\b)?")


@pytest.fixture(scope="module")
def seeds() -> str:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS_DIR.glob("*.txt"))]
    assert texts, f"no seed documents in {SEEDS_DIR}"
    return "\n".join(texts)


def test_every_figure_in_the_english_catalog_is_known(catalogs: dict[str, Catalog]) -> None:
    figures = {figure for entry in catalogs["en"] for figure in FIGURE.findall(entry.text)}

    assert figures <= set(FACTS_IN_SEEDS) | set(FACTS_FROM_ELSEWHERE), figures


@pytest.mark.parametrize(("figure", "pattern"), sorted(FACTS_IN_SEEDS.items()))
def test_each_figure_is_in_the_seeds(seeds: str, figure: str, pattern: str) -> None:
    assert re.search(pattern, seeds), f"{figure}: {pattern!r} not found in {SEEDS_DIR}"


@pytest.mark.parametrize(("name", "phrases"), sorted(REQUIRED.items()))
def test_key_figures_appear_where_people_look_for_them(
    catalogs: dict[str, Catalog], name: str, phrases: list[str]
) -> None:
    entry = catalogs["en"].get(name)

    assert entry is not None
    for phrase in phrases:
        assert phrase in entry.text, f"{name} must mention {phrase!r}"
