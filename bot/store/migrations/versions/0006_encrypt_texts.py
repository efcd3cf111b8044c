"""Encryption at rest (issue 8): what people wrote becomes Fernet tokens in text columns.

Existing rows are encrypted in place with the deployment's current key, so a database made
before this migration keeps working and holds no clear text afterwards.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from bot.store.encryption import ENCRYPTED_COLUMNS, cipher

revision = "0006"
down_revision = "0005"

# Columns that were JSON before; the others were already text.
WERE_JSON = {
    "cases": ("indicators", "reasons"),
    "case_messages": ("translations",),
    "reports": ("indicators", "reasons"),
    "webchat_outbox": ("message",),
}


def upgrade() -> None:
    connection = op.get_bind()
    # PostgreSQL checks that JSON columns hold JSON, which tokens are not; SQLite does not care,
    # and rebuilding its tables (its only way to change a type) would trip the foreign keys.
    if connection.dialect.name != "sqlite":
        for table, names in WERE_JSON.items():
            for name in names:
                op.alter_column(table, name, type_=sa.Text, postgresql_using=f"{name}::text",
                                server_default=None)  # fmt: skip
    for table, (key, names) in ENCRYPTED_COLUMNS.items():
        for name in names:
            rows = connection.execute(
                sa.text(f"SELECT {key}, {name} FROM {table} WHERE {name} IS NOT NULL")
            ).all()
            for row_id, value in rows:
                clear = value if isinstance(value, str) else json.dumps(value)
                token = cipher().encrypt(clear.encode()).decode("ascii")
                connection.execute(
                    sa.text(f"UPDATE {table} SET {name} = :token WHERE {key} = :id"),
                    {"token": token, "id": row_id},
                )


def downgrade() -> None:
    raise NotImplementedError("decrypting the database is not supported; restore a backup")
