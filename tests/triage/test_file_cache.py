"""The cache of derived files (bot/triage/file_cache.py), on its own."""

from __future__ import annotations

import multiprocessing
import os
import time
from multiprocessing.synchronize import Barrier
from pathlib import Path

from bot.triage.file_cache import cached


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _keep(value: str, path: Path) -> None:
    path.write_text(value, encoding="utf-8")


def test_a_kind_keeps_only_its_newest_file_and_never_touches_another_kind(tmp_path: Path) -> None:
    made: list[str] = []

    def make(value: str) -> str:
        made.append(value)
        return value

    assert cached(tmp_path, ("a", "1", ".txt"), str, lambda: make("a1"), _text, _keep) == "a1"
    assert cached(tmp_path, ("b", "1", ".txt"), str, lambda: make("b1"), _text, _keep) == "b1"
    assert cached(tmp_path, ("a", "1", ".txt"), str, lambda: make("again"), _text, _keep) == "a1"
    assert made == ["a1", "b1"]  # read back, not made again

    assert cached(tmp_path, ("a", "2", ".txt"), str, lambda: make("a2"), _text, _keep) == "a2"
    kept = sorted(path.name for path in tmp_path.iterdir())
    assert kept == [".a.txt.lock", ".b.txt.lock", "a-2.txt", "b-1.txt"]  # and each kind's lock


def test_what_cannot_be_read_as_its_kind_is_made_again_and_replaced(tmp_path: Path) -> None:
    (tmp_path / "a-1.txt").write_bytes(b"\xff\xfe not text")
    assert cached(tmp_path, ("a", "1", ".txt"), str, lambda: "fresh", _text, _keep) == "fresh"
    assert _text(tmp_path / "a-1.txt") == "fresh"

    def as_number(path: Path) -> object:
        return int(_text(path))

    assert cached(tmp_path, ("a", "1", ".txt"), int, lambda: 7, as_number, _keep_int) == 7


def _keep_int(value: int, path: Path) -> None:
    path.write_text(str(value), encoding="utf-8")


def _made_slowly(log: Path) -> str:
    with log.open("a", encoding="utf-8") as made:
        made.write(f"{os.getpid()}\n")
    time.sleep(0.5)  # long enough that the others miss the file while it is made
    return "made"


def _start_with_the_others(cache_dir: Path, start: Barrier) -> None:
    start.wait()
    value = cached(
        cache_dir,
        ("a", "1", ".txt"),
        str,
        lambda: _made_slowly(cache_dir / "made.log"),
        _text,
        _keep,
    )
    (cache_dir / f"got-{os.getpid()}").write_text(value, encoding="utf-8")


def test_processes_that_miss_the_same_file_at_once_make_it_once(tmp_path: Path) -> None:
    processes = 3
    context = multiprocessing.get_context("fork")
    start = context.Barrier(processes)
    workers = [
        context.Process(target=_start_with_the_others, args=(tmp_path, start))
        for _ in range(processes)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert [worker.exitcode for worker in workers] == [0] * processes
    assert len(_text(tmp_path / "made.log").splitlines()) == 1
    assert [_text(got) for got in sorted(tmp_path.glob("got-*"))] == ["made"] * processes
