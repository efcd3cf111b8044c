"""`helpline chat` shows answers and numbered options the way an SMS user sees them."""

from __future__ import annotations

from typing import Any

from bot.chat import chat_loop, format_messages


class FakeClient:
    def __init__(self) -> None:
        self.sent: list[str] = []

    def send(self, text: str) -> list[dict[str, Any]]:
        self.sent.append(text)
        return [
            {"text": "What would you like to know?",
             "buttons": [{"title": "Health", "payload": "/ask_health_service"},
                         {"title": "Danger", "payload": "/emergency"}]},
        ]  # fmt: skip


def test_buttons_become_numbered_options() -> None:
    text = format_messages(FakeClient().send("hi"))

    assert text.splitlines() == [
        "Helpline: What would you like to know?",
        "  1. Health",
        "  2. Danger",
    ]


def test_lines_are_sent_until_quit_and_blank_lines_are_skipped() -> None:
    client = FakeClient()
    inputs = iter(["hello", "2", "", "/quit", "never read"])
    output: list[str] = []

    chat_loop(client, read=lambda prompt: next(inputs), write=output.append)  # type: ignore[arg-type]

    assert client.sent == ["hello", "2"]
    assert "  2. Danger" in output[-1]


def test_end_of_input_ends_the_chat_without_sending() -> None:
    client = FakeClient()

    def read(prompt: str) -> str:
        raise EOFError

    chat_loop(client, read=read, write=lambda text: None)  # type: ignore[arg-type]

    assert client.sent == []
