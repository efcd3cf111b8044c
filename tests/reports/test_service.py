"""Reports: stored with a reference and a priority, claimed once, closed, noted, exported."""

from __future__ import annotations

import csv
import io
import json
import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import update

from bot.reports import ReportError, ReportService
from bot.reports.export import to_json
from bot.store.database import session_scope
from bot.store.models import Report
from tests.reports.conftest import make_draft
from tests.reports.test_reference import REFERENCE


def test_a_report_keeps_what_the_reporter_said(service: ReportService) -> None:
    report = service.create(make_draft())

    stored = service.get(report.id)
    assert REFERENCE.match(stored.reference)
    assert stored.status == "waiting" and stored.kind == "report"
    assert stored.place_kind == "sex_industry" and stored.location == "Vesterbrogade, København"
    assert stored.signs == ["movement_restricted"] and stored.anonymous
    assert stored.priority == "high"  # never leaving alone is a sign of trafficking
    evidence = {item["code"]: item["evidence"] for item in stored.indicators}
    assert "ticked: Movement restricted" in evidence["movement_restricted"]


def test_danger_now_makes_an_emergency(service: ReportService) -> None:
    report = service.create(make_draft(danger_now=True, signs=[], description="ingenting"))

    assert report.priority == "emergency"
    assert "immediate_danger" in [item["code"] for item in report.indicators]


def test_a_report_without_signs_is_still_seen(service: ReportService) -> None:
    report = service.create(make_draft(signs=[], description=None, place_kind=None))

    assert report.priority == "normal"


def test_the_description_is_triaged_in_the_reporter_s_language(service: ReportService) -> None:
    report = service.create(make_draft(signs=[], description="de må ikke gå ud alene"))

    assert report.priority == "high"
    assert "movement_restricted" in [item["code"] for item in report.indicators]


def test_unknown_codes_roles_and_places_are_not_stored(service: ReportService) -> None:
    report = service.create(
        make_draft(signs=["movement_restricted", "made_up"], reporter_role="spy", place_kind="moon")
    )

    assert report.signs == ["movement_restricted"]
    assert report.reporter_role == "citizen" and report.place_kind is None


def test_free_text_is_kept_to_2000_characters(service: ReportService) -> None:
    report = service.create(make_draft(description="x" * 5000))

    assert len(report.description or "") == 2000


