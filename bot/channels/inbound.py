"""Checks shared by every channel before a message reaches Rasa.

A person's message must always get an answer, so odd but harmless input (empty, blank, emoji,
control characters) is turned into something Rasa answers, never dropped. Only requests that
are not messages at all are refused, by the channel, with a 4xx.
"""

from __future__ import annotations

# An empty message asks for the topic menu: the person sees what she can ask.
EMPTY_MESSAGE_PAYLOAD = "/show_menu"
MAX_SENDER_CHARS = 256


class InvalidInbound(ValueError):
    """The request is not a message; the reason is safe to show to the client."""


def normalise_text(text: object) -> str:
    """The text to hand to Rasa for a message body; raises InvalidInbound if it is no text."""
    if text is None:
        return EMPTY_MESSAGE_PAYLOAD
    if not isinstance(text, str):
        raise InvalidInbound("'message' must be a string")
    cleaned = "".join(ch for ch in text if ch.isprintable() or ch in "\n\t").strip()
    return cleaned or EMPTY_MESSAGE_PAYLOAD


def checked_sender(sender: object) -> str:
    """A sender id as given by the client; raises InvalidInbound if unusable."""
    if not isinstance(sender, str) or not sender.strip():
        raise InvalidInbound("'sender' must be a non-empty string")
    if len(sender) > MAX_SENDER_CHARS:
        raise InvalidInbound(f"'sender' must be at most {MAX_SENDER_CHARS} characters")
    return sender
