"""Turn a response name into the text a person reads, in her language.

Pure logic over loaded catalogs: the NLG server calls it for every bot message. It never fails
towards the person: an unknown response or a missing value gives the catalog's safe default
answer (which always names a next step) instead of an error, and the problem is logged.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.language.catalog import SOURCE_LANGUAGE, Button, Catalog, Entry

log = logging.getLogger(__name__)

SAFE_DEFAULT_RESPONSE = "utter_default"
# Action arguments with this prefix name a catalog label (e.g. "topic_ask_housing"), which is
# shown in the person's language; all other arguments are shown as given.
LABEL_PREFIX = "topic_"


@dataclass(frozen=True)
class RenderedResponse:
    """A bot message ready for Rasa's NLG response format."""

    name: str
    language: str
    text: str
    buttons: tuple[Button, ...] = ()

    def to_rasa(self) -> dict[str, Any]:
        """The JSON body Rasa's callback NLG expects."""
        return {
            "text": self.text,
            "buttons": [{"title": b.title, "payload": b.payload} for b in self.buttons],
            "image": None,
            "elements": [],
            "attachments": [],
            "custom": {},
        }


class ResponseRenderer:
    """Renders catalog entries with contact details and action arguments filled in."""

    def __init__(self, catalogs: Mapping[str, Catalog], fixed_values: Mapping[str, str]) -> None:
        self._catalogs = dict(catalogs)
        self._fixed_values = dict(fixed_values)

    @property
    def languages(self) -> list[str]:
        return sorted(self._catalogs)

    def render(
        self, name: str, language: str | None, arguments: Mapping[str, Any] | None = None
    ) -> RenderedResponse:
        """Render ``name`` for ``language``, falling back safely instead of failing."""
        catalog = self._catalog_for(language)
        entry = self._entry(catalog, name)
        if entry is None:
            log.error("unknown response %s requested; sending %s", name, SAFE_DEFAULT_RESPONSE)
            entry = self._entry(catalog, SAFE_DEFAULT_RESPONSE)
            assert entry is not None, "the source catalog always has the safe default"
        values = self._values(catalog, arguments or {})
        try:
            return self._fill(entry, catalog.language, values)
        except KeyError as missing:
            log.error("response %s is missing value %s; sending %s", name, missing, entry.name)
            fallback = self._entry(catalog, SAFE_DEFAULT_RESPONSE)
            assert fallback is not None
            return self._fill(fallback, catalog.language, values)

    def _catalog_for(self, language: str | None) -> Catalog:
        return self._catalogs.get(language or SOURCE_LANGUAGE) or self._catalogs[SOURCE_LANGUAGE]

    def _entry(self, catalog: Catalog, name: str) -> Entry | None:
        return catalog.get(name) or self._catalogs[SOURCE_LANGUAGE].get(name)

    def _values(self, catalog: Catalog, arguments: Mapping[str, Any]) -> dict[str, str]:
        """Fixed values, then action arguments, with catalog labels translated."""
        values = dict(self._fixed_values)
        for key, value in arguments.items():
            if value is None:
                continue
            if isinstance(value, str) and value.startswith(LABEL_PREFIX):
                label = self._entry(catalog, value)
                if label is not None:  # an unknown label counts as a missing value
                    values[key] = label.text
            else:
                values[key] = str(value)
        return values

    @staticmethod
    def _fill(entry: Entry, language: str, values: Mapping[str, str]) -> RenderedResponse:
        return RenderedResponse(
            name=entry.name,
            language=language,
            text=entry.text.format_map(values),
            buttons=tuple(
                Button(b.title.format_map(values), b.payload.format_map(values))
                for b in entry.buttons
            ),
        )
