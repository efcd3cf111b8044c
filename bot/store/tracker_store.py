"""Rasa's SQL tracker store, with each pooled connection checked before it is used.

Rasa 3.6's ``SQLTrackerStore`` keeps a pool of database connections and never checks them.
After PostgreSQL restarts, or the network to it breaks, the first use of each connection the
pool still holds fails. Rasa's ``FailSafeTrackerStore`` turns that failure into "no
conversation yet": her next message starts a new one (her language, a report half written, a
conversation paused for her case are forgotten), and that turn is saved only in the server's
memory. We saw it in tests/scale/test_database_outage.py: after an outage, a Danish reporter's
next answer, on the other server, got the report's first question again, in English.

Here the engine checks a connection as it is taken from the pool (SQLAlchemy's
``pool_pre_ping``) and replaces a dead one, so the first message after an outage finds her
conversation. Everything else is Rasa's own code.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from sqlalchemy.orm import sessionmaker


class CheckedSQLTrackerStore(SQLTrackerStore):
    """A drop-in for ``type: SQL`` in endpoints.yml (Rasa passes the URL as ``host``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
        self.sessionmaker = sessionmaker(bind=self.engine)
