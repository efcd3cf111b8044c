"""Rate limits in front of the assistant: per sender and overall, with a kind answer.

A person who writes faster than anyone can read, or a flood from many senders, would queue up
the one Rasa worker for everybody else. Messages over the limit are not understood; the sender
is told once per window, in her language, to write again in a minute, with 112 for danger.
Messages to an open case are never limited: a person talking to a counsellor is not throttled.
Counts are kept in this process (one Rasa server); several servers would share them in Redis.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

SLOW_DOWN = "utter_slow_down"


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
