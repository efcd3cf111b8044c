"""Redis, shared by several Rasa servers and consoles: counters and the "something changed" signal.

Only used when ``HELPLINE_REDIS_URL`` is set (the multi-instance set-up, docs/scale-out.md);
on one machine the same duties are done in-process. Redis holds no message text, no address
and nothing that has to survive: rate-limit counters that expire within two minutes, and a
publish/subscribe channel that wakes the consoles when the queue may have changed. Rasa's own
lock store uses the same server under its ``helpline`` key prefix.
"""

from __future__ import annotations

import asyncio
import logging
from functools import lru_cache

import redis
import redis.asyncio

from bot.settings import load_settings

log = logging.getLogger(__name__)

QUEUE_CHANNEL = "helpline:queue-changed"
# Redis is on the local network: a slow answer means trouble, and nobody should wait on it.
SOCKET_TIMEOUT_SECONDS = 2.0


@lru_cache(maxsize=4)
def redis_client(url: str) -> redis.Redis:
    """One connection pool per URL and process."""
    return redis.Redis.from_url(
        url, socket_timeout=SOCKET_TIMEOUT_SECONDS, socket_connect_timeout=SOCKET_TIMEOUT_SECONDS
    )


def async_redis_client(url: str) -> redis.asyncio.Redis:
    """A client for the caller's event loop (publish/subscribe in the console)."""
    return redis.asyncio.Redis.from_url(url, socket_connect_timeout=SOCKET_TIMEOUT_SECONDS)


@lru_cache(maxsize=1)
def _configured_redis_url() -> str | None:
    return load_settings().redis_url


def announce_queue_change() -> None:
    """Tell every console that the application database changed (no-op without Redis).

    Called after each committed write (bot.store.database). A lost signal costs a console at
    most its fallback poll interval, so a Redis error is logged, never raised: the write that
    triggered it has already succeeded and must not look failed.
    """
    url = _configured_redis_url()
    if url is None:
        return
    try:
        redis_client(url).publish(QUEUE_CHANNEL, b"1")
    except redis.RedisError as error:
        log.warning("could not signal a queue change through Redis: %s", error)


class QueueChanges:
    """Waits for ``announce_queue_change`` from any process, by Redis publish/subscribe."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._pubsub: redis.asyncio.client.PubSub | None = None

    async def wait(self, timeout: float) -> None:
        """Return on the next signal (all pending ones at once), or after ``timeout`` seconds."""
        try:
            if self._pubsub is None:
                self._pubsub = async_redis_client(self._url).pubsub(ignore_subscribe_messages=True)
                await self._pubsub.subscribe(QUEUE_CHANNEL)
            if await self._pubsub.get_message(timeout=timeout) is not None:
                while await self._pubsub.get_message(timeout=0):
                    pass  # a burst of writes is one change for the consoles
        except (redis.RedisError, OSError) as error:
            log.warning("waiting for queue changes through Redis failed: %s", error)
            self._pubsub = None
            await asyncio.sleep(timeout)

    async def close(self) -> None:
        if self._pubsub is not None:
            await self._pubsub.close()
            self._pubsub = None
