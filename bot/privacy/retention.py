"""Keeping data only as long as it is needed: `helpline purge`, run daily by the worker.

What is deleted, with the periods from ``privacy.retention_days`` (settings.Retention):
- conversations with the assistant (Rasa's tracker store), counted from the person's last
  event, unless she has an open case;
- closed cases with their transcript and notes, counted from closing;
- closed reports with their additions and notes, counted from closing;
- audit events (which hold no message text);
- housekeeping rows nobody needs after a short while: webhook delivery ids (7 days; they
  only stop redeliveries), Telegram message ids (2 days; Telegram cannot delete older ones),
  fetched web chat messages, and expired staff sessions.
Encrypted addresses have their own, shorter period (bot/hotline/worker.py).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy import delete, select

from bot.hotline.cases import OPEN_STATUSES
from bot.settings import Settings
from bot.store.database import engine_for, session_scope
from bot.store.models import (
    AuditEvent,
    Case,
    CaseMessage,
    Delivery,
    Note,
    Report,
    ReportAddition,
    SentMessage,
    StaffSession,
    WebChatOutboxMessage,
    utcnow,
)

DELIVERY_DAYS = 7
SENT_MESSAGE_DAYS = 2
OUTBOX_FETCHED_DAYS = 1


def purge(settings: Settings, now: datetime | None = None) -> dict[str, int]:
    """Delete everything past its retention period; returns how many of each kind."""
    now = now or utcnow()
    retention = settings.retention
    counts = {"conversations": _purge_conversations(settings, now)}
    with session_scope(settings.database_url) as session:
        case_cutoff = now - timedelta(days=retention.closed_cases_days)
        old_cases = select(Case.id).where(Case.status == "closed", Case.closed_at < case_cutoff)
        case_ids = list(session.scalars(old_cases))
        session.execute(delete(Note).where(Note.case_id.in_(case_ids)))
        session.execute(delete(CaseMessage).where(CaseMessage.case_id.in_(case_ids)))
        counts["closed_cases"] = session.execute(delete(Case).where(Case.id.in_(case_ids))).rowcount

        report_cutoff = now - timedelta(days=retention.closed_reports_days)
        old_reports = select(Report.id).where(
            Report.status == "closed", Report.closed_at < report_cutoff
        )
        report_ids = list(session.scalars(old_reports))
        session.execute(delete(Note).where(Note.report_id.in_(report_ids)))
        session.execute(delete(ReportAddition).where(ReportAddition.report_id.in_(report_ids)))
        counts["closed_reports"] = session.execute(
            delete(Report).where(Report.id.in_(report_ids))
        ).rowcount

        audit_cutoff = now - timedelta(days=retention.audit_log_days)
        counts["audit_events"] = session.execute(
            delete(AuditEvent).where(AuditEvent.at < audit_cutoff)
        ).rowcount
        counts["housekeeping"] = sum(
            session.execute(statement).rowcount
            for statement in (
                delete(Delivery).where(Delivery.received_at < now - timedelta(DELIVERY_DAYS)),
                delete(SentMessage).where(SentMessage.sent_at < now - timedelta(SENT_MESSAGE_DAYS)),
                delete(WebChatOutboxMessage).where(
                    WebChatOutboxMessage.fetched_at < now - timedelta(OUTBOX_FETCHED_DAYS)
                ),
                delete(StaffSession).where(StaffSession.expires_at < now),
            )
        )
    return counts


def _purge_conversations(settings: Settings, now: datetime) -> int:
    """Delete the tracker events of people quiet for longer than the period, without open case."""
    if settings.tracker_url.startswith("sqlite") and not settings.tracker_db.exists():
        return 0
    with session_scope(settings.database_url) as session:
        keep = set(session.scalars(select(Case.sender_ref).where(Case.status.in_(OPEN_STATUSES))))
    # Rasa stores event times as epoch seconds; ``now`` is naive UTC.
    quiet_since = now - timedelta(days=settings.retention.conversations_days)
    cutoff = quiet_since.replace(tzinfo=UTC).timestamp()
    engine = engine_for(settings.tracker_url)
    if not sa.inspect(engine).has_table("events"):
        return 0
    with engine.begin() as connection:
        quiet = [
            sender
            for (sender,) in connection.execute(
                sa.text(
                    "SELECT sender_id FROM events GROUP BY sender_id "
                    "HAVING MAX(timestamp) < :cutoff"
                ),
                {"cutoff": cutoff},
            )
            if sender not in keep
        ]
        for sender in quiet:
            connection.execute(sa.text("DELETE FROM events WHERE sender_id = :s"), {"s": sender})
    return len(quiet)
