"""Every catalog keeps the facts of the English source, and the languages stay in sync."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from bot.language.catalog import Catalog, load_catalog
from bot.language.catalog_check import catalog_problems, coverage, missing_responses
from bot.settings import PROJECT_DIR

CATALOG_LANGUAGES = sorted(path.stem for path in (PROJECT_DIR / "translations").glob("*.yml"))
REQUIRED_LANGUAGES = {"en", "da", "ro", "bg", "hu", "th", "ru", "uk", "pl", "lt", "cs", "es",
                      "pt", "zh", "vi", "tl", "fr"}  # fmt: skip


def detector_languages() -> set[str]:
    config = yaml.safe_load((PROJECT_DIR / "config.yml").read_text())
    [detector] = [c for c in config["pipeline"] if c["name"].endswith("LanguageDetector")]
    return set(detector["languages"])


def test_all_required_languages_have_a_catalog_and_nlu_data() -> None:
    nlu_languages = {path.name for path in (PROJECT_DIR / "data" / "nlu").iterdir()}

    assert set(CATALOG_LANGUAGES) >= REQUIRED_LANGUAGES
    assert nlu_languages == set(CATALOG_LANGUAGES)
    assert detector_languages() == set(CATALOG_LANGUAGES)


@pytest.mark.parametrize("language", CATALOG_LANGUAGES)
def test_catalog_is_complete_and_keeps_the_facts(
    catalogs: dict[str, Catalog], language: str
) -> None:
    source, catalog = catalogs["en"], catalogs[language]

    assert missing_responses(source, catalog) == []
    assert catalog_problems(source, catalog) == []


def test_a_changed_figure_is_caught(tmp_path: Path, catalogs: dict[str, Catalog]) -> None:
    broken = tmp_path / "xx.yml"
    broken.write_text(
        "language: xx\nname: X\nupdated: 2026-11-22\nresponses:\n"
        "  utter_reflection_period:\n    status: draft\n    text: first 31 days, up to 120 days\n"
        "  utter_hotline_contact:\n    status: draft\n    text: call {hotline_number}\n"
        "  utter_menu:\n    status: draft\n    text: choose\n"
        "    buttons: [{title: A, payload: /greet}]\n"
    )

    problems = catalog_problems(catalogs["en"], load_catalog(broken))

    assert any("utter_reflection_period: figures" in p for p in problems)
    assert any("utter_hotline_contact: placeholders" in p for p in problems)
    assert any("utter_menu: button payloads" in p for p in problems)


def test_coverage_counts_review_statuses(catalogs: dict[str, Catalog]) -> None:
    english = coverage(catalogs["en"], catalogs["en"])

    assert english.missing == 0
    assert english.by_status == {"reviewed": english.total}


# Answers that tell her a word to type, and the intent that word must reach. The classifier is
# one for all languages, so the word must be an example of that intent in some language's data.
TYPED_WORDS = {
    "utter_counsellor_declined": "request_human",
    "utter_you_are_welcome": "show_menu",
    "utter_language_changed": "choose_language",
}
QUOTED = re.compile(r"[„“\"«»「『]\s*([^„“\"«»」』{}]{1,25}?)\s*[“”\"»«」』]")


def nlu_examples_by_intent() -> dict[str, set[str]]:
    examples: dict[str, set[str]] = defaultdict(set)
    for path in (PROJECT_DIR / "data" / "nlu").glob("*/*.yml"):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            for line in str(item.get("examples", "")).splitlines():
                if "intent" in item and line.strip().startswith("- "):
                    examples[item["intent"]].add(line.strip()[2:].strip().casefold())
    return examples


@pytest.mark.parametrize("language", CATALOG_LANGUAGES)
def test_every_word_an_answer_tells_her_to_type_is_taught_to_its_intent(
    catalogs: dict[str, Catalog], language: str
) -> None:
    """Regression: Czech answers said write "člověk", which the classifier read as "are you a
    bot?" because only questions like "jsi člověk?" had the word with its accents."""
    examples = nlu_examples_by_intent()
    for response, intent in TYPED_WORDS.items():
        words = QUOTED.findall(catalogs[language].get(response).text)
        assert words, f"{language} {response}: no quoted word to type"
        for word in words:
            assert word.casefold() in examples[intent], f"{language}: {word!r} is not {intent}"
