"""What she answered to the question an action asked: in her language first, then the model.

Shared by the escalation and report actions, which ask yes/no questions
(bot/conversation/yes_no.py says why the conversation's language decides short answers).
"""

from __future__ import annotations

from rasa_sdk import Tracker

from bot.conversation.yes_no import read_yes_no


def conversation_language(tracker: Tracker) -> str:
    """The language she chose, else the one detected from her messages, else English."""
    return tracker.get_slot("language_choice") or tracker.get_slot("language") or "en"


def answer_intent(tracker: Tracker) -> str | None:
    """``affirm``/``deny`` when her message is a plain yes/no in her language; else the intent."""
    message = tracker.latest_message
    read = read_yes_no(message.get("text"), conversation_language(tracker))
    return read or (message.get("intent") or {}).get("name")
