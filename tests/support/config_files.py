"""helpline.yml with other rate limits, for stacks that tests and benchmarks start."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.settings import load_settings

# A rate limit no test or benchmark reaches: for stacks whose own traffic is not a flood.
UNREACHABLE_LIMIT = 100_000


def config_with_limits(directory: Path, **limits: object) -> Path:
    """A copy of the project's helpline.yml in ``directory`` with ``limits`` changed."""
    config = yaml.safe_load(load_settings({}).config_path.read_text(encoding="utf-8"))
    config["limits"] = {**(config.get("limits") or {}), **limits}
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "helpline.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path
