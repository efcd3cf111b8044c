"""`helpline reports`: staff list, read, close and export reports; exports are audit-logged."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.hotline.audit import AuditLog
from bot.reports import ReportService, ReportView
from bot.settings import load_settings
from bot.store.database import upgrade_database
from tests.reports.conftest import make_draft


@pytest.fixture
def reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReportService:
    monkeypatch.setenv("HELPLINE_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("HELPLINE_DATABASE_URL", raising=False)
    url = load_settings().database_url
    upgrade_database(url)
    return ReportService(url)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def two_reports(reports: ReportService) -> tuple[ReportView, ReportView]:
    urgent = reports.create(make_draft(danger_now=True, contact="anna@example.org"))
    plain = reports.create(make_draft(signs=[], description="noget mærkeligt", place_kind="farm"))
    return urgent, plain


def test_open_reports_as_a_json_array(
    reports: ReportService, capsys: pytest.CaptureFixture[str]
) -> None:
    urgent, plain = two_reports(reports)
    reports.close(plain.id, "duplicate")

    code, out, _ = run(capsys, "reports", "--json")

    assert code == 0
    [item] = json.loads(out)
    assert item["kind"] == "report" and item["reference"] == urgent.reference
    assert item["priority"] == "emergency" and item["contact"] == "anna@example.org"
    _, everything, _ = run(capsys, "reports", "--all", "--json")
    assert [r["id"] for r in json.loads(everything)] == [urgent.id, plain.id]


def test_the_list_and_one_report_read_for_staff(
    reports: ReportService, capsys: pytest.CaptureFixture[str]
) -> None:
    urgent, _ = two_reports(reports)
    reports.add_information(urgent.reference, "de er flyttet til Køge")
    reports.add_note(urgent.id, "anna", "ringede til politiet")

    _, listing, _ = run(capsys, "reports")
    code, shown, _ = run(capsys, "reports", "show", urgent.reference.lower())

    assert urgent.reference in listing and "emergency" in listing
    assert code == 0 and "Vesterbrogade" in shown and "de er flyttet til Køge" in shown
    assert "ringede til politiet" in shown and "anna@example.org" in shown
    _, as_json, _ = run(capsys, "reports", "show", str(urgent.id), "--json")
    assert json.loads(as_json)["notes"][0]["author"] == "anna"


def test_closing_needs_an_outcome_and_a_name_and_is_audited(
    reports: ReportService, capsys: pytest.CaptureFixture[str]
) -> None:
    urgent, _ = two_reports(reports)

    code, out, _ = run(capsys, "reports", "close", str(urgent.id), "--outcome",
                       "passed_to_police", "--as", "birgitte")  # fmt: skip

    assert code == 0 and "passed_to_police" in out
    assert reports.get(urgent.id).status == "closed"
    [entry] = AuditLog(reports.database_url).for_report(urgent.id)
    assert (entry.actor, entry.action, entry.detail) == (
        "birgitte",
        "close",
        {"outcome": "passed_to_police"},
    )
    again, _, err = run(capsys, "reports", "close", str(urgent.id), "--outcome", "other",
                        "--as", "birgitte")  # fmt: skip
    assert again == 1 and "already closed" in err
    with pytest.raises(SystemExit):
        main(["reports", "close", str(urgent.id), "--outcome", "referred_police", "--as", "x"])


def test_export_by_id_as_csv_to_a_file_is_audited(
    reports: ReportService, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    urgent, plain = two_reports(reports)
    target = tmp_path / "til-politiet.csv"

    code, _, err = run(capsys, "reports", "export", "--id", str(urgent.id), "--format", "csv",
                       "--out", str(target), "--as", "birgitte")  # fmt: skip

    assert code == 0 and "1 report" in err
    [row] = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert row["reference"] == urgent.reference and row["danger_now"] == "yes"
    [entry] = AuditLog(reports.database_url).for_report(urgent.id)
    assert (entry.actor, entry.action, entry.detail) == (
        "birgitte",
        "export",
        {"format": "csv", "count": 1},
    )
    assert AuditLog(reports.database_url).for_report(plain.id) == []


def test_export_of_a_date_range_as_json(
    reports: ReportService, capsys: pytest.CaptureFixture[str]
) -> None:
    urgent, plain = two_reports(reports)

    code, out, _ = run(capsys, "reports", "export", "--since", "2000-01-01", "--until",
                       "2999-12-31", "--format", "json", "--as", "birgitte")  # fmt: skip

    assert code == 0 and [r["id"] for r in json.loads(out)] == [urgent.id, plain.id]
    actions = [e.action for e in AuditLog(reports.database_url).recent()]
    assert actions == ["export", "export"]


def test_export_needs_a_choice_of_reports_and_a_name(
    reports: ReportService, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["reports", "export", "--format", "json", "--as", "birgitte"])
    with pytest.raises(SystemExit):
        main(["reports", "export", "--id", "1", "--format", "json"])
    with pytest.raises(SystemExit):
        main(["reports", "export", "--since", "31-12-2026", "--format", "json", "--as", "b"])
    code, _, err = run(capsys, "reports", "export", "--id", "77", "--format", "json", "--as", "b")
    assert code == 1 and "no report 77" in err
    assert AuditLog(reports.database_url).recent() == []
