"""The environment of a stack started by a benchmark: its own data directory and ports.

Each benchmark gets its own block of ports (``base`` + 5 Rasa, + 55 actions, + 56 NLG, + 57
worker, + 80 console, as the defaults 5005/5055/...), so that a section can run while a
developer's `helpline run` uses the default ports.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from tests.support.config_files import UNREACHABLE_LIMIT, config_with_limits


def stack_environ(
    data_dir: Path, base_port: int, extra: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The process environment plus data directory, ports and ``extra`` (channels, stores)."""
    return {
        **os.environ,
        "HELPLINE_DATA_DIR": str(data_dir),
        "HELPLINE_RASA_PORT": str(base_port + 5),
        "HELPLINE_ACTION_PORT": str(base_port + 55),
        "HELPLINE_NLG_PORT": str(base_port + 56),
        "HELPLINE_WORKER_PORT": str(base_port + 57),
        "HELPLINE_CONSOLE_PORT": str(base_port + 80),
        **(extra or {}),
    }


def config_without_rate_limits(data_dir: Path) -> dict[str, str]:
    """``HELPLINE_CONFIG`` for a run that measures capacity: helpline.yml with the rate limits
    out of reach, or the benchmark would measure how fast the limiter says "slow down"."""
    config = config_with_limits(
        data_dir,
        messages_per_sender_per_minute=UNREACHABLE_LIMIT,
        messages_per_second=UNREACHABLE_LIMIT,
    )
    return {"HELPLINE_CONFIG": str(config)}
