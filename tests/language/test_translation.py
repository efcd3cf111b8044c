"""Argos translation: the real argostranslate code path on tiny random models, offline.

The models translate into garbage, so these tests check what the helpline relies on: models
install and refuse bad files, pairs pivot, protected spans never reach the model and come back
byte for byte, and nothing touches the network or $HOME.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.language.translation import (
    ArgosTranslator,
    TranslationError,
    configure_argos,
    split_protected,
)
from bot.settings import PROJECT_DIR
from tests.support.tiny_argos import build_tiny_argos_model

HOTLINE = "+45 70 20 25 50"
ADDRESS = "Copenhagen: health clinic and drop-in centre"
NETWORK_EVENTS = {
    "socket.connect",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "urllib.Request",
    "http.client.connect",
}

# sys.addaudithook cannot be removed again: one hook per process, recording only when asked.
_network_events: list[str] | None = None


def _record_network(event: str, args: tuple[Any, ...]) -> None:
    if _network_events is not None and event in NETWORK_EVENTS:
        _network_events.append(event)


sys.addaudithook(_record_network)


@pytest.fixture
def network_events() -> Iterator[list[str]]:
    """Network-related audit events raised while the test runs."""
    global _network_events
    _network_events = []
    try:
        yield _network_events
    finally:
        _network_events = None


@pytest.fixture(scope="session")
def argos_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Isolated argos directories; re-points argostranslate if another test imported it."""
    root = tmp_path_factory.mktemp("argos")
    configure_argos(root / "packages", reconfigure=True)
    return root


@pytest.fixture(scope="session")
def model_files(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, str], Path]:
    """Builds (once per pair) a tiny .argosmodel file."""
    directory = tmp_path_factory.mktemp("tiny-models")
    built: dict[tuple[str, str], Path] = {}

    def model_file(from_code: str, to_code: str) -> Path:
        if (from_code, to_code) not in built:
            built[(from_code, to_code)] = build_tiny_argos_model(from_code, to_code, directory)
        return built[(from_code, to_code)]

    return model_file


@pytest.fixture(scope="session")
def translator(argos_root: Path, model_files: Callable[[str, str], Path]) -> ArgosTranslator:
    """en->es and es->fr installed, so en->fr pivots through Spanish."""
    translator = ArgosTranslator(argos_root / "packages")
    translator.install_model(model_files("en", "es"))
    translator.install_model(model_files("es", "fr"))
    return translator


@pytest.fixture
def model_inputs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """(from, to, text) for every text that reaches a CTranslate2 model."""
    from argostranslate import translate

    seen: list[tuple[str, str, str]] = []
    real = translate.apply_packaged_translation

    def spy(pkg: Any, input_text: str, *args: Any, **kwargs: Any) -> Any:
        seen.append((pkg.from_code, pkg.to_code, input_text))
        return real(pkg, input_text, *args, **kwargs)

    monkeypatch.setattr(translate, "apply_packaged_translation", spy)
    return seen


# --- split_protected ----------------------------------------------------------------------------


def test_a_phone_number_in_groups_is_one_protected_span() -> None:
    assert split_protected(f"Call {HOTLINE} now") == [
        ("Call ", False),
        (HOTLINE, True),
        (" now", False),
    ]


def test_emergency_number_placeholder_and_sentence_end_are_separated() -> None:
    assert split_protected("Dial 112 or {hotline_phone}.") == [
        ("Dial ", False),
        ("112", True),
        (" or ", False),
        ("{hotline_phone}", True),
        (".", False),
    ]


def test_email_and_url_stop_before_trailing_punctuation() -> None:
    parts = split_protected("Write to help@example.org, or see https://example.org/help.")

    assert [part for part, protected in parts if protected] == [
        "help@example.org",
        "https://example.org/help",
    ]
    assert parts[-1] == (".", False)


def test_caller_literals_win_over_numbers_inside_them() -> None:
    address = "Vesterbrogade 12, 1620 København V"

    parts = split_protected(f"Come to {address} today", protected=[address])

    assert parts == [("Come to ", False), (address, True), (" today", False)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no numbers here",
        f"  {HOTLINE}\n\nline two 24/7, 3.5 km, 2nd floor  ",
        "{a}{b} www.example.dk/x?y=1) mail:a.b+c@d-e.co.uk.",
        "مرحبا 112 – 你好 {name}!",
    ],
)
def test_parts_join_back_to_exactly_the_text(text: str) -> None:
    parts = split_protected(text, protected=[ADDRESS, ""])

    assert "".join(part for part, _ in parts) == text
    assert all(part for part, _ in parts)


# --- installing ---------------------------------------------------------------------------------


