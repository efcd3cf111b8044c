"""Faults: with the action server or the NLG server down or stuck she is never met with
silence, an emergency still becomes a case, and nothing is lost when the process comes back."""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from bot.hotline.cases import CaseService
from bot.settings import Settings
from bot.stack import Stack
from tests.conversation.conftest import RestChannel
from tests.support.polling import wait_until
from tests.support.safe_answer import assert_safe_answer
from tests.support.shared_files import query

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


@pytest.fixture
def stuck_actions(running_stack: Stack) -> Iterator[Callable[[], None]]:
    """The action server stops (SIGSTOP): its port still takes requests, nothing answers them,
    and Rasa waits up to its five-minute action timeout. Call the fixture's value to resume."""
    group = running_stack.process_ids()["actions"]
    os.killpg(group, signal.SIGSTOP)

    def resume() -> None:
        os.killpg(group, signal.SIGCONT)

    try:
        yield resume
    finally:
        resume()


def bot_texts_stored(settings: Settings, sender: str) -> list[str]:
    with query(settings.tracker_db) as db:
        rows = db.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'bot'", (sender,)
        ).fetchall()
    return [json.loads(data).get("text") or "" for (data,) in rows]


def test_an_emergency_with_the_action_server_down_gets_112_and_becomes_a_case(
    without_actions: None, rest: RestChannel, cases: CaseService, sender: str,
    stack_settings: Settings,
) -> None:  # fmt: skip
    answer = rest.texts(sender, "help, he locked me in the room and he has a knife")

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

    assert_safe_answer(answer, "da", catalogs, stack_settings)


def test_after_the_action_server_is_back_the_conversation_goes_on(
    running_stack: Stack, rest: RestChannel, cases: CaseService, sender: str
) -> None:
    running_stack.stop_service("actions")
    running_stack.start_service("actions")

    rest.say(sender, "I want to talk to a real person")

    case = cases.open_case_of(sender)
    assert case is not None and case.priority == "normal"


def test_with_the_action_server_stuck_she_gets_the_safe_answer_in_time_and_the_turn_goes_on(
    stuck_actions: Callable[[], None], rest: RestChannel, sender: str,
    stack_settings: Settings, catalogs: Any,
) -> None:  # fmt: skip
    """Before, the Rasa server cancelled the turn after 60 s and she got nothing at all: this
    is how a reporter's first report after a start went unanswered while the action server
    was still compiling the lexicons."""
    started = time.monotonic()
    answer = rest.texts(sender, "jeg vil melde en mistanke om en massageklinik")
    waited = time.monotonic() - started

    assert_safe_answer(answer, "da", catalogs, stack_settings)
    assert stack_settings.answer_within_seconds <= waited < 50

    stuck_actions()  # the action server answers again: the turn that waited for it goes on
    wait_until(  # the report's first question is reached once the action server answers
        lambda: any("privatperson" in t for t in bot_texts_stored(stack_settings, sender)),
        timeout=90,
    )
    assert "Hvilken slags sted" in rest.texts(
        sender, '/report_suspicion{"report_choice":"citizen"}'
    )


def test_an_emergency_while_the_action_server_is_stuck_gets_112_at_once_and_becomes_a_case(
    stuck_actions: Callable[[], None], rest: RestChannel, cases: CaseService, sender: str,
    stack_settings: Settings,
) -> None:  # fmt: skip
    answer = rest.texts(sender, "help, he locked me in the room and he has a knife")

    assert "112" in answer and stack_settings.contact.hotline_phone in answer
    stuck_actions()
    wait_until(lambda: cases.open_case_of(sender) is not None, timeout=90)
    case = cases.open_case_of(sender)
    assert case is not None and case.priority == "emergency"
    assert (
        cases.get(case.id).transcript[0].text == "help, he locked me in the room and he has a knife"
    )
