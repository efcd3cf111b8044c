"""Rate limits through the REST channel: a flood gets a kind answer, a case never a limit."""

from __future__ import annotations

import pytest

from bot.hotline.cases import CaseService
from bot.settings import Settings
from tests.conversation.conftest import RestChannel

pytestmark = pytest.mark.stack


def test_writing_faster_than_anyone_can_read_gets_a_kind_answer_once(
    rest: RestChannel, sender: str, stack_settings: Settings
) -> None:
    for number in range(stack_settings.rate_limit_per_sender):
        assert rest.say(sender, f"hello {number}")  # answered

    answer = rest.texts(sender, "hello again")

    assert "faster than I can read" in answer and "112" in answer
    assert rest.say(sender, "and again") == []  # told once a minute, not for every message


def test_messages_to_an_open_case_are_never_limited(
    rest: RestChannel, sender: str, stack_settings: Settings
) -> None:
    rest.say(sender, "I want to talk to a real person")
    for number in range(stack_settings.rate_limit_per_sender + 5):
        rest.say(sender, f"are you there? {number}")

    case = CaseService(stack_settings.database_url).open_case_of(sender)
    assert case is not None
    texts = [line.text for line in CaseService(stack_settings.database_url).get(case.id).transcript]
    assert f"are you there? {stack_settings.rate_limit_per_sender + 4}" in texts
