"""Choosing the language of the conversation."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher


class ActionChooseLanguage(Action):
    """Confirm a language she asked for, or show the language menu.

    The ``language_choice`` slot is already set by its slot mapping when the message named a
    language ("speak English") or came from a menu button; this action only answers.
    """

    def name(self) -> str:
        return "action_choose_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        named = next(tracker.get_latest_entity_values("requested_language"), None)
        dispatcher.utter_message(
            response="utter_language_changed" if named else "utter_language_menu"
        )
        return []
