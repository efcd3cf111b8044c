"""The model is retrained exactly when its inputs change."""

import shutil
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot import training, triage
from bot.cli import main
from bot.settings import PROJECT_DIR, Settings, load_settings
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


def models_settings(tmp_path: Path) -> Settings:
    project = copy_project(tmp_path)
    return load_settings(
        {"HELPLINE_PROJECT_DIR": str(project), "HELPLINE_MODELS_DIR": str(tmp_path / "models")}
    )


def test_processes_that_need_the_model_at_once_train_it_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The test workers, or `make run` beside a test run: one trains, the others wait."""
    settings = models_settings(tmp_path)
    trainings: list[Path] = []

    def slow_training(settings: Settings, target: Path) -> None:
        trainings.append(target)
        time.sleep(0.5)
        target.write_bytes(b"a model")

    monkeypatch.setattr(training, "train", slow_training)
    with ThreadPoolExecutor(max_workers=3) as pool:
        models = list(pool.map(lambda _: ensure_model(settings), range(3)))

    assert trainings == [model_path(settings)]
    assert models == [model_path(settings)] * 3
    assert model_path(settings).read_bytes() == b"a model"


def test_a_model_appears_under_its_name_only_when_training_completed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rasa writes the archive under another name; a failed training leaves no model that a
    server would load half-written."""
    settings = models_settings(tmp_path)
    target = model_path(settings)
    seen_during_training: list[bool] = []

    def rasa_train(command: list[str], **_: object) -> None:
        out = Path(command[command.index("--out") + 1])
        name = command[command.index("--fixed-model-name") + 1]
        (out / f"{name}.tar.gz").write_bytes(b"a model")
        seen_during_training.append(target.exists())
        if out.name == "fail":
            raise subprocess.CalledProcessError(1, command)

    monkeypatch.setattr(training.subprocess, "run", rasa_train)
    training.train(settings, target)

    assert seen_during_training == [False]
    assert target.read_bytes() == b"a model"
    assert [path.name for path in settings.models_dir.glob("*.tar.gz")] == [target.name]

    failing = load_settings(
        {
            "HELPLINE_PROJECT_DIR": str(settings.project_dir),
            "HELPLINE_MODELS_DIR": str(tmp_path / "fail"),
        }
    )
    with pytest.raises(subprocess.CalledProcessError):
        training.train(failing, model_path(failing))
    assert not model_path(failing).exists()
