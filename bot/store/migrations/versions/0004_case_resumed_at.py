"""When the assistant resumed after a closed case (issue 4), so the inbox need not load the
tracker on every message to find out whether it is paused.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("resumed_at", sa.DateTime))
    # Cases closed before this migration: their conversations may still be paused.


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("resumed_at")
