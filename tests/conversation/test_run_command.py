"""`helpline run` starts the whole stack, says where it runs, and Ctrl-C stops all of it."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conversation.conftest import free_port

pytestmark = pytest.mark.stack


def test_run_prints_where_things_run_and_ctrl_c_stops_everything(
    tmp_path: Path, trained_model: Path
) -> None:
    # ``trained_model``: `helpline run` would train a missing model itself, longer than the
    # start-up this test waits for.
    ports = {name: str(free_port()) for name in ("RASA", "ACTION", "NLG", "WORKER", "CONSOLE")}
    env = {
        **os.environ,
        "HELPLINE_DATA_DIR": str(tmp_path / "var"),
        **{f"HELPLINE_{name}_PORT": port for name, port in ports.items()},
    }
    # Started the way a script's background job is, with SIGINT ignored: `helpline run` must
    # still stop on it (before, the stack kept running and was orphaned).
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
        preexec_fn=_ignore_sigint,
    )
    try:
        output = _read_until(process, "Ctrl-C stops", timeout=300)
        assert f"http://localhost:{ports['RASA']}/webhooks/rest/webhook" in output
        assert f"http://127.0.0.1:{ports['ACTION']}" in output

        assert f"hotline console  http://localhost:{ports['CONSOLE']}" in output
        password = re.search(r"password  (\S+)", output)
        assert password is not None, output  # the first supervisor, shown once
        assert _sign_in(ports["CONSOLE"], "supervisor", password.group(1))["role"] == "supervisor"

        reply = _say(ports["RASA"], "how long can I stay to think about it?")
        assert "30" in reply and "120" in reply

        os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    for port in ports.values():
        with pytest.raises(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
    assert (tmp_path / "var" / "tracker.db").exists()


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _read_until(process: subprocess.Popen[str], marker: str, timeout: float) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    lines: list[str] = []
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line and process.poll() is not None:
            break
        lines.append(line)
        if marker in line:
            return "".join(lines)
    raise AssertionError("helpline run did not report ready:\n" + "".join(lines))


def _sign_in(port: str, name: str, password: str) -> dict[str, object]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/session",
        data=json.dumps({"name": name, "password": password}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return dict(json.loads(response.read()))


def _say(port: str, text: str) -> str:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/webhooks/rest/webhook",
        data=json.dumps({"sender": "run-test", "message": text}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return " ".join(m.get("text", "") for m in json.loads(response.read()))
