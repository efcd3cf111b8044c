"""Re-encrypting everything under a new key: `helpline keys rotate`.

Every encrypted value (bot.store.encryption.ENCRYPTED_COLUMNS and the address book) is read as
its token and rewritten under the first of the given keys; tokens already under it are
rewritten too, which is harmless. The processes of the stack cache their key, so rotation
runs while the stack is stopped.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa
from cryptography.fernet import Fernet, MultiFernet

from bot.errors import HelplineError
from bot.settings import Settings
from bot.store.database import engine_for
from bot.store.encryption import ENCRYPTED_COLUMNS, cipher_from

# The address book keeps its tokens in a column of its own.
_ALL_ENCRYPTED = {**ENCRYPTED_COLUMNS, "addresses": ("sender_ref", ("token",))}


def reencrypt(database_url: str, cipher: MultiFernet) -> int:
    """Rewrite every token under the cipher's first key, in one transaction; how many."""
    count = 0
    with engine_for(database_url).begin() as connection:
        for table, (key, names) in _ALL_ENCRYPTED.items():
            for name in names:
                rows = connection.execute(
                    sa.text(f"SELECT {key}, {name} FROM {table} WHERE {name} IS NOT NULL")
                ).all()
                for row_id, token in rows:
                    rotated = cipher.rotate(token.encode()).decode("ascii")
                    connection.execute(
                        sa.text(f"UPDATE {table} SET {name} = :token WHERE {key} = :id"),
                        {"token": rotated, "id": row_id},
                    )
                    count += 1
    return count


def rotate_keys(settings: Settings) -> str:
    """Rotate the encryption key; returns what the operator must know afterwards."""
    if settings.encryption_key:
        keys = [key for key in settings.encryption_key.split(",") if key.strip()]
        if len(keys) < 2:
            new_key = Fernet.generate_key().decode("ascii")
            raise HelplineError(
                "the key comes from HELPLINE_ENCRYPTION_KEY: put a new key first and keep the "
                f"old one after it, e.g.\n  HELPLINE_ENCRYPTION_KEY={new_key},<current key>\n"
                "then run `helpline keys rotate` again"
            )
        count = reencrypt(settings.database_url, cipher_from(settings.encryption_key))
        return (
            f"{count} values now use the first key of HELPLINE_ENCRYPTION_KEY; remove the "
            "old keys from it before the next start"
        )
    path = settings.secrets_dir / "encryption.key"
    if not path.exists():
        raise HelplineError(f"there is no key at {path} yet: nothing is encrypted")
    old_key = path.read_text(encoding="ascii").strip()
    new_key = Fernet.generate_key().decode("ascii")
    _write_secret(path, f"{new_key},{old_key}")  # both, until every value is rewritten
    count = reencrypt(settings.database_url, cipher_from(f"{new_key},{old_key}"))
    _write_secret(path, new_key)
    return f"{count} values re-encrypted under a new key in {path}; the old key is gone"


def _write_secret(path: Path, value: str) -> None:
    temporary = path.with_suffix(".new")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as file:
        file.write(value)
    os.replace(temporary, path)
