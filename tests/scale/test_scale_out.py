"""Several Rasa servers behind a load balancer (issue 8): one conversation, whichever server.

A person's messages land on either Rasa server; her conversation lives in PostgreSQL (Rasa's
SQL tracker store) and one turn at a time is enforced by Rasa's Redis lock store (made atomic
in bot/store/lock_store.py). Cases and reports are in the shared application database, claims
are conditional updates there, and rate limits and live queue updates go through Redis.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import sqlalchemy as sa

from bot.hotline.cases import CaseService
from bot.hotline.rate_limits import SharedRateLimiter
from bot.reports import ReportService
from bot.store.shared_state import QUEUE_CHANNEL, QueueChanges, redis_client
from tests.console.conftest import StaffClient, new_staff, unique
from tests.conversation.conftest import RestChannel
from tests.conversation.test_reports import REFERENCE, Reporter, text_of
from tests.scale.conftest import PER_SENDER_LIMIT, ScaleStack
from tests.support.clocks import ManualClock
from tests.support.polling import wait_until

pytestmark = pytest.mark.scale


class LoadBalanced(RestChannel):
    """A REST client whose every message goes to the next server in turn (round robin)."""

    def __init__(self, servers: tuple[RestChannel, RestChannel]) -> None:
        self.servers = servers
        self.turn = 0

    def say(self, sender: str, text: str) -> list[dict[str, Any]]:
        server = self.servers[self.turn % len(self.servers)]
        self.turn += 1
        return server.say(sender, text)


def user_messages(stack: ScaleStack, sender: str) -> list[str]:
    """Her messages as Rasa's tracker store in PostgreSQL holds them, in order."""
    engine = sa.create_engine(stack.services.tracker_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.text(
                    "SELECT data FROM events WHERE sender_id = :sender AND type_name = 'user' "
                    "ORDER BY id"
                ),
                {"sender": sender},
            )
            return [json.loads(data)["text"] for (data,) in rows]
    finally:
        engine.dispose()


def test_a_report_written_across_both_servers_is_one_complete_report(
    scale_stack: ScaleStack,
) -> None:
    sender = f"scale-{uuid.uuid4().hex[:10]}"
    me = Reporter(LoadBalanced(scale_stack.rasa), sender)  # type: ignore[arg-type]

    me.says("jeg vil melde en mistanke om en massageklinik")  # server 1
    assert "Hvilken slags sted" in text_of(me.taps('"citizen"'))  # server 2
    assert "Hvor er det?" in text_of(me.taps('"sex_industry"'))  # server 1, and so on
    assert "Hvad så eller hørte du?" in text_of(me.says("Istedgade, København"))
    assert "Lagde du mærke til" in text_of(me.says("Kvinderne går aldrig ud alene"))
    assert "Noteret" in text_of(me.taps('"movement_restricted"'))
    assert "Hvornår så du det?" in text_of(me.taps("/affirm"))
    assert "Er nogen i fare lige nu?" in text_of(me.says("i går aftes"))
    assert "må hotlinen kontakte dig?" in text_of(me.taps("/deny"))
    summary = text_of(me.taps("/deny"))

    match = REFERENCE.search(summary)
    assert match, summary
    report = ReportService(scale_stack.settings.database_url).by_reference(match.group())
    assert report is not None
    assert (report.place_kind, report.location, report.seen_when) == (
        "sex_industry",
        "Istedgade, København",
        "i går aftes",
    )
    assert report.signs == ["movement_restricted"] and report.language == "da"
    assert len(user_messages(scale_stack, sender)) == 10


def test_messages_of_one_conversation_on_both_servers_at_once_are_all_kept(
    scale_stack: ScaleStack,
) -> None:
    sender = f"scale-{uuid.uuid4().hex[:10]}"
    texts = [f"hello, question number {n}" for n in range(8)]

    def send(number: int) -> list[dict[str, Any]]:
        return scale_stack.rasa[number % 2].say(sender, texts[number])

    with ThreadPoolExecutor(len(texts)) as pool:
        answers = list(pool.map(send, range(len(texts))))

    assert all(answers), answers  # every message was answered
    stored = user_messages(scale_stack, sender)
    assert sorted(stored) == sorted(texts)  # each exactly once: no turn overwrote another


