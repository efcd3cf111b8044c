"""Hand-off to a human counsellor.

For now the offer points to the hotline by phone; opening a case in the hotline queue and
pausing the bot is issue 4's escalation.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher


class ActionOfferCounsellor(Action):
    """A person asked for a human: offer the hotline."""

    def name(self) -> str:
        return "action_offer_counsellor"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_counsellor_offer")
        return []
