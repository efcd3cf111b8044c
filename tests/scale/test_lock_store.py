"""Turns of one conversation taken by several Rasa servers at once queue in Redis, one at a time.

Each "server" here is a lock store with its own Redis connection in its own thread and event
loop, as in separate processes. Rasa's stock Redis lock store fails these tests (two servers
get the same ticket, and turns overlap); bot/store/lock_store.py explains why.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
from rasa.utils.endpoints import EndpointConfig

from bot.store.lock_store import AtomicRedisLockStore
from tests.conversation.conftest import free_port
from tests.support.scale_services import redis_server

pytestmark = pytest.mark.scale


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with redis_server(free_port()) as url:
        yield url


def a_server(redis_url: str) -> AtomicRedisLockStore:
    """One Rasa server's lock store, built from endpoints.yml's entry as Rasa builds it."""
    address = urlsplit(redis_url)
    return AtomicRedisLockStore(
        EndpointConfig(
            url=address.hostname, port=address.port, db=0, key_prefix="helpline", type="redis"
        )
    )


def test_tickets_asked_for_at_the_same_moment_by_many_servers_are_all_different(
    redis_url: str,
) -> None:
    conversation = f"lock-{uuid.uuid4().hex[:10]}"
    servers = [a_server(redis_url) for _ in range(16)]
    barrier = threading.Barrier(len(servers))

    def ask(server: AtomicRedisLockStore) -> int:
        barrier.wait()
        return server.issue_ticket(conversation)

    with ThreadPoolExecutor(len(servers)) as pool:
        numbers = list(pool.map(ask, servers))

    assert sorted(numbers) == list(range(16))
    lock = servers[0].get_lock(conversation)
    assert lock is not None and [ticket.number for ticket in lock.tickets] == list(range(16))


def test_turns_of_one_conversation_on_two_servers_run_one_at_a_time_and_all_run(
    redis_url: str,
) -> None:
    conversation = f"lock-{uuid.uuid4().hex[:10]}"
    guard = threading.Lock()
    inside: list[int] = []  # turns running right now
    most_at_once = 0
    finished: list[int] = []

    async def turn(server: AtomicRedisLockStore, number: int) -> None:
        nonlocal most_at_once
        async with server.lock(conversation, wait_time_in_seconds=0.01):
            with guard:
                inside.append(number)
                most_at_once = max(most_at_once, len(inside))
            await asyncio.sleep(0.02)  # the turn's work: predict, run actions, save
            with guard:
                inside.remove(number)
                finished.append(number)

    def run_server(numbers: range) -> None:
        server = a_server(redis_url)

        async def take_messages() -> None:
            await asyncio.gather(*(turn(server, number) for number in numbers))

        asyncio.run(take_messages())

    servers = [threading.Thread(target=run_server, args=(range(n, 16, 2),)) for n in (0, 1)]
    for server in servers:
        server.start()
    for server in servers:
        server.join(timeout=60)

    assert sorted(finished) == list(range(16))
    assert most_at_once == 1
    assert a_server(redis_url).get_lock(conversation) is None  # nobody left in the queue
