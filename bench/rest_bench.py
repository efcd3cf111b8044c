"""Training time, start-up time and REST latency/throughput, ours against a plain `rasa init`.

Both assistants are trained, started and loaded in the same run on the same machine, so the
comparison holds whatever the machine. Ours runs its full stack (Rasa + action server + NLG
server + SQLite tracker store); the reference is Rasa's starter bot with its default in-memory
tracker store and responses from its domain.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.load import LoadResult, run_load
from bench.stack_environ import config_without_rate_limits, stack_environ
from bot.settings import load_settings
from bot.stack import Stack, is_healthy
from bot.training import model_path, train

CONCURRENCY_ROUNDS = {1: 20, 8: 4, 32: 2}
WARM_UP_MESSAGES = 10


@dataclass
class AssistantNumbers:
    name: str
    train_seconds: float
    start_seconds: float
    loads: list[LoadResult]


def measure_ours(workdir: Path) -> AssistantNumbers:
    data_dir = workdir / "var"
    extra = {"HELPLINE_MODELS_DIR": str(workdir / "models"), **config_without_rate_limits(data_dir)}
    environ = stack_environ(data_dir, 15000, extra)
    settings = load_settings(environ)
    target = model_path(settings)
    started = time.perf_counter()
    train(settings, target)
    train_seconds = time.perf_counter() - started

    stack = Stack(settings, target, environ)
    started = time.perf_counter()
    stack.start()
    start_seconds = time.perf_counter() - started
    try:
        loads = _loads(f"http://127.0.0.1:{settings.services.rasa_port}", silence_is_error=True)
    finally:
        stack.stop()
    return AssistantNumbers("Helpline", train_seconds, start_seconds, loads)


def measure_plain_rasa_init(workdir: Path) -> AssistantNumbers:
    project = workdir / "plain"
    project.mkdir()
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "rasa", "init", "--no-prompt", "--init-dir", str(project)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    train_seconds = time.perf_counter() - started
    port = 15105
    log = (workdir / "plain-rasa.log").open("wb")
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "rasa", "run", "--port", str(port), "-i", "127.0.0.1"],
        cwd=project,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        while not is_healthy(f"{url}/webhooks/rest/"):
            if process.poll() is not None:
                raise RuntimeError(f"plain rasa run exited; see {log.name}")
            time.sleep(0.5)
        start_seconds = time.perf_counter() - started
        # The starter bot has no answer for most of our questions; its silence is its answer.
        loads = _loads(url, silence_is_error=False)
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
    return AssistantNumbers("plain `rasa init`", train_seconds, start_seconds, loads)


def _loads(url: str, silence_is_error: bool) -> list[LoadResult]:
    asyncio.run(run_load(url, concurrency=1, rounds=WARM_UP_MESSAGES // 5))
    return [
        asyncio.run(run_load(url, concurrency, rounds=rounds, silence_is_error=silence_is_error))
        for concurrency, rounds in CONCURRENCY_ROUNDS.items()
    ]


def section() -> str:
    """Run both assistants and return the markdown section for docs/benchmarks.md."""
    with tempfile.TemporaryDirectory(prefix="helpline-bench-") as tmp:
        workdir = Path(tmp)
        # A cold training cache, so that training times are what a fresh machine sees.
        os.environ["RASA_CACHE_DIRECTORY"] = str(workdir / "rasa-cache")
        ours = measure_ours(workdir)
        plain = measure_plain_rasa_init(workdir)
    return render(ours, plain)


def render(ours: AssistantNumbers, plain: AssistantNumbers) -> str:
    lines = [
        "## Training, start-up and REST channel",
        "",
        "| assistant | training | server start |",
        "|---|---|---|",
    ]
    for numbers in (ours, plain):
        lines.append(
            f"| {numbers.name} | {numbers.train_seconds:.0f} s | {numbers.start_seconds:.0f} s |"
        )
    lines += [
        "",
        "REST channel (`/webhooks/rest/webhook`): each simulated person sends 5 messages one",
        "after another (greeting, two questions, a third, thanks); latency per message.",
        "",
        "| assistant | conversations | messages | errors | p50 ms | p95 ms | p99 ms | messages/s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for numbers in (ours, plain):
        for load in numbers.loads:
            lines.append(
                f"| {numbers.name} | {load.concurrency} | {load.messages} | {load.errors} "
                f"| {load.percentile(0.5):.0f} | {load.percentile(0.95):.0f} "
                f"| {load.percentile(0.99):.0f} | {load.throughput:.1f} |"
            )
    p50_ratio = ours.loads[0].percentile(0.5) / plain.loads[0].percentile(0.5)
    throughput_ratio = ours.loads[1].throughput / plain.loads[1].throughput
    lines += [
        "",
        f"- p50 at 1 conversation: {p50_ratio:.2f}x the plain assistant's (target: at most 1.5x).",
        f"- Throughput at 8 conversations: {throughput_ratio:.2f}x the plain assistant's "
        "(target: at least 1x).",
    ]
    return "\n".join(lines)
