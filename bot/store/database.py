"""Engine, sessions and schema migrations for the application database.

Every process of the stack (Rasa's channels, the action server, the CLI) opens the same
database by URL. SQLite runs in WAL mode with a busy timeout so that those processes can
write concurrently; PostgreSQL needs nothing special.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from bot.store.shared_state import announce_queue_change

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    """One engine per database URL and process."""
    if url.startswith("sqlite"):
        # A pool instead of SQLAlchemy 1.4's default for SQLite files (a new connection and
        # PRAGMAs for every session): opening connections was a visible share of the Rasa
        # server's CPU per message. Connections move between threads, one user at a time.
        engine = create_engine(
            url,
            future=True,
            poolclass=QueuePool,
            pool_size=4,
            max_overflow=16,
            connect_args={"timeout": 30, "check_same_thread": False},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, future=True, pool_pre_ping=True)


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """A transaction: committed when the block ends, rolled back on an exception."""
    with _session_factory(url).begin() as session:
        yield session


@lru_cache(maxsize=8)
def _session_factory(url: str) -> sessionmaker[Session]:
    """Sessions that announce committed writes, so that consoles elsewhere update at once."""
    factory = sessionmaker(engine_for(url), future=True, expire_on_commit=False)
    event.listen(factory, "after_flush", _note_write)
    event.listen(factory, "do_orm_execute", _note_statement)
    event.listen(factory, "after_commit", _announce_if_written)
    return factory


def _note_write(session: Session, _context: Any) -> None:
    session.info["wrote"] = True


def _note_statement(state: Any) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info["wrote"] = True


def _announce_if_written(session: Session) -> None:
    if session.info.pop("wrote", False):
        announce_queue_change()


def upgrade_database(url: str, revision: str = "head") -> None:
    """Bring the schema to ``revision``, the newest by default (creates the file if needed)."""
    logging.getLogger("alembic").setLevel(logging.WARNING)  # one line per step is noise
    from alembic import command
    from alembic.config import Config

    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine_for(url)
    command.upgrade(config, revision)
