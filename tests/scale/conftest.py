"""Two Rasa servers, two action servers and two consoles sharing PostgreSQL and Redis.

One such stack for the run, shared by the test modules (it takes a few minutes to start);
each test uses senders of its own. The servers come from the machine's Debian packages,
started on loopback in a temporary directory (tests/support/scale_services.py). Run with
`make test-scale`; the default `make test` run includes this group too (see README, "Tests").
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from bot.hotline.staff import StaffService
from bot.settings import Settings, load_settings
from bot.stack import INSTANCE_PORT_STEP, Stack
from bot.training import ensure_model
from tests.conversation.conftest import RestChannel, free_port
from tests.support.config_files import UNREACHABLE_LIMIT, config_with_limits
from tests.support.keys import TEST_KEYS
from tests.support.scale_services import ScaleServices, scale_services

# Low enough that a test reaches it quickly, high enough for a whole citizen report.
PER_SENDER_LIMIT = 12


@dataclass(frozen=True)
class ConsoleAt:
    """What tests.console.conftest.StaffClient needs of a console: its URL and its accounts."""

    url: str
    settings: Settings

    @property
    def staff(self) -> StaffService:
        return StaffService(self.settings.database_url)


@dataclass(frozen=True)
class ScaleStack:
    settings: Settings
    services: ScaleServices
    rasa: tuple[RestChannel, RestChannel]
    consoles: tuple[ConsoleAt, ConsoleAt]


@pytest.fixture(scope="session")
def scale_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScaleStack]:
    data_dir = tmp_path_factory.mktemp("scale-var")
    with scale_services(free_port(), free_port()) as services:
        environ = {
            **os.environ,
            **TEST_KEYS,
            **services.environ(),
            "HELPLINE_INSTANCES": "2",
            "HELPLINE_DATA_DIR": str(data_dir),
            "HELPLINE_CONFIG": str(
                # overall limit out of reach of the tests themselves (see tests/conversation)
                config_with_limits(
                    data_dir,
                    messages_per_sender_per_minute=PER_SENDER_LIMIT,
                    messages_per_second=UNREACHABLE_LIMIT,
                )
            ),
            "HELPLINE_RASA_PORT": str(free_port()),
            "HELPLINE_ACTION_PORT": str(free_port()),
            "HELPLINE_NLG_PORT": str(free_port()),
            "HELPLINE_WORKER_PORT": str(free_port()),
            "HELPLINE_CONSOLE_PORT": str(free_port()),
        }
        settings = load_settings(environ)
        with Stack(settings, ensure_model(settings), environ):
            ports = settings.services
            yield ScaleStack(
                settings,
                services,
                rasa=(
                    RestChannel(f"http://127.0.0.1:{ports.rasa_port}"),
                    RestChannel(f"http://127.0.0.1:{ports.rasa_port + INSTANCE_PORT_STEP}"),
                ),
                consoles=(
                    ConsoleAt(f"http://127.0.0.1:{ports.console_port}", settings),
                    ConsoleAt(
                        f"http://127.0.0.1:{ports.console_port + INSTANCE_PORT_STEP}", settings
                    ),
                ),
            )