def test_a_case_is_claimed_once_by_counsellors_on_both_consoles(
    scale_stack: ScaleStack,
) -> None:
    sender = f"scale-{uuid.uuid4().hex[:10]}"
    scale_stack.rasa[1].say(sender, "I want to talk to a real person")
    case = CaseService(scale_stack.settings.database_url).open_case_of(sender)
    assert case is not None and case.status == "waiting"
    clients = [new_staff(scale_stack.consoles[n % 2], unique("scaler")) for n in range(8)]  # type: ignore[arg-type]
    barrier = threading.Barrier(len(clients))

    def claim(client: StaffClient) -> tuple[str, int]:
        barrier.wait()
        return client.name, client.post(f"/api/cases/{case.id}/claim").status_code

    with ThreadPoolExecutor(len(clients)) as pool:
        statuses = dict(pool.map(claim, clients))

    winners = [name for name, status in statuses.items() if status == 200]
    assert len(winners) == 1, statuses
    assert sorted(statuses.values()) == [200] + [409] * 7
    claimed = CaseService(scale_stack.settings.database_url).get(case.id)
    assert claimed.status == "claimed" and claimed.claimed_by == winners[0]


def test_a_case_opened_through_one_server_reaches_the_other_console_live(
    scale_stack: ScaleStack,
) -> None:
    counsellor = new_staff(scale_stack.consoles[1], unique("watcher"))  # type: ignore[arg-type]
    events: list[dict[str, Any]] = []
    stream = counsellor.http.get(f"{counsellor.console.url}/api/events", stream=True, timeout=30)

    def read() -> None:
        for line in stream.iter_lines(decode_unicode=True):
            if line.startswith("data: ") and line != "data: {}":
                events.append(json.loads(line[6:]))

    threading.Thread(target=read, daemon=True).start()
    wait_until(lambda: len(events) >= 1)
    sender = f"scale-{uuid.uuid4().hex[:10]}"

    answer = scale_stack.rasa[0].texts(sender, "help, he is beating me right now, please come")
    answered_at = time.monotonic()

    assert "112" in answer
    case = CaseService(scale_stack.settings.database_url).open_case_of(sender)
    assert case is not None and case.priority == "emergency"
    wait_until(lambda: any(item["id"] == case.id for item in events[-1]["items"]), timeout=5)
    assert time.monotonic() - answered_at < 1.0
    stream.close()


def test_a_write_anywhere_wakes_the_consoles_through_redis_at_once(
    scale_stack: ScaleStack,
) -> None:
    """The fan-out itself: a signal arrives long before the fallback poll would."""

    async def wait_for_signal() -> float:
        changes = QueueChanges(scale_stack.services.redis_url)
        await changes.wait(0.5)  # subscribes (and returns after at most half a second)
        started = time.monotonic()
        loop = asyncio.get_running_loop()
        client = redis_client(scale_stack.services.redis_url)
        loop.call_later(0.2, client.publish, QUEUE_CHANNEL, b"1")
        await changes.wait(10.0)
        await changes.close()
        return time.monotonic() - started

    assert asyncio.run(wait_for_signal()) < 1.0


def test_a_sender_cannot_double_the_rate_limit_by_landing_on_both_servers(
    scale_stack: ScaleStack,
) -> None:
    sender = f"scale-{uuid.uuid4().hex[:10]}"
    balanced = LoadBalanced(scale_stack.rasa)
    for number in range(PER_SENDER_LIMIT):
        assert balanced.say(sender, f"hello {number}")

    answer = text_of(balanced.say(sender, "hello again"))

    assert "faster than I can read" in answer
    assert re.search(r"\b112\b", answer)
    assert len(user_messages(scale_stack, sender)) == PER_SENDER_LIMIT


def test_a_burst_across_the_edge_of_a_clock_minute_does_not_get_twice_the_limit(
    scale_stack: ScaleStack,
) -> None:
    """The window slides: twelve messages at 12:00:59 still count at 12:01:01."""
    clock = ManualClock(60 * 29_000_000 + 59.0)  # one second before a clock minute ends
    limiter = SharedRateLimiter(
        redis_client(scale_stack.services.redis_url), per_sender=3, overall=1000, clock=clock
    )
    sender = f"scale-{uuid.uuid4().hex[:10]}"

    assert [limiter.admit(sender) for _ in range(3)] == [True, True, True]
    clock.now += 2.0  # the next clock minute
    assert not limiter.admit(sender)
    assert limiter.admit(f"{sender}-someone-else")
    clock.now += 57.5  # 59.5 seconds after the first three
    assert not limiter.admit(sender)
    clock.now += 1.0  # 60.5 seconds after them
    assert limiter.admit(sender)
