"""CPU time each process of the stack spends per message: where a message's cost goes.

Latency and throughput depend on what else the machine does; CPU seconds per message, read
from /proc for each process of the stack, mostly do not. 300 REST messages (the soak's
script: greeting, questions, thanks) are sent one after another after a warm-up, on the
embedded defaults, with the rate limits out of reach (one message after another is faster
than the overall limit allows, and "slow down" costs almost nothing). This is the number to
watch when a change makes the assistant slower.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.soak_bench import SCRIPT
from bench.stack_environ import config_without_rate_limits, stack_environ
from bot.settings import load_settings
from bot.stack import Stack
from bot.training import ensure_model

MESSAGES = 300
WARM_UP = 30
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of one process (fields 14 and 15 of /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def machine_busy_seconds() -> float:
    """CPU seconds all cores spent busy since boot (/proc/stat: all but idle and iowait)."""
    fields = [int(f) for f in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / CLOCK_TICKS


def _say(url: str, sender: str, text: str) -> None:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        response.read()


def measure() -> tuple[float, dict[str, float]]:
    """(wall ms per message, CPU ms per message by process)."""
    with tempfile.TemporaryDirectory(prefix="helpline-cpu-") as tmp:
        data_dir = Path(tmp) / "var"
        environ = stack_environ(data_dir, 15500, config_without_rate_limits(data_dir))
        settings = load_settings(environ)
        url = f"http://127.0.0.1:{settings.services.rasa_port}/webhooks/rest/webhook"
        with Stack(settings, ensure_model(load_settings()), environ) as stack:
            for number in range(WARM_UP):
                _say(url, f"warm-{number % 5}", SCRIPT[number % len(SCRIPT)])
            pids = stack.process_ids()
            before = {name: cpu_seconds(pid) for name, pid in pids.items()}
            started = time.perf_counter()
            for number in range(MESSAGES):  # a new person every six messages
                _say(url, f"cpu-{number // len(SCRIPT)}", SCRIPT[number % len(SCRIPT)])
            wall = time.perf_counter() - started
            after = {name: cpu_seconds(pid) for name, pid in pids.items()}
    per_message = {name: (after[name] - before[name]) * 1000 / MESSAGES for name in pids}
    return wall * 1000 / MESSAGES, per_message


def section() -> str:
    wall, per_message = measure()
    rows = "\n".join(
        f"| {name} | {cpu:.1f} ms |"
        for name, cpu in sorted(per_message.items(), key=lambda i: -i[1])
    )
    return f"""## CPU per message

{MESSAGES} REST messages one after another on the embedded defaults, after a warm-up, with the
rate limits out of reach (bench/cpu_bench.py); CPU time (user + system) of each process
divided by the messages.
Wall time per message: {wall:.0f} ms.

| process | CPU per message |
|---|---:|
{rows}

The Rasa server's share is NLU (language detection, featurizers, the linear intent
classifier), Rasa's SQL tracker store (the whole conversation is read and written back on
every message), the policies, and the HTTP calls to the NLG and action servers."""


if __name__ == "__main__":
    print(section())
