"""Replies to the options of the assistant's last message: a number, or a yes/no to "did you mean".

Over SMS, buttons are shown as numbered options and people answer with the number; on the REST
and web channels people may type the number too. And when the assistant was unsure what she
meant (Rasa's two-stage fallback: "Did you want to know about: ...?" with the buttons
"/<intent>" and "/out_of_scope"), people type "yes" or "tak" rather than press a button. Left
to the model, that yes would be read as an answer to nothing (Rasa re-adds it as the clarified
message), and she would get the topic menu instead of the topic she just confirmed.

The options are read back from the tracker (the assistant's messages since her last message),
so this works after restarts and across several Rasa servers sharing a tracker store. The
tracker is only loaded for a message that could be such a reply.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rasa.core.channels.channel import UserMessage
from rasa.shared.core.events import BotUttered, Event, UserUttered
from sanic import Sanic

from bot.conversation.yes_no import AFFIRM, ANSWER_LANGUAGES, DENY, read_yes_no
from bot.language.conversation_language import conversation_language

NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)]?\s*$")
# A bare number that names no option is not a question: show her the options instead.
NO_SUCH_OPTION = "/show_menu"
# Rasa's two-stage fallback: the "No" button of "did you mean ...?".
NOT_WHAT_I_MEANT = "/out_of_scope"
# A yes or a no is a few words; longer messages are never read as one (and load no tracker).
LONGEST_ANSWER = 40


def offered_payloads(events: Iterable[Event]) -> list[str]:
    """Button payloads of the last bot message with buttons since the person last wrote."""
    for event in reversed(list(events)):
        if isinstance(event, UserUttered):
            return []
        if isinstance(event, BotUttered) and event.data.get("buttons"):
            return [button["payload"] for button in event.data["buttons"]]
    return []


def resolve_number(text: str, payloads: Sequence[str]) -> str:
    """The payload a bare number stands for; other text is returned unchanged."""
    match = NUMBER.match(text)
    if not match:
        return text
    number = int(match.group(1))
    return payloads[number - 1] if 1 <= number <= len(payloads) else NO_SUCH_OPTION


def resolve_suggestion_answer(text: str, payloads: Sequence[str], language: str) -> str:
    """The button a typed yes or no chooses after "did you mean ...?"; else ``text`` unchanged.

    Read in her conversation's language, then in English ("ok", "yes" are common in every
    language). Only Rasa's own question qualifies (two buttons, the second one "No").
    """
    if len(payloads) != 2 or payloads[1] != NOT_WHAT_I_MEANT:
        return text
    answer = read_yes_no(text, language) or read_yes_no(text, "en")
    if answer == AFFIRM:
        return payloads[0]
    if answer == DENY:
        return payloads[1]
    return text


def could_be_option_reply(text: str | None) -> bool:
    """Cheap check before loading the tracker: a bare number or a yes/no in some language."""
    if not text or len(text) > LONGEST_ANSWER:
        return False
    return bool(NUMBER.match(text)) or any(read_yes_no(text, code) for code in ANSWER_LANGUAGES)


async def resolve_option_reply(message: UserMessage) -> None:
    """Replace a reply to the last message's options in ``message`` by the option's payload."""
    if not could_be_option_reply(message.text):
        return
    tracker = await Sanic.get_app().ctx.agent.tracker_store.retrieve(message.sender_id)
    if tracker is None:
        payloads: list[str] = []
        language = "en"
    else:
        payloads = offered_payloads(tracker.events)
        language = conversation_language(tracker)
    text = resolve_number(message.text, payloads)
    message.text = resolve_suggestion_answer(text, payloads, language)
