"""Staff messages waiting for a web chat page to fetch them (issue 5).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.create_table(
        "webchat_outbox",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sender_ref", sa.String(128), nullable=False, index=True),
        sa.Column("message", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("fetched_at", sa.DateTime),
    )


def downgrade() -> None:
    op.drop_table("webchat_outbox")
