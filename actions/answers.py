"""What she answered to the question an action asked: in her language first, then the model.

Shared by the escalation and report actions, which ask yes/no questions
(bot/conversation/yes_no.py says why the conversation's language decides short answers).
"""

from __future__ import annotations

from rasa_sdk import Tracker

from bot.conversation.yes_no import read_yes_no
from bot.language.conversation_language import conversation_language


def answer_intent(tracker: Tracker) -> str | None:
    """``affirm``/``deny`` when her message is a plain yes/no in her language; else the intent."""
    message = tracker.latest_message
    read = read_yes_no(message.get("text"), conversation_language(tracker))
    return read or (message.get("intent") or {}).get("name")
