"""The first stage of Rasa's two-stage fallback: "Did you want to know about ...?"."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

# Intents that are not topics a person could have meant; suggesting them would not help.
NOT_A_TOPIC = frozenset(
    {
        "nlu_fallback",
        "greet",
        "goodbye",
        "thank",
        "affirm",
        "deny",
        "skip",
        "out_of_scope",
        "bot_challenge",
    }
)


def likeliest_topic(intent_ranking: Iterable[dict[str, Any]]) -> str | None:
    """The most confident intent in the ranking that is worth suggesting, if any."""
    for candidate in intent_ranking:
        name = candidate.get("name")
        if isinstance(name, str) and name not in NOT_A_TOPIC:
            return name
    return None


class ActionAskAffirmation(Action):
    """Suggest the likeliest topic with yes/no buttons, in the person's language."""

    def name(self) -> str:
        return "action_default_ask_affirmation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        intent = likeliest_topic(tracker.latest_message.get("intent_ranking") or [])
        if intent is None:
            dispatcher.utter_message(response="utter_ask_rephrase")
        else:
            dispatcher.utter_message(
                response="utter_ask_affirmation", topic=f"topic_{intent}", intent=intent
            )
        return []
