"""One validated settings object, built from the environment and one configuration file.

Everything configurable lives here so that no module reads ``os.environ`` on its own: tests and
child processes get their configuration by passing an environment mapping to ``load_settings``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.errors import ConfigurationError

PROJECT_DIR = Path(__file__).resolve().parent.parent


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
class Settings:
    """Everything the stack needs to know, resolved to absolute paths."""

    project_dir: Path
    data_dir: Path
    models_dir: Path
    translations_dir: Path
    config_path: Path
    contact: ContactDetails
    services: Services

    @property
    def tracker_db(self) -> Path:
        return self.data_dir / "tracker.db"

    @property
    def argos_dir(self) -> Path:
        """Installed Argos translation models (installed offline by `helpline languages`)."""
        return self.data_dir / "argos" / "packages"

    def rasa_environment(self) -> dict[str, str]:
        """Variables that endpoints.yml substitutes (``${HELPLINE_...}``) in Rasa processes."""
        return {
            "HELPLINE_DATA_DIR": str(self.data_dir),
            "HELPLINE_TRACKER_DB": str(self.tracker_db),
            "HELPLINE_ACTION_URL": self.services.action_url,
            "HELPLINE_NLG_URL": self.services.nlg_url,
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
    )
    return Settings(
        project_dir=project_dir,
        data_dir=_resolve(project_dir, env.get("HELPLINE_DATA_DIR", "var")),
        models_dir=_resolve(project_dir, env.get("HELPLINE_MODELS_DIR", "models")),
        translations_dir=_resolve(
            project_dir, env.get("HELPLINE_TRANSLATIONS_DIR", "translations")
        ),
        config_path=config_path,
        contact=contact,
        services=services,
    )


def _resolve(base: Path, value: str | Path) -> Path:
    path = Path(value).expanduser()
    return (path if path.is_absolute() else base / path).resolve()


def _read_config(path: Path) -> dict[str, Any]:
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
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


def _port(env: Mapping[str, str], name: str, default: object) -> int:
    raw = env.get(name, default)
    try:
        port = int(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError) as error:
        raise ConfigurationError(f"{name} must be a port number, not {raw!r}") from error
    if not 0 < port < 65536:
        raise ConfigurationError(f"{name} must be between 1 and 65535, not {port}")
    return port
