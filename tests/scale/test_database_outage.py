"""A database or Redis out of reach: she is never met with an empty answer, the assistant
keeps what it can, and everything works again once it is back.

PostgreSQL is made to refuse every connection to a database (``ALLOW_CONNECTIONS false``) and
its open connections are ended, as when the server restarts or the network to it breaks;
Redis is made to refuse every other client.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import redis
import sqlalchemy as sa

from bot.hotline.cases import CaseService
from bot.hotline.inbox import CAUGHT_UP
from tests.conversation.test_reports import Reporter, text_of
from tests.scale.conftest import ScaleStack
from tests.scale.test_scale_out import LoadBalanced, user_messages
from tests.support.safe_answer import assert_safe_answer

pytestmark = pytest.mark.scale

DANISH_QUESTION = "hvor længe må jeg blive i Danmark for at tænke mig om?"
OUTAGE_PASSWORD = "outage-" + uuid.uuid4().hex


@contextmanager
def refusing(stack: ScaleStack, *databases: str) -> Iterator[None]:
    """While the block runs, PostgreSQL refuses every connection to ``databases``."""
    server = sa.engine.make_url(stack.services.database_url).set(database="postgres")
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            for name in databases:
                connection.execute(sa.text(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false"))
                connection.execute(
                    sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE datname = :name"),
                    {"name": name},
                )  # fmt: skip
        yield
    finally:
        with admin.connect() as connection:
            for name in databases:
                connection.execute(sa.text(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true"))
        admin.dispose()


@contextmanager
def redis_refusing(stack: ScaleStack) -> Iterator[None]:
    """While the block runs, Redis refuses every command of every other client: a password is
    set and their connections are ended, so they reconnect without it."""
    admin = redis.Redis.from_url(stack.services.redis_url)
    admin.config_set("requirepass", OUTAGE_PASSWORD)
    try:
        admin.client_kill_filter(_type="normal", skipme=True)
        yield
    finally:
        admin.config_set("requirepass", "")
        admin.close()


def _sender() -> str:
    return f"outage-{uuid.uuid4().hex[:10]}"


def test_with_the_case_database_down_the_assistant_still_answers_and_keeps_her_message(
    scale_stack: ScaleStack,
) -> None:
    """Before, reading whether she has a case failed and the REST channel answered []."""
    sender = _sender()
    with refusing(scale_stack, "helpline"):
        answer = text_of(scale_stack.rasa[0].say(sender, DANISH_QUESTION))

    assert "30" in answer  # the Danish answer about the reflection period
    assert user_messages(scale_stack, sender) == [DANISH_QUESTION]


def test_with_every_database_down_the_assistant_still_answers(scale_stack: ScaleStack) -> None:
    """Rasa's tracker store falls back to memory (FailSafeTrackerStore) when its database
    fails; the case database must not be what stops the answer."""
    with refusing(scale_stack, "helpline", "helpline_tracker"):
        answer = text_of(scale_stack.rasa[1].say(_sender(), DANISH_QUESTION))

    assert "30" in answer


def test_with_redis_down_she_gets_the_safe_answer_in_her_language(
    scale_stack: ScaleStack, catalogs: Any
) -> None:
    """Redis holds the conversation locks: without it no turn can run. Before, the safe
    answer came in English: her language was read from the conversation, under its lock."""
    with redis_refusing(scale_stack):
        answer = text_of(scale_stack.rasa[0].say(_sender(), DANISH_QUESTION))

    assert_safe_answer(answer, "da", catalogs, scale_stack.settings)


def test_with_redis_down_a_message_to_her_open_case_is_kept_and_she_gets_the_safe_answer(
    scale_stack: ScaleStack, catalogs: Any
) -> None:
    """Before, the REST channel answered [] then: the paused conversation could not be
    locked, and the failure came before the safety net."""
    sender = _sender()
    scale_stack.rasa[0].say(sender, "jeg vil gerne tale med et rigtigt menneske")
    cases = CaseService(scale_stack.settings.database_url)
    case = cases.open_case_of(sender)
    assert case is not None

    with redis_refusing(scale_stack):
        answer = text_of(scale_stack.rasa[1].say(sender, DANISH_QUESTION))

    assert_safe_answer(answer, "da", catalogs, scale_stack.settings)
    assert cases.get(case.id).transcript[-1].text == DANISH_QUESTION


def test_an_emergency_while_the_case_database_is_down_becomes_a_case_once_it_is_back(
    scale_stack: ScaleStack,
) -> None:
    """Before, she got 112, but no case was ever opened: nobody at the hotline heard of her;
    and what she wrote between her escalation and the case reached nobody either."""
    sender = _sender()
    with refusing(scale_stack, "helpline"):
        answer = text_of(scale_stack.rasa[0].say(sender, "he is beating me right now, help"))
        meanwhile = text_of(scale_stack.rasa[0].say(sender, "where can I see a doctor?"))

    assert "112" in answer and "passed your message to the hotline as urgent" in answer
    assert meanwhile  # the assistant still answers her
    # Back: her next message, on either server, finds the case opened and goes into it.
    assert scale_stack.rasa[1].say(sender, "are you there?") == []
    cases = CaseService(scale_stack.settings.database_url)
    case = cases.open_case_of(sender)
    assert case is not None and case.priority == "emergency"
    lines = [(line.author, line.text) for line in cases.get(case.id).transcript]
    assert ("person", "he is beating me right now, help") in lines
    assert any(author == "system" and "out of reach" in text for author, text in lines)
    # Copied in before her latest message: what she wrote and was told in between.
    caught_up = lines.index(("system", CAUGHT_UP))
    since = lines.index(("person", "where can I see a doctor?"))
    assert "\n".join(text for _, text in lines[caught_up + 1 : since]) == answer
    assert "\n".join(text for _, text in lines[since + 1 : -1]) == meanwhile
    assert lines[-1] == ("person", "are you there?")


def test_a_message_to_her_open_case_while_the_case_database_is_down_reaches_the_case(
    scale_stack: ScaleStack, catalogs: Any
) -> None:
    """Before, it stayed in her paused conversation only: the assistant is quiet while she
    has a case, so nobody who could answer her ever read it."""
    sender = _sender()
    scale_stack.rasa[0].say(sender, "I want to talk to a real person")
    cases = CaseService(scale_stack.settings.database_url)
    case = cases.open_case_of(sender)
    assert case is not None

    with refusing(scale_stack, "helpline"):
        answer = text_of(scale_stack.rasa[1].say(sender, "are you there? I must go soon"))

    # Told that her message is kept for a counsellor, with 112 and the hotline number.
    kept = catalogs["en"].get("utter_case_pending").text.split("{")[0]
    assert answer.startswith(kept) and "112" in answer, answer
    assert scale_stack.rasa[0].say(sender, "hello?") == []  # back: into her case, bot quiet
    texts = [line.text for line in cases.get(case.id).transcript]
    assert texts[-2:] == ["are you there? I must go soon", "hello?"]


def test_after_a_database_restart_her_conversation_goes_on_on_every_server(
    scale_stack: ScaleStack,
) -> None:
    """Rasa's SQL tracker store kept connections that died with the restart; the first use of
    one failed, and Rasa's fail-safe store made her conversation new: the report started
    again, in English (bot/store/tracker_store.py)."""
    for server in scale_stack.rasa:  # each server has pooled connections when the restart comes
        server.say(_sender(), "hej")
    me = Reporter(LoadBalanced(scale_stack.rasa), _sender())  # type: ignore[arg-type]
    me.says("jeg vil melde en mistanke om en massageklinik")  # server 1

    with refusing(scale_stack, "helpline_tracker"):
        pass  # every connection to the tracker database ends, as in a restart

    assert "Hvilken slags sted" in text_of(me.taps('"citizen"'))  # server 2
    assert "Hvor er det?" in text_of(me.taps('"sex_industry"'))  # server 1


def test_once_the_databases_and_redis_are_back_a_request_for_a_person_opens_a_case(
    scale_stack: ScaleStack,
) -> None:
    with refusing(scale_stack, "helpline", "helpline_tracker"), redis_refusing(scale_stack):
        scale_stack.rasa[0].say(_sender(), "hello")
    sender = _sender()

    scale_stack.rasa[0].say(sender, "I want to talk to a real person")

    case = CaseService(scale_stack.settings.database_url).open_case_of(sender)
    assert case is not None and case.priority == "normal"
    assert user_messages(scale_stack, sender) == ["I want to talk to a real person"]