def test_installed_model_pairs_appear_with_the_pivot(translator: ArgosTranslator) -> None:
    pairs = translator.installed_pairs()

    assert {("en", "es"), ("es", "fr"), ("en", "fr")} <= pairs
    assert translator.can_translate("en", "fr")
    assert not translator.can_translate("fr", "en")
    assert translator.can_translate("fr", "fr")


def test_install_returns_the_pair_and_replaces_the_old_package(
    translator: ArgosTranslator, argos_root: Path, model_files: Callable[[str, str], Path]
) -> None:
    assert translator.install_model(model_files("en", "es")) == ("en", "es")

    assert [p.name for p in (argos_root / "packages").iterdir()].count("translate-en_es") == 1


def test_a_file_that_is_not_a_zip_is_refused(translator: ArgosTranslator, tmp_path: Path) -> None:
    bogus = tmp_path / "translate-en_de.argosmodel"
    bogus.write_text("not a model", encoding="utf-8")

    with pytest.raises(TranslationError, match="not an Argos model: expected a zip archive"):
        translator.install_model(bogus)


def _zip(path: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"translate-en_de/model/model.bin": "x"}, "no translate-en_de/metadata.json"),
        ({"a/metadata.json": "{}", "b/metadata.json": "{}"}, "exactly one top-level directory"),
        ({"metadata.json": "{}"}, "file outside the package directory"),
        ({"p/../../evil.txt": "x"}, "unsafe path"),
        ({"p/metadata.json": "{not json"}, "not valid JSON"),
        ({"p/metadata.json": '{"type": "sbd", "from_code": "en"}'}, "not a translation model"),
        ({"p/metadata.json": '{"from_code": "en"}'}, "needs from_code and to_code"),
        (
            {"p/metadata.json": '{"from_code": "en", "to_code": "de"}'},
            r"no CTranslate2 model \(p/model/model.bin\)",
        ),
    ],
)
def test_zips_that_are_not_translation_packages_are_refused(
    translator: ArgosTranslator, tmp_path: Path, files: dict[str, str], message: str
) -> None:
    before = translator.installed_pairs()

    with pytest.raises(TranslationError, match=message):
        translator.install_model(_zip(tmp_path / "bad.argosmodel", files))

    assert translator.installed_pairs() == before
    assert not (translator.packages_dir / "p").exists()


# --- translating --------------------------------------------------------------------------------


def test_translation_keeps_protected_spans_and_never_shows_them_to_the_model(
    translator: ArgosTranslator, model_inputs: list[tuple[str, str, str]]
) -> None:
    text = f"Call {HOTLINE} or 112 now. Ask for {{hotline_phone}} at {ADDRESS}, any time."

    translated = translator.translate(text, "en", "es", protected=[ADDRESS])

    assert translated.strip()
    spans = [HOTLINE, "112", "{hotline_phone}", ADDRESS]
    positions = [translated.find(span) for span in spans]
    assert -1 not in positions and positions == sorted(positions)
    assert model_inputs, "nothing was translated"
    for _, _, seen in model_inputs:
        assert not any(span in seen for span in spans)
        assert not any(character.isdigit() for character in seen)


def test_pivot_translation_runs_both_models(
    translator: ArgosTranslator, model_inputs: list[tuple[str, str, str]]
) -> None:
    translated = translator.translate("Where is the clinic?", "en", "fr")

    assert translated.strip()
    assert {(source, target) for source, target, _ in model_inputs} == {("en", "es"), ("es", "fr")}


def test_text_without_words_and_same_language_skip_the_model(
    translator: ArgosTranslator, model_inputs: list[tuple[str, str, str]]
) -> None:
    assert translator.translate(f" {HOTLINE} – 112! ", "en", "es") == f" {HOTLINE} – 112! "
    assert translator.translate("Hello", "en", "en") == "Hello"
    assert model_inputs == []


def test_line_breaks_and_surrounding_whitespace_survive(translator: ArgosTranslator) -> None:
    translated = translator.translate("  Hello there\n\nCall us  ", "en", "es")

    assert translated.startswith("  ") and translated.endswith("  ")
    assert translated.count("\n\n") == 1


def test_punctuation_around_protected_spans_stays_where_it_was(
    translator: ArgosTranslator,
) -> None:
    translated = translator.translate("Call 112. Where is help? Ring (+45 70 20 25 50)", "en", "es")

    assert "112. " in translated
    assert translated.endswith(" (+45 70 20 25 50)")


def test_a_missing_pair_says_what_to_install(translator: ArgosTranslator) -> None:
    with pytest.raises(TranslationError, match="no translation model for fr->en is installed"):
        translator.translate("Bonjour", "fr", "en")


