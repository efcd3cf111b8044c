"""The audit log: who read or did what to which case or report, and when.

Every console read and action, every CLI action on a case, every export is recorded, so a
supervisor can answer "who has seen this person's conversation?". The log holds no message
text: only names, actions, ids and small details such as an outcome.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from bot.store.database import session_scope
from bot.store.models import AuditEvent


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    case_id: int | None
    report_id: int | None
    detail: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(timespec="seconds") + "Z",
            "actor": self.actor,
            "action": self.action,
            "case_id": self.case_id,
            "report_id": self.report_id,
            "detail": self.detail,
        }


class AuditLog:
    """Audit events in the application database at ``database_url``."""

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url

    def record(
        self,
        actor: str,
        action: str,
        *,
        case_id: int | None = None,
        report_id: int | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        with session_scope(self.database_url) as session:
            session.add(
                AuditEvent(
                    actor=actor,
                    action=action,
                    case_id=case_id,
                    report_id=report_id,
                    detail=detail or {},
                )
            )

    def for_case(self, case_id: int) -> list[AuditEntry]:
        return self._entries(AuditEvent.case_id == case_id)

    def for_report(self, report_id: int) -> list[AuditEntry]:
        return self._entries(AuditEvent.report_id == report_id)

    def recent(self, limit: int = 200) -> list[AuditEntry]:
        entries = self._entries(None, newest_first=True, limit=limit)
        return entries

    def _entries(
        self, condition: Any, newest_first: bool = False, limit: int | None = None
    ) -> list[AuditEntry]:
        query = select(AuditEvent)
        if condition is not None:
            query = query.where(condition)
        query = query.order_by(AuditEvent.id.desc() if newest_first else AuditEvent.id)
        if limit is not None:
            query = query.limit(limit)
        with session_scope(self.database_url) as session:
            return [
                AuditEntry(e.at, e.actor, e.action, e.case_id, e.report_id, dict(e.detail or {}))
                for e in session.scalars(query)
            ]
