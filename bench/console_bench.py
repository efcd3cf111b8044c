"""The console under a full queue: API latency with 1,000 open cases, escalation to screen.

A console process runs as `helpline console` does, on a fresh database holding 1,000 open
cases with short transcripts. A signed-in client measures the main API calls; an open event
stream (what every console page holds) measures the time from a case being written, as the
action server writes it, to the case arriving in the console.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import suppress

import requests

from bot.hotline.cases import CaseService, Escalation, TranscriptLine
from bot.hotline.staff import StaffService
from bot.settings import Settings, load_settings
from bot.store.database import upgrade_database
from bot.store.encryption import cipher

OPEN_CASES = 1000
API_ROUNDS = 50
ESCALATIONS = 30
PASSWORD = "benchmark passphrase"


def section() -> str:
    saved = dict(os.environ)
    try:
        with tempfile.TemporaryDirectory(prefix="helpline-console-bench-") as workdir:
            # This process writes the cases and the console reads them: one data dir, one key.
            os.environ["HELPLINE_DATA_DIR"] = workdir
            cipher.cache_clear()
            api, arrival = _measure({**os.environ, "HELPLINE_CONSOLE_PORT": "15280"})
    finally:
        os.environ.clear()
        os.environ.update(saved)
        cipher.cache_clear()
    return _report(api, arrival)


def _measure(environ: dict[str, str]) -> tuple[dict[str, list[float]], list[float]]:
    """Fill the queue, start a console on ``environ`` and measure it."""
    settings = load_settings(environ)
    upgrade_database(settings.database_url)
    cases = CaseService(settings.database_url)
    for number in range(OPEN_CASES):
        cases.open_case(_escalation(f"bench-{number}", "high"))
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "console"],
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        url = f"http://127.0.0.1:{settings.services.console_port}"
        _wait_healthy(url)
        client = _signed_in(url, settings)
        api = _api_latencies(client, url, cases)
        arrival = _escalation_to_console(client, url, cases)
    finally:
        process.terminate()
        process.wait(timeout=30)
    return api, arrival


def _report(api: dict[str, list[float]], arrival: list[float]) -> str:
    rows = "\n".join(
        f"| {name} | {_ms(values, 50)} | {_ms(values, 95)} |" for name, values in api.items()
    )
    return f"""## Hotline console

A console process with {OPEN_CASES} open cases in its SQLite database; one signed-in client,
{API_ROUNDS} calls each, one after another (bench/console_bench.py).

| API call ({OPEN_CASES} open cases) | p50 ms | p95 ms |
|---|---|---|
{rows}

Escalation to console: a case written to the database (as the action server writes it) until it
arrives in an open console's event stream, {ESCALATIONS} escalations, {OPEN_CASES} cases already
waiting: p50 {_ms(arrival, 50)} ms, p95 {_ms(arrival, 95)} ms (target: p95 under 1,000 ms).
The console polls a version stamp every 200 ms and sends the whole queue when it changes, so
about 100 ms of the median is waiting for the next poll and the rest is reading, decrypting
(summaries and evidence are encrypted at rest) and sending {OPEN_CASES} cases as one event."""


def _escalation(sender_ref: str, priority: str) -> Escalation:
    return Escalation(
        channel="sms",
        sender_ref=sender_ref,
        language="ro",
        priority=priority,
        indicators=[{"code": "documents_withheld", "evidence": ["mi-a luat pasaportul"]}],
        reasons=["documents withheld"],
        summary="Possible victim: documents withheld.",
        transcript=[
            TranscriptLine("person", "seful mi-a luat pasaportul si nu pot pleca", "ro"),
            TranscriptLine("bot", "Ce descrii nu este în regulă. Vrei să vorbești cu cineva?"),
        ],
    )


def _wait_healthy(url: str) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError("the console did not start")


def _signed_in(url: str, settings: Settings) -> requests.Session:
    staff = StaffService(settings.database_url)
    _, one_time = staff.add("bench", "counsellor")
    client = requests.Session()
    session = client.post(f"{url}/api/session", json={"name": "bench", "password": one_time})
    changed = client.post(
        f"{url}/api/session/password",
        json={"current_password": one_time, "new_password": PASSWORD},
        headers={"X-CSRF-Token": session.json()["csrf_token"]},
    )
    client.headers["X-CSRF-Token"] = changed.json()["csrf_token"]
    return client


def _api_latencies(
    client: requests.Session, url: str, cases: CaseService
) -> dict[str, list[float]]:
    ids = [case.id for case in cases.queue()]
    calls = {
        "GET /api/queue": lambda i: client.get(f"{url}/api/queue"),
        "GET /api/cases/{id}": lambda i: client.get(f"{url}/api/cases/{ids[i]}"),
        "POST /api/cases/{id}/claim": lambda i: client.post(f"{url}/api/cases/{ids[i]}/claim"),
        "POST /api/cases/{id}/notes": lambda i: client.post(
            f"{url}/api/cases/{ids[i]}/notes", json={"text": "benchmark note"}
        ),
    }
    results: dict[str, list[float]] = {}
    for name, call in calls.items():
        call(0)  # warm up
        timings = []
        for round_number in range(1, API_ROUNDS + 1):
            started = time.perf_counter()
            response = call(round_number)
            timings.append(time.perf_counter() - started)
            if response.status_code >= 400:
                raise RuntimeError(f"{name} answered {response.status_code}: {response.text}")
        results[name] = timings
    return results


def _escalation_to_console(client: requests.Session, url: str, cases: CaseService) -> list[float]:
    arrived: dict[str, float] = {}
    stream = client.get(f"{url}/api/events", stream=True, timeout=60)

    def read() -> None:
        with suppress(requests.RequestException, AttributeError):  # ends when the stream closes
            for line in stream.iter_lines(decode_unicode=True):
                if line.startswith('data: {"items"'):
                    now = time.perf_counter()
                    for item in json.loads(line[6:])["items"]:
                        arrived.setdefault(str(item["id"]), now)

    threading.Thread(target=read, daemon=True).start()
    time.sleep(2)  # the first snapshot
    delays = []
    for number in range(ESCALATIONS):
        started = time.perf_counter()
        case, _ = cases.open_case(_escalation(f"bench-new-{number}", "emergency"))
        deadline = time.monotonic() + 10
        while str(case.id) not in arrived and time.monotonic() < deadline:
            time.sleep(0.005)
        if str(case.id) not in arrived:
            raise RuntimeError(f"case {case.id} never reached the console")
        delays.append(arrived[str(case.id)] - started)
        time.sleep(0.3)
    stream.close()
    return delays


def _ms(values: list[float], percentile: int) -> str:
    ordered = sorted(values)
    if percentile == 50:
        return f"{statistics.median(ordered) * 1000:.0f}"
    index = min(len(ordered) - 1, round(percentile / 100 * (len(ordered) - 1)))
    return f"{ordered[index] * 1000:.0f}"


if __name__ == "__main__":
    print(section())
