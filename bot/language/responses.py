"""Turn a response name into the text a person reads, in her language.

Pure logic over loaded catalogs (plus an optional machine translator): the NLG server calls it
for every bot message. It never fails towards the person:

- an unknown response or a missing value gives the catalog's safe default answer, which always
  names a next step, and the problem is logged;
- a response missing in her language is machine translated from English and marked as such
  when a translation model is installed; otherwise she gets the English text together with the
  language menu. Nothing is guessed silently.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from bot.language.catalog import SOURCE_LANGUAGE, Button, Catalog, Entry

log = logging.getLogger(__name__)

SAFE_DEFAULT_RESPONSE = "utter_default"
LANGUAGE_MENU_RESPONSE = "utter_language_menu"
MACHINE_TRANSLATED_NOTE = "note_machine_translated"
CHOOSE_LANGUAGE_BUTTON = Button("Language", "/choose_language")
# Action arguments with this prefix name a catalog label (e.g. "topic_ask_housing"), which is
# shown in the person's language; all other arguments are shown as given.
LABEL_PREFIX = "topic_"


class Translator(Protocol):
    """What the renderer needs from machine translation (bot.language.translation)."""

    def can_translate(self, source: str, target: str) -> bool: ...

    def translate(
        self, text: str, source: str, target: str, protected: Iterable[str] = ()
    ) -> str: ...


@dataclass(frozen=True)
class RenderedResponse:
    """A bot message ready for Rasa's NLG response format."""

    name: str
    language: str
    text: str
    buttons: tuple[Button, ...] = ()
    machine_translated: bool = False

    def to_rasa(self) -> dict[str, Any]:
        """The JSON body Rasa's callback NLG expects."""
        return {
            "text": self.text,
            "buttons": [{"title": b.title, "payload": b.payload} for b in self.buttons],
            "image": None,
            "elements": [],
            "attachments": [],
            # Rasa sends a non-empty "custom" as a message of its own: keep it empty.
            "custom": {},
        }


class ResponseRenderer:
    """Renders catalog entries with contact details and action arguments filled in."""

    def __init__(
        self,
        catalogs: Mapping[str, Catalog],
        fixed_values: Mapping[str, str],
        translator: Translator | None = None,
    ) -> None:
        self._catalogs = dict(catalogs)
        self._source = self._catalogs[SOURCE_LANGUAGE]
        self._fixed_values = dict(fixed_values)
        self._translator = translator
        self._language_buttons = tuple(
            Button(catalog.name, f'/choose_language{{"requested_language":"{code}"}}')
            for code, catalog in sorted(
                self._catalogs.items(), key=lambda item: (item[0] != SOURCE_LANGUAGE, item[0])
            )
        )

    @property
    def languages(self) -> list[str]:
        return sorted(self._catalogs)

    def is_quick(self, name: str, language: str | None) -> bool:
        """Whether ``render`` needs no translation model: the catalog has the entry."""
        catalog = self._catalogs.get(language or SOURCE_LANGUAGE)
        return catalog is not None and catalog.get(name) is not None

    def render(
        self, name: str, language: str | None, arguments: Mapping[str, Any] | None = None
    ) -> RenderedResponse:
        """Render ``name`` for ``language``, falling back safely instead of failing."""
        language = language or SOURCE_LANGUAGE
        if name not in self._source:
            log.error("unknown response %s requested; sending %s", name, SAFE_DEFAULT_RESPONSE)
            name = SAFE_DEFAULT_RESPONSE
        catalog = self._catalogs.get(language)
        entry = catalog.get(name) if catalog else None
        values = self._values(catalog or self._source, arguments or {})
        try:
            if entry is not None:
                return self._fill(entry, language, values)
            return self._not_in_catalog(name, language, values)
        except KeyError as missing:
            if name == SAFE_DEFAULT_RESPONSE:
                raise  # the safe default uses only configured values: a configuration bug
            log.error(
                "response %s lacks value %s; sending %s", name, missing, SAFE_DEFAULT_RESPONSE
            )
            return self.render(SAFE_DEFAULT_RESPONSE, language)

    def _not_in_catalog(
        self, name: str, language: str, values: Mapping[str, str]
    ) -> RenderedResponse:
        english = self._fill(self._source.entries[name], SOURCE_LANGUAGE, values)
        translator = self._translator
        if translator is not None and translator.can_translate(SOURCE_LANGUAGE, language):
            try:
                return self._machine_translated(translator, english, language, values)
            except Exception:  # a broken model must not silence the assistant
                log.exception("machine translation to %s failed; answering in English", language)
        menu = self._fill(self._source.entries[LANGUAGE_MENU_RESPONSE], SOURCE_LANGUAGE, values)
        buttons = (*english.buttons, CHOOSE_LANGUAGE_BUTTON) if english.buttons else ()
        return RenderedResponse(
            name=name,
            language=SOURCE_LANGUAGE,
            text=f"{english.text}\n\n{menu.text}",
            buttons=buttons or self._language_buttons,
        )

    def _machine_translated(
        self,
        translator: Translator,
        english: RenderedResponse,
        language: str,
        values: Mapping[str, str],
    ) -> RenderedResponse:
        protected = [value for value in values.values() if value]

        def translate(text: str) -> str:
            return translator.translate(text, SOURCE_LANGUAGE, language, protected)

        catalog = self._catalogs.get(language)
        note_entry = catalog.get(MACHINE_TRANSLATED_NOTE) if catalog else None
        note = (
            note_entry.text
            if note_entry
            else translate(self._source.entries[MACHINE_TRANSLATED_NOTE].text)
        )
        return RenderedResponse(
            name=english.name,
            language=language,
            text=f"{translate(english.text)}\n\n{note}",
            buttons=tuple(Button(translate(b.title), b.payload) for b in english.buttons),
            machine_translated=True,
        )

    def _values(self, catalog: Catalog, arguments: Mapping[str, Any]) -> dict[str, str]:
        """Fixed values, then action arguments, with catalog labels translated."""
        values = dict(self._fixed_values)
        for key, value in arguments.items():
            if value is None:
                continue
            if isinstance(value, str) and value.startswith(LABEL_PREFIX):
                label = catalog.get(value) or self._source.get(value)
                if label is not None:  # an unknown label counts as a missing value
                    values[key] = label.text
            else:
                values[key] = str(value)
        return values

    def _fill(self, entry: Entry, language: str, values: Mapping[str, str]) -> RenderedResponse:
        buttons = tuple(
            Button(b.title.format_map(values), b.payload.format_map(values)) for b in entry.buttons
        )
        if entry.name == LANGUAGE_MENU_RESPONSE:
            buttons = self._language_buttons
        return RenderedResponse(
            name=entry.name, language=language, text=entry.text.format_map(values), buttons=buttons
        )
