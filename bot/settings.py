"""One validated settings object, built from the environment and one configuration file.

Everything configurable lives here so that no module reads ``os.environ`` on its own: tests and
child processes get their configuration by passing an environment mapping to ``load_settings``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from bot import yaml_text
from bot.errors import ConfigurationError

PROJECT_DIR = Path(__file__).resolve().parent.parent
# Sanic's response timeout in the Rasa server (`rasa run` without --enable-api leaves Sanic's
# default): a turn still running then is cancelled and the channel answers with nothing.
SERVER_RESPONSE_LIMIT_SECONDS = 60


@dataclass(frozen=True)
class ContactDetails:
    """How people reach humans; shown in answers through catalog placeholders."""

    organisation: str
    hotline_phone: str
    hotline_hours: str
    emergency_number: str
    addresses: tuple[str, ...]

    def placeholders(self) -> dict[str, str]:
        """Values for ``{name}`` placeholders in catalog texts."""
        return {
            "organisation": self.organisation,
            "hotline_phone": self.hotline_phone,
            "hotline_hours": self.hotline_hours,
            "emergency_number": self.emergency_number,
            "addresses": "; ".join(self.addresses),
        }


@dataclass(frozen=True)
class Services:
    """Where the processes of the stack listen."""

    host: str
    rasa_port: int
    action_port: int
    nlg_port: int
    worker_port: int
    console_port: int
    # Rasa servers, action servers and consoles started side by side on this machine (the
    # multi-instance set-up, docs/scale-out.md); instance i listens on port + 100 * i.
    instances: int = 1

    @property
    def action_url(self) -> str:
        return f"http://127.0.0.1:{self.action_port}/webhook"

    @property
    def nlg_url(self) -> str:
        return f"http://127.0.0.1:{self.nlg_port}/nlg"

    @property
    def rasa_url(self) -> str:
        shown_host = "localhost" if self.host in ("0.0.0.0", "127.0.0.1") else self.host
        return f"http://{shown_host}:{self.rasa_port}"


@dataclass(frozen=True)
class HotlineHours:
    """When counsellors answer escalations, and how long a person may wait before being told.

    ``weekly`` maps weekday (0 = Monday) to opening intervals in minutes since midnight, local
    time in ``timezone``; an empty list means closed that day.
    """

    timezone: str
    weekly: Mapping[int, tuple[tuple[int, int], ...]]
    claim_timeout_minutes: int


@dataclass(frozen=True)
class TwilioSettings:
    """SMS and WhatsApp through Twilio; the channel is enabled only when these are set."""

    account_sid: str
    auth_token: str
    from_number: str  # "+45..." for SMS; WhatsApp uses "whatsapp:" + this number
    public_url: str | None  # the webhook URL Twilio signs, when a proxy changes it
    api_base: str | None  # only for tests and local fakes: where the REST client sends


@dataclass(frozen=True)
class TelegramSettings:
    """Telegram bot; enabled only when the token and the webhook secret are set."""

    token: str
    secret: str
    api_base: str | None  # only for tests and local fakes (python-telegram-bot base_url)


@dataclass(frozen=True)
class Retention:
    """Days each kind of data is kept; see docs/privacy.md."""

    conversations_days: int  # assistant conversations, counted from her last message
    closed_cases_days: int  # counted from closing
    closed_reports_days: int
    audit_log_days: int


@dataclass(frozen=True)
class Settings:
    """Everything the stack needs to know, resolved to absolute paths."""

    project_dir: Path
    data_dir: Path
    models_dir: Path
    # Derived files worth keeping between restarts (the compiled lexicons, the fitted triage
    # model), keyed by what they were made from: HELPLINE_CACHE_DIR, default <data dir>/cache.
    # Several stacks on one machine may share one.
    cache_dir: Path
    translations_dir: Path
    config_path: Path
    contact: ContactDetails
    services: Services
    hotline: HotlineHours
    database_url: str
    # Rasa's tracker store (conversations by pseudonymous sender id), by SQLAlchemy URL.
    tracker_url: str
    # Redis for several Rasa servers: Rasa's lock store, shared rate limits and live queue
    # updates between processes. None on one machine (in-process locks and counts).
    redis_url: str | None
    twilio: TwilioSettings | None
    telegram: TelegramSettings | None
    pseudonym_key: str | None  # None: generated under <data dir>/secrets on first use
    encryption_key: str | None
    # Where the web chat's quick exit sends the browser (a harmless everyday page).
    webchat_exit_url: str
    # Encrypted addresses of people without an open case are deleted after this many days
    # without a message from them (bot/hotline/worker.py).
    address_retention_days: int
    # How long data is kept (bot/privacy/retention.py; `helpline purge`, daily in the worker).
    retention: Retention
    # Messages the assistant takes from one sender a minute, and from everybody a second
    # (bot/hotline/rate_limits.py); messages to an open case are never limited.
    rate_limit_per_sender: int
    rate_limit_overall: int
    # Seconds she waits at most for the assistant's answer before the safe answer (112, the
    # hotline) is sent; the turn goes on (bot/hotline/safety_net.py). Below the Rasa server's
    # own 60-second limit, after which the answer would be silence.
    answer_within_seconds: int
    # Catalog answers a counsellor can send with one click: response name -> label for staff.
    console_canned_replies: Mapping[str, str]
    # Mark the console's session cookie Secure (set when the console is served over https).
    console_secure_cookie: bool
    # HELPLINE_DEBUG_LOG: Rasa logs at debug level, message texts included (under pseudonymous
    # sender ids, numbers and e-mails masked). Off by default: logs then hold no message text.
    debug_log: bool

    @property
    def console_url(self) -> str:
        shown_host = "localhost" if self.services.host in ("0.0.0.0", "127.0.0.1") else (
            self.services.host)  # fmt: skip
        return f"http://{shown_host}:{self.services.console_port}"

    @property
    def tracker_db(self) -> Path:
        """The tracker store's SQLite file on one machine (unused with PostgreSQL)."""
        return self.data_dir / "tracker.db"

    @property
    def secrets_dir(self) -> Path:
        """Keys generated for a laptop run when the environment gives none (mode 0600)."""
        return self.data_dir / "secrets"

    @property
    def pending_cases_dir(self) -> Path:
        """Escalations kept while the case database is out of reach (bot.hotline.pending_cases):
        shared by the Rasa servers, the action servers and the worker of one host."""
        return self.data_dir / "pending_cases"

    @property
    def argos_dir(self) -> Path:
        """Installed Argos translation models (installed offline by `helpline languages`)."""
        return self.data_dir / "argos" / "packages"

    def rasa_environment(self) -> dict[str, str]:
        """Variables that endpoints.yml substitutes (``${HELPLINE_...}``) in Rasa processes."""
        redis = urlsplit(self.redis_url or "redis://localhost:6379/0")
        return {
            # Rasa's telemetry and crash reports (Segment, Sentry) would send data about her
            # conversation to third parties; they are off in every process we start.
            "RASA_TELEMETRY_ENABLED": "false",
            "HELPLINE_DATA_DIR": str(self.data_dir),
            "HELPLINE_TRACKER_URL": self.tracker_url,
            "HELPLINE_ACTION_URL": self.services.action_url,
            "HELPLINE_NLG_URL": self.services.nlg_url,
            "HELPLINE_DATABASE_URL": self.database_url,
            # Rasa's own "redis" lock store is not safe across servers (bot/store/lock_store.py).
            "HELPLINE_LOCK_STORE": (
                "bot.store.lock_store.AtomicRedisLockStore" if self.redis_url else "in_memory"
            ),
            "HELPLINE_REDIS_HOST": redis.hostname or "localhost",
            "HELPLINE_REDIS_PORT": str(redis.port or 6379),
            "HELPLINE_REDIS_DB": redis.path.strip("/") or "0",
        }


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Build settings from ``environ`` (default: the process environment) and helpline.yml."""
    env = os.environ if environ is None else environ
    project_dir = Path(env.get("HELPLINE_PROJECT_DIR", PROJECT_DIR)).resolve()
    config_path = _resolve(project_dir, env.get("HELPLINE_CONFIG", "helpline.yml"))
    config = _read_config(config_path)
    contact = _contact_details(config.get("contact") or {}, config_path)
    services_config = config.get("services") or {}
    services = Services(
        host=env.get("HELPLINE_HOST", "127.0.0.1"),
        rasa_port=_port(env, "HELPLINE_RASA_PORT", services_config.get("rasa_port", 5005)),
        action_port=_port(env, "HELPLINE_ACTION_PORT", services_config.get("action_port", 5055)),
        nlg_port=_port(env, "HELPLINE_NLG_PORT", services_config.get("nlg_port", 5056)),
        worker_port=_port(env, "HELPLINE_WORKER_PORT", services_config.get("worker_port", 5057)),
        console_port=_port(env, "HELPLINE_CONSOLE_PORT", services_config.get("console_port", 8080)),
        instances=_positive_int(
            _whole_number(env, "HELPLINE_INSTANCES") or services_config.get("instances", 1),
            "HELPLINE_INSTANCES",
        ),
    )
    console = config.get("console") or {}
    data_dir = _resolve(project_dir, env.get("HELPLINE_DATA_DIR", "var"))
    return _shared_stores_for_instances(
        Settings(
            project_dir=project_dir,
            data_dir=data_dir,
            models_dir=_resolve(project_dir, env.get("HELPLINE_MODELS_DIR", "models")),
            cache_dir=_resolve(
                project_dir, env.get("HELPLINE_CACHE_DIR") or str(data_dir / "cache")
            ),
            translations_dir=_resolve(
                project_dir, env.get("HELPLINE_TRANSLATIONS_DIR", "translations")
            ),
            config_path=config_path,
            contact=contact,
            services=services,
            hotline=_hotline_hours(config.get("hotline") or {}, config_path),
            # The application database (cases, messages); SQLite beside the tracker by default,
            # PostgreSQL by URL (postgresql+psycopg2://...) for the multi-instance set-up.
            database_url=env.get("HELPLINE_DATABASE_URL")
            or f"sqlite:///{data_dir / 'helpline.db'}",
            tracker_url=env.get("HELPLINE_TRACKER_URL") or f"sqlite:///{data_dir / 'tracker.db'}",
            redis_url=env.get("HELPLINE_REDIS_URL") or None,
            twilio=_twilio(env),
            telegram=_telegram(env),
            pseudonym_key=env.get("HELPLINE_PSEUDONYM_KEY") or None,
            encryption_key=env.get("HELPLINE_ENCRYPTION_KEY") or None,
            webchat_exit_url=env.get("HELPLINE_WEBCHAT_EXIT_URL")
            or str((config.get("webchat") or {}).get("exit_url") or "https://www.dr.dk/vejret"),
            address_retention_days=_positive_int(
                (config.get("privacy") or {}).get("address_retention_days", 30),
                f"{config_path}: privacy.address_retention_days",
            ),
            rate_limit_per_sender=_positive_int(
                (config.get("limits") or {}).get("messages_per_sender_per_minute", 20),
                f"{config_path}: limits.messages_per_sender_per_minute",
            ),
            rate_limit_overall=_positive_int(
                (config.get("limits") or {}).get("messages_per_second", 30),
                f"{config_path}: limits.messages_per_second",
            ),
            answer_within_seconds=_answer_within(
                (config.get("limits") or {}).get("answer_within_seconds", 20), config_path
            ),
            retention=_retention(
                (config.get("privacy") or {}).get("retention_days") or {}, config_path
            ),
            console_canned_replies=_canned_replies(
                console.get("canned_replies") or {}, config_path
            ),
            console_secure_cookie=_flag(
                env.get("HELPLINE_CONSOLE_SECURE_COOKIE", console.get("secure_cookie", False)),
                "HELPLINE_CONSOLE_SECURE_COOKIE",
            ),
            debug_log=_flag(env.get("HELPLINE_DEBUG_LOG", False), "HELPLINE_DEBUG_LOG"),
        )
    )


def _shared_stores_for_instances(settings: Settings) -> Settings:
    """Several Rasa servers need shared stores: otherwise each has its own conversations."""
    if settings.services.instances == 1:
        return settings
    if settings.redis_url is None:
        raise ConfigurationError("several instances need HELPLINE_REDIS_URL (the lock store)")
    for name, url in (
        ("HELPLINE_DATABASE_URL", settings.database_url),
        ("HELPLINE_TRACKER_URL", settings.tracker_url),
    ):
        if url.startswith("sqlite"):
            raise ConfigurationError(f"several instances need {name} on PostgreSQL, not SQLite")
    return settings


def _whole_number(env: Mapping[str, str], name: str) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return 0
    try:
        return int(raw)
    except ValueError as error:
        raise ConfigurationError(f"{name} must be a whole number, not {raw!r}") from error


_RETENTION_DEFAULTS = {
    "conversations": 90,
    "closed_cases": 365,
    "closed_reports": 730,
    "audit_log": 730,
}


def _retention(section: object, path: Path) -> Retention:
    if not isinstance(section, dict) or set(section) - set(_RETENTION_DEFAULTS):
        raise ConfigurationError(
            f"{path}: privacy.retention_days may set {', '.join(_RETENTION_DEFAULTS)}"
        )
    days = {
        name: _positive_int(section.get(name, default), f"{path}: privacy.retention_days.{name}")
        for name, default in _RETENTION_DEFAULTS.items()
    }
    return Retention(
        conversations_days=days["conversations"],
        closed_cases_days=days["closed_cases"],
        closed_reports_days=days["closed_reports"],
        audit_log_days=days["audit_log"],
    )


def _canned_replies(section: object, path: Path) -> dict[str, str]:
    if not isinstance(section, dict) or not all(
        isinstance(name, str) and name.startswith("utter_") and isinstance(label, str)
        for name, label in section.items()
    ):
        raise ConfigurationError(
            f"{path}: console.canned_replies must map response names (utter_...) to labels"
        )
    return dict(section)


def _flag(value: object, name: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off", ""):
        return False
    raise ConfigurationError(f"{name} must be true or false, not {value!r}")


def _answer_within(value: object, config_path: Path) -> int:
    name = f"{config_path}: limits.answer_within_seconds"
    seconds = _positive_int(value, name)
    if seconds >= SERVER_RESPONSE_LIMIT_SECONDS:
        raise ConfigurationError(
            f"{name} must be under {SERVER_RESPONSE_LIMIT_SECONDS} (the Rasa server's limit)"
        )
    return seconds


def _positive_int(value: object, name: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ConfigurationError(f"{name} must be a whole number >= 1, not {value!r}")
    return value


def _twilio(env: Mapping[str, str]) -> TwilioSettings | None:
    names = ("HELPLINE_TWILIO_ACCOUNT_SID", "HELPLINE_TWILIO_AUTH_TOKEN", "HELPLINE_TWILIO_FROM")
    values = [env.get(name, "").strip() for name in names]
    if not any(values):
        return None
    if not all(values):
        missing = [name for name, value in zip(names, values, strict=True) if not value]
        raise ConfigurationError(f"Twilio is half configured: set {', '.join(missing)}")
    return TwilioSettings(
        account_sid=values[0],
        auth_token=values[1],
        from_number=values[2],
        public_url=env.get("HELPLINE_TWILIO_PUBLIC_URL") or None,
        api_base=env.get("HELPLINE_TWILIO_API_BASE") or None,
    )


def _telegram(env: Mapping[str, str]) -> TelegramSettings | None:
    token = env.get("HELPLINE_TELEGRAM_TOKEN", "").strip()
    secret = env.get("HELPLINE_TELEGRAM_SECRET", "").strip()
    if not token and not secret:
        return None
    if not token or not secret:
        raise ConfigurationError(
            "Telegram is half configured: set HELPLINE_TELEGRAM_TOKEN and HELPLINE_TELEGRAM_SECRET"
        )
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        raise ConfigurationError("HELPLINE_TELEGRAM_SECRET must be 1-256 of A-Z a-z 0-9 _ -")
    return TelegramSettings(token, secret, env.get("HELPLINE_TELEGRAM_API_BASE") or None)


def _resolve(base: Path, value: str | Path) -> Path:
    path = Path(value).expanduser()
    return (path if path.is_absolute() else base / path).resolve()


def _read_config(path: Path) -> dict[str, Any]:
    try:
        loaded = yaml_text.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ConfigurationError(
            f"configuration file {path} not found (HELPLINE_CONFIG)"
        ) from error
    except yaml.YAMLError as error:
        raise ConfigurationError(f"configuration file {path} is not valid YAML: {error}") from error
    if not isinstance(loaded, dict):
        raise ConfigurationError(f"configuration file {path} must hold a mapping")
    return loaded


def _contact_details(section: Mapping[str, Any], path: Path) -> ContactDetails:
    required = ("organisation", "hotline_phone", "hotline_hours", "emergency_number")
    missing = [key for key in required if not str(section.get(key) or "").strip()]
    if missing:
        raise ConfigurationError(f"{path}: contact.{', contact.'.join(missing)} must be set")
    return ContactDetails(
        organisation=str(section["organisation"]),
        hotline_phone=str(section["hotline_phone"]),
        hotline_hours=str(section["hotline_hours"]),
        emergency_number=str(section["emergency_number"]),
        addresses=tuple(str(address) for address in section.get("addresses") or ()),
    )


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _hotline_hours(section: Mapping[str, Any], path: Path) -> HotlineHours:
    """Parse ``hotline:``; ``opening_hours`` maps ``daily`` or a weekday to "HH:MM-HH:MM" ranges."""
    timezone = str(section.get("timezone", "Europe/Copenhagen"))
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ConfigurationError(f"{path}: hotline.timezone {timezone!r} is unknown") from error
    hours = section.get("opening_hours", {"daily": "00:00-24:00"})
    if not isinstance(hours, dict):
        raise ConfigurationError(f"{path}: hotline.opening_hours must map days to hours")
    weekly: dict[int, tuple[tuple[int, int], ...]] = dict.fromkeys(range(7), ())
    for day, ranges in hours.items():
        days = range(7) if day == "daily" else [_weekday(str(day), path)]
        parsed = tuple(_time_range(str(item), path) for item in _as_list(ranges))
        for weekday in days:
            weekly[weekday] = parsed
    timeout = section.get("claim_timeout_minutes", 10)
    if not isinstance(timeout, int) or timeout < 1:
        raise ConfigurationError(f"{path}: hotline.claim_timeout_minutes must be an integer >= 1")
    return HotlineHours(timezone=timezone, weekly=weekly, claim_timeout_minutes=timeout)


def _weekday(day: str, path: Path) -> int:
    if day not in _WEEKDAYS:
        raise ConfigurationError(f"{path}: hotline.opening_hours: unknown day {day!r}")
    return _WEEKDAYS.index(day)


def _as_list(value: object) -> list[object]:
    if value in (None, "closed"):
        return []
    return list(value) if isinstance(value, list) else [value]


def _time_range(text: str, path: Path) -> tuple[int, int]:
    """ "08:00-16:30" -> (480, 990) minutes since midnight; "24:00" is the end of the day."""
    try:
        start, end = (_minutes(part.strip()) for part in text.split("-"))
    except ValueError as error:
        raise ConfigurationError(
            f"{path}: hotline.opening_hours: {text!r} is not like 08:00-16:00"
        ) from error
    if not 0 <= start < end <= 24 * 60:
        raise ConfigurationError(f"{path}: hotline.opening_hours: {text!r} is not a valid range")
    return start, end


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def _port(env: Mapping[str, str], name: str, default: object) -> int:
    raw = env.get(name, default)
    try:
        port = int(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError) as error:
        raise ConfigurationError(f"{name} must be a port number, not {raw!r}") from error
    if not 0 < port < 65536:
        raise ConfigurationError(f"{name} must be between 1 and 65535, not {port}")
    return port
