"""Rate limits in front of the assistant: per sender and overall, with a kind answer.

A person who writes faster than anyone can read, or a flood from many senders, would queue up
the one Rasa worker for everybody else. Messages over the limit are not understood; the sender
is told once per window, in her language, to write again in a minute, with 112 for danger.
Messages to an open case are never limited: a person talking to a counsellor is not throttled.
Counts are kept in this process on one machine (``RateLimiter``), and in Redis when several
Rasa servers share the load (``SharedRateLimiter``), so that a sender cannot get twice the
limit by landing on two servers.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import redis

log = logging.getLogger(__name__)
SLOW_DOWN = "utter_slow_down"


class Limiter(Protocol):
    """What the inbox asks of a rate limiter."""

    def admit(self, sender: str) -> bool: ...

    def should_tell(self, sender: str) -> bool: ...


@dataclass
class RateLimiter:
    """Sliding windows: ``per_sender`` messages a minute each, ``overall`` a second in total."""

    per_sender: int
    overall: int
    clock: Callable[[], float] = time.monotonic
    _senders: dict[str, deque[float]] = field(default_factory=dict)
    _all: deque[float] = field(default_factory=deque)
    _told: dict[str, float] = field(default_factory=dict)

    def admit(self, sender: str) -> bool:
        """Count the message; False when it is over a limit (then it is not counted)."""
        now = self.clock()
        _drop_older(self._all, now - 1.0)
        mine = self._senders.setdefault(sender, deque())
        _drop_older(mine, now - 60.0)
        if len(mine) >= self.per_sender or len(self._all) >= self.overall:
            return False
        mine.append(now)
        self._all.append(now)
        if len(self._senders) > 10 * self.per_sender * 60:  # forget senders gone quiet
            self._forget_quiet(now)
        return True

    def should_tell(self, sender: str) -> bool:
        """True once a minute per limited sender: the kind answer is not itself a flood."""
        now = self.clock()
        if now - self._told.get(sender, -60.0) < 60.0:
            return False
        self._told[sender] = now
        return True

    def _forget_quiet(self, now: float) -> None:
        for sender in [
            s for s, times in self._senders.items() if not times or times[-1] < now - 60
        ]:
            del self._senders[sender]
        for sender in [s for s, at in self._told.items() if at < now - 60]:
            del self._told[sender]


def _drop_older(times: deque[float], cutoff: float) -> None:
    while times and times[0] <= cutoff:
        times.popleft()


# Atomic check-and-count: over a limit, nothing is counted (as in RateLimiter). Per sender a
# sliding minute, as in RateLimiter: a sorted set of her admitted messages' times (at most the
# limit, a dozen or so), so that a burst across a clock minute's edge cannot get twice the
# limit. Overall a fixed second: twice the limit for one second at an edge is harmless there.
_ADMIT = """
local now = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - 60)
local mine = redis.call('ZCARD', KEYS[1])
local everyone = tonumber(redis.call('GET', KEYS[2]) or '0')
if mine >= tonumber(ARGV[1]) or everyone >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], now, ARGV[4]); redis.call('EXPIRE', KEYS[1], 61)
redis.call('INCR', KEYS[2]); redis.call('EXPIRE', KEYS[2], 5)
return 1
"""


@dataclass
class SharedRateLimiter:
    """The same limits counted in Redis, for every Rasa server at once.

    If Redis cannot be reached the message is admitted: a limit exists to keep the service
    up for everybody, and dropping a person's message because a counter is unavailable would
    be the worse failure. Times are the servers' wall clocks, which NTP keeps within well
    under a second of each other: a minute's window is not bent by that.
    """

    client: redis.Redis
    per_sender: int
    overall: int
    clock: Callable[[], float] = time.time

    def __post_init__(self) -> None:
        self._admit = self.client.register_script(_ADMIT)

    def admit(self, sender: str) -> bool:
        now = self.clock()
        keys = [f"helpline:rate:{_key(sender)}", f"helpline:rate:all:{int(now)}"]
        message = f"{now!r}:{secrets.token_hex(8)}"  # members of a set must differ
        try:
            return bool(
                self._admit(keys=keys, args=[self.per_sender, self.overall, repr(now), message])
            )
        except redis.RedisError as error:
            log.warning("rate limit not checked, Redis failed: %s", error)
            return True

    def should_tell(self, sender: str) -> bool:
        try:
            return bool(self.client.set(f"helpline:told:{_key(sender)}", 1, nx=True, ex=60))
        except redis.RedisError as error:
            log.warning("rate limit answer sent without checking Redis: %s", error)
            return True


def _key(sender: str) -> str:
    """Sender ids are pseudonyms already; hashed again so keys have one short shape."""
    return hashlib.sha256(sender.encode()).hexdigest()[:32]
