"""An escalation made while the case database is out of reach becomes a case once it is back.

Before, an emergency told during a case-database outage got 112 from the assistant, but no case
was ever opened: nobody at the hotline heard of her.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.escalation as escalation_actions
from bot.hotline.audit import AuditLog
from bot.hotline.cases import CaseService
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

    assert pending.open_all(OUT_OF_REACH) == 0
    assert pending.waiting() and service.open_case_of("ref-9") is None

    assert pending.open_all(database_url) == 1
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

    assert pending.open_all(database_url) == 2
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

    def open_all() -> None:
        start.wait()
        opened.append(PendingCases(directory).open_all(database_url))

    threads = [threading.Thread(target=open_all) for _ in range(4)]
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

    assert pending.open_all(database_url) == 1
    assert service.open_case_of("ref-1") is not None
    assert kept_files(pending) == ["00000000000000000001-broken.unreadable"]


def test_a_file_taken_by_a_process_that_died_is_opened_later(
    pending: PendingCases, service: CaseService, database_url: str
) -> None:
    path = pending.keep(escalation("ref-1"))
    taken = path.with_name(path.name.replace(".escalation", ".deadbeef.taken"))
    path.rename(taken)

    assert pending.open_all(database_url) == 0  # recently taken: someone may be opening it
    assert service.open_case_of("ref-1") is None

    long_ago = time.time() - STALE_AFTER - 1
    os.utime(taken, (long_ago, long_ago))
    assert pending.open_all(database_url) == 1
    assert service.open_case_of("ref-1") is not None


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
    assert PendingCases(outage_settings.pending_cases_dir).open_all(database_url) == 1
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
    assert PendingCases(outage_settings.pending_cases_dir).open_all(database_url) == 1
    case = service.open_case_of("ref-outage")
    assert case is not None and case.priority == "normal"
