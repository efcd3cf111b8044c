"""Tables of the application database.

Times are naive UTC (SQLite keeps no time zone); ``utcnow`` is the one place they are made.
People are known only by ``sender_ref``, the pseudonymous Rasa sender id: no phone number or
chat id is ever stored here.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import declarative_base, relationship

Base: Any = declarative_base()

CASE_STATUSES = ("waiting", "claimed", "closed")
MESSAGE_AUTHORS = ("person", "bot", "staff", "system")


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
    indicators = Column(JSON, nullable=False, default=list)
    reasons = Column(JSON, nullable=False, default=list)
    summary = Column(Text, nullable=False, default="")
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
    text = Column(Text, nullable=False)
    language = Column(String(8))
    created_at = Column(DateTime, nullable=False, default=utcnow)

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
    """An inbound webhook delivery already accepted: redeliveries are processed once."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("channel", "delivery_id"),)

    id = Column(Integer, primary_key=True)
    channel = Column(String(32), nullable=False)
    delivery_id = Column(String(128), nullable=False)
    received_at = Column(DateTime, nullable=False, default=utcnow)


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
    message = Column(JSON, nullable=False)  # {"text": ..., "buttons": [...]}
    created_at = Column(DateTime, nullable=False, default=utcnow)
    fetched_at = Column(DateTime)
