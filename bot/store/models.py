"""Tables of the application database.

Times are naive UTC (SQLite keeps no time zone); ``utcnow`` is the one place they are made.
What people wrote is encrypted at rest (bot/store/encryption.py: EncryptedText, EncryptedJSON).
People are known only by ``sender_ref``, the pseudonymous Rasa sender id: no phone number or
chat id is ever stored here.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import declarative_base, relationship

from bot.store.encryption import EncryptedJSON, EncryptedText

Base: Any = declarative_base()

CASE_STATUSES = ("waiting", "claimed", "closed")
MESSAGE_AUTHORS = ("person", "bot", "staff", "system")
STAFF_ROLES = ("counsellor", "supervisor")
DELIVERY_STATUSES = ("pending", "sent", "failed", "no_address")


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Case(Base):
    """An escalation: a person who should talk to a counsellor, waiting in the hotline queue."""

    __tablename__ = "cases"

    id = Column(Integer, primary_key=True)
    channel = Column(String(32), nullable=False)
    sender_ref = Column(String(128), nullable=False, index=True)
    language = Column(String(8), nullable=False)
    priority = Column(String(16), nullable=False)
    status = Column(String(16), nullable=False, default="waiting", index=True)
    # [{"code": "documents_withheld", "evidence": ["took my passport"]}, ...]
    indicators = Column(EncryptedJSON, nullable=False, default=list)
    reasons = Column(EncryptedJSON, nullable=False, default=list)
    summary = Column(EncryptedText, nullable=False, default="")
    created_at = Column(DateTime, nullable=False, default=utcnow)
    updated_at = Column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)
    claimed_by = Column(String(64))
    claimed_at = Column(DateTime)
    closed_at = Column(DateTime)
    outcome = Column(String(32))
    # When the person was told that nobody has answered yet (said once per case).
    waiting_notice_at = Column(DateTime)
    # When the assistant answered her again after the case was closed (None: not yet).
    resumed_at = Column(DateTime)

    messages = relationship(
        "CaseMessage", back_populates="case", order_by="CaseMessage.id", lazy="selectin"
    )


class CaseMessage(Base):
    """One line of a case's transcript, in the words and language it was written in."""

    __tablename__ = "case_messages"

    id = Column(Integer, primary_key=True)
    case_id = Column(Integer, ForeignKey("cases.id"), nullable=False, index=True)
    author = Column(String(16), nullable=False)
    text = Column(EncryptedText, nullable=False)
    language = Column(String(8))
    created_at = Column(DateTime, nullable=False, default=utcnow)
    # Staff messages: who wrote it, what they wrote before translation, and what became of it.
    author_name = Column(String(64))
    original_text = Column(EncryptedText)
    original_language = Column(String(8))
    machine_translated = Column(Boolean, nullable=False, default=False)
    delivery_status = Column(String(16))  # DELIVERY_STATUSES; None for non-staff lines
    delivery_detail = Column(Text)
    # Machine translations for staff, by target language: {"en": "..."}; computed once.
    translations = Column(EncryptedJSON, nullable=False, default=dict)

    case = relationship("Case", back_populates="messages")


class Address(Base):
    """The encrypted address of a sender reference (bot.privacy.addresses)."""

    __tablename__ = "addresses"

    sender_ref = Column(String(128), primary_key=True)
    channel = Column(String(32), nullable=False)
    token = Column(Text, nullable=False)
    created_at = Column(DateTime, nullable=False, default=utcnow)
    last_seen_at = Column(DateTime, nullable=False, default=utcnow)


