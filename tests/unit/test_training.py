"""The model is retrained exactly when its inputs change."""

import shutil
from pathlib import Path

import pytest

from bot import triage
from bot.cli import main
from bot.settings import PROJECT_DIR, load_settings
from bot.training import ensure_model, model_path, training_fingerprint


def copy_project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    for name in ("config.yml", "domain", "data", "helpline.yml"):
        source = PROJECT_DIR / name
        target = project / name
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, target)
    return project


def test_fingerprint_changes_with_training_data_only(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    before = training_fingerprint(project)

    (project / "helpline.yml").write_text((project / "helpline.yml").read_text() + "\n# x\n")
    unchanged = training_fingerprint(project)
    with (project / "data" / "nlu" / "en" / "menu.yml").open("a") as nlu:
        nlu.write("    - show me everything\n")
    changed = training_fingerprint(project)

    assert unchanged == before
    assert changed != before


def test_a_current_model_is_reused_without_training(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    settings = load_settings(
        {"HELPLINE_PROJECT_DIR": str(project), "HELPLINE_MODELS_DIR": str(tmp_path / "models")}
    )
    existing = model_path(settings)
    existing.parent.mkdir(parents=True)
    existing.write_bytes(b"a model")

    assert ensure_model(settings) == existing
    assert existing.read_bytes() == b"a model"


def test_train_fills_the_triage_cache_and_prints_the_model_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The servers read the compiled lexicons and the fitted model from the cache; `helpline
    # train` makes them once, so two servers never make them at the same time.
    project = copy_project(tmp_path)
    monkeypatch.setenv("HELPLINE_PROJECT_DIR", str(project))
    monkeypatch.setenv("HELPLINE_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("HELPLINE_CACHE_DIR", str(tmp_path / "cache"))
    settings = load_settings()
    existing = model_path(settings)
    existing.parent.mkdir(parents=True)
    existing.write_bytes(b"a model")
    filled: list[tuple[str, Path]] = []
    monkeypatch.setattr(
        triage, "load_lexicon", lambda cache_dir: filled.append(("lexicon", cache_dir))
    )
    monkeypatch.setattr(
        triage, "load_learned", lambda cache_dir: filled.append(("learned", cache_dir))
    )

    assert main(["train"]) == 0

    assert sorted(filled) == [("learned", tmp_path / "cache"), ("lexicon", tmp_path / "cache")]
    assert capsys.readouterr().out.splitlines()[-1] == str(existing)
