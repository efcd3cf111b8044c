"""Encrypted addresses, accepted webhook deliveries, the bot's sent messages (issue 5).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "addresses",
        sa.Column("sender_ref", sa.String(128), primary_key=True),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("token", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_seen_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("delivery_id", sa.String(128), nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("channel", "delivery_id"),
    )
    op.create_table(
        "sent_messages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sender_ref", sa.String(128), nullable=False, index=True),
        sa.Column("message_id", sa.String(64), nullable=False),
        sa.Column("sent_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sent_messages")
    op.drop_table("deliveries")
    op.drop_table("addresses")
