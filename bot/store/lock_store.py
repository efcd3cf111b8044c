"""Rasa's Redis lock store, with every change to a conversation's ticket lock made atomic.

Rasa 3.6's ``RedisLockStore`` changes a lock by reading it, changing it in Python and writing
it back (GET, then SET). Two Rasa servers that take messages of the same conversation at the
same moment can therefore both read the same lock and both get the same ticket number, or one
can delete the lock while the other has just queued on it. Then two turns run at once, and
Rasa's SQL tracker store, which saves only the events beyond those already stored, drops one
of the person's messages (RasaHQ/rasa#9213; Rasa's own fix, ``ConcurrentRedisLockStore``, was
reverted before release). We measured exactly that: one message of eight sent at once to two
servers was missing from the tracker store.

Here each read-change-write is a Redis transaction on the lock's key (WATCH, then MULTI/EXEC,
retried when another server changed the key in between), so tickets are unique, queued in
order, and the lock is removed only when nobody holds or waits for a ticket. Everything else,
including how a turn waits for its ticket, is Rasa's own code.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TypeVar

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

Result = TypeVar("Result")
# A change gets the stored lock (None when there is none) and returns the lock to store
# (None to delete it) and what the caller wants back.
Change = Callable[[TicketLock | None], tuple[TicketLock | None, Result]]


class AtomicRedisLockStore(RedisLockStore):
    """A drop-in for ``type: redis`` in endpoints.yml, safe with several Rasa servers."""

    def __init__(self, endpoint_config: EndpointConfig) -> None:
        """Rasa builds custom lock stores from their endpoint entry (url, port, db, key_prefix)."""
        super().__init__(host=endpoint_config.url, **endpoint_config.kwargs)

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        """Queue one more turn of the conversation; the number says when it is served."""

        def issue(lock: TicketLock | None) -> tuple[TicketLock, int]:
            lock = lock or self.create_lock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)

        try:
            return self._change(conversation_id, issue)
        except redis.RedisError as error:
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def update_lock(self, conversation_id: str) -> None:
        """Drop tickets whose turn died without finishing (expired), so the queue moves on."""

        def drop_expired(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock is not None:
                lock.remove_expired_tickets()
            return lock, None

        self._change(conversation_id, drop_expired)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        """End a turn, and remove the lock if no other turn holds or waits for a ticket."""

        def finish(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock is None:
                return None, None
            lock.remove_ticket_for(ticket_number)
            return (lock if lock.is_someone_waiting() else None), None

        self._change(conversation_id, finish)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Rasa's cleanup reads and deletes in two steps; ``finish_serving`` does both at once."""
        self.finish_serving(conversation_id, ticket_number)

    def _change(self, conversation_id: str, change: Change[Result]) -> Result:
        key = self.key_prefix + conversation_id
        with self.red.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(key)
                    stored = pipe.get(key)
                    lock = TicketLock.from_dict(json.loads(stored)) if stored else None
                    new_lock, result = change(lock)
                    pipe.multi()
                    if new_lock is None:
                        pipe.delete(key)
                    else:
                        pipe.set(key, new_lock.dumps())
                    pipe.execute()
                    return result
                except redis.WatchError:
                    continue  # another server changed this lock meanwhile: read it again
