"""Staff accounts and their sign-ins: who may use the console, and as what.

Passwords are hashed with Argon2id (argon2-cffi's defaults). A new account gets a random
one-time password that must be changed at the first sign-in. Repeated failures lock the
account for a while; an unknown name costs the same hashing time as a known one, so timing
does not tell which names exist. A sign-in is a random token held by the browser (cookie) or
an integration (API token); the database keeps only its SHA-256, so a copy of the database
cannot be used to sign in.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select

from bot.store.database import session_scope
from bot.store.models import STAFF_ROLES, StaffAccount, StaffSession, utcnow

MIN_PASSWORD_LENGTH = 12
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
BROWSER_SESSION_LIFETIME = timedelta(hours=12)
API_TOKEN_LIFETIME = timedelta(days=90)
FIRST_SUPERVISOR = "supervisor"
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")

_hasher = PasswordHasher()
# Verified against when the name is unknown, so a wrong name takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class StaffError(ValueError):
    """A request about accounts that cannot be done (taken name, weak password, ...)."""


class SignInRefused(StaffError):
    """Wrong name or password, or a locked or disabled account."""

    def __init__(self, message: str, locked_until: datetime | None = None) -> None:
        super().__init__(message)
        self.locked_until = locked_until


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: str
    language: str
    must_change_password: bool

    @property
    def is_supervisor(self) -> bool:
        return self.role == "supervisor"

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "role": self.role, "language": self.language}


@dataclass(frozen=True)
class SignIn:
    """A valid session: who, and the token that state-changing browser requests must echo."""

    member: StaffMember
    kind: str  # browser, api
    csrf_token: str


def _member(account: StaffAccount) -> StaffMember:
    return StaffMember(
        account.id, account.name, account.role, account.language, account.must_change_password
    )


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class StaffService:
    """Accounts and sessions in the application database at ``database_url``."""

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url

    # --- accounts ---------------------------------------------------------------------------

    def add(self, name: str, role: str, language: str = "en") -> tuple[StaffMember, str]:
        """Create an account; returns it and its one-time password (shown once, never stored)."""
        if not NAME_PATTERN.match(name):
            raise StaffError(
                "a name is 2-64 letters, digits, '.', '_' or '-', starting with a letter or digit"
            )
        if role not in STAFF_ROLES:
            raise StaffError(f"unknown role {role!r}; one of: {', '.join(STAFF_ROLES)}")
        password = secrets.token_urlsafe(12)
        with session_scope(self.database_url) as session:
            if session.scalars(select(StaffAccount.id).where(StaffAccount.name == name)).first():
                raise StaffError(f"there is already an account named {name}")
            account = StaffAccount(
                name=name,
                role=role,
                language=language,
                password_hash=_hasher.hash(password),
                must_change_password=True,
                failed_logins=0,
                disabled=False,
            )
            session.add(account)
            session.flush()
            return _member(account), password

    def members(self) -> list[StaffMember]:
        with session_scope(self.database_url) as session:
            accounts = session.scalars(
                select(StaffAccount)
                .where(StaffAccount.disabled.is_(False))
                .order_by(StaffAccount.name)
            )
            return [_member(account) for account in accounts]

    def member(self, name: str) -> StaffMember | None:
        with session_scope(self.database_url) as session:
            account = _account_named(session, name)
            return None if account is None or account.disabled else _member(account)

    def has_supervisor(self) -> bool:
        with session_scope(self.database_url) as session:
            found = session.scalars(
                select(StaffAccount.id).where(StaffAccount.role == "supervisor").limit(1)
            ).first()
            return found is not None

    def change_password(self, name: str, current: str, new: str) -> StaffMember:
        """Set a new password after checking the current one; other sessions are ended."""
        if len(new) < MIN_PASSWORD_LENGTH:
            raise StaffError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
        if new == current:
            raise StaffError("the new password must differ from the current one")
        with session_scope(self.database_url) as session:
            account = _account_named(session, name)
            if account is None or not _verify(account.password_hash, current):
                raise SignInRefused("the current password is not right")
            account.password_hash = _hasher.hash(new)
            account.must_change_password = False
            session.execute(delete(StaffSession).where(StaffSession.staff_id == account.id))
            return _member(account)

    # --- sign-in ----------------------------------------------------------------------------

    def sign_in(self, name: str, password: str, kind: str = "browser") -> tuple[SignIn, str]:
        """Check the password; returns the session and its secret token (for the cookie)."""
        now = utcnow()
        refusal: SignInRefused | None = None
        with session_scope(self.database_url) as session:
            account = _account_named(session, name)
            if account is None or account.disabled:
                _verify(_DUMMY_HASH, password)
                refusal = SignInRefused("wrong name or password")
            elif account.locked_until is not None and account.locked_until > now:
                refusal = SignInRefused(
                    "too many failed sign-ins; try again later", account.locked_until
                )
            elif not _verify(account.password_hash, password):
                account.failed_logins += 1  # committed with the block: failures must count
                refusal = SignInRefused("wrong name or password")
                if account.failed_logins >= MAX_FAILED_LOGINS:
                    account.failed_logins, account.locked_until = 0, now + LOCKOUT
                    refusal = SignInRefused(
                        "too many failed sign-ins; try again later", account.locked_until
                    )
            else:
                account.failed_logins, account.locked_until, account.last_login_at = 0, None, now
                if _hasher.check_needs_rehash(account.password_hash):
                    account.password_hash = _hasher.hash(password)
                return _new_session(session, account, kind)
        raise refusal

    def issue_api_token(self, name: str) -> str:
        """A bearer token for integrations, valid for API_TOKEN_LIFETIME."""
        with session_scope(self.database_url) as session:
            account = _account_named(session, name)
            if account is None or account.disabled:
                raise StaffError(f"there is no account named {name}")
            return _new_session(session, account, "api")[1]

    def session_for(self, token: str) -> SignIn | None:
        """The live session of ``token``, or None (unknown, expired or disabled account)."""
        if not token:
            return None
        now = utcnow()
        with session_scope(self.database_url) as session:
            row = session.get(StaffSession, _token_hash(token))
            if row is None or row.expires_at <= now:
                return None
            account = session.get(StaffAccount, row.staff_id)
            if account is None or account.disabled:
                return None
            if now - row.last_seen_at > timedelta(minutes=1):  # not a write per request
                row.last_seen_at = now
            return SignIn(_member(account), row.kind, row.csrf_token)

    def sign_out(self, token: str) -> None:
        with session_scope(self.database_url) as session:
            session.execute(
                delete(StaffSession).where(StaffSession.token_hash == _token_hash(token))
            )


def first_supervisor(database_url: str) -> str | None:
    """Create the account "supervisor" if there is no supervisor; its one-time password."""
    service = StaffService(database_url)
    if service.has_supervisor():
        return None
    return service.add(FIRST_SUPERVISOR, "supervisor")[1]


def _account_named(session: object, name: str) -> StaffAccount | None:
    return session.scalars(  # type: ignore[attr-defined, no-any-return]
        select(StaffAccount).where(StaffAccount.name == name)
    ).first()


def _verify(password_hash: str, password: str) -> bool:
    try:
        return bool(_hasher.verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def _new_session(session: object, account: StaffAccount, kind: str) -> tuple[SignIn, str]:
    token = secrets.token_urlsafe(32)
    lifetime = API_TOKEN_LIFETIME if kind == "api" else BROWSER_SESSION_LIFETIME
    row = StaffSession(
        token_hash=_token_hash(token),
        staff_id=account.id,
        kind=kind,
        csrf_token=secrets.token_urlsafe(24),
        created_at=utcnow(),
        last_seen_at=utcnow(),
        expires_at=utcnow() + lifetime,
    )
    session.add(row)  # type: ignore[attr-defined]
    return SignIn(_member(account), kind, row.csrf_token), token