def test_references_are_unique_even_after_a_collision(
    service: ReportService, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = service.create(make_draft())
    candidates = iter([first.reference, first.reference, "R-22222A"])
    monkeypatch.setattr("bot.reports.service.new_reference", lambda: next(candidates))

    second = service.create(make_draft())

    assert second.reference == "R-22222A" and second.id != first.id


def test_information_is_added_by_reference_however_it_is_typed(service: ReportService) -> None:
    report = service.create(make_draft(signs=[], description="noget mærkeligt"))
    typed = " " + report.reference.lower().replace("-", " ")[:4] + "-" + report.reference[4:]

    updated = service.add_information(typed, "the boss keeps their passports")

    assert updated is not None and updated.id == report.id
    assert [text for text, _ in updated.additions] == ["the boss keeps their passports"]
    assert updated.priority == "high"  # the addition is triaged too


def test_an_addition_never_lowers_the_priority_and_danger_raises_it(
    service: ReportService,
) -> None:
    report = service.create(make_draft())

    assert service.add_information(report.reference, "nothing new").priority == "high"  # type: ignore[union-attr]
    raised = service.add_information(report.reference, "he is hitting her now", danger_now=True)
    assert raised is not None and raised.priority == "emergency" and raised.danger_now


@pytest.mark.parametrize("reference", ["R-22222A", "not a reference", ""])
def test_an_unknown_reference_adds_nothing(service: ReportService, reference: str) -> None:
    service.create(make_draft())

    assert service.add_information(reference, "more") is None
    assert service.by_reference(reference) is None


def test_the_queue_shows_open_reports_most_urgent_first(service: ReportService) -> None:
    normal = service.create(make_draft(signs=[], description=None))
    emergency = service.create(make_draft(danger_now=True))
    closed = service.create(make_draft())
    service.close(closed.id, "duplicate")

    assert [r.id for r in service.queue()] == [emergency.id, normal.id]
    assert closed.id in [r.id for r in service.queue(include_closed=True)]


def test_of_twenty_staff_claiming_at_once_exactly_one_wins(service: ReportService) -> None:
    report = service.create(make_draft())
    results: list[bool] = []
    barrier = threading.Barrier(20)

    def claim(name: str) -> None:
        barrier.wait()
        results.append(service.claim(report.id, name))

    threads = [threading.Thread(target=claim, args=(f"staff-{i}",)) for i in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert results.count(True) == 1 and len(results) == 20
    assert service.get(report.id).status == "claimed"


def test_a_released_report_can_be_claimed_again(service: ReportService) -> None:
    report = service.create(make_draft())
    assert service.claim(report.id, "anna")

    service.release(report.id)

    assert service.get(report.id).claimed_by is None and service.claim(report.id, "bo")
    with pytest.raises(ReportError):
        service.release(service.create(make_draft()).id)  # waiting, not claimed


@pytest.mark.parametrize(
    "outcome",
    [
        "passed_to_police",
        "passed_to_cmm_outreach",
        "insufficient_information",
        "duplicate",
        "other",
    ],
)
def test_a_report_closes_with_each_outcome(service: ReportService, outcome: str) -> None:
    report = service.create(make_draft())

    closed = service.close(report.id, outcome)

    assert closed.status == "closed" and closed.outcome == outcome
    assert not service.claim(report.id, "anna")


def test_closing_refuses_what_does_not_fit(service: ReportService) -> None:
    report = service.create(make_draft())
    with pytest.raises(ReportError, match="unknown outcome"):
        service.close(report.id, "referred_police")
    with pytest.raises(ReportError, match="no report 999"):
        service.close(999, "other")
    service.close(report.id, "other")
    with pytest.raises(ReportError, match="already closed"):
        service.close(report.id, "duplicate")


def test_notes_are_kept_in_order(service: ReportService) -> None:
    report = service.create(make_draft())

    service.add_note(report.id, "anna", "called the labour inspection")
    service.add_note(report.id, "bo", "duplicate of an older tip?")

    assert [(n.author, n.text) for n in service.notes(report.id)] == [
        ("anna", "called the labour inspection"),
        ("bo", "duplicate of an older tip?"),
    ]
    with pytest.raises(ReportError):
        service.add_note(report.id, "anna", "   ")
    with pytest.raises(ReportError):
        service.notes(999)


def test_export_by_id_as_json(service: ReportService) -> None:
    report = service.create(make_draft(contact="+45 12 34 56 78"))
    service.create(make_draft())
    service.add_information(report.reference, "they moved to Køge")

    [row] = json.loads(to_json(service.export(report_ids=[report.id])))

    assert row["kind"] == "report" and row["reference"] == report.reference
    assert row["contact"] == "+45 12 34 56 78" and row["indicators"] == ["movement_restricted"]
    assert [a["text"] for a in row["additions"]] == ["they moved to Køge"]
    assert set(row) >= {"priority", "status", "language", "channel", "reporter_role",
                        "place_kind", "location", "description", "signs", "seen_when",
                        "danger_now", "evidence", "reasons", "created_at", "updated_at",
                        "claimed_by", "outcome"}  # fmt: skip


def test_export_by_date_range(service: ReportService) -> None:
    old = service.create(make_draft())
    new = service.create(make_draft())
    with session_scope(service.database_url) as session:
        session.execute(
            update(Report).where(Report.id == old.id)
            .values(created_at=old.created_at - timedelta(days=10))
        )  # fmt: skip
    today = date.today()

    assert [r["id"] for r in service.export(since=today)] == [new.id]
    assert [r["id"] for r in service.export(since=today - timedelta(days=30))] == [old.id, new.id]
    assert service.export(since=today - timedelta(days=30), until=today - timedelta(days=5)) == [
        service.get(old.id).as_json()
    ]


def test_export_of_an_unknown_id_fails(service: ReportService) -> None:
    with pytest.raises(ReportError, match="no report 42"):
        service.export(report_ids=[42])


def test_csv_has_one_row_per_report_with_lists_joined(service: ReportService) -> None:
    report = service.create(
        make_draft(signs=["movement_restricted", "documents_withheld"], location="=HYPERLINK(x)")
    )
    service.add_information(report.reference, "first")
    service.add_information(report.reference, "second")

    rows = list(csv.DictReader(io.StringIO(service.to_csv(service.export()))))

    [row] = rows
    assert row["reference"] == report.reference and row["kind"] == "report"
    assert row["signs"] == "movement_restricted;documents_withheld"
    assert row["additions"].count(";") == 1 and row["additions"].endswith("second")
    assert row["location"] == "'=HYPERLINK(x)"  # never a formula in the receiver's sheet
    assert row["danger_now"] == "no" and row["contact"] == ""
