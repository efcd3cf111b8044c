"""Concurrent conversations against Rasa's REST channel: latency percentiles and throughput.

Each simulated person sends her messages one after another (waiting for each answer, as a
person does); ``concurrency`` people talk at the same time, and each round brings new people.
With several Rasa servers, each message goes to the next server in turn (a round-robin load
balancer without session affinity). Only loopback addresses are used. A message counts as
answered only when the answer says something: a rate limit's silence is an error, not speed
(``silence_is_error=False`` for a reference bot that stays silent where it has no answer).
"""

from __future__ import annotations

import asyncio
import statistics
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

import aiohttp

CONVERSATION = (
    "hello",
    "how long can I stay to think about it?",
    "I need a doctor but have no papers",
    "can I get a safe place to stay",
    "thank you",
)


@dataclass(frozen=True)
class LoadResult:
    """What one load run measured."""

    concurrency: int
    messages: int
    errors: int
    seconds: float
    latencies_ms: tuple[float, ...]

    @property
    def throughput(self) -> float:
        return (self.messages - self.errors) / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        """Latency at ``share`` (0-1) of the sorted successful requests, in ms."""
        if not self.latencies_ms:
            return float("nan")
        if len(self.latencies_ms) == 1:
            return self.latencies_ms[0]
        cuts = statistics.quantiles(self.latencies_ms, n=100, method="inclusive")
        return cuts[min(98, max(0, round(share * 100) - 1))]


async def _person(
    turn: int,
    session: aiohttp.ClientSession,
    urls: Sequence[str],
    messages: Sequence[str],
    rounds: int,
    latencies: list[float],
    errors: list[int],
    silence_is_error: bool,
) -> None:
    for _ in range(rounds):
        # Each round is a new person: conversations as long as real ones, not one endless one.
        sender = f"bench-{uuid.uuid4().hex[:12]}"
        for text in messages:
            url = urls[turn % len(urls)]
            turn += 1
            started = time.perf_counter()
            try:
                async with session.post(url, json={"sender": sender, "message": text}) as response:
                    answer = await response.json() if response.status == 200 else None
                    ok = isinstance(answer, list) and (len(answer) > 0 or not silence_is_error)
            except (TimeoutError, aiohttp.ClientError, ValueError):
                ok = False
            if ok:
                latencies.append((time.perf_counter() - started) * 1000)
            else:
                errors.append(1)


async def run_load(
    rasa_url: str | Sequence[str],
    concurrency: int,
    rounds: int = 2,
    messages: Sequence[str] = CONVERSATION,
    silence_is_error: bool = True,
) -> LoadResult:
    """``concurrency`` conversations at once, each sending ``messages`` ``rounds`` times."""
    servers = [rasa_url] if isinstance(rasa_url, str) else list(rasa_url)
    urls = [f"{server.rstrip('/')}/webhooks/rest/webhook" for server in servers]
    latencies: list[float] = []
    errors: list[int] = []
    timeout = aiohttp.ClientTimeout(total=120)
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(
            *(
                _person(
                    person, session, urls, messages, rounds, latencies, errors, silence_is_error
                )
                for person in range(concurrency)
            )
        )
        seconds = time.perf_counter() - started
    return LoadResult(
        concurrency=concurrency,
        messages=concurrency * rounds * len(messages),
        errors=len(errors),
        seconds=seconds,
        latencies_ms=tuple(latencies),
    )
