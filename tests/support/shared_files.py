"""Looking into the stack's SQLite files from a test without breaking the stack's locks.

SQLite's locks are POSIX advisory locks, which belong to the process: closing *any* file
descriptor on a database file drops every lock this process holds on it, including those of
connections still open. So a test never opens a shared database file with plain ``open()``,
and closes its sqlite3 connections as soon as it is done (``with sqlite3.connect(...)`` only
ends a transaction). Raw bytes are read in a child process, whose closing touches nobody.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path


def raw_bytes(path: Path | str) -> bytes:
    """The file's bytes, read by a child process."""
    program = "import sys; sys.stdout.buffer.write(open(sys.argv[1], 'rb').read())"
    command = [sys.executable, "-c", program, str(path)]
    return subprocess.run(command, check=True, capture_output=True, timeout=60).stdout


@contextmanager
def query(path: Path | str) -> Iterator[sqlite3.Connection]:
    """A connection that is closed when the block ends."""
    with closing(sqlite3.connect(path)) as connection:
        yield connection
