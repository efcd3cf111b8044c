"""Faults: with the action server or the NLG server down she is never met with silence, an
emergency still becomes a case, and nothing is lost when the process comes back."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bot.hotline.cases import CaseService
from bot.settings import Settings
from bot.stack import Stack
from tests.conversation.conftest import RestChannel

pytestmark = pytest.mark.stack


@pytest.fixture
def cases(stack_settings: Settings) -> CaseService:
    return CaseService(stack_settings.database_url)


@pytest.fixture
def without_actions(running_stack: Stack) -> Iterator[None]:
    running_stack.stop_service("actions")
    try:
        yield
    finally:
        running_stack.start_service("actions")


@pytest.fixture
def without_nlg(running_stack: Stack) -> Iterator[None]:
    running_stack.stop_service("nlg")
    try:
        yield
    finally:
        running_stack.start_service("nlg")


def _texts(messages: list[dict[str, Any]]) -> str:
    return "\n".join(message.get("text", "") for message in messages)


def test_an_emergency_with_the_action_server_down_gets_112_and_becomes_a_case(
    without_actions: None, rest: RestChannel, cases: CaseService, sender: str,
    stack_settings: Settings,
) -> None:  # fmt: skip
    answer = _texts(rest.say(sender, "help, he locked me in the room and he has a knife"))

    assert "112" in answer and stack_settings.contact.hotline_phone in answer
    case = cases.open_case_of(sender)
    assert case is not None and case.priority == "emergency"
    assert "immediate_danger" in [item["code"] for item in case.indicators]
    transcript = cases.get(case.id).transcript
    assert transcript[0].text == "help, he locked me in the room and he has a knife"


def test_with_the_action_server_down_ordinary_answers_still_come(
    without_actions: None, rest: RestChannel, sender: str
) -> None:
    assert "30" in rest.texts(sender, "how long can I stay to think about it?")


def test_with_the_nlg_server_down_she_gets_the_safe_answer_in_her_language(
    without_nlg: None, rest: RestChannel, sender: str, stack_settings: Settings,
    catalogs: Any,
) -> None:  # fmt: skip
    answer = rest.texts(sender, "hvor længe må jeg blive i Danmark for at tænke mig om?")

    assert "112" in answer and stack_settings.contact.hotline_phone in answer
    danish = catalogs["da"].get("utter_technical_problem").text
    assert answer.startswith(danish.split("{")[0].strip()[:25])


def test_after_the_action_server_is_back_the_conversation_goes_on(
    running_stack: Stack, rest: RestChannel, cases: CaseService, sender: str
) -> None:
    running_stack.stop_service("actions")
    running_stack.start_service("actions")

    rest.say(sender, "I want to talk to a real person")

    case = cases.open_case_of(sender)
    assert case is not None and case.priority == "normal"
