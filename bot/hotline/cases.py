"""Cases: open, add to, claim, release, close and list them.

Every operation is one short transaction, so the Rasa server, the action server and the
console can share the database. Claiming is a conditional UPDATE: of any number of staff
who claim the same case at once, exactly one wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from bot.store.database import session_scope
from bot.store.models import Case, CaseMessage, utcnow

PRIORITY_ORDER = {"emergency": 0, "high": 1, "normal": 2}
OPEN_STATUSES = ("waiting", "claimed")
OUTCOMES = (
    "referred_police",
    "referred_shelter",
    "referred_health",
    "information_given",
    "no_contact",
    "other",
)


class CaseError(ValueError):
    """An operation that does not fit the case (unknown id, closed case, bad outcome)."""


@dataclass(frozen=True)
class TranscriptLine:
    author: str  # person, bot, staff, system
    text: str
    language: str | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class Escalation:
    """What the assistant knows when it escalates a conversation."""

    channel: str
    sender_ref: str
    language: str
    priority: str
    indicators: Sequence[dict[str, Any]]
    reasons: Sequence[str]
    summary: str
    transcript: Sequence[TranscriptLine] = ()


@dataclass(frozen=True)
class CaseView:
    """A snapshot of a case, safe to pass around after its transaction ended."""

    id: int
    channel: str
    sender_ref: str
    language: str
    priority: str
    status: str
    indicators: list[dict[str, Any]]
    reasons: list[str]
    summary: str
    created_at: datetime
    updated_at: datetime
    claimed_by: str | None
    outcome: str | None
    waiting_notice_at: datetime | None
    transcript: list[TranscriptLine] = field(default_factory=list)

    @classmethod
    def of(cls, case: Case, with_transcript: bool = False) -> CaseView:
        return cls(
            id=case.id,
            channel=case.channel,
            sender_ref=case.sender_ref,
            language=case.language,
            priority=case.priority,
            status=case.status,
            indicators=list(case.indicators or []),
            reasons=list(case.reasons or []),
            summary=case.summary,
            created_at=case.created_at,
            updated_at=case.updated_at,
            claimed_by=case.claimed_by,
            outcome=case.outcome,
            waiting_notice_at=case.waiting_notice_at,
            transcript=[
                TranscriptLine(m.author, m.text, m.language, m.created_at) for m in case.messages
            ]
            if with_transcript
            else [],
        )

    def as_json(self) -> dict[str, Any]:
        """The queue's JSON shape (``helpline queue --json``, later the console API)."""
        data = {
            "id": self.id,
            "priority": self.priority,
            "status": self.status,
            "language": self.language,
            "channel": self.channel,
            "indicators": [item["code"] for item in self.indicators],
            "evidence": {item["code"]: item["evidence"] for item in self.indicators},
            "reasons": self.reasons,
            "summary": self.summary,
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
            "claimed_by": self.claimed_by,
            "outcome": self.outcome,
        }
        if self.transcript:
            data["transcript"] = [
                {"author": line.author, "text": line.text, "language": line.language,
                 "at": _iso(line.created_at)}
                for line in self.transcript
            ]  # fmt: skip
        return data


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds") + "Z"


