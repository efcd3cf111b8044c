"""An ``emergency`` intent that triage did not confirm becomes a question (nlu_fallback)."""

from __future__ import annotations

from typing import Any

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.conversation.unsure_danger import UnsureDangerFallback


def _processed(intent: str, priority: str) -> Message:
    """A message the classifier read as ``intent`` (0.61) and triage as ``priority``."""
    message = Message(data={"text": "my mates locked me in an escape room lol"})
    message.set("intent", {"name": intent, "confidence": 0.61})
    message.set(
        "intent_ranking",
        [{"name": intent, "confidence": 0.61}, {"name": "greet", "confidence": 0.2}],
    )
    message.set("triage", {"priority": priority, "indicators": [], "reasons": []})
    [processed] = UnsureDangerFallback().process([message])
    return processed


@pytest.mark.parametrize("priority", ["none", "normal", "high"])
def test_an_emergency_intent_without_an_emergency_from_triage_is_asked_about(
    priority: str,
) -> None:
    message = _processed("emergency", priority)

    assert message.get("intent") == {"name": "nlu_fallback", "confidence": 0.61}
    ranking: list[dict[str, Any]] = message.get("intent_ranking")
    assert [item["name"] for item in ranking] == ["nlu_fallback", "emergency", "greet"]
    assert message.get("triage")["priority"] == priority  # triage's record is left as it was


def test_an_emergency_that_triage_confirms_keeps_its_intent() -> None:
    message = _processed("emergency", "emergency")

    assert message.get("intent") == {"name": "emergency", "confidence": 0.61}
    assert [item["name"] for item in message.get("intent_ranking")] == ["emergency", "greet"]


def test_other_intents_are_left_alone() -> None:
    message = _processed("ask_health_service", "none")

    assert message.get("intent")["name"] == "ask_health_service"
