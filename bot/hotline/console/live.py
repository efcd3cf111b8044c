"""Live queue updates for every open console, by server-sent events.

Cases are opened by other processes (the Rasa server, the action server), so the console
cannot be told in-process. One task per console process asks the database for a cheap
version stamp (count, newest id, newest change) several times a second; only when it changes
is the queue read once and the same snapshot pushed to every subscriber. The cost is one
small query per interval whatever the number of open consoles. With Redis (several servers,
docs/scale-out.md) every committed write anywhere publishes a signal, and the feed reads the
stamp when woken instead of polling (and every few seconds in case a signal was lost).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from contextlib import suppress
from typing import Any, Protocol

log = logging.getLogger(__name__)
POLL_SECONDS = 0.2
# With a change signal, the stamp is still read this often: a lost signal delays, never hides.
SIGNALLED_POLL_SECONDS = 2.0


class ChangeSignal(Protocol):
    """Wakes the feed when another process may have changed the queue."""

    async def wait(self, timeout: float) -> None: ...

    async def close(self) -> None: ...


class QueueFeed:
    """Pushes ``snapshot()`` to subscribers whenever ``version()`` changes."""

    def __init__(
        self,
        version: Callable[[], str],
        snapshot: Callable[[], dict[str, Any]],
        poll_seconds: float = POLL_SECONDS,
        changes: ChangeSignal | None = None,
    ) -> None:
        self._version = version
        self._snapshot = snapshot
        self._poll_seconds = poll_seconds
        self._changes = changes
        self._subscribers: set[asyncio.Queue[str]] = set()
        self._current: str | None = None  # the last snapshot as an SSE event
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._changes is not None:
            await self._changes.close()

    async def subscribe(self) -> asyncio.Queue[str]:
        """A queue of SSE events for one client, starting with the current snapshot."""
        queue: asyncio.Queue[str] = asyncio.Queue(maxsize=16)
        event = self._current or await self._read_event()
        queue.put_nowait(event)
        self._subscribers.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[str]) -> None:
        self._subscribers.discard(queue)

    async def _read_event(self) -> str:
        snapshot = await asyncio.to_thread(self._snapshot)
        return f"event: queue\ndata: {json.dumps(snapshot, ensure_ascii=False)}\n\n"

    async def _run(self) -> None:
        last_version: str | None = None
        while True:
            try:
                version = await asyncio.to_thread(self._version)
                if version != last_version:
                    self._current = await self._read_event()
                    last_version = version
                    self._publish(self._current)
            except Exception:  # a database hiccup must not end live updates for good
                log.exception("reading the queue for live updates failed")
            if self._changes is None:
                await asyncio.sleep(self._poll_seconds)
            else:
                await self._changes.wait(SIGNALLED_POLL_SECONDS)

    def _publish(self, event: str) -> None:
        for queue in list(self._subscribers):
            if queue.full():  # a client that stopped reading gets the newest state only
                with suppress(asyncio.QueueEmpty):
                    queue.get_nowait()
            queue.put_nowait(event)
