"""Load and soak: 200 conversations at once for 5 minutes through REST and SMS, nothing lost.

The whole stack runs on its embedded defaults (SQLite, in-memory lock store) with the real
twilio client pointed at a local fake API. 200 people write at the same time, each one message
every 20 seconds (10 messages a second in all, arrivals spread evenly), 50 of them by SMS
(signed webhooks) and 150 over REST; every tenth person asks for a human, which opens a case.
Afterwards the stores are checked: every message sent must be in the tracker store as her
message, and every person who asked for a human must have a case.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import sqlalchemy as sa
from twilio.request_validator import RequestValidator

from bench.stack_environ import stack_environ
from bot.privacy.pseudonyms import sender_ref
from bot.privacy.secrets import keys_for
from bot.settings import Settings, load_settings
from bot.stack import INSTANCE_PORT_STEP, Stack
from bot.training import ensure_model
from tests.support.fake_apis import fake_twilio

PEOPLE = 200
SMS_PEOPLE = 50
SECONDS = 300
MESSAGES_PER_SECOND = 10
SCRIPT = (
    "hello",
    "how long can I stay to think about it?",
    "I need a doctor but have no papers",
    "is selling sex a crime here?",
    "where can I sleep safely tonight?",
    "thank you",
)
ASK_FOR_HUMAN = "I want to talk to a real person"
TOKEN = "soak-token"


@dataclass
class Outcome:
    latencies_ms: list[float] = field(default_factory=list)
    latencies_by_channel_ms: dict[str, list[float]] = field(
        default_factory=lambda: {"sms": [], "rest": []}
    )
    errors: int = 0
    server_errors: int = 0
    sent: dict[str, int] = field(default_factory=dict)  # sender ref -> messages accepted
    asked_for_human: set[str] = field(default_factory=set)


def _script(person: int) -> list[str]:
    script = list(SCRIPT)
    if person % 10 == 0:
        script.insert(2, ASK_FOR_HUMAN)
    return script


async def _person(
    person: int,
    session: aiohttp.ClientSession,
    servers: list[str],
    pseudonym_key: str,
    started: float,
    outcome: Outcome,
) -> None:
    period = PEOPLE / MESSAGES_PER_SECOND
    offset = person * period / PEOPLE
    by_sms = person < SMS_PEOPLE
    phone = f"+4530{person:06d}"
    ref = sender_ref(pseudonym_key, "sms", phone) if by_sms else f"soak-{person}"
    script = _script(person)
    validator = RequestValidator(TOKEN)
    number = 0
    while True:
        due = started + offset + number * period
        if due - started >= SECONDS:
            break
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        text = script[number % len(script)]
        base = f"{servers[(person + number) % len(servers)]}/webhooks"  # round robin
        sent_at = time.perf_counter()
        try:
            if by_sms:
                url = f"{base}/twilio/webhook"
                params = {"From": phone, "Body": text, "MessageSid": f"SM{person:06d}{number:026d}"}
                headers = {"X-Twilio-Signature": validator.compute_signature(url, params)}
                request = session.post(url, data=params, headers=headers)
            else:
                request = session.post(
                    f"{base}/rest/webhook", json={"sender": ref, "message": text}
                )
            async with request as response:
                await response.read()
                status = response.status
        except (TimeoutError, aiohttp.ClientError):
            status = 0
        if status == 200:
            latency = (time.perf_counter() - sent_at) * 1000
            outcome.latencies_ms.append(latency)
            outcome.latencies_by_channel_ms["sms" if by_sms else "rest"].append(latency)
            outcome.sent[ref] = outcome.sent.get(ref, 0) + 1
            if text == ASK_FOR_HUMAN:
                outcome.asked_for_human.add(ref)
        else:
            outcome.errors += 1
            outcome.server_errors += status >= 500
        number += 1


async def _load(servers: list[str], pseudonym_key: str) -> tuple[Outcome, float]:
    outcome = Outcome()
    timeout = aiohttp.ClientTimeout(total=120)
    connector = aiohttp.TCPConnector(limit=PEOPLE)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(
            *(_person(n, session, servers, pseudonym_key, started, outcome) for n in range(PEOPLE))
        )
        return outcome, time.perf_counter() - started


def _stored_messages(settings: Settings) -> dict[str, int]:
    """Her messages per sender in Rasa's tracker store (SQLite or PostgreSQL)."""
    engine = sa.create_engine(settings.tracker_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.text(
                    "SELECT sender_id, count(*) FROM events WHERE type_name = 'user' "
                    "GROUP BY sender_id"
                )
            )
            return {sender: count for sender, count in rows}
    finally:
        engine.dispose()