class CaseService:
    """Cases in the database at ``database_url``."""

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url

    def open_case(self, escalation: Escalation) -> tuple[CaseView, bool]:
        """Open a case, or update the person's open one; returns (case, newly opened).

        One person has at most one open case: a second escalation raises its priority if it
        is more urgent and adds the new indicators, so staff see one conversation.
        """
        with session_scope(self.database_url) as session:
            case = _open_case_of(session, escalation.sender_ref)
            created = case is None
            if case is None:
                case = Case(
                    channel=escalation.channel,
                    sender_ref=escalation.sender_ref,
                    language=escalation.language,
                    priority=escalation.priority,
                    status="waiting",
                    indicators=list(escalation.indicators),
                    reasons=list(escalation.reasons),
                    summary=escalation.summary,
                )
                session.add(case)
                session.flush()
                for line in escalation.transcript:
                    session.add(_message(case.id, line))
            else:
                if PRIORITY_ORDER[escalation.priority] < PRIORITY_ORDER[case.priority]:
                    case.priority = escalation.priority
                    case.summary = escalation.summary
                case.indicators = _merge_indicators(case.indicators, escalation.indicators)
                case.reasons = list(dict.fromkeys([*case.reasons, *escalation.reasons]))
                case.updated_at = utcnow()
            session.flush()
            return CaseView.of(case), created

    def open_case_of(self, sender_ref: str) -> CaseView | None:
        """The person's waiting or claimed case, if any."""
        with session_scope(self.database_url) as session:
            case = _open_case_of(session, sender_ref)
            return None if case is None else CaseView.of(case)

    def awaiting_resume(self, sender_ref: str) -> bool:
        """Whether a closed case of hers still has the assistant paused."""
        with session_scope(self.database_url) as session:
            found = session.scalars(
                select(Case.id).where(Case.sender_ref == sender_ref, Case.status == "closed",
                                      Case.resumed_at.is_(None)).limit(1)
            ).first()  # fmt: skip
            return found is not None

    def mark_resumed(self, sender_ref: str) -> None:
        with session_scope(self.database_url) as session:
            session.execute(
                update(Case)
                .where(Case.sender_ref == sender_ref, Case.status == "closed",
                       Case.resumed_at.is_(None))
                .values(resumed_at=utcnow())
            )  # fmt: skip

    def add_message(
        self, case_id: int, author: str, text: str, language: str | None = None
    ) -> None:
        with session_scope(self.database_url) as session:
            case = _get(session, case_id)
            session.add(_message(case_id, TranscriptLine(author, text, language)))
            case.updated_at = utcnow()

    def claim(self, case_id: int, counsellor: str) -> bool:
        """Take a waiting case; False when someone else was first (or it is not waiting)."""
        with session_scope(self.database_url) as session:
            _get(session, case_id)
            result = session.execute(
                update(Case)
                .where(Case.id == case_id, Case.status == "waiting")
                .values(status="claimed", claimed_by=counsellor, claimed_at=utcnow(),
                        updated_at=utcnow())
            )  # fmt: skip
            return result.rowcount == 1

    def release(self, case_id: int) -> None:
        """Put a claimed case back in the queue."""
        with session_scope(self.database_url) as session:
            case = _get(session, case_id)
            if case.status != "claimed":
                raise CaseError(f"case {case_id} is {case.status}, not claimed")
            case.status, case.claimed_by, case.claimed_at = "waiting", None, None

    def close(self, case_id: int, outcome: str) -> CaseView:
        """Close with an outcome; the assistant resumes with her next message."""
        if outcome not in OUTCOMES:
            raise CaseError(f"unknown outcome {outcome!r}; one of: {', '.join(OUTCOMES)}")
        with session_scope(self.database_url) as session:
            case = _get(session, case_id)
            if case.status == "closed":
                raise CaseError(f"case {case_id} is already closed")
            case.status, case.outcome, case.closed_at = "closed", outcome, utcnow()
            session.flush()
            return CaseView.of(case)

    def raise_to_emergency(self, case_id: int, triage: dict[str, Any]) -> None:
        """Danger while she waits: the case jumps to the top of the queue, with the evidence."""
        with session_scope(self.database_url) as session:
            case = _get(session, case_id)
            case.priority = "emergency"
            case.indicators = _merge_indicators(case.indicators, triage.get("indicators") or [])
            case.reasons = list(dict.fromkeys([*(triage.get("reasons") or []), *case.reasons]))
            case.summary = "Emergency while waiting. " + case.summary
            case.updated_at = utcnow()

    def mark_waiting_notice(self, case_id: int) -> bool:
        """Record that the person was told nobody has answered yet; True only the first time."""
        with session_scope(self.database_url) as session:
            result = session.execute(
                update(Case)
                .where(Case.id == case_id, Case.waiting_notice_at.is_(None))
                .values(waiting_notice_at=utcnow())
            )
            return result.rowcount == 1

    def waiting_without_notice(self) -> list[CaseView]:
        """Waiting cases whose person was not yet told that nobody has answered."""
        with session_scope(self.database_url) as session:
            cases = session.scalars(
                select(Case).where(Case.status == "waiting", Case.waiting_notice_at.is_(None))
            ).all()
            return [CaseView.of(case) for case in cases]

    def get(self, case_id: int) -> CaseView:
        with session_scope(self.database_url) as session:
            return CaseView.of(_get(session, case_id), with_transcript=True)

    def queue(self) -> list[CaseView]:
        """Open cases: most urgent first, then the longest waiting."""
        with session_scope(self.database_url) as session:
            cases = session.scalars(select(Case).where(Case.status.in_(OPEN_STATUSES))).all()
            views = [CaseView.of(case) for case in cases]
        return sorted(views, key=lambda c: (PRIORITY_ORDER[c.priority], c.created_at, c.id))


def _open_case_of(session: Any, sender_ref: str) -> Case | None:
    return session.scalars(
        select(Case)
        .where(Case.sender_ref == sender_ref, Case.status.in_(OPEN_STATUSES))
        .order_by(Case.id.desc())
    ).first()


def _get(session: Any, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise CaseError(f"there is no case {case_id}")
    return case


def _message(case_id: int, line: TranscriptLine) -> CaseMessage:
    return CaseMessage(case_id=case_id, author=line.author, text=line.text, language=line.language)


def _merge_indicators(
    old: Sequence[dict[str, Any]], new: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    merged = {item["code"]: list(item["evidence"]) for item in old}
    for item in new:
        evidence = merged.setdefault(item["code"], [])
        evidence.extend(e for e in item["evidence"] if e not in evidence)
    return [{"code": code, "evidence": evidence} for code, evidence in merged.items()]
