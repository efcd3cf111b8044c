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

from sqlalchemy import func, select, update

from bot.store.database import session_scope
from bot.store.models import Case, CaseMessage, Note, utcnow

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


class CaseNotFound(CaseError):
    """There is no case (or message) with that id."""


@dataclass(frozen=True)
class TranscriptLine:
    author: str  # person, bot, staff, system
    text: str  # as the person wrote or received it
    language: str | None = None
    created_at: datetime | None = None
    id: int | None = None
    author_name: str | None = None  # the counsellor, for staff lines
    original_text: str | None = None  # what the counsellor wrote, before translation
    original_language: str | None = None
    machine_translated: bool = False
    delivery_status: str | None = None
    delivery_detail: str | None = None
    translations: dict[str, str] = field(default_factory=dict)  # cached, by target language

    @classmethod
    def of(cls, message: CaseMessage) -> TranscriptLine:
        return cls(
            author=message.author,
            text=message.text,
            language=message.language,
            created_at=message.created_at,
            id=message.id,
            author_name=message.author_name,
            original_text=message.original_text,
            original_language=message.original_language,
            machine_translated=bool(message.machine_translated),
            delivery_status=message.delivery_status,
            delivery_detail=message.delivery_detail,
            translations=dict(message.translations or {}),
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "author": self.author,
            "author_name": self.author_name,
            "text": self.text,
            "language": self.language,
            "at": _iso(self.created_at),
            "original_text": self.original_text,
            "original_language": self.original_language,
            "machine_translated": self.machine_translated,
            "delivery_status": self.delivery_status,
            "delivery_detail": self.delivery_detail,
        }


@dataclass(frozen=True)
class NoteView:
    author: str
    text: str
    created_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {"author": self.author, "text": self.text, "at": _iso(self.created_at)}


