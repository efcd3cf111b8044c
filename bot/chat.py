"""`helpline chat`: talk to the assistant in a terminal, through the standard REST channel.

Buttons are shown as numbered options, the way SMS users see them; typing the number chooses
the option (the server resolves numbers, see bot.channels.option_replies).
"""

from __future__ import annotations

import json
import urllib.request
import uuid
from collections.abc import Callable
from typing import Any

QUIT_WORDS = frozenset({"/quit", "/exit"})


class RestClient:
    """A minimal client for Rasa's REST channel."""

    def __init__(self, rasa_url: str, sender: str | None = None, timeout: float = 30) -> None:
        self.webhook = f"{rasa_url.rstrip('/')}/webhooks/rest/webhook"
        self.sender = sender or f"terminal-{uuid.uuid4().hex[:12]}"
        self.timeout = timeout

    def send(self, text: str) -> list[dict[str, Any]]:
        body = json.dumps({"sender": self.sender, "message": text}).encode()
        request = urllib.request.Request(
            self.webhook, data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            messages = json.loads(response.read() or b"[]")
        return messages if isinstance(messages, list) else []


def format_messages(messages: list[dict[str, Any]]) -> str:
    """The assistant's messages as a person reads them, options numbered."""
    lines: list[str] = []
    for message in messages:
        if message.get("text"):
            lines.append(f"Helpline: {message['text']}")
        buttons = message.get("buttons") or []
        lines.extend(f"  {number}. {button['title']}" for number, button in enumerate(buttons, 1))
    return "\n".join(lines)


def chat_loop(client: RestClient, read: Callable[[str], str], write: Callable[[str], None]) -> None:
    """Read lines until end of input or /quit, and show the assistant's answers."""
    write("Write a message (or /quit). Numbers choose an option.")
    while True:
        try:
            line = read("You: ").strip()
        except EOFError:
            return
        if line in QUIT_WORDS:
            return
        if line:
            write(format_messages(client.send(line)) or "Helpline: (no answer)")
