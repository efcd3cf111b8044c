"""Response catalogs: ``translations/<lang>.yml`` maps response names to reviewed texts.

Every answer the assistant gives lives in a catalog, so adding a language means adding a file,
not touching stories. A catalog looks like::

    language: en
    name: English
    updated: 2026-11-22
    responses:
      utter_reflection_period:
        status: reviewed          # draft | reviewed | machine
        text: "You can get ... call {hotline_phone}."
        buttons:                  # optional; titles are translated, payloads never
          - {title: "Talk to a person", payload: "/request_human"}

``{name}`` placeholders are filled at answer time (contact details from helpline.yml, action
arguments); numbers and addresses therefore never pass through translation.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot import yaml_text
from bot.errors import CatalogError

REVIEW_STATUSES = ("draft", "reviewed", "machine")
SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class Button:
    """A quick reply: ``title`` is shown to the person, ``payload`` goes to Rasa."""

    title: str
    payload: str


@dataclass(frozen=True)
class Entry:
    """One response in one language."""

    name: str
    text: str
    status: str
    buttons: tuple[Button, ...] = ()

    def placeholders(self) -> frozenset[str]:
        """Names of the ``{placeholders}`` used in the text and the buttons."""
        parts = [self.text, *(b.title for b in self.buttons), *(b.payload for b in self.buttons)]
        return frozenset(name for part in parts for name in placeholder_names(part))


@dataclass(frozen=True)
class Catalog:
    """All responses of one language."""

    language: str
    name: str
    updated: dt.date
    entries: Mapping[str, Entry]

    def __contains__(self, name: object) -> bool:
        return name in self.entries

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def get(self, name: str) -> Entry | None:
        return self.entries.get(name)


def placeholder_names(text: str) -> list[str]:
    """The ``{name}`` fields of a text, in order; raises CatalogError on broken braces."""
    try:
        return [field for _, field, _, _ in string.Formatter().parse(text) if field is not None]
    except ValueError as error:
        raise CatalogError(f"broken placeholder in {text!r}: {error}") from error


def load_catalog(path: Path) -> Catalog:
    """Read and validate one catalog file."""
    try:
        raw = yaml_text.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise CatalogError(f"{path}: cannot read catalog: {error}") from error
    if not isinstance(raw, dict):
        raise CatalogError(f"{path}: a catalog must be a mapping")
    language = _required_str(raw, "language", path)
    if language != path.stem:
        raise CatalogError(f"{path}: language {language!r} does not match the file name")
    updated = raw.get("updated")
    if not isinstance(updated, dt.date):
        raise CatalogError(f"{path}: 'updated' must be a date (YYYY-MM-DD)")
    responses = raw.get("responses")
    if not isinstance(responses, dict) or not responses:
        raise CatalogError(f"{path}: 'responses' must be a non-empty mapping")
    entries = {name: _entry(name, body, path) for name, body in responses.items()}
    return Catalog(
        language=language, name=_required_str(raw, "name", path), updated=updated, entries=entries
    )


def load_catalogs(directory: Path) -> dict[str, Catalog]:
    """Load every ``<lang>.yml`` in ``directory``; the source language must be among them."""
    catalogs = {path.stem: load_catalog(path) for path in sorted(directory.glob("*.yml"))}
    if SOURCE_LANGUAGE not in catalogs:
        raise CatalogError(f"{directory}: the source catalog {SOURCE_LANGUAGE}.yml is missing")
    return catalogs


def _entry(name: object, body: Any, path: Path) -> Entry:
    if not isinstance(name, str) or not isinstance(body, dict):
        raise CatalogError(f"{path}: response {name!r} must map to a mapping")
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise CatalogError(f"{path}: {name}: 'text' must be a non-empty string")
    status = body.get("status")
    if status not in REVIEW_STATUSES:
        raise CatalogError(f"{path}: {name}: status must be one of {', '.join(REVIEW_STATUSES)}")
    buttons = tuple(_button(item, name, path) for item in body.get("buttons") or ())
    entry = Entry(name=name, text=text.strip(), status=status, buttons=buttons)
    entry.placeholders()  # validates brace syntax early, at load time
    return entry


def _button(item: Any, name: str, path: Path) -> Button:
    if not isinstance(item, dict) or not all(
        isinstance(item.get(key), str) and item[key] for key in ("title", "payload")
    ):
        raise CatalogError(f"{path}: {name}: every button needs a 'title' and a 'payload'")
    return Button(title=item["title"], payload=item["payload"])


def _required_str(raw: Mapping[str, Any], key: str, path: Path) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CatalogError(f"{path}: '{key}' must be a non-empty string")
    return value
