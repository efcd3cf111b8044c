"""Alembic environment: runs migrations on the engine passed in by ``upgrade_database``."""

from __future__ import annotations

from alembic import context

from bot.store.models import Base

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata)
    context.run_migrations()
