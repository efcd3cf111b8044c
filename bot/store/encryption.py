"""Encryption at rest for what people wrote: column types that encrypt on the way in.

Message texts, notes, report details, indicator evidence and summaries are stored as Fernet
tokens (AES-128-CBC with HMAC-SHA256), so a copy of the database file, a backup or a stolen
laptop shows no conversation. The key is the deployment's encryption key
(HELPLINE_ENCRYPTION_KEY, or the laptop key under ``<data dir>/secrets``); it may hold several
comma-separated keys, the first encrypting and all decrypting, which is how keys are rotated
(``helpline keys rotate``). Ids, times, statuses, priorities and indicator codes stay in clear:
the queue is sorted and filtered by them.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from cryptography.fernet import Fernet, MultiFernet
from sqlalchemy.types import Text, TypeDecorator

# Every encrypted column, for migrations and key rotation: table -> (id column, columns).
ENCRYPTED_COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "cases": ("id", ("summary", "indicators", "reasons")),
    "case_messages": ("id", ("text", "original_text", "translations")),
    "notes": ("id", ("text",)),
    "reports": ("id", ("location", "description", "seen_when", "contact", "indicators",
                       "reasons")),
    "report_additions": ("id", ("text",)),
    "webchat_outbox": ("id", ("message",)),
}  # fmt: skip


def cipher_from(keys: str) -> MultiFernet:
    """A cipher for comma-separated Fernet keys: the first encrypts, all decrypt."""
    fernets = [Fernet(key.strip().encode()) for key in keys.split(",") if key.strip()]
    if not fernets:
        raise ValueError("no encryption key")
    return MultiFernet(fernets)


@lru_cache(maxsize=1)
def cipher() -> MultiFernet:
    """This process's cipher, from its settings (read once; restart after rotating keys)."""
    from bot.privacy.secrets import keys_for
    from bot.settings import load_settings

    return cipher_from(keys_for(load_settings()).encryption)


class EncryptedText(TypeDecorator[str]):
    """Text stored as a Fernet token."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        return None if value is None else cipher().encrypt(value.encode()).decode("ascii")

    def process_result_value(self, value: str | None, dialect: Any) -> str | None:
        return None if value is None else cipher().decrypt(value.encode()).decode()


class EncryptedJSON(TypeDecorator[Any]):
    """A JSON value stored as a Fernet token of its text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        text = json.dumps(value, ensure_ascii=False)
        return cipher().encrypt(text.encode()).decode("ascii")

    def process_result_value(self, value: str | None, dialect: Any) -> Any:
        return None if value is None else json.loads(cipher().decrypt(value.encode()))
