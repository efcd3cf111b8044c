"""Answers missing in a language: machine translated and marked, or English with the menu."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.language.catalog import Catalog, load_catalog
from bot.language.nlg_server import create_nlg_app
from bot.language.responses import ResponseRenderer
from bot.language.translation import ArgosTranslator, configure_argos
from bot.settings import load_settings
from tests.support.tiny_argos import build_tiny_argos_model

CONTACT = load_settings({}).contact.placeholders()


@pytest.fixture(scope="module")
def translator(tmp_path_factory: pytest.TempPathFactory) -> ArgosTranslator:
    root = tmp_path_factory.mktemp("argos-answers")
    configure_argos(root / "packages", reconfigure=True)
    translator = ArgosTranslator(root / "packages")
    translator.install_model(build_tiny_argos_model("en", "de", root))
    return translator


def test_a_language_with_a_model_gets_a_marked_machine_translation(
    catalogs: dict[str, Catalog], translator: ArgosTranslator
) -> None:
    renderer = ResponseRenderer(catalogs, CONTACT, translator)
    english = renderer.render("utter_emergency", "en")

    rendered = renderer.render("utter_emergency", "de")

    assert rendered.machine_translated is True
    assert rendered.language == "de"
    assert rendered.text != english.text
    # Numbers and contact details never pass through the model.
    assert "112" in rendered.text and CONTACT["hotline_phone"] in rendered.text
    # The NLG server renders catalog entries at once and only translations off its event loop.
    assert renderer.is_quick("utter_emergency", "en")
    assert not renderer.is_quick("utter_emergency", "de")


def test_the_nlg_server_answers_with_the_machine_translation(
    catalogs: dict[str, Catalog], translator: ArgosTranslator
) -> None:
    renderer = ResponseRenderer(catalogs, CONTACT, translator)
    body = {"response": "utter_emergency", "tracker": {"slots": {"language": "de"}}}

    async def ask() -> dict[str, Any]:
        async with TestClient(TestServer(create_nlg_app(renderer))) as client:
            response = await client.post("/nlg", json=body)
            return await response.json()

    answer = asyncio.run(ask())

    assert answer["text"] == renderer.render("utter_emergency", "de").text
    assert answer["text"] != renderer.render("utter_emergency", "en").text


def test_a_missing_entry_uses_the_catalogs_own_machine_translation_note(
    tmp_path: Path, catalogs: dict[str, Catalog], translator: ArgosTranslator
) -> None:
    partial = tmp_path / "de.yml"
    partial.write_text(
        "language: de\nname: Deutsch\nupdated: 2026-11-22\nresponses:\n"
        "  note_machine_translated:\n    status: draft\n"
        '    text: "(Maschinell übersetzt: kann Fehler enthalten.)"\n',
        encoding="utf-8",
    )
    renderer = ResponseRenderer({**catalogs, "de": load_catalog(partial)}, CONTACT, translator)

    rendered = renderer.render("utter_reflection_period", "de")

    assert rendered.machine_translated is True
    assert rendered.text.endswith("(Maschinell übersetzt: kann Fehler enthalten.)")
    assert "30" in rendered.text and "120" in rendered.text


def test_without_a_model_the_answer_is_english_with_the_language_menu(
    catalogs: dict[str, Catalog], translator: ArgosTranslator
) -> None:
    renderer = ResponseRenderer(catalogs, CONTACT, translator)

    rendered = renderer.render("utter_reflection_period", "it")

    assert rendered.machine_translated is False
    assert rendered.language == "en"
    assert rendered.text.startswith(renderer.render("utter_reflection_period", "en").text)
    assert rendered.text.endswith(renderer.render("utter_language_menu", "en").text)
    assert len(rendered.buttons) == len(catalogs)


def test_a_failing_model_falls_back_to_english(catalogs: dict[str, Catalog]) -> None:
    class BrokenTranslator:
        def can_translate(self, source: str, target: str) -> bool:
            return True

        def translate(self, text: str, source: str, target: str, protected: object = ()) -> str:
            raise RuntimeError("model file is corrupt")

    renderer = ResponseRenderer(catalogs, CONTACT, BrokenTranslator())

    rendered = renderer.render("utter_emergency", "de")

    assert rendered.language == "en" and "112" in rendered.text
