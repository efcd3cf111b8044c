"""The application database: cases and their messages (SQLAlchemy, Alembic migrations)."""
