"""Derived files kept between restarts, named by a hash of what they are made from.

The compiled lexicons and the fitted model take up to half a minute to make, every process
that triages needs them, and they are the same as long as what they are made from is. So they
are kept in a cache directory (``Settings.cache_dir``), never in the repository:

- a file is named ``<prefix>-<hash><suffix>``, the hash covering everything that would make it
  different, so a change is never served from a stale file;
- it is written atomically, so a parallel start-up never reads half a file;
- it is made once however many processes need it at the same time (the test workers, the
  Rasa and action servers, a background training): the first makes it under a lock, the
  others wait and read it, where each used to make it beside the others on the same cores;
- a damaged or foreign file is made again, never a failed start-up;
- a new file replaces the older ones of its kind, so the directory holds one of each however
  often the lexicons or the training examples change (each is tens of megabytes).
"""

from __future__ import annotations

import fcntl
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cached(
    cache_dir: Path,
    file_name: tuple[str, str, str],
    kind: type[T],
    make: Callable[[], T],
    read: Callable[[Path], object],
    write: Callable[[T, Path], None],
) -> T:
    """What the file ``<prefix>-<hash><suffix>`` (``file_name``) in ``cache_dir`` holds if it
    is a ``kind``; else ``make()``, written there with ``write`` in place of the files of the
    same prefix and suffix. Processes that miss it at the same time make it once: the first
    under the lock of its kind, the others read what it wrote."""
    prefix, digest, suffix = file_name
    path = cache_dir / f"{prefix}-{digest}{suffix}"
    kept = _read_if(path, kind, read)
    if kept is not None:
        return kept
    cache_dir.mkdir(parents=True, exist_ok=True)
    with (cache_dir / f".{prefix}{suffix}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
        kept = _read_if(path, kind, read)  # another process may have made it while we waited
        if kept is not None:
            return kept
        made = make()
        handle, temporary = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        os.close(handle)
        write(made, Path(temporary))
        os.replace(temporary, path)
        for older in cache_dir.glob(f"{prefix}-*{suffix}"):
            if older != path:
                older.unlink(missing_ok=True)
    return made


def _read_if(path: Path, kind: type[T], read: Callable[[Path], object]) -> T | None:
    """What ``path`` holds if it can be read as a ``kind``; else None (missing, damaged or
    written by other code: to be made again)."""
    try:
        value = read(path)
    except Exception:  # unpickling a damaged file can raise almost any exception
        return None
    return value if isinstance(value, kind) else None
