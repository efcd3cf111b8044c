"""A person asks in her own words over the REST channel and gets the right, complete answer."""

from __future__ import annotations

from typing import Any

import pytest

from bot.hotline.cases import CaseService
from bot.settings import Settings, load_settings
from tests.conversation.conftest import RestChannel

pytestmark = pytest.mark.stack
HOTLINE = load_settings({}).contact.hotline_phone


def test_how_long_can_i_stay_to_think(rest: RestChannel, sender: str) -> None:
    answer = rest.texts(sender, "how long can I stay to think about it?")

    assert "30 days" in answer and "120 days" in answer


def test_a_doctor_without_papers(rest: RestChannel, sender: str) -> None:
    answer = rest.texts(sender, "I need a doctor but have no papers")

    assert "without papers" in answer
    assert "112" in answer


def test_greeting_says_anonymous_and_free_and_offers_topics(rest: RestChannel, sender: str) -> None:
    messages = rest.say(sender, "hello")

    assert "anonymous" in messages[0]["text"] and "free" in messages[0]["text"]
    payloads = [button["payload"] for message in messages for button in message.get("buttons", [])]
    assert "/emergency" in payloads and "/request_human" in payloads


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("I am in danger, he says he will kill me", ["112"]),
        ("I want to go home to my country", ["6 months", "whether or not"]),
        ("is selling sex a crime here?", ["not a crime", "262 a"]),
        ("I am only 15", ["under 18", "guardian"]),
        ("my boss never paid my salary", ["Trade unions"]),
        ("what happens if police catch me with no papers", ["reflection period"]),
        ("I think I am pregnant", ["abortion"]),
        ("I need a test for HIV", ["sexually transmitted"]),
        ("can the midwife visit me", ["midwife"]),
        ("I need somewhere safe to live", ["safe place"]),
        ("I want to speak to a real person", ["counsellor will write to you here"]),
        ("I want to report a suspicious massage parlour", ["stay anonymous", "112"]),
        ("what is your phone number", [HOTLINE]),
        ("can I apply for asylum", ["asylum"]),
    ],
)
def test_each_topic_is_answered(
    rest: RestChannel, sender: str, message: str, expected: list[str]
) -> None:
    answer = rest.texts(sender, message)

    for phrase in expected:
        assert phrase in answer


def test_a_menu_button_payload_gives_that_answer(rest: RestChannel, sender: str) -> None:
    assert "30 days" in rest.texts(sender, "/ask_reflection_period")


def assert_safe_default(message: dict[str, Any]) -> None:
    assert HOTLINE in message["text"] and "112" in message["text"]
    assert {"payload": "/request_human", "title": "Talk to a person"} in message["buttons"]


def test_an_unclear_message_gets_a_suggestion_or_a_request_to_rephrase(
    rest: RestChannel, sender: str
) -> None:
    answer = rest.texts(sender, "blorp zzzt qwv")

    assert "Did you want to know about" in answer or "other words" in answer


def test_two_unclear_messages_in_a_row_end_with_the_hotline_and_112(
    rest: RestChannel, sender: str
) -> None:
    rest.say(sender, "blorp zzzt qwv")

    assert_safe_default(rest.say(sender, "xkcd plmq vvv")[-1])


def test_saying_no_to_suggestions_twice_ends_with_the_hotline_and_112(
    rest: RestChannel, sender: str
) -> None:
    rest.say(sender, "blorp zzzt qwv")
    assert "other words" in rest.texts(sender, "/out_of_scope")
    rest.say(sender, "xkcd plmq vvv")

    assert_safe_default(rest.say(sender, "/out_of_scope")[-1])


def suggestion_for(rest: RestChannel, sender: str) -> str:
    """Send a misspelt question; the payload of the topic the assistant asks about."""
    [suggestion] = rest.say(sender, "reflecshun periud??")
    assert "Did you want to know about" in suggestion["text"]
    return str(suggestion["buttons"][0]["payload"])


@pytest.mark.parametrize("yes", ["yes", "Ok!", "yes please"])
def test_a_typed_yes_to_a_suggestion_gives_that_answer(
    rest: RestChannel, sender: str, yes: str
) -> None:
    topic = suggestion_for(rest, sender)

    assert rest.texts(sender, yes) == rest.texts(f"{sender}-button", topic)


def test_a_typed_no_to_a_suggestion_asks_her_to_say_it_in_other_words(
    rest: RestChannel, sender: str
) -> None:
    suggestion_for(rest, sender)

    assert "other words" in rest.texts(sender, "no")


def test_a_number_chooses_a_topic_from_the_menu(rest: RestChannel, sender: str) -> None:
    [menu] = rest.say(sender, "menu")
    danger = [b["payload"] for b in menu["buttons"]].index("/emergency") + 1

    assert "112" in rest.texts(sender, str(danger))


def test_a_number_without_a_menu_shows_the_topics(rest: RestChannel, sender: str) -> None:
    rest.say(sender, "how long can I stay to think about it?")

    [menu] = rest.say(sender, "8")

    assert "/emergency" in [b["payload"] for b in menu["buttons"]]


@pytest.mark.parametrize(
    "opener",
    [
        "I need help with something",
        "I have a question about something important to me",
        "am o întrebare despre ceva important pentru mine",
        "i wanted to ask you about something",
        "jeg har et lille spørgsmål til jer",
        "tôi muốn hỏi một chuyện",
    ],
)
def test_a_vague_first_message_gets_the_topics_not_an_emergency(
    rest: RestChannel, sender: str, stack_settings: Settings, opener: str
) -> None:
    """Asking to ask gets the topics: "I need help with something" was an emergency case, and
    "I have a question about something important" started a citizen report (2026-12-01)."""
    messages = rest.say(sender, opener)

    payloads = [button["payload"] for message in messages for button in message.get("buttons", [])]
    assert "/ask_reflection_period" in payloads and "/report_suspicion" in payloads
    assert CaseService(stack_settings.database_url).open_case_of(sender) is None
