"""Reports: create, add to, read, claim, release, close, note and export them.

Every operation is one short transaction, like ``CaseService``, so the action server, the CLI
and the console share the database. The priority comes from the same triage rules as cases
(``bot.triage``), read over what the reporter described and the signs they ticked; someone in
danger now makes a report an emergency, and no report is below ``normal``: a person took the
trouble to tell us, so staff must see it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from bot.hotline.cases import OPEN_STATUSES, PRIORITY_ORDER, NoteView
from bot.reports.reference import new_reference, normalise_reference
from bot.settings import load_settings
from bot.store.database import session_scope
from bot.store.models import Note, Report, ReportAddition, utcnow
from bot.triage import (
    INDICATOR_LABELS,
    Finding,
    LearnedModel,
    Lexicon,
    TriageRules,
    assess,
    find_indicators,
    load_learned,
    load_lexicon,
    load_rules,
)

OUTCOMES = (
    "passed_to_police",
    "passed_to_cmm_outreach",
    "insufficient_information",
    "duplicate",
    "other",
)
PROFESSIONAL_ROLES = ("police", "health", "tax", "labour_inspection", "ngo", "other_professional")
REPORTER_ROLES = ("citizen", *PROFESSIONAL_ROLES)
PLACE_KINDS = ("sex_industry", "farm", "construction", "cleaning", "restaurant", "car_wash",
               "other_workplace", "street", "online", "other")  # fmt: skip
MAX_TEXT_CHARS = 2000  # per free-text answer; the conversation says when it keeps less
REFERENCE_ATTEMPTS = 20


class ReportError(ValueError):
    """An operation that does not fit the report (unknown id, closed report, bad outcome)."""


@dataclass(frozen=True)
class ReportDraft:
    """What the report conversation collected; ``None`` means skipped (or anonymous)."""

    channel: str
    sender_ref: str
    language: str
    reporter_role: str = "citizen"
    place_kind: str | None = None
    location: str | None = None
    description: str | None = None
    signs: Sequence[str] = ()
    seen_when: str | None = None
    danger_now: bool | None = None
    contact: str | None = None


@dataclass(frozen=True)
class ReportView:
    """A snapshot of a report, safe to pass around after its transaction ended."""

    id: int
    reference: str
    channel: str
    sender_ref: str
    language: str
    reporter_role: str
    place_kind: str | None
    location: str | None
    description: str | None
    signs: list[str]
    seen_when: str | None
    danger_now: bool | None
    contact: str | None
    priority: str
    indicators: list[dict[str, Any]]
    reasons: list[str]
    status: str
    claimed_by: str | None
    outcome: str | None
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None
    additions: list[tuple[str, datetime]] = field(default_factory=list)
    kind: str = "report"

    @classmethod
    def of(cls, report: Report) -> ReportView:
        return cls(
            id=report.id,
            reference=report.reference,
            channel=report.channel,
            sender_ref=report.sender_ref,
            language=report.language,
            reporter_role=report.reporter_role,
            place_kind=report.place_kind,
            location=report.location,
            description=report.description,
            signs=list(report.signs or []),
            seen_when=report.seen_when,
            danger_now=report.danger_now,
            contact=report.contact,
            priority=report.priority,
            indicators=list(report.indicators or []),
            reasons=list(report.reasons or []),
            status=report.status,
            claimed_by=report.claimed_by,
            outcome=report.outcome,
            created_at=report.created_at,
            updated_at=report.updated_at,
            closed_at=report.closed_at,
            additions=[(addition.text, addition.created_at) for addition in report.additions],
        )

    @property
    def anonymous(self) -> bool:
        return self.contact is None

    def as_json(self) -> dict[str, Any]:
        """The queue's JSON shape for a report (``helpline reports --json``, exports)."""
        return {
            "kind": self.kind,
            "id": self.id,
            "reference": self.reference,
            "priority": self.priority,
            "status": self.status,
            "language": self.language,
            "channel": self.channel,
            "reporter_role": self.reporter_role,
            "place_kind": self.place_kind,
            "location": self.location,
            "description": self.description,
            "signs": self.signs,
            "seen_when": self.seen_when,
            "danger_now": self.danger_now,
            "contact": self.contact,
            "indicators": [item["code"] for item in self.indicators],
            "evidence": {item["code"]: item["evidence"] for item in self.indicators},
            "reasons": self.reasons,
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
            "claimed_by": self.claimed_by,
            "outcome": self.outcome,
            "additions": [{"text": text, "at": _iso(at)} for text, at in self.additions],
        }


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds") + "Z"


@lru_cache(maxsize=1)
def load_report_triage() -> tuple[Lexicon, TriageRules, LearnedModel | None]:
    """Loaded once per process, on first use (the action server loads it before it starts:
    ``helpline actions``); the compiled lexicons and the fitted model come from the cache the
    Rasa server fills."""
    cache_dir = load_settings().cache_dir
    return load_lexicon(cache_dir=cache_dir), load_rules(), load_learned(cache_dir=cache_dir)


