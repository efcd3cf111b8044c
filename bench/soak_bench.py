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
import os
import sqlite3
import statistics
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from twilio.request_validator import RequestValidator

from bot.privacy.pseudonyms import sender_ref
from bot.privacy.secrets import keys_for
from bot.settings import Settings, load_settings
from bot.stack import Stack
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
    settings: Settings,
    pseudonym_key: str,
    started: float,
    outcome: Outcome,
) -> None:
    period = PEOPLE / MESSAGES_PER_SECOND
    offset = person * period / PEOPLE
    base = f"http://127.0.0.1:{settings.services.rasa_port}/webhooks"
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
            outcome.latencies_ms.append((time.perf_counter() - sent_at) * 1000)
            outcome.sent[ref] = outcome.sent.get(ref, 0) + 1
            if text == ASK_FOR_HUMAN:
                outcome.asked_for_human.add(ref)
        else:
            outcome.errors += 1
            outcome.server_errors += status >= 500
        number += 1


async def _load(settings: Settings, pseudonym_key: str) -> tuple[Outcome, float]:
    outcome = Outcome()
    timeout = aiohttp.ClientTimeout(total=120)
    connector = aiohttp.TCPConnector(limit=PEOPLE)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(
            *(_person(n, session, settings, pseudonym_key, started, outcome) for n in range(PEOPLE))
        )
        return outcome, time.perf_counter() - started


def _stored_messages(settings: Settings) -> dict[str, int]:
    with closing(sqlite3.connect(settings.tracker_db)) as db:
        rows = db.execute(
            "SELECT sender_id, count(*) FROM events WHERE type_name = 'user' GROUP BY sender_id"
        ).fetchall()
    return dict(rows)


def _senders_with_cases(settings: Settings) -> set[str]:
    with closing(sqlite3.connect(settings.database_url.removeprefix("sqlite:///"))) as db:
        return {row[0] for row in db.execute("SELECT DISTINCT sender_ref FROM cases")}


def measure() -> tuple[Outcome, float, int, int]:
    """(outcome, seconds, messages lost, cases missing)."""
    twilio_api = fake_twilio()
    with tempfile.TemporaryDirectory(prefix="helpline-soak-") as tmp:
        environ = {
            **os.environ,
            "HELPLINE_DATA_DIR": str(Path(tmp) / "var"),
            "HELPLINE_RASA_PORT": "15305", "HELPLINE_ACTION_PORT": "15355",
            "HELPLINE_NLG_PORT": "15356", "HELPLINE_WORKER_PORT": "15357",
            "HELPLINE_CONSOLE_PORT": "15380",
            "HELPLINE_TWILIO_ACCOUNT_SID": "AC" + "1" * 32, "HELPLINE_TWILIO_AUTH_TOKEN": TOKEN,
            "HELPLINE_TWILIO_FROM": "+4570000001", "HELPLINE_TWILIO_API_BASE": twilio_api.url,
        }  # fmt: skip
        settings = load_settings(environ)
        try:
            with Stack(settings, ensure_model(load_settings()), environ):
                pseudonym_key = keys_for(settings).pseudonym
                outcome, seconds = asyncio.run(_load(settings, pseudonym_key))
        finally:
            twilio_api.stop()
        stored = _stored_messages(settings)
        lost = sum(max(0, sent - stored.get(ref, 0)) for ref, sent in outcome.sent.items())
        missing = len(outcome.asked_for_human - _senders_with_cases(settings))
    return outcome, seconds, lost, missing


def section() -> str:
    outcome, seconds, lost, missing = measure()
    latencies = sorted(outcome.latencies_ms)
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    handled = len(latencies)
    return f"""## Load and soak (embedded defaults)

{PEOPLE} conversations at once for {SECONDS // 60} minutes on SQLite and the in-memory lock
store: {SMS_PEOPLE} by SMS (signed Twilio webhooks, real twilio client, local fake API) and
{PEOPLE - SMS_PEOPLE} over REST, each one message every {PEOPLE // MESSAGES_PER_SECOND} s
({MESSAGES_PER_SECOND} messages a second in all); every tenth person asks for a human
(bench/soak_bench.py). The load generator shares the machine with the stack.

| messages answered | throughput | p50 | p95 | p99 | errors | 5xx | messages lost | cases missing |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| {handled} | {handled / seconds:.1f} msg/s | {cuts[49]:.0f} ms | {cuts[94]:.0f} ms | {cuts[98]:.0f} ms | {outcome.errors} | {outcome.server_errors} | {lost} | {missing} |

Targets (issue 8): zero lost messages, zero 5xx, p99 under 1 s at a sustained 10 messages a
second on 2 cores. "Lost" compares, per person, the messages the stack accepted with her
messages in the tracker store afterwards; "cases missing" counts people who asked for a human
and have no case. PostgreSQL + Redis with two Rasa workers is not measured yet."""  # noqa: E501


if __name__ == "__main__":
    print(section())
