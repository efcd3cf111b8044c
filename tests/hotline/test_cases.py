"""Cases: opened once per person, ordered by urgency, claimed by exactly one counsellor."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import update

from bot.hotline.cases import (
    CaseError,
    CaseService,
    Escalation,
    SenderStanding,
    TranscriptLine,
)
from bot.store.database import session_scope
from bot.store.models import Case


def escalation(sender: str = "ref-1", priority: str = "high", **changes: object) -> Escalation:
    values: dict[str, object] = {
        "channel": "rest",
        "sender_ref": sender,
        "language": "ro",
        "priority": priority,
        "indicators": [{"code": "documents_withheld", "evidence": ["mi-a luat pasaportul"]}],
        "reasons": ["Documents withheld: 'mi-a luat pasaportul'"],
        "summary": "High (ro): Documents withheld.",
        "transcript": [
            TranscriptLine("person", "seful mi-a luat pasaportul", "ro"),
            TranscriptLine("bot", "Ce descrii nu este în regulă."),
        ],
    }
    values.update(changes)
    return Escalation(**values)  # type: ignore[arg-type]


def test_a_case_keeps_what_staff_need(service: CaseService) -> None:
    case, created = service.open_case(escalation())

    stored = service.get(case.id)
    assert created and stored.status == "waiting" and stored.priority == "high"
    assert stored.indicators == [
        {"code": "documents_withheld", "evidence": ["mi-a luat pasaportul"]}
    ]
    assert [line.author for line in stored.transcript] == ["person", "bot"]
    assert stored.transcript[0].text == "seful mi-a luat pasaportul"
    data = stored.as_json()
    assert data["indicators"] == ["documents_withheld"]
    assert data["created_at"].endswith("Z") and data["transcript"][0]["author"] == "person"


def test_a_second_escalation_updates_the_open_case(service: CaseService) -> None:
    first, _ = service.open_case(escalation())
    danger = {"code": "immediate_danger", "evidence": ["ma bate acum"]}
    second, created = service.open_case(
        escalation(priority="emergency", indicators=[danger], summary="Emergency (ro).")
    )

    assert not created and second.id == first.id
    assert second.priority == "emergency" and second.summary == "Emergency (ro)."
    assert [item["code"] for item in second.indicators] == [
        "documents_withheld",
        "immediate_danger",
    ]
    # A less urgent escalation never lowers the priority.
    third, _ = service.open_case(escalation(priority="normal", indicators=[]))
    assert third.priority == "emergency"


def test_the_queue_is_most_urgent_first_then_longest_waiting(service: CaseService) -> None:
    normal, _ = service.open_case(escalation("a", "normal"))
    high_new, _ = service.open_case(escalation("b", "high"))
    high_old, _ = service.open_case(escalation("c", "high"))
    emergency, _ = service.open_case(escalation("d", "emergency"))
    with session_scope(service.database_url) as session:
        session.execute(
            update(Case)
            .where(Case.id == high_old.id)
            .values(created_at=high_new.created_at - timedelta(minutes=5))
        )
    closed, _ = service.open_case(escalation("e", "emergency"))
    service.close(closed.id, "no_contact")

    assert [case.id for case in service.queue()] == [
        emergency.id,
        high_old.id,
        high_new.id,
        normal.id,
    ]


def test_exactly_one_of_many_concurrent_claimers_wins(service: CaseService) -> None:
    case, _ = service.open_case(escalation())
    results: list[bool] = []
    start = threading.Barrier(12)

    def claim(name: str) -> None:
        start.wait()
        results.append(service.claim(case.id, name))

    threads = [threading.Thread(target=claim, args=(f"counsellor-{n}",)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(results) == [False] * 11 + [True]
    claimed = service.get(case.id)
    assert claimed.status == "claimed" and claimed.claimed_by.startswith("counsellor-")


def test_release_close_and_reopen(service: CaseService) -> None:
    case, _ = service.open_case(escalation())
    assert service.claim(case.id, "anna")
    service.release(case.id)
    assert service.get(case.id).status == "waiting"
    assert service.claim(case.id, "bo")

    closed = service.close(case.id, "referred_shelter")

    assert closed.status == "closed" and closed.outcome == "referred_shelter"
    assert service.open_case_of("ref-1") is None
    again, created = service.open_case(escalation())
    assert created and again.id != case.id


@pytest.mark.parametrize(
    ("operation", "message"),
    [
        (lambda s, i: s.close(i, "solved"), "unknown outcome"),
        (lambda s, i: s.close(i + 1, "other"), "no case"),
        (lambda s, i: s.release(i), "not claimed"),
        (lambda s, i: s.add_message(i + 1, "person", "hi"), "no case"),
    ],
)
def test_operations_that_do_not_fit_are_refused(
    service: CaseService, operation: object, message: str
) -> None:
    case, _ = service.open_case(escalation())
    with pytest.raises(CaseError, match=message):
        operation(service, case.id)  # type: ignore[operator]


def test_closing_twice_is_refused(service: CaseService) -> None:
    case, _ = service.open_case(escalation())
    service.close(case.id, "other")
    with pytest.raises(CaseError, match="already closed"):
        service.close(case.id, "other")
    assert not service.claim(case.id, "anna")


def test_the_waiting_notice_is_given_once(service: CaseService) -> None:
    case, _ = service.open_case(escalation())

    assert service.mark_waiting_notice(case.id)
    assert not service.mark_waiting_notice(case.id)


def test_danger_while_waiting_raises_the_case(service: CaseService) -> None:
    case, _ = service.open_case(escalation())
    triage = {
        "priority": "emergency",
        "indicators": [{"code": "immediate_danger", "evidence": ["vine acum"]}],
        "reasons": ["Immediate danger: 'vine acum'"],
    }

    service.raise_to_emergency(case.id, triage)

    raised = service.get(case.id)
    assert raised.priority == "emergency" and raised.reasons[0] == "Immediate danger: 'vine acum'"
    assert {"code": "immediate_danger", "evidence": ["vine acum"]} in raised.indicators


def test_a_closed_case_awaits_the_resume_until_marked(service: CaseService) -> None:
    assert service.standing_of("ref-1") == SenderStanding(open_case=None, awaiting_resume=False)
    case, _ = service.open_case(escalation())
    standing = service.standing_of("ref-1")
    assert standing.open_case is not None and standing.open_case.id == case.id
    assert not standing.awaiting_resume  # open: the bot stays paused on purpose

    service.close(case.id, "other")

    assert service.standing_of("ref-1") == SenderStanding(open_case=None, awaiting_resume=True)
    service.mark_resumed("ref-1")
    assert not service.standing_of("ref-1").awaiting_resume


def test_a_new_case_after_a_closed_one_is_her_open_case(service: CaseService) -> None:
    first, _ = service.open_case(escalation())
    service.close(first.id, "other")
    second, _ = service.open_case(escalation())
    service.open_case(escalation(sender="ref-2"))  # the newest case is someone else's

    standing = service.standing_of("ref-1")

    assert standing.open_case is not None and standing.open_case.id == second.id
    assert standing.awaiting_resume
