"""A clock that tests move by hand, for code that takes its clock as a parameter."""

from __future__ import annotations


class ManualClock:
    """Returns ``now`` until the test changes it."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now
