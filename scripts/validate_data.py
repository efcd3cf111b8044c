"""Run `rasa data validate` and fail on any warning except those an NLG server causes.

Responses live in translations/*.yml and are served by the NLG endpoint, so the domain lists
them as actions without texts; Rasa's validator warns about exactly that. Every other warning
(unused intents, conflicting stories, bad examples) fails the check. tests/unit/test_domain.py
checks instead that every response action has a catalog entry.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

EXPECTED_WITH_NLG_SERVER = (
    re.compile(r"The action 'utter_\w+' is used in the stories, but is not a valid utterance"),
    re.compile(r"Action 'utter_\w+' is listed as a response action in the domain file, but there"),
)
WARNING = re.compile(r"(UserWarning|FutureWarning|WARNING)")
IGNORED_LIBRARY_NOISE = re.compile(r"MovedIn20Warning|tensorflow|DeprecationWarning")


def main() -> int:
    command = [sys.executable, "-m", "rasa", "data", "validate",
               "--config", "config.yml", "--domain", "domain", "--data", "data"]  # fmt: skip
    environ = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}  # see Settings.rasa_environment
    result = subprocess.run(command, capture_output=True, text=True, env=environ)
    output = result.stdout + result.stderr
    unexpected = [
        line
        for line in output.splitlines()
        if WARNING.search(line)
        and not IGNORED_LIBRARY_NOISE.search(line)
        and not any(pattern.search(line) for pattern in EXPECTED_WITH_NLG_SERVER)
    ]
    for line in unexpected:
        print(line)
    if result.returncode != 0 or unexpected:
        print(output[-3000:] if result.returncode != 0 else "", file=sys.stderr)
        print("rasa data validate: FAILED", file=sys.stderr)
        return 1
    print("rasa data validate: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