def _senders_with_cases(settings: Settings) -> set[str]:
    engine = sa.create_engine(settings.database_url)
    try:
        with engine.connect() as connection:
            return set(connection.scalars(sa.text("SELECT DISTINCT sender_ref FROM cases")))
    finally:
        engine.dispose()


@dataclass(frozen=True)
class Soak:
    """One soak run and what the stores held afterwards."""

    outcome: Outcome
    seconds: float
    lost: int  # messages the stack accepted that are not in the tracker store
    missing: int  # people who asked for a human and have no case

    def by_channel(self) -> str:
        """p50 and p99 per channel: where the slow answers are."""
        parts = []
        for channel, latencies in self.outcome.latencies_by_channel_ms.items():
            cuts = statistics.quantiles(latencies, n=100, method="inclusive")
            parts.append(f"{channel.upper()} p50 {cuts[49]:.0f} ms, p99 {cuts[98]:.0f} ms")
        return "; ".join(parts)

    def row(self) -> str:
        latencies = sorted(self.outcome.latencies_ms)
        cuts = statistics.quantiles(latencies, n=100, method="inclusive")
        handled = len(latencies)
        return (
            f"| {handled} | {handled / self.seconds:.1f} msg/s | {cuts[49]:.0f} ms "
            f"| {cuts[94]:.0f} ms | {cuts[98]:.0f} ms | {self.outcome.errors} "
            f"| {self.outcome.server_errors} | {self.lost} | {self.missing} |"
        )


TABLE_HEAD = """\
| messages answered | throughput | p50 | p95 | p99 | errors | 5xx | messages lost | cases missing |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|"""


def soak_environ(workdir: Path, twilio_url: str, extra: dict[str, str]) -> dict[str, str]:
    """The stack's environment for a soak: its own data directory, ports and fake Twilio."""
    return stack_environ(workdir / "var", 15300, {
        "HELPLINE_TWILIO_ACCOUNT_SID": "AC" + "1" * 32, "HELPLINE_TWILIO_AUTH_TOKEN": TOKEN,
        "HELPLINE_TWILIO_FROM": "+4570000001", "HELPLINE_TWILIO_API_BASE": twilio_url,
        **extra,
    })  # fmt: skip


def rasa_urls(settings: Settings) -> list[str]:
    """Every Rasa server of the stack (one per instance)."""
    port = settings.services.rasa_port
    return [
        f"http://127.0.0.1:{port + INSTANCE_PORT_STEP * n}"
        for n in range(settings.services.instances)
    ]


def run_soak(extra_environ: dict[str, str]) -> Soak:
    """Start the stack with ``extra_environ`` (stores, instances), soak it, check the stores."""
    twilio_api = fake_twilio()
    with tempfile.TemporaryDirectory(prefix="helpline-soak-") as tmp:
        environ = soak_environ(Path(tmp), twilio_api.url, extra_environ)
        settings = load_settings(environ)
        try:
            with Stack(settings, ensure_model(load_settings()), environ):
                pseudonym_key = keys_for(settings).pseudonym
                outcome, seconds = asyncio.run(_load(rasa_urls(settings), pseudonym_key))
        finally:
            twilio_api.stop()
        stored = _stored_messages(settings)
        lost = sum(max(0, sent - stored.get(ref, 0)) for ref, sent in outcome.sent.items())
        missing = len(outcome.asked_for_human - _senders_with_cases(settings))
    return Soak(outcome, seconds, lost, missing)


def section() -> str:
    soak = run_soak({})
    return f"""## Load and soak (embedded defaults)

{PEOPLE} conversations at once for {SECONDS // 60} minutes on SQLite and the in-memory lock
store: {SMS_PEOPLE} by SMS (signed Twilio webhooks, real twilio client, local fake API) and
{PEOPLE - SMS_PEOPLE} over REST, each one message every {PEOPLE // MESSAGES_PER_SECOND} s
({MESSAGES_PER_SECOND} messages a second in all); every tenth person asks for a human
(bench/soak_bench.py). The load generator shares the machine with the stack.

{TABLE_HEAD}
{soak.row()}

By channel: {soak.by_channel()}.

Targets (issue 8): zero lost messages, zero 5xx, p99 under 1 s at a sustained 10 messages a
second on 2 cores. "Lost" compares, per person, the messages the stack accepted with her
messages in the tracker store afterwards; "cases missing" counts people who asked for a human
and have no case. The same soak on PostgreSQL and Redis is in "Scale-out"."""


if __name__ == "__main__":
    print(section())
