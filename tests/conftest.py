"""Shared fixtures: settings that point at a temporary data directory; one set of keys.

The test process and every process it starts use the same keys (tests/support/keys.py), so
what one writes encrypted the other can read. Every stack the tests start shares the project's
cache (the compiled lexicons and the fitted triage model, keyed by what they are made from, and
filled by `make train`), so only the first process that needs them makes them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bot.language.catalog import Catalog, load_catalogs
from bot.language.responses import ResponseRenderer
from bot.settings import PROJECT_DIR, Settings, load_settings
from bot.training import model_path
from tests.support.keys import TEST_KEYS

os.environ.update(TEST_KEYS)
os.environ.setdefault("HELPLINE_CACHE_DIR", str(PROJECT_DIR / "var" / "cache"))

# What `helpline train`, started in the background by the tests, printed (see below).
TRAINING_LOG = PROJECT_DIR / "var" / "test-training.log"
_TRAINING = pytest.StashKey[subprocess.Popen[bytes]]()


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


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The tests that need the trained model (the ``stack`` marker) run last, and as soon as
    the tests are collected one process starts training the model in the background if it is
    missing: ten minutes on one core on a fresh machine, while every test worker runs the
    tests that need none. A worker that reaches a test needing the model waits for that
    training (``bot.training.ensure_model`` trains once) and starts a stack of its own, so the
    stack tests are shared by the workers at the end.

    (Before, one worker trained before its first test while the others went on, and then ran
    every stack test alone; the run took seven minutes longer.)"""
    needs_model = [_needs_the_model(item) for item in items]
    items[:] = [item for item, needs in zip(items, needs_model, strict=True) if not needs] + [
        item for item, needs in zip(items, needs_model, strict=True) if needs
    ]
    if any(needs_model) and not config.option.collectonly and _is_the_first_process(config):
        _train_in_the_background(config)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """A run stopped early leaves no training behind."""
    training = session.config.stash.get(_TRAINING, None)
    if training is not None and training.poll() is None:
        os.killpg(training.pid, signal.SIGTERM)
        training.wait()


def _needs_the_model(item: pytest.Item) -> bool:
    return bool(
        item.get_closest_marker("stack") or "running_stack" in getattr(item, "fixturenames", ())
    )


def _is_the_first_process(config: pytest.Config) -> bool:
    """The only process under plain pytest, or the first worker under ``pytest -n``."""
    worker = getattr(config, "workerinput", None)
    return worker is None or worker["workerid"] == "gw0"


def _train_in_the_background(config: pytest.Config) -> None:
    settings = load_settings()
    if model_path(settings).exists():
        return
    TRAINING_LOG.parent.mkdir(parents=True, exist_ok=True)
    with TRAINING_LOG.open("wb") as log:
        config.stash[_TRAINING] = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "train"],
            cwd=PROJECT_DIR,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: rasa train is stopped with it
        )
