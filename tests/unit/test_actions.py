"""Custom actions name the right responses; texts come from the catalogs."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.fallback import ActionAskAffirmation, likeliest_topic


def make_tracker(intent_ranking: list[dict[str, Any]] | None = None) -> Tracker:
    latest = {"text": "hm", "intent": {"name": "nlu_fallback"}, "intent_ranking": intent_ranking}
    return Tracker(
        sender_id="test",
        slots={"language": "en"},
        latest_message=latest,
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def run_action(action: Action, tracker: Tracker) -> list[dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages


def test_affirmation_suggests_the_likeliest_real_topic() -> None:
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.5},
        {"name": "greet", "confidence": 0.3},
        {"name": "ask_housing", "confidence": 0.2},
    ]

    [message] = run_action(ActionAskAffirmation(), make_tracker(ranking))

    assert message["response"] == "utter_ask_affirmation"
    assert message["topic"] == "topic_ask_housing"
    assert message["intent"] == "ask_housing"


@pytest.mark.parametrize("ranking", [None, [], [{"name": "greet"}, {"name": "nlu_fallback"}]])
def test_affirmation_asks_to_rephrase_without_a_topic(ranking: list[dict[str, Any]] | None) -> None:
    [message] = run_action(ActionAskAffirmation(), make_tracker(ranking))

    assert message["response"] == "utter_ask_rephrase"


def test_likeliest_topic_skips_malformed_entries() -> None:
    assert likeliest_topic([{"confidence": 1.0}, {"name": "ask_return"}]) == "ask_return"
