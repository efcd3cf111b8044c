"""A number, or a yes/no to "did you mean ...?", answers the last options; nothing else."""

from __future__ import annotations

import pytest
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered

from bot.channels.option_replies import (
    NO_SUCH_OPTION,
    NOT_WHAT_I_MEANT,
    could_be_option_reply,
    offered_payloads,
    resolve_number,
    resolve_suggestion_answer,
)

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


SUGGESTION = ["/ask_reflection_period", NOT_WHAT_I_MEANT]


@pytest.mark.parametrize(
    ("text", "language"),
    [("yes", "en"), ("Ok, thanks!", "en"), ("tak", "pl"), ("Tak, proszę", "pl"), ("ja", "da"),
     ("da", "ro"), ("sí", "es"), ("是的", "zh"), ("ใช่ค่ะ", "th"), ("yes please", "vi")],
)  # fmt: skip
def test_a_yes_to_the_suggestion_chooses_the_suggested_topic(text: str, language: str) -> None:
    assert resolve_suggestion_answer(text, SUGGESTION, language) == "/ask_reflection_period"


@pytest.mark.parametrize(("text", "language"), [("no", "en"), ("nie", "pl"), ("nej tak", "da")])
def test_a_no_to_the_suggestion_says_it_was_not_what_she_meant(text: str, language: str) -> None:
    assert resolve_suggestion_answer(text, SUGGESTION, language) == NOT_WHAT_I_MEANT


@pytest.mark.parametrize(
    "text", ["yes, but how long is it?", "maybe", "tak, ale nie teraz", "I am locked in"]
)
def test_anything_but_a_plain_yes_or_no_stays_her_message(text: str) -> None:
    assert resolve_suggestion_answer(text, SUGGESTION, "pl") == text


def test_a_yes_to_other_options_stays_her_message() -> None:
    """Only Rasa's "did you mean" question maps a yes; the counsellor offer reads it itself."""
    assert resolve_suggestion_answer("yes", ["/affirm", "/deny"], "en") == "yes"
    assert resolve_suggestion_answer("yes", ["/en", "/ro", "/th"], "en") == "yes"
    assert resolve_suggestion_answer("yes", [], "en") == "yes"


@pytest.mark.parametrize("text", ["3", "yes", "tak", "是的", "Non merci"])
def test_numbers_and_answers_could_be_option_replies(text: str) -> None:
    assert could_be_option_reply(text)


@pytest.mark.parametrize(
    "text", [None, "", "how long can I stay?", "yes " * 30, "jeg er spærret inde"]
)
def test_other_messages_load_no_tracker(text: str | None) -> None:
    assert not could_be_option_reply(text)
