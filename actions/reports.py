"""Citizen reports of a suspicion.

For now the assistant points to the hotline; the structured, anonymous report conversation is
issue 7's report form.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher


class ActionStartReport(Action):
    """Someone wants to report a suspicion: tell them how, anonymously."""

    def name(self) -> str:
        return "action_start_report"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_report_offer")
        return []
