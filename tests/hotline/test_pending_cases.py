"""An escalation made while the case database is out of reach becomes a case once it is back.

Before, an emergency told during a case-database outage got 112 from the assistant, but no case
was ever opened: nobody at the hotline heard of her.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from rasa.core.channels.channel import UserMessage
from rasa.core.lock_store import InMemoryLockStore
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, ConversationPaused, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.escalation as escalation_actions
from bot.hotline import inbox
from bot.hotline.audit import AuditLog
from bot.hotline.cases import CaseService, TranscriptLine
from bot.hotline.pending_cases import STALE_AFTER, PendingCases
from bot.settings import Settings, load_settings
from tests.hotline.test_cases import escalation

OUT_OF_REACH = "sqlite:////nonexistent-directory/helpline.db"


@pytest.fixture
def pending(tmp_path: Path) -> PendingCases:
    return PendingCases(tmp_path / "pending_cases")


def kept_files(pending: PendingCases) -> list[str]:
    return sorted(path.name for path in pending.directory.iterdir())


def test_a_kept_escalation_becomes_a_case_once_the_database_is_back(
    pending: PendingCases, service: CaseService, database_url: str
) -> None:
    pending.keep(escalation("ref-9", "emergency"))

    assert pending.deliver_all(OUT_OF_REACH) == 0
    assert pending.waiting() and service.open_case_of("ref-9") is None

    assert pending.deliver_all(database_url) == 1
    case = service.open_case_of("ref-9")
    assert case is not None and case.priority == "emergency" and case.status == "waiting"
    stored = service.get(case.id)
    assert [line.text for line in stored.transcript][:2] == [
        "seful mi-a luat pasaportul",
        "Ce descrii nu este în regulă.",
    ]
    assert stored.transcript[-1].author == "system"
    assert "kept while the case database was out of reach" in stored.transcript[-1].text
    assert [entry.action for entry in AuditLog(database_url).for_case(case.id)] == ["opened"]
    assert not pending.waiting() and kept_files(pending) == []


def test_what_is_kept_on_disk_is_encrypted_and_private(pending: PendingCases) -> None:
    path = pending.keep(escalation("ref-9"))

    assert b"pasaportul" not in path.read_bytes() and b"ref-9" not in path.read_bytes()
    assert path.stat().st_mode & 0o777 == 0o600


def test_escalations_open_oldest_first_and_a_later_one_updates_her_case(
    pending: PendingCases, service: CaseService, database_url: str
) -> None:
    pending.keep(escalation("ref-9", "high"))
    pending.keep(escalation("ref-9", "emergency", summary="Emergency (ro)."))

    assert pending.deliver_all(database_url) == 2
    case = service.open_case_of("ref-9")
    assert case is not None and case.priority == "emergency"
    assert [entry.action for entry in AuditLog(database_url).for_case(case.id)] == [
        "opened",
        "escalated again",
    ]


def test_processes_opening_at_once_open_each_escalation_once(
    tmp_path: Path, service: CaseService, database_url: str
) -> None:
    directory = tmp_path / "pending_cases"
    for sender in ("a", "b", "c", "d", "e"):
        PendingCases(directory).keep(escalation(sender))
    opened: list[int] = []
    start = threading.Barrier(4)

    def deliver_all() -> None:
        start.wait()
        opened.append(PendingCases(directory).deliver_all(database_url))

    threads = [threading.Thread(target=deliver_all) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sum(opened) == 5
    assert sorted(case.sender_ref for case in service.queue()) == ["a", "b", "c", "d", "e"]
    assert os.listdir(directory) == []


def test_an_unreadable_file_is_set_aside_and_does_not_block_the_others(
    pending: PendingCases, service: CaseService, database_url: str
) -> None:
    pending.keep(escalation("ref-1"))
    broken = pending.directory / "00000000000000000001-broken.escalation"
    broken.write_bytes(b"not a token")

    assert pending.deliver_all(database_url) == 1
    assert service.open_case_of("ref-1") is not None
    assert kept_files(pending) == ["00000000000000000001-broken.unreadable"]


def test_a_file_taken_by_a_process_that_died_is_opened_later(
    pending: PendingCases, service: CaseService, database_url: str
) -> None:
    path = pending.keep(escalation("ref-1"))
    taken = path.with_name(path.name.replace(".escalation", ".deadbeef.taken"))
    path.rename(taken)

    assert pending.deliver_all(database_url) == 0  # recently taken: someone may be opening it
    assert service.open_case_of("ref-1") is None

    long_ago = time.time() - STALE_AFTER - 1
    os.utime(taken, (long_ago, long_ago))
    assert pending.deliver_all(database_url) == 1
    assert service.open_case_of("ref-1") is not None


def test_a_case_opened_late_waits_since_she_asked_and_keeps_when_she_wrote(
    pending: PendingCases, service: CaseService, database_url: str
) -> None:
    """The queue puts the longest waiting first: she has waited since she asked, not since
    the database came back."""
    wrote = datetime(2026, 12, 3, 4, 0, 5)
    line = TranscriptLine("person", "seful mi-a luat pasaportul", "ro", created_at=wrote)
    pending.keep(escalation("asked-first", transcript=[line]))
    time.sleep(0.01)
    service.open_case(escalation("asked-later"))

    assert pending.deliver_all(database_url) == 1
    assert [case.sender_ref for case in service.queue()] == ["asked-first", "asked-later"]
    case = service.open_case_of("asked-first")
    assert case is not None
    assert service.get(case.id).transcript[0].created_at == wrote


# --- the Rasa server: her conversation went on before the case could take it -------------------


def test_what_she_wrote_before_the_case_was_opened_goes_into_it_once(
    service: CaseService,
) -> None:
    asked = datetime(2026, 12, 3, 4, 0, 0)
    case, _ = service.open_case(escalation("ref-late", "emergency", transcript=[], asked_at=asked))
    at = (asked.replace(tzinfo=UTC) + timedelta(seconds=1)).timestamp()
    events = [
        UserUttered("he is beating me right now, help", timestamp=at - 2),  # in the escalation
        BotUttered("We passed your message to the hotline as urgent.", timestamp=at),
        UserUttered("I am hiding in the bathroom", timestamp=at + 60),
        BotUttered("Stay where you are safe.", timestamp=at + 61),
    ]
    tracker_store = InMemoryTrackerStore(Domain.empty())
    asyncio.run(tracker_store.save(DialogueStateTracker.from_events("ref-late", events)))
    agent = SimpleNamespace(tracker_store=tracker_store, lock_store=InMemoryLockStore())

    for _ in range(2):  # the second message finds the conversation paused: nothing more
        asyncio.run(inbox._pause_and_catch_up(agent, service, case))  # type: ignore[arg-type]

    lines = [(line.author, line.text) for line in service.get(case.id).transcript]
    assert lines == [
        ("system", inbox.CAUGHT_UP),
        ("bot", "We passed your message to the hotline as urgent."),
        ("person", "I am hiding in the bathroom"),
        ("bot", "Stay where you are safe."),
    ]
    paused = asyncio.run(tracker_store.retrieve("ref-late"))
    assert paused is not None and paused.is_paused()


def test_a_message_kept_for_her_open_case_is_added_to_it_once_the_database_is_back(
    pending: PendingCases, service: CaseService, database_url: str
) -> None:
    case, _ = service.open_case(escalation("ref-open"))
    wrote = datetime(2026, 12, 3, 4, 30, 0)
    pending.keep_message("ref-open", "sms", TranscriptLine("person", "a venit înapoi", "ro", wrote))

    assert pending.deliver_all(OUT_OF_REACH) == 0
    assert pending.deliver_all(database_url) == 1

    last = service.get(case.id).transcript[-1]
    assert (last.author, last.text, last.language, last.created_at) == (
        "person",
        "a venit înapoi",
        "ro",
        wrote,
    )
    assert kept_files(pending) == []


def test_a_message_kept_for_a_case_closed_meanwhile_opens_a_new_one(
    pending: PendingCases, service: CaseService, database_url: str
) -> None:
    """She was told a counsellor would read it: it must not be dropped."""
    closed, _ = service.open_case(escalation("ref-closed"))
    service.close(closed.id, "information_given")
    pending.keep_message("ref-closed", "telegram", TranscriptLine("person", "mai ești?", "ro"))

    assert pending.deliver_all(database_url) == 1

    case = service.open_case_of("ref-closed")
    assert case is not None and case.id != closed.id
    assert (case.priority, case.channel, case.language) == ("normal", "telegram", "ro")
    assert "after her case was closed" in case.summary
    assert [line.text for line in service.get(case.id).transcript] == ["mai ești?"]


def paused_conversation(sender: str, *messages: tuple[str, str]) -> InMemoryTrackerStore:
    """A tracker store holding her paused conversation: (message id, text) per message."""
    events = [UserUttered(text, message_id=message_id) for message_id, text in messages]
    tracker = DialogueStateTracker.from_events(sender, [*events, ConversationPaused()])
    store = InMemoryTrackerStore(Domain.empty())
    asyncio.run(store.save(tracker))
    return store


def test_the_rasa_server_keeps_her_message_for_her_case_when_it_cannot_read_the_database(
    tmp_path: Path, service: CaseService, database_url: str
) -> None:
    """Her conversation is paused: the assistant stayed quiet, so only her case can answer."""
    case, _ = service.open_case(escalation("ref-paused"))
    store = paused_conversation("ref-paused", ("m-1", "earlier"), ("m-2", "he is back"))
    agent = SimpleNamespace(tracker_store=store, lock_store=InMemoryLockStore())
    settings = load_settings({"HELPLINE_DATA_DIR": str(tmp_path / "var")})
    message = UserMessage("he is back", sender_id="ref-paused", message_id="m-2")

    asyncio.run(inbox._keep_for_her_case(agent, message, settings))  # type: ignore[arg-type]

    assert PendingCases(settings.pending_cases_dir).deliver_all(database_url) == 1
    assert [line.text for line in service.get(case.id).transcript][-1:] == ["he is back"]


def test_only_a_paused_conversation_counts_as_having_a_case(tmp_path: Path) -> None:
    """While the case database is down, a paused conversation is the sign that she has a
    case; a running one (the assistant answers her) or one that cannot be read is not."""
    running = InMemoryTrackerStore(Domain.empty())
    asyncio.run(running.save(DialogueStateTracker.from_events("ref-open", [UserUttered("hi")])))

    async def refuse(sender: str) -> None:
        raise OSError("the tracker store is out of reach")

    broken = SimpleNamespace(retrieve=refuse)

    def paused(store: Any) -> bool:
        agent = SimpleNamespace(tracker_store=store)
        return asyncio.run(inbox._is_paused(agent, "ref-open"))  # type: ignore[arg-type]

    assert paused(paused_conversation("ref-open", ("m-1", "hi")))
    assert not paused(running)
    assert not paused(broken)


# --- the action server, with the case database out of reach -----------------------------------


def conversation(text: str, priority: str, intent: str) -> Tracker:
    triage = {"priority": priority, "indicators": [], "reasons": []}
    if priority == "emergency":
        triage["indicators"] = [{"code": "immediate_danger", "evidence": [text]}]
    latest = {"text": text, "intent": {"name": intent}, "entities": [], "triage": triage}
    return Tracker(
        sender_id="ref-outage",
        slots={"language": "en"},
        latest_message=latest,
        events=[{"event": "user", "text": text, "parse_data": latest}],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


@pytest.fixture
def outage_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    settings = load_settings(
        {"HELPLINE_DATA_DIR": str(tmp_path / "var"), "HELPLINE_DATABASE_URL": OUT_OF_REACH}
    )
    monkeypatch.setattr(escalation_actions, "_settings", lambda: settings)
    return settings


def run(action: Any, tracker: Tracker) -> tuple[list[str], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return [message["response"] for message in dispatcher.messages], events


def test_an_emergency_during_the_outage_gets_112_and_becomes_a_case_afterwards(
    outage_settings: Settings, service: CaseService, database_url: str
) -> None:
    said, events = run(
        escalation_actions.ActionEscalate(),
        conversation("he is hitting me now, help", "emergency", "emergency"),
    )

    assert said == ["utter_emergency", "utter_technical_problem_escalated"]
    assert "pause" not in [event["event"] for event in events]  # paused once the case exists
    assert PendingCases(outage_settings.pending_cases_dir).deliver_all(database_url) == 1
    case = service.open_case_of("ref-outage")
    assert case is not None and case.priority == "emergency" and case.channel == "unknown"
    assert service.get(case.id).transcript[0].text == "he is hitting me now, help"


def test_a_request_for_a_person_during_the_outage_is_told_it_will_reach_a_counsellor(
    outage_settings: Settings, service: CaseService, database_url: str
) -> None:
    said, _ = run(
        escalation_actions.ActionOpenCase(),
        conversation("I want to talk to a real person", "normal", "request_human"),
    )

    assert said == ["utter_case_pending"]
    assert PendingCases(outage_settings.pending_cases_dir).deliver_all(database_url) == 1
    case = service.open_case_of("ref-outage")
    assert case is not None and case.priority == "normal"
