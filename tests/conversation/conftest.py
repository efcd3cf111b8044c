"""One running stack (Rasa, actions, NLG) per test session, on free ports and a temp data dir.

Starting Rasa takes most of a minute, so every conversation test shares this stack and uses
its own sender id. When a test fails, what the stack's processes logged during that test is
added to its report: the logs live in a temporary directory that a CI machine throws away,
and a failure that happens once in a long run is otherwise impossible to explain.
"""

from __future__ import annotations

import json
import os
import socket
import urllib.error
import urllib.request
import uuid
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.settings import Settings, load_settings
from bot.stack import Stack
from bot.training import ready_model
from tests.support.config_files import UNREACHABLE_LIMIT, config_with_limits
from tests.support.fake_apis import FakeApi, fake_telegram, fake_twilio
from tests.support.keys import TEST_KEYS
from tests.support.tiny_argos import install_tiny_models


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RestResult:
    status: int
    body: Any


class RestChannel:
    """Talks to the running stack through the standard REST channel."""

    def __init__(self, rasa_url: str) -> None:
        self.webhook = f"{rasa_url}/webhooks/rest/webhook"

    def post(self, data: bytes, content_type: str = "application/json") -> RestResult:
        request = urllib.request.Request(
            self.webhook, data=data, headers={"Content-Type": content_type}
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return RestResult(response.status, json.loads(response.read() or b"null"))
        except urllib.error.HTTPError as error:
            return RestResult(error.code, error.read().decode(errors="replace"))

    def say(self, sender: str, text: str) -> list[dict[str, Any]]:
        result = self.post(json.dumps({"sender": sender, "message": text}).encode())
        assert result.status == 200, result
        return list(result.body)

    def texts(self, sender: str, text: str) -> str:
        return "\n".join(message.get("text", "") for message in self.say(sender, text))


# Channel credentials for the shared stack: the real clients talk to local fakes.
TWILIO_TOKEN = "test-auth-token"
TWILIO_FROM = "+4570000000"
TELEGRAM_SECRET = "test-secret_123"


@pytest.fixture(scope="session")
def twilio_api() -> Iterator[FakeApi]:
    api = fake_twilio()
    yield api
    api.stop()


@pytest.fixture(scope="session")
def telegram_api() -> Iterator[FakeApi]:
    api = fake_telegram()
    yield api
    api.stop()


@pytest.fixture(scope="session")
def stack_environ(
    tmp_path_factory: pytest.TempPathFactory, twilio_api: FakeApi, telegram_api: FakeApi
) -> dict[str, str]:
    data_dir: Path = tmp_path_factory.mktemp("helpline-var")
    # Romanian <-> English for the console (staff read and answer Romanian); catalog languages
    # need no model for the assistant itself, so the other tests are not affected.
    install_tiny_models(data_dir, tmp_path_factory.mktemp("argos-build"))
    # The overall limit (30 a second) is within reach of the suite itself: one test after
    # another, quick answers, 30 messages in a second, and an unrelated test got "slow down".
    # The per-sender limit stays as shipped (test_rate_limits); the overall one is unit-tested.
    config = config_with_limits(data_dir / "config", messages_per_second=UNREACHABLE_LIMIT)
    return {
        **os.environ,
        "HELPLINE_CONFIG": str(config),
        "HELPLINE_DATA_DIR": str(data_dir),
        "HELPLINE_RASA_PORT": str(free_port()),
        "HELPLINE_ACTION_PORT": str(free_port()),
        "HELPLINE_NLG_PORT": str(free_port()),
        "HELPLINE_WORKER_PORT": str(free_port()),
        "HELPLINE_CONSOLE_PORT": str(free_port()),
        "HELPLINE_TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
        "HELPLINE_TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
        "HELPLINE_TWILIO_FROM": TWILIO_FROM,
        "HELPLINE_TWILIO_API_BASE": twilio_api.url,
        "HELPLINE_TELEGRAM_TOKEN": "123456:TEST-token",
        "HELPLINE_TELEGRAM_SECRET": TELEGRAM_SECRET,
        "HELPLINE_TELEGRAM_API_BASE": telegram_api.url,
        "HELPLINE_WEBCHAT_EXIT_URL": "about:blank",
        **TEST_KEYS,
    }


@pytest.fixture(scope="session")
def stack_settings(stack_environ: dict[str, str]) -> Settings:
    return load_settings(stack_environ)


@pytest.fixture(scope="session")
def trained_model() -> Path:
    """The model for the current training data, with the triage cache filled, as `helpline
    run` has them before it starts a stack (on a cold cache the Rasa and action servers would
    each compile the lexicons and fit the triage model at start-up, at once). When the model
    was missing, the session started training it in the background (tests/conftest.py; what it
    printed is in ``var/test-training.log``), and this waits for that; if that training failed,
    it trains here, and the error shows in the test's report."""
    return ready_model(load_settings())


@pytest.fixture(scope="session")
def running_stack(
    trained_model: Path, stack_settings: Settings, stack_environ: dict[str, str]
) -> Iterator[Stack]:
    with Stack(stack_settings, trained_model, stack_environ) as stack:
        yield stack


@pytest.fixture(scope="session")
def rest(running_stack: Stack, stack_settings: Settings) -> RestChannel:
    return RestChannel(f"http://127.0.0.1:{stack_settings.services.rasa_port}")


@pytest.fixture(autouse=True)
def stack_log_offsets(request: pytest.FixtureRequest) -> dict[Path, int]:
    """Where each stack log ended when the test began (read by the report hook below)."""
    if "running_stack" not in request.fixturenames:
        return {}
    stack: Stack = request.getfixturevalue("running_stack")
    return {path: path.stat().st_size for path in stack.log_dir.glob("*.log")}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, Any, None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()
    offsets = getattr(item, "funcargs", {}).get("stack_log_offsets")
    if report.failed and offsets:
        for path, offset in sorted(offsets.items()):
            with path.open("rb") as log:
                log.seek(offset)
                written = log.read().decode(errors="replace")
            lines = written.splitlines()[-STACK_LOG_LINES:]
            if lines:
                report.sections.append((f"{path.name} during this test", "\n".join(lines)))


STACK_LOG_LINES = 60  # per process: enough for a traceback and what led to it


@pytest.fixture
def sender() -> str:
    return f"test-{uuid.uuid4().hex[:12]}"
