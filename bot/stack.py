"""Starts and stops the processes of the stack: NLG, worker, and actions, console and Rasa.

Each process runs in its own session so that stopping is ours to order: on Ctrl-C or SIGTERM
every child gets SIGTERM, then SIGKILL if it has not stopped in time. Child output goes to
``<data dir>/logs/<name>.log``; the console shows only where things run.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, TracebackType

from bot.errors import HelplineError
from bot.hotline.staff import first_supervisor
from bot.privacy.secrets import keys_for
from bot.settings import Settings
from bot.store.database import upgrade_database

STOP_GRACE_SECONDS = 15


class StackError(HelplineError):
    """A process of the stack failed to start."""


@dataclass(frozen=True)
class ServiceSpec:
    """One process of the stack and how to tell it is ready."""

    name: str
    command: list[str]
    health_url: str
    extra_env: Mapping[str, str]


# Instance i of a replicated service listens on its configured port + INSTANCE_PORT_STEP * i.
INSTANCE_PORT_STEP = 100


def service_specs(settings: Settings, model: Path) -> list[ServiceSpec]:
    """The processes `helpline run` starts, in start order.

    With ``services.instances`` > 1 (docs/scale-out.md) there are that many action servers,
    consoles and Rasa servers, Rasa server i calling action server i; the NLG server and the
    worker (whose duties must run once) stay single.
    """
    services = settings.services
    python = sys.executable
    specs = [
        ServiceSpec(
            name="nlg",
            command=[python, "-m", "bot.cli", "nlg"],
            health_url=f"http://127.0.0.1:{services.nlg_port}/health",
            extra_env={},
        ),
        ServiceSpec(
            name="worker",
            command=[python, "-m", "bot.cli", "worker"],
            health_url=f"http://127.0.0.1:{services.worker_port}/health",
            extra_env={},
        ),
    ]
    for index in range(services.instances):
        specs.extend(_instance_specs(settings, model, index))
    return specs


def _instance_specs(settings: Settings, model: Path, index: int) -> list[ServiceSpec]:
    """Action server, console and Rasa server number ``index`` (named plainly for the first)."""
    project = settings.project_dir
    services = settings.services
    python = sys.executable
    step = INSTANCE_PORT_STEP * index
    suffix = f"-{index + 1}" if index else ""
    action_port, console_port, rasa_port = (
        services.action_port + step,
        services.console_port + step,
        services.rasa_port + step,
    )
    return [
        ServiceSpec(
            name=f"actions{suffix}",
            command=[python, "-m", "bot.cli", "actions", "--port", str(action_port)],
            health_url=f"http://127.0.0.1:{action_port}/health",
            extra_env={"SANIC_HOST": "127.0.0.1"},
        ),
        ServiceSpec(
            name=f"console{suffix}",
            command=[python, "-m", "bot.cli", "console"],
            health_url=f"http://127.0.0.1:{console_port}/health",
            extra_env={"HELPLINE_CONSOLE_PORT": str(console_port)},
        ),
        ServiceSpec(
            name=f"rasa{suffix}",
            command=[python, "-m", "rasa", "run", "--model", str(model),
                     "--endpoints", str(project / "endpoints.yml"),
                     "--credentials", str(project / "credentials.yml"),
                     "--interface", services.host, "--port", str(rasa_port),
                     *(["--debug"] if settings.debug_log else [])],
            health_url=f"http://127.0.0.1:{rasa_port}/webhooks/rest/",
            extra_env={
                "HELPLINE_RASA_PORT": str(rasa_port),
                "HELPLINE_ACTION_URL": f"http://127.0.0.1:{action_port}/webhook",
            },
        ),
    ]  # fmt: skip


class Stack:
    """The running processes; use as a context manager so they always stop."""

    def __init__(
        self, settings: Settings, model: Path, environ: Mapping[str, str] | None = None
    ) -> None:
        self.settings = settings
        self.specs = service_specs(settings, model)
        self.log_dir = settings.data_dir / "logs"
        base_env = dict(os.environ if environ is None else environ)
        self._env = {**base_env, **settings.rasa_environment(), "PYTHONUNBUFFERED": "1"}
        self._processes: dict[str, subprocess.Popen[bytes]] = {}
        # Set by start() when it created the first supervisor account (shown once).
        self.first_supervisor_password: str | None = None

    def __enter__(self) -> Stack:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self, timeout: float = 300) -> None:
        """Start every process and wait until all answer their health check."""
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        keys_for(self.settings)  # laptop keys created once, before anything is encrypted
        upgrade_database(self.settings.database_url)  # once, before any process writes
        self.first_supervisor_password = first_supervisor(self.settings.database_url)
        for spec in self.specs:
            _refuse_busy_port(spec)
            self._spawn(spec)
        self._wait_healthy(list(self.specs), timeout)

    def process_ids(self) -> dict[str, int]:
        """Process ids by service name (benchmarks read their CPU time)."""
        return {name: process.pid for name, process in self._processes.items()}

    def stop_service(self, name: str) -> None:
        """Stop one process (fault tests: the others keep running)."""
        process = self._processes.pop(name)
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=STOP_GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def start_service(self, name: str, timeout: float = 300) -> None:
        """Start one stopped process again and wait until it is healthy."""
        spec = next(spec for spec in self.specs if spec.name == name)
        self._spawn(spec)
        self._wait_healthy([spec], timeout)

    def _spawn(self, spec: ServiceSpec) -> None:
        log_file = (self.log_dir / f"{spec.name}.log").open("ab")
        self._processes[spec.name] = subprocess.Popen(
            spec.command,
            cwd=self.settings.project_dir,
            env={**self._env, **spec.extra_env},
            stdout=log_file,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        log_file.close()

    def _wait_healthy(self, specs: list[ServiceSpec], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        pending = list(specs)
        while pending:
            for spec in list(pending):
                self._raise_if_exited(spec.name)
                if is_healthy(spec.health_url):
                    pending.remove(spec)
            if pending and time.monotonic() > deadline:
                names = ", ".join(spec.name for spec in pending)
                self.stop()
                raise StackError(
                    f"{names} did not start within {timeout:.0f} s; see {self.log_dir}"
                )
            time.sleep(0.5)

    def wait(self) -> None:
        """Block until a process exits (that is an error: the stack is incomplete)."""
        while True:
            for name in self._processes:
                self._raise_if_exited(name)
            time.sleep(1)

    def stop(self) -> None:
        """Stop all processes: SIGTERM, then SIGKILL after a grace period."""
        for process in self._processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for process in self._processes.values():
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self._processes.clear()

    def _raise_if_exited(self, name: str) -> None:
        code = self._processes[name].poll()
        if code is not None:
            self.stop()
            log_path = self.log_dir / f"{name}.log"
            tail = "\n".join(log_path.read_text(errors="replace").splitlines()[-15:])
            raise StackError(f"the {name} process exited with code {code}:\n{tail}")


def stop_on_signals() -> None:
    """Treat SIGTERM like Ctrl-C so that `finally` blocks stop the children.

    SIGINT gets Python's Ctrl-C handler back too: a process started as a background job of a
    script inherits SIGINT ignored, and then `kill -INT` left the stack running.
    """

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    signal.signal(signal.SIGINT, signal.default_int_handler)


def is_healthy(url: str) -> bool:
    """True when ``url`` answers 200 within two seconds."""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def _refuse_busy_port(spec: ServiceSpec) -> None:
    if is_healthy(spec.health_url):
        raise StackError(
            f"something already answers on {spec.health_url}: is Helpline already running?"
        )
