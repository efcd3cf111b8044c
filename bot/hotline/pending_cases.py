"""Escalations kept on local disk while the case database is out of reach, opened once it is back.

An emergency or a request for a person must become a case even if the case database fails at
that moment (a restart, a broken network): the escalation is kept here, encrypted like every
message at rest, one file per escalation, and opened as a case by the next process that can
reach the database again: the hotline worker every minute, and the Rasa server at the next
message it takes in. A line in the case tells staff when she asked; the audit log says so too.

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


class PendingCases:
    """The escalations waiting in ``directory`` for the case database."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def keep(self, escalation: Escalation) -> Path:
        """Write ``escalation`` durably (flushed to disk, then renamed into place)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        record = {"escalation": _as_record(escalation), "asked_at": utcnow().isoformat()}
        token = cipher().encrypt(json.dumps(record, ensure_ascii=False).encode())
        name = f"{time.time_ns():020d}-{uuid.uuid4().hex}"
        partial = self.directory / f"{name}.partial"
        with open(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
            out.write(token)
            out.flush()
            os.fsync(out.fileno())
        path = self.directory / f"{name}{SUFFIX}"
        partial.rename(path)
        log.warning("the case database is out of reach; the escalation is kept until it is back")
        return path

    def waiting(self) -> bool:
        """Whether any escalation is kept (cheap: called for every message)."""
        try:
            return any(entry.name.endswith((SUFFIX, TAKEN)) for entry in os.scandir(self.directory))
        except FileNotFoundError:
            return False

    def open_all(self, database_url: str) -> int:
        """Open every kept escalation as a case, oldest first; returns how many were opened.

        Stops at the first database failure (it is still out of reach): the rest stay kept.
        """
        opened = 0
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
                escalation = _escalation_of(record["escalation"], record["asked_at"])
            except Exception:
                taken.rename(path.with_name(base + BROKEN))
                log.exception("a kept escalation cannot be read (a removed key?); set aside")
                continue
            try:
                case, created = CaseService(database_url).open_case(escalation)
                AuditLog(database_url).record(
                    "assistant",
                    "opened" if created else "escalated again",
                    case_id=case.id,
                    detail={"priority": case.priority, "asked_at": record["asked_at"],
                            "by": "kept while the case database was out of reach"},
                )  # fmt: skip
            except SQLAlchemyError:
                taken.rename(path.with_name(base + SUFFIX))
                log.exception("could not open a kept escalation yet; it stays kept")
                return opened
            taken.unlink()
            opened += 1
        return opened

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


def _as_record(escalation: Escalation) -> dict[str, Any]:
    record = asdict(escalation)
    record["transcript"] = [
        {"author": line.author, "text": line.text, "language": line.language}
        for line in escalation.transcript
    ]
    return record


def _escalation_of(record: dict[str, Any], asked_at: str) -> Escalation:
    """The kept escalation, with a line for staff saying the case was opened late."""
    transcript = [TranscriptLine(**line) for line in record.pop("transcript")]
    at = datetime.fromisoformat(asked_at).strftime("%Y-%m-%d %H:%M UTC")
    note = f"Escalated at {at}, kept while the case database was out of reach, opened now."
    return Escalation(**record, transcript=[*transcript, TranscriptLine("system", note)])
