"""Rasa's validator finds nothing wrong with the domain and the training data.

``scripts/validate_data.py`` (also `make validate`) fails on every warning but those that the
NLG server causes. As a test it runs beside the others, instead of before all of them.
"""

from __future__ import annotations

import subprocess
import sys

from bot.settings import PROJECT_DIR


def test_rasa_data_validate_finds_nothing_wrong() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/validate_data.py"],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("rasa data validate: OK")