@dataclass(frozen=True)
class SenderStanding:
    """Her cases as far as the delivery of her next message is concerned."""

    open_case: CaseView | None
    awaiting_resume: bool  # a closed case of hers still has the assistant paused


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
    # When she asked, for a case opened later (kept during an outage): she waits since then.
    asked_at: datetime | None = None


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
            transcript=[TranscriptLine.of(m) for m in case.messages] if with_transcript else [],
        )

    def as_json(self) -> dict[str, Any]:
        """The queue's JSON shape (``helpline queue --json``, later the console API)."""
        data = {
            "kind": "case",
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
            data["transcript"] = [line.as_json() for line in self.transcript]
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
                    created_at=escalation.asked_at or utcnow(),
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

    def standing_of(self, sender_ref: str) -> SenderStanding:
        """Where her next message goes: her open case, or whether a closed one paused the bot.

        Asked for every message the Rasa server receives, so it is one query in one
        transaction: her open cases and her closed cases not yet resumed.
        """
        with session_scope(self.database_url) as session:
            cases = session.scalars(
                select(Case)
                .where(Case.sender_ref == sender_ref,
                       Case.status.in_(OPEN_STATUSES)
                       | ((Case.status == "closed") & Case.resumed_at.is_(None)))
                .order_by(Case.id.desc())
            ).all()  # fmt: skip
            open_case = next((case for case in cases if case.status in OPEN_STATUSES), None)
            return SenderStanding(
                open_case=None if open_case is None else CaseView.of(open_case),
                awaiting_resume=any(case.status == "closed" for case in cases),
            )

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
        self.add_lines(case_id, [TranscriptLine(author, text, language)])

    def add_lines(self, case_id: int, lines: Sequence[TranscriptLine]) -> None:
        """Add lines to the transcript, all or none."""
        with session_scope(self.database_url) as session:
            _append(session, _get(session, case_id), lines)

    def add_to_open_case(self, sender_ref: str, lines: Sequence[TranscriptLine]) -> bool:
        """Add lines to her open case; False if she has none."""
        with session_scope(self.database_url) as session:
            case = _open_case_of(session, sender_ref)
            if case is None:
                return False
            _append(session, case, lines)
            return True

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

    def transfer(self, case_id: int, counsellor: str) -> None:
        """Hand an open case to another counsellor (it becomes theirs, claimed)."""
        with session_scope(self.database_url) as session:
            case = _get(session, case_id)
            if case.status == "closed":
                raise CaseError(f"case {case_id} is closed")
            case.status, case.claimed_by, case.claimed_at = "claimed", counsellor, utcnow()
            case.updated_at = utcnow()

    def add_staff_message(
        self,
        case_id: int,
        counsellor: str,
        text: str,
        language: str,
        original_text: str | None = None,
        original_language: str | None = None,
        machine_translated: bool = False,
    ) -> int:
        """Store a counsellor's message as pending, before it is sent: nothing is lost."""
        with session_scope(self.database_url) as session:
            case = _get(session, case_id)
            if case.status == "closed":
                raise CaseError(f"case {case_id} is closed")
            message = CaseMessage(
                case_id=case_id,
                author="staff",
                author_name=counsellor,
                text=text,
                language=language,
                original_text=original_text,
                original_language=original_language,
                machine_translated=machine_translated,
                delivery_status="pending",
                translations={},
            )
            session.add(message)
            case.updated_at = utcnow()
            session.flush()
            return int(message.id)

    def set_delivery(self, message_id: int, status: str, detail: str = "") -> TranscriptLine:
        with session_scope(self.database_url) as session:
            message = session.get(CaseMessage, message_id)
            if message is None:
                raise CaseNotFound(f"there is no message {message_id}")
            message.delivery_status, message.delivery_detail = status, detail or None
            message.case.updated_at = utcnow()
            session.flush()
            return TranscriptLine.of(message)

    def cache_translation(self, message_id: int, language: str, text: str) -> None:
        """Keep a machine translation of a message so it is computed once per language."""
        with session_scope(self.database_url) as session:
            message = session.get(CaseMessage, message_id)
            if message is not None:
                message.translations = {**(message.translations or {}), language: text}

    def add_note(self, case_id: int, author: str, text: str) -> NoteView:
        with session_scope(self.database_url) as session:
            _get(session, case_id)
            note = Note(case_id=case_id, author=author, text=text, created_at=utcnow())
            session.add(note)
            return NoteView(note.author, note.text, note.created_at)

    def notes(self, case_id: int) -> list[NoteView]:
        with session_scope(self.database_url) as session:
            notes = session.scalars(select(Note).where(Note.case_id == case_id).order_by(Note.id))
            return [NoteView(n.author, n.text, n.created_at) for n in notes]

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
        """Open cases: most urgent first, then the longest waiting.

        Read as plain rows, not ORM objects: the console reads the whole queue on every change,
        and with a thousand open cases that is the difference between 10 and 80 ms.
        """
        query = select(*_QUEUE_COLUMNS).where(Case.status.in_(OPEN_STATUSES))
        with session_scope(self.database_url) as session:
            views = [CaseView(**row) for row in session.execute(query).mappings()]
        return sorted(views, key=lambda c: (PRIORITY_ORDER[c.priority], c.created_at, c.id))

    def list(self, status: str = "open", limit: int = 500) -> list[CaseView]:
        """Cases by status ("open", "closed" or "all"), newest first."""
        query = select(*_QUEUE_COLUMNS).order_by(Case.id.desc()).limit(limit)
        if status == "open":
            query = query.where(Case.status.in_(OPEN_STATUSES))
        elif status == "closed":
            query = query.where(Case.status == "closed")
        with session_scope(self.database_url) as session:
            return [CaseView(**row) for row in session.execute(query).mappings()]

    def queue_version(self) -> str:
        """Changes whenever any case is opened or changed: live views poll this cheaply."""
        with session_scope(self.database_url) as session:
            count, last_id, last_change = session.execute(
                select(func.count(Case.id), func.max(Case.id), func.max(Case.updated_at))
            ).one()
        return f"{count}:{last_id}:{last_change}"


# The columns of a CaseView without its transcript, named as its fields.
_QUEUE_COLUMNS = (
    Case.id, Case.channel, Case.sender_ref, Case.language, Case.priority, Case.status,
    Case.indicators, Case.reasons, Case.summary, Case.created_at, Case.updated_at,
    Case.claimed_by, Case.outcome, Case.waiting_notice_at,
)  # fmt: skip


def _open_case_of(session: Any, sender_ref: str) -> Case | None:
    return session.scalars(
        select(Case)
        .where(Case.sender_ref == sender_ref, Case.status.in_(OPEN_STATUSES))
        .order_by(Case.id.desc())
    ).first()


def _get(session: Any, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise CaseNotFound(f"there is no case {case_id}")
    return case


def _append(session: Any, case: Case, lines: Sequence[TranscriptLine]) -> None:
    session.add_all(_message(case.id, line) for line in lines)
    case.updated_at = utcnow()


def _message(case_id: int, line: TranscriptLine) -> CaseMessage:
    """A new transcript row; written now unless the line says when it was written."""
    return CaseMessage(
        case_id=case_id, author=line.author, text=line.text, language=line.language,
        translations={}, created_at=line.created_at or utcnow(),
    )  # fmt: skip


def _merge_indicators(
    old: Sequence[dict[str, Any]], new: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    merged = {item["code"]: list(item["evidence"]) for item in old}
    for item in new:
        evidence = merged.setdefault(item["code"], [])
        evidence.extend(e for e in item["evidence"] if e not in evidence)
    return [{"code": code, "evidence": evidence} for code, evidence in merged.items()]