def test_translated_text_is_not_logged(
    translator: ArgosTranslator, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        translator.translate("My secret story", "en", "es")

    assert "secret" not in caplog.text


def test_install_and_first_translation_use_no_network(
    translator: ArgosTranslator,
    model_files: Callable[[str, str], Path],
    network_events: list[str],
) -> None:
    translator.install_model(model_files("es", "en"))  # a cold model and sentence splitter

    translated = translator.translate("Hola, necesito ayuda.", "es", "en")

    assert translated.strip()
    assert network_events == []


# --- configuration ------------------------------------------------------------------------------


def test_argos_keeps_everything_in_its_own_directories(
    translator: ArgosTranslator, argos_root: Path
) -> None:
    import minisbd.models
    from argostranslate import settings

    assert settings.package_data_dir == argos_root / "packages"
    for directory in (settings.data_dir, settings.cache_dir, Path(minisbd.models.cache_dir)):
        assert directory.is_relative_to(argos_root)
    assert settings.device == "cpu"
    assert settings.chunk_type == settings.ChunkType.MINISBD
    assert os.environ.get("ARGOS_PACKAGES_DIR") != str(argos_root / "packages")


def test_configuring_another_directory_late_is_refused(
    translator: ArgosTranslator, tmp_path: Path
) -> None:
    configure_argos(translator.packages_dir)  # the same directory again is fine

    with pytest.raises(TranslationError, match="imported before configure_argos"):
        ArgosTranslator(tmp_path / "packages")


def test_reconfiguring_moves_argos_and_back(translator: ArgosTranslator, tmp_path: Path) -> None:
    configure_argos(tmp_path / "packages", reconfigure=True)
    try:
        assert ArgosTranslator(tmp_path / "packages").installed_pairs() == set()
    finally:
        configure_argos(translator.packages_dir, reconfigure=True)

    assert translator.translate("Hello", "en", "fr").strip()


def test_argos_imported_first_is_re_pointed(tmp_path: Path) -> None:
    script = """
import json, sys
from pathlib import Path
import argostranslate.translate
from argostranslate import settings
from bot.language.translation import ArgosTranslator, TranslationError, configure_argos
from tests.support.tiny_argos import build_tiny_argos_model

root = Path(sys.argv[1])
try:
    ArgosTranslator(root / "packages")
    refused = False
except TranslationError:
    refused = True
configure_argos(root / "packages", reconfigure=True)
translator = ArgosTranslator(root / "packages")
translator.install_model(build_tiny_argos_model("en", "es", root / "models"))
print(json.dumps({
    "refused": refused,
    "packages": str(settings.package_data_dir),
    "translated": translator.translate("Call 112 now", "en", "es"),
}))
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ARGOS_", "XDG_"))}
    env["HOME"] = str(tmp_path / "home")
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "argos")],
        capture_output=True,
        text=True,
        cwd=PROJECT_DIR,
        env=env,
        timeout=120,
        check=True,
    )

    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["refused"] is True
    assert outcome["packages"] == str(tmp_path / "argos" / "packages")
    assert "112" in outcome["translated"]


# --- the package index --------------------------------------------------------------------------


def _index(tmp_path: Path, *pairs: tuple[str, str]) -> str:
    entries = [
        {
            "type": "translate",
            "from_code": source,
            "to_code": target,
            "from_name": source,
            "to_name": target,
            "package_version": "0.0.1",
            "argos_version": "1.9.0",
            "links": [f"https://example.invalid/translate-{source}_{target}.argosmodel"],
        }
        for source, target in pairs
    ]
    path = tmp_path / "index.json"
    path.write_text(json.dumps(entries), encoding="utf-8")
    return path.as_uri()


def test_install_from_index_without_network_says_so(
    translator: ArgosTranslator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from argostranslate import settings

    monkeypatch.setattr(settings, "remote_package_index", (tmp_path / "missing.json").as_uri())

    with pytest.raises(TranslationError, match="no network access"):
        translator.install_from_index("de")


def test_install_from_index_names_a_language_it_lacks(
    translator: ArgosTranslator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from argostranslate import settings

    monkeypatch.setattr(settings, "remote_package_index", _index(tmp_path, ("en", "it")))

    with pytest.raises(TranslationError, match="no model between en and de"):
        translator.install_from_index("de")


def test_install_from_index_installs_both_directions(
    translator: ArgosTranslator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    model_files: Callable[[str, str], Path],
) -> None:
    from argostranslate import settings

    monkeypatch.setattr(
        settings, "remote_package_index", _index(tmp_path, ("en", "da"), ("da", "en"))
    )
    for source, target in [("en", "da"), ("da", "en")]:  # already downloaded: argos reuses them
        cached = settings.downloads_dir / f"translate-{source}_{target}.argosmodel"
        cached.write_bytes(model_files(source, target).read_bytes())

    assert translator.install_from_index("da") == [("en", "da"), ("da", "en")]
    assert translator.translate("Hello", "en", "da").strip()
