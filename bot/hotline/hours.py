"""Is a counsellor there now? Opening hours and the honest "nobody has answered yet" check."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.settings import HotlineHours


def is_open(hours: HotlineHours, now_utc: datetime) -> bool:
    """Whether ``now_utc`` (naive UTC) falls in the opening hours, in the hotline's time zone."""
    local = now_utc.replace(tzinfo=UTC).astimezone(ZoneInfo(hours.timezone))
    minute = local.hour * 60 + local.minute
    return any(start <= minute < end for start, end in hours.weekly[local.weekday()])


def waited_too_long(hours: HotlineHours, created_at: datetime, now_utc: datetime) -> bool:
    """Whether a waiting case has passed the claim timeout (both times naive UTC)."""
    return now_utc - created_at >= timedelta(minutes=hours.claim_timeout_minutes)