class Delivery(Base):
    """An inbound webhook delivery: redeliveries of a processed one are dropped, of one that
    was never processed (the process died on it) processed again."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("channel", "delivery_id"),)

    id = Column(Integer, primary_key=True)
    channel = Column(String(32), nullable=False)
    delivery_id = Column(String(128), nullable=False)
    received_at = Column(DateTime, nullable=False, default=utcnow)
    processed_at = Column(DateTime)


class SentMessage(Base):
    """A message the bot sent on a channel that can delete it later (Telegram), for erasure."""

    __tablename__ = "sent_messages"

    id = Column(Integer, primary_key=True)
    sender_ref = Column(String(128), nullable=False, index=True)
    message_id = Column(String(64), nullable=False)
    sent_at = Column(DateTime, nullable=False, default=utcnow)


class WebChatOutboxMessage(Base):
    """A staff message for a web chat person, until her page fetches it."""

    __tablename__ = "webchat_outbox"

    id = Column(Integer, primary_key=True)
    sender_ref = Column(String(128), nullable=False, index=True)
    message = Column(EncryptedJSON, nullable=False)  # {"text": ..., "buttons": [...]}
    created_at = Column(DateTime, nullable=False, default=utcnow)
    fetched_at = Column(DateTime)


class StaffAccount(Base):
    """A hotline counsellor or supervisor who signs in to the console."""

    __tablename__ = "staff"

    id = Column(Integer, primary_key=True)
    name = Column(String(64), nullable=False, unique=True)
    role = Column(String(16), nullable=False)  # STAFF_ROLES
    password_hash = Column(Text, nullable=False)
    language = Column(String(8), nullable=False, default="en")  # the language they read
    must_change_password = Column(Boolean, nullable=False, default=True)
    failed_logins = Column(Integer, nullable=False, default=0)
    locked_until = Column(DateTime)
    disabled = Column(Boolean, nullable=False, default=False)
    created_at = Column(DateTime, nullable=False, default=utcnow)
    last_login_at = Column(DateTime)


class StaffSession(Base):
    """A signed-in browser (cookie) or an API token; only a hash of the secret is stored."""

    __tablename__ = "staff_sessions"

    token_hash = Column(String(64), primary_key=True)
    staff_id = Column(Integer, ForeignKey("staff.id"), nullable=False, index=True)
    kind = Column(String(16), nullable=False)  # browser, api
    csrf_token = Column(String(64), nullable=False)
    created_at = Column(DateTime, nullable=False, default=utcnow)
    last_seen_at = Column(DateTime, nullable=False, default=utcnow)
    expires_at = Column(DateTime, nullable=False)


class AuditEvent(Base):
    """Who read or did what, when: every console and CLI action on a case or report."""

    __tablename__ = "audit_events"

    id = Column(Integer, primary_key=True)
    at = Column(DateTime, nullable=False, default=utcnow, index=True)
    actor = Column(String(64), nullable=False)  # staff name, or "system"
    action = Column(String(32), nullable=False)
    case_id = Column(Integer, index=True)
    report_id = Column(Integer, index=True)
    detail = Column(JSON, nullable=False, default=dict)


class Note(Base):
    """A private staff note on a case or a report; never sent to anyone."""

    __tablename__ = "notes"

    id = Column(Integer, primary_key=True)
    case_id = Column(Integer, ForeignKey("cases.id"), index=True)
    report_id = Column(Integer, ForeignKey("reports.id"), index=True)
    author = Column(String(64), nullable=False)
    text = Column(EncryptedText, nullable=False)
    created_at = Column(DateTime, nullable=False, default=utcnow)


class Report(Base):
    """A suspicion reported by a citizen or a professional (issue 7), an item of the queue."""

    __tablename__ = "reports"

    id = Column(Integer, primary_key=True)
    reference = Column(String(16), nullable=False, unique=True)  # quoted by the reporter
    channel = Column(String(32), nullable=False)
    sender_ref = Column(String(128), nullable=False, index=True)
    language = Column(String(8), nullable=False)
    reporter_role = Column(String(32), nullable=False, default="citizen")
    place_kind = Column(String(32))
    location = Column(EncryptedText)
    description = Column(EncryptedText)
    signs = Column(JSON, nullable=False, default=list)  # indicator codes the reporter ticked
    seen_when = Column(EncryptedText)
    danger_now = Column(Boolean)
    contact = Column(EncryptedText)  # None: anonymous
    priority = Column(String(16), nullable=False)
    indicators = Column(EncryptedJSON, nullable=False, default=list)
    reasons = Column(EncryptedJSON, nullable=False, default=list)
    status = Column(String(16), nullable=False, default="waiting", index=True)
    claimed_by = Column(String(64))
    claimed_at = Column(DateTime)
    outcome = Column(String(32))
    closed_at = Column(DateTime)
    created_at = Column(DateTime, nullable=False, default=utcnow)
    updated_at = Column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)

    additions = relationship(
        "ReportAddition", back_populates="report", order_by="ReportAddition.id", lazy="selectin"
    )


class ReportAddition(Base):
    """Information a reporter added later, quoting the reference."""

    __tablename__ = "report_additions"

    id = Column(Integer, primary_key=True)
    report_id = Column(Integer, ForeignKey("reports.id"), nullable=False, index=True)
    text = Column(EncryptedText, nullable=False)
    created_at = Column(DateTime, nullable=False, default=utcnow)

    report = relationship("Report", back_populates="additions")
