"""Scale-out on PostgreSQL and Redis (issue 8): nothing lost with two Rasa servers, and how
much more one machine answers with two Rasa servers than with one.

PostgreSQL and Redis come from the machine's Debian packages, started on loopback for the run
(tests/support/scale_services.py; scripts/install_scale_services.sh installs them). Messages
go to the Rasa servers in turn, each message to the next (a round-robin load balancer without
session affinity), so every conversation moves between servers all the time.
1. The soak of bench/soak_bench.py (200 conversations, 5 minutes, 10 messages a second, REST
   and SMS) on two instances, with the same check that every message and case is stored.
2. Throughput at saturation: 16 people writing as fast as they are answered, on one instance
   and on two, each after a warm-up; the ratio is what the second Rasa server adds. The rate
   limits are out of reach in this run (it measures the servers, not the limiter), and a
   message counts only when it got an answer. The CPU the Rasa servers and the whole machine
   spend per answered message is read from /proc during each run: it shows what bounds the
   ratio when everything shares one machine.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.cpu_bench import cpu_seconds, machine_busy_seconds
from bench.load import LoadResult, run_load
from bench.soak_bench import PEOPLE, SECONDS, TABLE_HEAD, rasa_urls, run_soak
from bench.stack_environ import config_without_rate_limits, stack_environ
from bot.settings import load_settings
from bot.stack import Stack
from bot.training import ensure_model
from tests.support.scale_services import ScaleServices, scale_services

SATURATION_PEOPLE = 16
SATURATION_ROUNDS = 8  # 16 people x 8 conversations x 5 messages = 640 messages
TARGET_RATIO = 1.6


@dataclass(frozen=True)
class Saturation:
    """One saturation run: the load result and CPU milliseconds per answered message."""

    result: LoadResult
    rasa_cpu_ms: float  # all Rasa servers together
    machine_cpu_ms: float  # every process on the machine, load generator included


def _saturation(services: ScaleServices, instances: int) -> Saturation:
    with tempfile.TemporaryDirectory(prefix="helpline-scale-") as tmp:
        data_dir = Path(tmp) / "var"
        environ = stack_environ(
            data_dir,
            15400,
            {
                **services.environ(),
                **config_without_rate_limits(data_dir),
                "HELPLINE_INSTANCES": str(instances),
            },
        )
        settings = load_settings(environ)
        with Stack(settings, ensure_model(load_settings()), environ) as stack:
            urls = rasa_urls(settings)
            asyncio.run(run_load(urls, concurrency=SATURATION_PEOPLE, rounds=1))  # warm-up
            rasa = [pid for name, pid in stack.process_ids().items() if name.startswith("rasa")]
            rasa_before = sum(cpu_seconds(pid) for pid in rasa)
            machine_before = machine_busy_seconds()
            result = asyncio.run(
                run_load(urls, concurrency=SATURATION_PEOPLE, rounds=SATURATION_ROUNDS)
            )
            machine = machine_busy_seconds() - machine_before
            rasa_cpu = sum(cpu_seconds(pid) for pid in rasa) - rasa_before
    answered = max(1, result.messages - result.errors)
    return Saturation(result, rasa_cpu * 1000 / answered, machine * 1000 / answered)


def _row(servers: int, run: Saturation) -> str:
    result = run.result
    latencies = " | ".join(f"{result.percentile(share):.0f} ms" for share in (0.5, 0.95, 0.99))
    return (
        f"| {servers} | {result.messages} | {result.errors} "
        f"| {result.throughput:.1f} msg/s | {latencies} "
        f"| {run.rasa_cpu_ms:.1f} ms | {run.machine_cpu_ms:.1f} ms |"
    )


def _bound(one: Saturation, two: Saturation) -> str:
    """Why the ratio is what it is on this machine, in measured numbers."""
    cores = os.cpu_count() or 1
    one_server = 1000 / one.rasa_cpu_ms
    machine = cores * 1000 / two.machine_cpu_ms
    return (
        f"One Rasa server is bound by its one core: {one.rasa_cpu_ms:.1f} ms of CPU per message"
        f" allows at most {one_server:.0f} messages a second"
        f" (measured {one.result.throughput:.1f}). Two servers are bound by the machine:"
        f" {two.machine_cpu_ms:.1f} ms of CPU per message for everything on it (both Rasa"
        f" servers, PostgreSQL, Redis, the NLG and action servers, the load generator) on"
        f" {cores} cores allows at most {machine:.0f} a second"
        f" (measured {two.result.throughput:.1f}). So on this machine two servers can reach at"
        f" most {machine / one_server:.2f}x one server, however well they share it."
    )


def section() -> str:
    with scale_services(15432, 16379) as services:
        soak = run_soak({**services.environ(), "HELPLINE_INSTANCES": "2"})
        one = _saturation(services, 1)
        two = _saturation(services, 2)
    ratio = two.result.throughput / one.result.throughput
    rows = "\n".join(_row(servers, run) for servers, run in ((1, one), (2, two)))
    met = "met" if ratio >= TARGET_RATIO else "NOT met"
    return f"""## Scale-out (PostgreSQL and Redis)

PostgreSQL 15 holds the tracker store and the application database, Redis holds the lock
store (Rasa's, made atomic: bot/store/lock_store.py), the shared rate limits and the
live-update signal; every message goes to the next Rasa server in turn (bench/scale_bench.py,
docs/scale-out.md). Everything, the load generator included, shares one machine.

Soak: {PEOPLE} conversations for {SECONDS // 60} minutes at 10 messages a second, two Rasa
servers and two action servers, REST and SMS, as in "Load and soak":

{TABLE_HEAD}
{soak.row()}

By channel: {soak.by_channel()}.

Throughput at saturation: {SATURATION_PEOPLE} people writing as fast as they are answered
(REST, {SATURATION_ROUNDS} five-message conversations each, after a warm-up; rate limits out of
reach, and a message without an answer counts as an error):

| Rasa servers | messages | errors | throughput | p50 | p95 | p99 | Rasa CPU/msg | machine CPU/msg |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
{rows}

Two Rasa servers answer {ratio:.2f}x the messages of one (target: at least {TARGET_RATIO}x
with two workers: {met}). {_bound(one, two)} On separate machines each server brings its
own cores."""


if __name__ == "__main__":
    print(section())
