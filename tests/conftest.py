"""Shared fixtures: settings that point at a temporary data directory; one set of keys.

The test process and every process it starts use the same keys (tests/support/keys.py), so
what one writes encrypted the other can read. Every stack the tests start shares the project's
cache (the compiled lexicons and the fitted triage model, keyed by what they are made from, and
filled by `make train`), so only the first process that needs them makes them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.language.catalog import Catalog, load_catalogs
from bot.language.responses import ResponseRenderer
from bot.settings import PROJECT_DIR, Settings, load_settings
from tests.support.keys import TEST_KEYS

os.environ.update(TEST_KEYS)
os.environ.setdefault("HELPLINE_CACHE_DIR", str(PROJECT_DIR / "var" / "cache"))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings({"HELPLINE_DATA_DIR": str(tmp_path / "var")})


@pytest.fixture(scope="session")
def catalogs() -> dict[str, Catalog]:
    return load_catalogs(PROJECT_DIR / "translations")


@pytest.fixture(scope="session")
def renderer(catalogs: dict[str, Catalog]) -> ResponseRenderer:
    contact = load_settings({}).contact
    return ResponseRenderer(catalogs, contact.placeholders())


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under ``pytest -n`` (``--dist loadgroup``), every test that needs the trained model (the
    ``stack`` marker) goes to one worker: starting Rasa takes most of a minute and a second
    stack would only compete with it for the cores. They come first, so that on a fresh
    machine that worker starts training the model (ten minutes on one core) at once, while
    the others run the tests that need none; in collection order it started after eight
    minutes of other tests.

    First among the hooks: pytest-xdist's own, which turns the group marker into the
    ``@stack`` suffix of the test id that the scheduler reads, ran before this one, so the
    group was never made and each worker started a stack of its own."""
    needs_model = [_needs_the_model(item) for item in items]
    for item, needs in zip(items, needs_model, strict=True):
        if needs:
            item.add_marker(pytest.mark.xdist_group("stack"))
    items[:] = [item for item, needs in zip(items, needs_model, strict=True) if needs] + [
        item for item, needs in zip(items, needs_model, strict=True) if not needs
    ]


def _needs_the_model(item: pytest.Item) -> bool:
    return bool(
        item.get_closest_marker("stack") or "running_stack" in getattr(item, "fixturenames", ())
    )
