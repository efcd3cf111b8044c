"""Training the Rasa model only when its inputs changed.

The model file name carries a fingerprint of everything that shapes it (pipeline, domain,
training data, Rasa version), so "is the model stale?" is one file lookup and needs no Rasa
import; `rasa train` itself would take seconds just to start and decide.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from bot.settings import Settings

log = logging.getLogger(__name__)

MODEL_PREFIX = "helpline-"
# A model being trained, renamed to its own name when complete (``train``).
PARTIAL_PREFIX = "training-"
# The file that ``ensure_model`` locks while it trains, in the models directory.
TRAINING_LOCK = ".training.lock"
TRAINING_INPUTS = ("config.yml", "domain", "data")


def training_fingerprint(project_dir: Path) -> str:
    """A short hash over the training inputs' paths and contents, and the Rasa version."""
    digest = hashlib.sha256(version("rasa").encode())
    for name in TRAINING_INPUTS:
        root = project_dir / name
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in files:
            digest.update(str(path.relative_to(project_dir)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def model_path(settings: Settings) -> Path:
    """Where the model for the current training inputs is (or will be) stored."""
    fingerprint = training_fingerprint(settings.project_dir)
    return settings.models_dir / f"{MODEL_PREFIX}{fingerprint}.tar.gz"


def ensure_model(settings: Settings, force: bool = False) -> Path:
    """Return the current model, training it first if it is missing or stale.

    Processes that need the model at the same time (the test workers, `make run` beside a test
    run) train it once: the first trains, the others wait for it and then use it. Training
    takes ten minutes on a small machine; two trainings would also compete for its cores.
    """
    target = model_path(settings)
    if target.exists() and not force:
        log.info("model %s is up to date", target.name)
        return target
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    with (settings.models_dir / TRAINING_LOCK).open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
        if force or not target.exists():  # else another process trained it while we waited
            train(settings, target)
    return target


def ready_model(settings: Settings, force: bool = False) -> Path:
    """The current model (``ensure_model``) with the triage cache filled: what a stack needs
    before it starts, and what `helpline train` leaves behind."""
    model = ensure_model(settings, force=force)
    fill_triage_cache(settings)
    return model


def fill_triage_cache(settings: Settings) -> None:
    """Compile the lexicons and fit the triage model into ``settings.cache_dir`` now, once.

    Every process that triages (the Rasa server, the action server, `rasa test`, each test
    stack) reads them from there. On a cold cache each made them itself, minutes each, the Rasa
    server and the action server at the same time on the same cores; a warm cache costs a
    second. Lexicon changes need no retraining, so this runs even when the model is current.
    """
    from bot.triage import load_learned, load_lexicon

    load_learned(cache_dir=settings.cache_dir)
    load_lexicon(cache_dir=settings.cache_dir)


def train(settings: Settings, target: Path) -> None:
    """Run `rasa train` into ``target``; raises CalledProcessError when training fails.

    Rasa writes the model under another name, renamed to ``target`` when complete: a process
    that finds ``target`` never reads half a model.
    """
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    project = settings.project_dir
    partial = settings.models_dir / f"{PARTIAL_PREFIX}{target.name}"
    command = [
        sys.executable, "-m", "rasa", "train",
        "--config", str(project / "config.yml"),
        "--domain", str(project / "domain"),
        "--data", str(project / "data"),
        "--out", str(settings.models_dir),
        "--fixed-model-name", partial.name.removesuffix(".tar.gz"),
    ]  # fmt: skip
    print(f"Training the model ({target.name}); this takes a few minutes...", flush=True)
    environ = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}  # see Settings.rasa_environment
    subprocess.run(command, cwd=project, check=True, env=environ)
    os.replace(partial, target)
    for old in settings.models_dir.glob(f"{MODEL_PREFIX}*.tar.gz"):
        if old != target:
            old.unlink()
