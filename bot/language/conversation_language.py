"""Which language a conversation is in, read from its slots (Rasa's tracker or the SDK's)."""

from __future__ import annotations

from typing import Any, Protocol


class HasSlots(Protocol):
    def get_slot(self, key: str) -> Any: ...


def conversation_language(tracker: HasSlots | None) -> str:
    """The language she chose, else the one detected from her messages, else English."""
    if tracker is None:
        return "en"
    return str(tracker.get_slot("language_choice") or tracker.get_slot("language") or "en")
