"""A number answers the options of the assistant's last message, and nothing else."""

from __future__ import annotations

import pytest
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered

from bot.channels.numbered_replies import NO_SUCH_OPTION, offered_payloads, resolve_number

MENU = BotUttered(
    "Which language?",
    data={
        "buttons": [{"title": "English", "payload": "/en"}, {"title": "Română", "payload": "/ro"}]
    },
)


def test_the_options_of_the_last_menu_are_offered() -> None:
    events = [UserUttered("hi"), MENU, ActionExecuted("action_listen")]

    assert offered_payloads(events) == ["/en", "/ro"]


def test_a_menu_before_her_last_message_is_no_longer_offered() -> None:
    events = [MENU, UserUttered("something else"), BotUttered("An answer.")]

    assert offered_payloads(events) == []


@pytest.mark.parametrize(("text", "expected"), [("2", "/ro"), (" 1 ", "/en"), ("2.", "/ro")])
def test_a_number_chooses_that_option(text: str, expected: str) -> None:
    assert resolve_number(text, ["/en", "/ro"]) == expected


@pytest.mark.parametrize("text", ["3", "0", "99"])
def test_a_number_without_such_an_option_shows_the_options(text: str) -> None:
    assert resolve_number(text, ["/en", "/ro"]) == NO_SUCH_OPTION
    assert resolve_number(text, []) == NO_SUCH_OPTION


@pytest.mark.parametrize("text", ["12 days", "2 please", "112", "I am 16"])
def test_text_with_numbers_stays_text(text: str) -> None:
    assert resolve_number(text, ["/en", "/ro"]) == text
