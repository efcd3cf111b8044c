"""Numbered replies: "3" chooses the third option of the assistant's last message.

Over SMS, buttons are shown as numbered options and people answer with the number; on the REST
and web channels people may type the number too. The options are read back from the tracker
(the assistant's messages since her last message), so this works after restarts and across
several Rasa servers sharing a tracker store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rasa.core.channels.channel import UserMessage
from rasa.shared.core.events import BotUttered, Event, UserUttered
from sanic import Sanic

NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)]?\s*$")
# A bare number that names no option is not a question: show her the options instead.
NO_SUCH_OPTION = "/show_menu"


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


async def resolve_numbered_reply(message: UserMessage) -> None:
    """Replace a bare number in ``message`` by the payload of the option it names."""
    if message.text is None or not NUMBER.match(message.text):
        return
    tracker = await Sanic.get_app().ctx.agent.tracker_store.retrieve(message.sender_id)
    payloads = offered_payloads(tracker.events) if tracker is not None else []
    message.text = resolve_number(message.text, payloads)