class ReportService:
    """Reports in the database at ``database_url``.

    ``lexicon``, ``rules`` and ``learned`` default to the bundled triage files and model, read
    (and trained) once on first use; pass ``lexicon`` and ``rules`` without ``learned`` for the
    lexicons alone.
    """

    def __init__(
        self,
        database_url: str,
        lexicon: Lexicon | None = None,
        rules: TriageRules | None = None,
        learned: LearnedModel | None = None,
    ) -> None:
        self.database_url = database_url
        given = (lexicon, rules, learned) if lexicon is not None and rules is not None else None
        self._triage = given

    def create(self, draft: ReportDraft) -> ReportView:
        """Store a new report with a fresh, unique reference and its triage priority."""
        priority, indicators, reasons = self._prioritise(draft, [])
        for _ in range(REFERENCE_ATTEMPTS):
            try:
                with session_scope(self.database_url) as session:
                    report = Report(reference=new_reference(), priority=priority,
                                    indicators=indicators, reasons=reasons, status="waiting",
                                    **_fields(draft))  # fmt: skip
                    session.add(report)
                    session.flush()
                    return ReportView.of(report)
            except IntegrityError as error:
                if "reference" not in str(error).lower():
                    raise  # a collision is the only failure worth retrying
        raise ReportError("could not find a free report reference; try again")

    def revise(self, reference: str, draft: ReportDraft) -> ReportView | None:
        """The reporter corrected an answer at the summary: replace the fields, re-triage."""
        canonical = normalise_reference(reference)
        if canonical is None:
            return None
        with session_scope(self.database_url) as session:
            report = _by_reference(session, canonical)
            if report is None:
                return None
            for name, value in _fields(draft).items():
                setattr(report, name, value)
            additions = [addition.text for addition in report.additions]
            report.priority, report.indicators, report.reasons = self._prioritise(draft, additions)
            report.updated_at = utcnow()
            session.flush()
            return ReportView.of(report)

    def add_information(
        self, reference: str, text: str, danger_now: bool = False
    ) -> ReportView | None:
        """Attach what a reporter adds later; None when no report has that reference.

        The priority is assessed again over everything said, and never lowered: the first
        description still counts. Danger now makes the report an emergency.
        """
        canonical = normalise_reference(reference)
        if canonical is None:
            return None
        with session_scope(self.database_url) as session:
            report = _by_reference(session, canonical)
            if report is None:
                return None
            session.add(ReportAddition(report_id=report.id, text=text[:MAX_TEXT_CHARS]))
            session.flush()
            session.refresh(report)
            draft = _draft_of(report, danger_now=bool(report.danger_now) or danger_now)
            priority, indicators, reasons = self._prioritise(
                draft, [addition.text for addition in report.additions]
            )
            if PRIORITY_ORDER[priority] < PRIORITY_ORDER[report.priority]:
                report.priority = priority
            report.indicators, report.reasons = indicators, reasons
            if danger_now:
                report.danger_now = True
            report.updated_at = utcnow()
            session.flush()
            return ReportView.of(report)

    def get(self, report_id: int) -> ReportView:
        with session_scope(self.database_url) as session:
            return ReportView.of(_get(session, report_id))

    def by_reference(self, reference: str) -> ReportView | None:
        canonical = normalise_reference(reference)
        if canonical is None:
            return None
        with session_scope(self.database_url) as session:
            report = _by_reference(session, canonical)
            return None if report is None else ReportView.of(report)

    def queue(self, include_closed: bool = False) -> list[ReportView]:
        """Open reports (or all): most urgent first, then the oldest."""
        query = select(Report)
        if not include_closed:
            query = query.where(Report.status.in_(OPEN_STATUSES))
        with session_scope(self.database_url) as session:
            views = [ReportView.of(report) for report in session.scalars(query)]
        return sorted(views, key=lambda r: (PRIORITY_ORDER[r.priority], r.created_at, r.id))

    def queue_version(self) -> str:
        """Changes whenever a report is made or changed: live views poll this cheaply."""
        columns = (func.count(Report.id), func.max(Report.id), func.max(Report.updated_at))
        with session_scope(self.database_url) as session:
            count, last_id, last_change = session.execute(select(*columns)).one()
        return f"{count}:{last_id}:{last_change}"

    def claim(self, report_id: int, staff: str) -> bool:
        """Take a waiting report; False when someone else was first (or it is not waiting)."""
        with session_scope(self.database_url) as session:
            _get(session, report_id)
            result = session.execute(
                update(Report)
                .where(Report.id == report_id, Report.status == "waiting")
                .values(status="claimed", claimed_by=staff, claimed_at=utcnow(),
                        updated_at=utcnow())
            )  # fmt: skip
            return result.rowcount == 1

    def release(self, report_id: int) -> None:
        """Put a claimed report back in the queue."""
        with session_scope(self.database_url) as session:
            report = _get(session, report_id)
            if report.status != "claimed":
                raise ReportError(f"report {report_id} is {report.status}, not claimed")
            report.status, report.claimed_by, report.claimed_at = "waiting", None, None
            report.updated_at = utcnow()

    def close(self, report_id: int, outcome: str) -> ReportView:
        if outcome not in OUTCOMES:
            raise ReportError(f"unknown outcome {outcome!r}; one of: {', '.join(OUTCOMES)}")
        with session_scope(self.database_url) as session:
            report = _get(session, report_id)
            if report.status == "closed":
                raise ReportError(f"report {report_id} is already closed")
            report.status, report.outcome = "closed", outcome
            report.closed_at = report.updated_at = utcnow()
            session.flush()
            return ReportView.of(report)

    def add_note(self, report_id: int, author: str, text: str) -> NoteView:
        """A private staff note on the report; never sent to the reporter."""
        if not text.strip():
            raise ReportError("a note needs some text")
        with session_scope(self.database_url) as session:
            _get(session, report_id)
            note = Note(report_id=report_id, author=author, text=text.strip())
            session.add(note)
            session.flush()
            return NoteView(note.author, note.text, note.created_at)

    def notes(self, report_id: int) -> list[NoteView]:
        with session_scope(self.database_url) as session:
            _get(session, report_id)
            notes = session.scalars(
                select(Note).where(Note.report_id == report_id).order_by(Note.id)
            )
            return [NoteView(note.author, note.text, note.created_at) for note in notes]

    def export(
        self,
        report_ids: Iterable[int] | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> list[dict[str, Any]]:
        """Reports as plain rows for passing on: by id, or created between two dates.

        ``since`` and ``until`` are whole days (UTC), both included.
        """
        query = select(Report).order_by(Report.id)
        if report_ids is not None:
            wanted = sorted(set(report_ids))
            query = query.where(Report.id.in_(wanted))
        if since is not None:
            query = query.where(Report.created_at >= datetime.combine(since, time.min))
        if until is not None:
            query = query.where(
                Report.created_at < datetime.combine(until + timedelta(days=1), time.min)
            )
        with session_scope(self.database_url) as session:
            views = [ReportView.of(report) for report in session.scalars(query)]
        if report_ids is not None:
            missing = set(wanted) - {view.id for view in views}
            if missing:
                raise ReportError(f"there is no report {', '.join(map(str, sorted(missing)))}")
        return [view.as_json() for view in views]

    @staticmethod
    def to_csv(rows: Sequence[dict[str, Any]]) -> str:
        from bot.reports.export import to_csv

        return to_csv(rows)

    def _prioritise(
        self, draft: ReportDraft, additions: Sequence[str]
    ) -> tuple[str, list[dict[str, Any]], list[str]]:
        lexicon, rules, learned = self._triage or load_report_triage()
        findings: dict[str, list[str]] = {}
        for text in [draft.description or "", *additions]:
            for finding in find_indicators(text, lexicon, learned):
                findings.setdefault(finding.code, []).extend(finding.evidence)
        for code in draft.signs:
            if code in INDICATOR_LABELS:
                findings.setdefault(code, []).append(f"ticked: {INDICATOR_LABELS[code]}")
        if draft.danger_now:
            findings.setdefault("immediate_danger", []).append("reporter: danger now")
        assessment = assess(
            [Finding(code, tuple(dict.fromkeys(ev)), "report") for code, ev in findings.items()],
            rules,
        )
        priority = "emergency" if draft.danger_now else assessment.priority
        if priority not in PRIORITY_ORDER:
            priority = "normal"
        indicators = [{"code": f.code, "evidence": list(f.evidence)} for f in assessment.findings]
        return priority, indicators, list(assessment.reasons)


def _fields(draft: ReportDraft) -> dict[str, Any]:
    role = draft.reporter_role if draft.reporter_role in REPORTER_ROLES else "citizen"
    return {
        "channel": draft.channel,
        "sender_ref": draft.sender_ref,
        "language": draft.language,
        "reporter_role": role,
        "place_kind": draft.place_kind if draft.place_kind in PLACE_KINDS else None,
        "location": _clip(draft.location),
        "description": _clip(draft.description),
        "signs": [code for code in dict.fromkeys(draft.signs) if code in INDICATOR_LABELS],
        "seen_when": _clip(draft.seen_when),
        "danger_now": draft.danger_now,
        "contact": _clip(draft.contact),
    }


def _draft_of(report: Report, danger_now: bool) -> ReportDraft:
    return ReportDraft(channel=report.channel, sender_ref=report.sender_ref,
                       language=report.language, reporter_role=report.reporter_role,
                       place_kind=report.place_kind, location=report.location,
                       description=report.description, signs=list(report.signs or []),
                       seen_when=report.seen_when, danger_now=danger_now,
                       contact=report.contact)  # fmt: skip


def _clip(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    return text.strip()[:MAX_TEXT_CHARS]


def _by_reference(session: Any, reference: str) -> Report | None:
    return session.scalars(select(Report).where(Report.reference == reference)).first()


def _get(session: Any, report_id: int) -> Report:
    report = session.get(Report, report_id)
    if report is None:
        raise ReportError(f"there is no report {report_id}")
    return report
