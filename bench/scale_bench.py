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
   message counts only when it got an answer.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

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


def _saturation(services: ScaleServices, instances: int) -> LoadResult:
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
        with Stack(settings, ensure_model(load_settings()), environ):
            urls = rasa_urls(settings)
            asyncio.run(run_load(urls, concurrency=SATURATION_PEOPLE, rounds=1))  # warm-up
            return asyncio.run(
                run_load(urls, concurrency=SATURATION_PEOPLE, rounds=SATURATION_ROUNDS)
            )


def _row(servers: int, result: LoadResult) -> str:
    latencies = " | ".join(f"{result.percentile(share):.0f} ms" for share in (0.5, 0.95, 0.99))
    return (
        f"| {servers} | {result.messages} | {result.errors} "
        f"| {result.throughput:.1f} msg/s | {latencies} |"
    )


def section() -> str:
    with scale_services(15432, 16379) as services:
        soak = run_soak({**services.environ(), "HELPLINE_INSTANCES": "2"})
        one = _saturation(services, 1)
        two = _saturation(services, 2)
    ratio = two.throughput / one.throughput
    rows = "\n".join(_row(servers, result) for servers, result in ((1, one), (2, two)))
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

| Rasa servers | messages | errors | throughput | p50 | p95 | p99 |
|---:|---:|---:|---:|---:|---:|---:|
{rows}

Two Rasa servers answer {ratio:.2f}x the messages of one (target: at least {TARGET_RATIO}x
with two workers: {met}). On 2 cores the second server competes with the first, the action
servers, PostgreSQL and the load generator for the same CPUs; on separate machines each
server brings its own."""


if __name__ == "__main__":
    print(section())
