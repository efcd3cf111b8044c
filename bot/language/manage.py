"""`helpline languages` and `helpline translate`: what languages exist and filling gaps.

Machine-drafted entries are written with status ``machine`` so that a counsellor can find and
review them; they are never marked reviewed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from bot.errors import HelplineError
from bot.language.catalog import SOURCE_LANGUAGE, load_catalogs
from bot.language.catalog_check import coverage, missing_responses
from bot.language.responses import Translator
from bot.settings import Settings


def languages_report(settings: Settings, installed_pairs: set[tuple[str, str]]) -> str:
    """A table of catalog languages: coverage, review status and installed models."""
    catalogs = load_catalogs(settings.translations_dir)
    source = catalogs[SOURCE_LANGUAGE]
    lines = [
        f"{'code':<5} {'language':<14} {'coverage':>9} {'reviewed':>9} {'draft':>6} "
        f"{'machine':>8}  models",
    ]
    for code, catalog in sorted(catalogs.items()):
        numbers = coverage(source, catalog)
        models = [
            label
            for label, pair in ((f"en→{code}", ("en", code)), (f"{code}→en", (code, "en")))
            if code != SOURCE_LANGUAGE and pair in installed_pairs
        ]
        lines.append(
            f"{code:<5} {catalog.name:<14} {numbers.present:>4}/{numbers.total:<4} "
            f"{numbers.by_status.get('reviewed', 0):>9} {numbers.by_status.get('draft', 0):>6} "
            f"{numbers.by_status.get('machine', 0):>8}  {', '.join(models) or '-'}"
        )
    other = sorted(f"{a}→{b}" for a, b in installed_pairs if a not in catalogs or b not in catalogs)
    lines.append(f"Argos models for languages without a catalog: {', '.join(other) or 'none'}")
    lines.append(f"Argos models directory: {settings.argos_dir}")
    return "\n".join(lines)


def fill_catalog(settings: Settings, language: str, translator: Translator) -> int:
    """Draft every response missing in ``language`` by machine translation; returns how many."""
    if not translator.can_translate(SOURCE_LANGUAGE, language):
        raise HelplineError(
            f"no Argos model translates en→{language}; install one with "
            "`helpline languages install PATH.argosmodel`"
        )
    catalogs = load_catalogs(settings.translations_dir)
    source = catalogs[SOURCE_LANGUAGE]
    path = settings.translations_dir / f"{language}.yml"
    raw: dict[str, Any] = (
        yaml.safe_load(path.read_text(encoding="utf-8"))
        if path.exists()
        else {"language": language, "name": language, "responses": {}}
    )
    catalog = catalogs.get(language)
    missing = missing_responses(source, catalog) if catalog else list(source.entries)
    protected = settings.contact.placeholders().values()
    for name in missing:
        entry = source.entries[name]
        body: dict[str, Any] = {
            "status": "machine",
            "text": translator.translate(entry.text, SOURCE_LANGUAGE, language, protected),
        }
        if entry.buttons:
            body["buttons"] = [
                {
                    "title": translator.translate(b.title, SOURCE_LANGUAGE, language, protected),
                    "payload": b.payload,
                }
                for b in entry.buttons
            ]
        raw["responses"][name] = body
    raw["updated"] = dt.date.today()
    raw["responses"] = {
        name: raw["responses"][name] for name in source.entries if name in raw["responses"]
    }
    _write_yaml(path, raw)
    return len(missing)


def _write_yaml(path: Path, data: dict[str, Any]) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(text, encoding="utf-8")
