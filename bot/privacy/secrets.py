"""Keys for pseudonyms and encryption: from the environment, or generated once for a laptop.

In production both keys come from the environment (HELPLINE_PSEUDONYM_KEY,
HELPLINE_ENCRYPTION_KEY) and live in the operator's secret store. Without them, a key is
generated on first use and kept in ``<data dir>/secrets/`` (mode 0600), so `make run` works on
a laptop and pseudonyms stay stable across restarts. Such keys are never committed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import Fernet

from bot.settings import Settings


def secret_from(env_value: str | None, path: Path) -> str:
    """``env_value`` when set, else the key stored at ``path`` (created on first use)."""
    if env_value:
        return env_value
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = Fernet.generate_key().decode("ascii")
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process of the stack was first
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(descriptor, "w", encoding="ascii") as file:
        file.write(key)
    return key


@dataclass(frozen=True)
class Keys:
    pseudonym: str
    encryption: str


def keys_for(settings: Settings) -> Keys:
    """The keys of this deployment (created on first use when the environment has none)."""
    return Keys(
        pseudonym=secret_from(settings.pseudonym_key, settings.secrets_dir / "pseudonym.key"),
        encryption=secret_from(settings.encryption_key, settings.secrets_dir / "encryption.key"),
    )
