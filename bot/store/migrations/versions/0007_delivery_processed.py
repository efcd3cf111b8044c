"""When a delivery was fully processed (issue 8): a redelivery of one that was received but
never processed (the process died on it) is processed again instead of dropped.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"


def upgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.add_column(sa.Column("processed_at", sa.DateTime))
    # Deliveries from before were processed (or are past saving): mark them so.
    op.execute("UPDATE deliveries SET processed_at = received_at")


def downgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_column("processed_at")
