"""Catalog loading: malformed catalogs are refused with a message that says what to fix."""

from pathlib import Path

import pytest

from bot.errors import CatalogError
from bot.language.catalog import load_catalog, load_catalogs, placeholder_names

VALID = """\
language: xx
name: Test
updated: 2026-11-22
responses:
  utter_hello:
    status: reviewed
    text: "Call {hotline_phone}."
    buttons:
      - {title: "Yes", payload: "/{intent}"}
"""


def write(directory: Path, name: str, content: str) -> Path:
    path = directory / name
    path.write_text(content, encoding="utf-8")
    return path


def test_a_valid_catalog_loads_with_buttons_and_placeholders(tmp_path: Path) -> None:
    catalog = load_catalog(write(tmp_path, "xx.yml", VALID))

    entry = catalog.get("utter_hello")
    assert entry is not None
    assert entry.text == "Call {hotline_phone}."
    assert entry.buttons[0].payload == "/{intent}"
    assert entry.placeholders() == {"hotline_phone", "intent"}
    assert str(catalog.updated) == "2026-11-22"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (VALID.replace("language: xx", "language: yy"), "does not match the file name"),
        (VALID.replace("updated: 2026-11-22", "updated: soon"), "must be a date"),
        (VALID.replace("status: reviewed", "status: great"), "status must be one of"),
        (VALID.replace('text: "Call {hotline_phone}."', 'text: ""'), "non-empty string"),
        (VALID.replace("{hotline_phone}", "{hotline_phone"), "broken placeholder"),
        (VALID.replace('payload: "/{intent}"', 'payload: ""'), "title' and a 'payload"),
        ("- a list\n", "must be a mapping"),
        ("language: xx\nname: T\nupdated: 2026-11-22\nresponses: {}\n", "non-empty mapping"),
        ("responses: [unclosed\n", "cannot read catalog"),
        (
            VALID + '  utter_hello:\n    status: reviewed\n    text: "Hello again."\n',
            "(?s)cannot read catalog.*'utter_hello' twice",
        ),
    ],
)
def test_malformed_catalogs_are_refused(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(CatalogError, match=message):
        load_catalog(write(tmp_path, "xx.yml", content))


def test_a_catalog_in_the_wrong_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "xx.yml"
    path.write_bytes(VALID.replace("Test", "Tést").encode("utf-16"))

    with pytest.raises(CatalogError, match="cannot read catalog"):
        load_catalog(path)


def test_catalogs_need_the_english_source(tmp_path: Path) -> None:
    write(tmp_path, "xx.yml", VALID)

    with pytest.raises(CatalogError, match="source catalog en.yml is missing"):
        load_catalogs(tmp_path)


def test_placeholder_names_lists_fields_in_order() -> None:
    assert placeholder_names("Call {hotline_phone} or {emergency_number}.") == [
        "hotline_phone",
        "emergency_number",
    ]
