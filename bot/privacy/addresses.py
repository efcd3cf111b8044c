"""Where to send replies: the real address of a sender reference, encrypted at rest.

One table holds the only link from a pseudonymous reference to a phone number or chat id,
encrypted with Fernet (AES-128-CBC + HMAC). It is written when she writes, read only to send
her a message, and deleted by "delete my data".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from cryptography.fernet import InvalidToken
from sqlalchemy import delete, select

from bot.store.database import session_scope
from bot.store.encryption import cipher_from
from bot.store.models import Address, utcnow


@dataclass(frozen=True)
class Contact:
    channel: str
    address: str


class AddressBook:
    """Encrypted addresses in the application database."""

    def __init__(self, database_url: str, keys: str) -> None:
        """``keys``: the encryption key, or several comma-separated (the first encrypts)."""
        self.database_url = database_url
        self._fernet = cipher_from(keys)

    def remember(self, sender_ref: str, channel: str, address: str) -> bool:
        """Store (or refresh) the address; True when this reference was not known before."""
        token = self._fernet.encrypt(address.encode()).decode("ascii")
        with session_scope(self.database_url) as session:
            row = session.get(Address, sender_ref)
            if row is None:
                session.add(Address(sender_ref=sender_ref, channel=channel, token=token))
                return True
            row.channel, row.token, row.last_seen_at = channel, token, utcnow()
            return False

    def lookup(self, sender_ref: str) -> Contact | None:
        with session_scope(self.database_url) as session:
            row = session.get(Address, sender_ref)
            if row is None:
                return None
            try:
                address = self._fernet.decrypt(row.token.encode()).decode()
            except InvalidToken:
                return None  # written under another key: cannot answer, never guess
            return Contact(row.channel, address)

    def forget(self, sender_ref: str) -> bool:
        with session_scope(self.database_url) as session:
            result = session.execute(delete(Address).where(Address.sender_ref == sender_ref))
            return result.rowcount > 0

    def forget_quiet(self, days: int, keep: set[str]) -> int:
        """Delete addresses unseen for ``days``, except the references in ``keep``."""
        cutoff = utcnow() - timedelta(days=days)
        with session_scope(self.database_url) as session:
            result = session.execute(
                delete(Address).where(Address.last_seen_at < cutoff,
                                      Address.sender_ref.not_in(keep or {""}))
            )  # fmt: skip
            return int(result.rowcount)

    def known(self) -> list[str]:
        with session_scope(self.database_url) as session:
            return list(session.scalars(select(Address.sender_ref)))
