"""The Rasa sender id of a person: a keyed hash of channel and address.

Phone numbers and chat ids never reach Rasa, trackers, logs or cases; only this reference
does. The same person on the same channel always gets the same reference (so her
conversation continues), and without the key nobody can go back from it to her number.
"""

from __future__ import annotations

import hashlib
import hmac


def sender_ref(key: str, channel: str, address: str) -> str:
    """``<channel>-<32 hex>``: HMAC-SHA256 of ``channel:address`` under ``key``."""
    digest = hmac.new(key.encode(), f"{channel}:{address}".encode(), hashlib.sha256)
    return f"{channel}-{digest.hexdigest()[:32]}"
