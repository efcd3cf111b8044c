"""The hotline console (issue 6) and citizen reports (issue 7): staff accounts, sessions,
the audit log, notes, reports, and what became of each staff message.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    with op.batch_alter_table("case_messages") as batch:
        batch.add_column(sa.Column("author_name", sa.String(64)))
        batch.add_column(sa.Column("original_text", sa.Text))
        batch.add_column(sa.Column("original_language", sa.String(8)))
        batch.add_column(
            sa.Column("machine_translated", sa.Boolean, nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("delivery_status", sa.String(16)))
        batch.add_column(sa.Column("delivery_detail", sa.Text))
        batch.add_column(sa.Column("translations", sa.JSON, nullable=False, server_default="{}"))
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("must_change_password", sa.Boolean, nullable=False),
        sa.Column("failed_logins", sa.Integer, nullable=False),
        sa.Column("locked_until", sa.DateTime),
        sa.Column("disabled", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_login_at", sa.DateTime),
    )
    op.create_table(
        "staff_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id"), nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_seen_at", sa.DateTime, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False, index=True),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("case_id", sa.Integer, index=True),
        sa.Column("report_id", sa.Integer, index=True),
        sa.Column("detail", sa.JSON, nullable=False),
    )
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("reference", sa.String(16), nullable=False, unique=True),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("sender_ref", sa.String(128), nullable=False, index=True),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("reporter_role", sa.String(32), nullable=False),
        sa.Column("place_kind", sa.String(32)),
        sa.Column("location", sa.Text),
        sa.Column("description", sa.Text),
        sa.Column("signs", sa.JSON, nullable=False),
        sa.Column("seen_when", sa.Text),
        sa.Column("danger_now", sa.Boolean),
        sa.Column("contact", sa.Text),
        sa.Column("priority", sa.String(16), nullable=False),
        sa.Column("indicators", sa.JSON, nullable=False),
        sa.Column("reasons", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("claimed_by", sa.String(64)),
        sa.Column("claimed_at", sa.DateTime),
        sa.Column("outcome", sa.String(32)),
        sa.Column("closed_at", sa.DateTime),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "report_additions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), nullable=False,
                  index=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )  # fmt: skip
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), index=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), index=True),
        sa.Column("author", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    for table in ("notes", "report_additions", "reports", "audit_events", "staff_sessions",
                  "staff"):  # fmt: skip
        op.drop_table(table)
    with op.batch_alter_table("case_messages") as batch:
        for column in ("translations", "delivery_detail", "delivery_status", "machine_translated",
                       "original_language", "original_text", "author_name"):  # fmt: skip
            batch.drop_column(column)
