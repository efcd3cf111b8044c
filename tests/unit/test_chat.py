"""`helpline chat` shows answers and numbered options the way an SMS user sees them, and starts
a stack of its own when none runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot import chat, stack, training
from bot.chat import chat_loop, format_messages
from bot.cli import main
from bot.settings import Settings


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


def test_chat_without_a_running_stack_starts_one_with_the_triage_cache_filled(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """As `helpline run`: on a cold cache its Rasa and action servers would each compile the
    lexicons and fit the triage model at start-up, at once."""
    steps: list[str] = []
    model = tmp_path / "helpline-model.tar.gz"

    class FakeStack:
        def __init__(self, settings: Settings, model_path: Path) -> None:
            steps.append(f"stack {model_path.name}")

        def __enter__(self) -> FakeStack:
            steps.append("started")
            return self

        def __exit__(self, *exc: object) -> None:
            steps.append("stopped")

    monkeypatch.setattr(stack, "is_healthy", lambda url: False)
    monkeypatch.setattr(stack, "Stack", FakeStack)
    monkeypatch.setattr(training, "ensure_model", lambda settings, force=False: model)
    monkeypatch.setattr(training, "fill_triage_cache", lambda settings: steps.append("cache"))
    monkeypatch.setattr(chat, "chat_loop", lambda client, read, write: steps.append("chat"))

    assert main(["chat"]) == 0

    assert steps == ["cache", f"stack {model.name}", "started", "chat", "stopped"]
