"""Conversations live in the SQLite tracker store under the data directory and survive restarts."""

from __future__ import annotations

import pytest

from bot.settings import Settings
from bot.stack import Stack
from tests.conversation.conftest import RestChannel
from tests.support.shared_files import query

pytestmark = pytest.mark.stack


def test_a_restart_continues_the_conversation_where_it_was(
    running_stack: Stack, rest: RestChannel, stack_settings: Settings, sender: str
) -> None:
    # An unclear message opens Rasa's two-stage fallback; "no" to its suggestion only leads to
    # "please rephrase" if the fallback's state survived the restart.
    first = rest.texts(sender, "blorp zzzt qwv")
    assert "Did you want to know about" in first or "other words" in first

    running_stack.stop()
    running_stack.start()

    assert "other words" in rest.texts(sender, "/out_of_scope")


def test_the_tracker_is_stored_in_the_data_directory(
    rest: RestChannel, stack_settings: Settings, sender: str
) -> None:
    rest.say(sender, "hello")

    with query(stack_settings.tracker_db) as db:
        (count,) = db.execute(
            "SELECT count(*) FROM events WHERE sender_id = ?", (sender,)
        ).fetchone()

    assert count > 0
