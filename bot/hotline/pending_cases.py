"""Escalations kept on local disk while the case database is out of reach, opened once it is back.

An emergency or a request for a person must become a case even if the case database fails at
that moment (a restart, a broken network): the escalation is kept here, encrypted like every
message at rest, one file per escalation, and opened as a case by the next process that can
reach the database again: the hotline worker every minute, and the Rasa server at the next
message it takes in. A line in the case tells staff when she asked; the audit log says so too.
In the same way, a message she writes to her open case while the database is out of reach
(the assistant stays quiet then: her conversation is paused) is kept and added to the case; if
that case was closed meanwhile, it opens a new one, since she was told a counsellor would read it.

Several processes may open the same directory at once: each takes a file by renaming it (an
atomic step, to a name of its own), so an escalation becomes one case, never two. A file taken
by a process that died is taken again after ``STALE_AFTER``.
"""

from __future__ import annotations

import json
import logging
import os
import time
import uuid
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from bot.hotline.audit import AuditLog
from bot.hotline.cases import CaseService, Escalation, TranscriptLine
from bot.store.encryption import cipher
from bot.store.models import utcnow

log = logging.getLogger(__name__)
SUFFIX = ".escalation"
TAKEN = ".taken"
BROKEN = ".unreadable"  # set aside for an operator; never opened, never deleted here
STALE_AFTER = 600  # seconds a taken file may stay taken before another process retries it
AFTER_CLOSING = (
    "wrote after her case was closed, while the case database was out of reach; she was told "
    "a counsellor would read it."
)


class PendingCases:
    """The escalations, and messages for open cases, waiting in ``directory`` for the case
    database."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def keep(self, escalation: Escalation) -> Path:
        """Keep ``escalation`` until its case can be opened."""
        record = {"escalation": _as_record(escalation), "asked_at": utcnow().isoformat()}
        log.warning("the case database is out of reach; the escalation is kept until it is back")
        return self._write(record)

    def keep_message(self, sender_ref: str, channel: str, line: TranscriptLine) -> Path:
        """Keep a line for her open case, which the case database could not take."""
        record = {"message": {"sender_ref": sender_ref, "channel": channel, **_line_record(line)}}
        log.warning("the case database is out of reach; her message is kept for her case")
        return self._write(record)

    def waiting(self) -> bool:
        """Whether anything is kept (cheap: called for every message)."""
        try:
            return any(entry.name.endswith((SUFFIX, TAKEN)) for entry in os.scandir(self.directory))
        except FileNotFoundError:
            return False

    def deliver_all(self, database_url: str) -> int:
        """Open every kept escalation as a case and add every kept message to her open case,
        oldest first; returns how many were delivered.

        Stops at the first database failure (it is still out of reach): the rest stay kept.
        """
        delivered = 0
        for path in sorted(self._takeable()):
            base = path.name.split(".")[0]
            taken = path.with_name(f"{base}.{uuid.uuid4().hex}{TAKEN}")
            try:
                path.rename(taken)
                os.utime(taken)  # taken now: not stale for another process
            except FileNotFoundError:
                continue  # another process took it
            try:
                record = json.loads(cipher().decrypt(taken.read_bytes()))
            except Exception:
                taken.rename(path.with_name(base + BROKEN))
                log.exception("a kept record cannot be read (a removed key?); set aside")
                continue
            try:
                _deliver(record, database_url)
            except SQLAlchemyError:
                taken.rename(path.with_name(base + SUFFIX))
                log.exception("could not deliver a kept record yet; it stays kept")
                return delivered
            taken.unlink()
            delivered += 1
        return delivered

    def _write(self, record: dict[str, Any]) -> Path:
        """Write ``record`` durably, encrypted: flushed to disk, then renamed into place."""
        self.directory.mkdir(parents=True, exist_ok=True)
        token = cipher().encrypt(json.dumps(record, ensure_ascii=False).encode())
        name = f"{time.time_ns():020d}-{uuid.uuid4().hex}"
        partial = self.directory / f"{name}.partial"
        with open(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
            out.write(token)
            out.flush()
            os.fsync(out.fileno())
        path = self.directory / f"{name}{SUFFIX}"
        partial.rename(path)
        return path

    def _takeable(self) -> list[Path]:
        try:
            entries = list(os.scandir(self.directory))
        except FileNotFoundError:
            return []
        stale_before = time.time() - STALE_AFTER
        return [
            Path(entry.path)
            for entry in entries
            if entry.name.endswith(SUFFIX)
            or (entry.name.endswith(TAKEN) and entry.stat().st_mtime < stale_before)
        ]


def _deliver(record: dict[str, Any], database_url: str) -> None:
    if "message" in record:
        _deliver_message(dict(record["message"]), database_url)
        return
    escalation = _escalation_of(record["escalation"], record["asked_at"])
    case, created = CaseService(database_url).open_case(escalation)
    AuditLog(database_url).record(
        "assistant",
        "opened" if created else "escalated again",
        case_id=case.id,
        detail={"priority": case.priority, "asked_at": record["asked_at"],
                "by": "kept while the case database was out of reach"},
    )  # fmt: skip


def _deliver_message(record: dict[str, Any], database_url: str) -> None:
    """Her message, into her open case. If that case was closed meanwhile (her conversation
    was still paused for it), into a new one: she was told a counsellor would read it."""
    sender_ref, channel = record.pop("sender_ref"), record.pop("channel")
    line = _line_of(record)
    cases = CaseService(database_url)
    if cases.add_to_open_case(sender_ref, [line]):
        return
    language = line.language or "en"
    case, _ = cases.open_case(
        Escalation(
            channel=channel,
            sender_ref=sender_ref,
            language=language,
            priority="normal",
            indicators=[],
            reasons=[AFTER_CLOSING],
            summary=f"Normal ({language}): {AFTER_CLOSING}",
            transcript=[line],
        )
    )
    AuditLog(database_url).record(
        "assistant", "opened", case_id=case.id,
        detail={"priority": case.priority, "by": "a message kept for a case closed meanwhile"},
    )  # fmt: skip


def _as_record(escalation: Escalation) -> dict[str, Any]:
    record = asdict(escalation)
    del record["asked_at"]  # the time it is kept is written next to it
    record["transcript"] = [_line_record(line) for line in escalation.transcript]
    return record


def _line_record(line: TranscriptLine) -> dict[str, Any]:
    return {
        "author": line.author,
        "text": line.text,
        "language": line.language,
        "at": line.created_at.isoformat() if line.created_at else None,
    }


def _escalation_of(record: dict[str, Any], asked_at: str) -> Escalation:
    """The kept escalation, waiting since she asked, with a line for staff saying the case was
    opened late."""
    transcript = [_line_of(line) for line in record.pop("transcript")]
    asked = datetime.fromisoformat(asked_at)
    note = (
        f"Escalated at {asked:%Y-%m-%d %H:%M} UTC, kept while the case database was out of "
        "reach, opened now."
    )
    return Escalation(
        **record, transcript=[*transcript, TranscriptLine("system", note)], asked_at=asked
    )


def _line_of(record: dict[str, Any]) -> TranscriptLine:
    at = record.get("at")  # absent in escalations kept before lines carried their time
    return TranscriptLine(
        record["author"], record["text"], record.get("language"),
        created_at=datetime.fromisoformat(at) if at else None,
    )  # fmt: skip
