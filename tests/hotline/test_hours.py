"""Opening hours in the hotline's time zone, and the claim timeout."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.errors import ConfigurationError
from bot.hotline.hours import is_open, waited_too_long
from bot.settings import load_settings

OFFICE_HOURS = """
contact: {organisation: CMM, hotline_phone: "+45 1", hotline_hours: "weekdays 9-16",
          emergency_number: "112"}
hotline:
  timezone: Europe/Copenhagen
  opening_hours: {daily: closed, mon: "09:00-16:00", sat: ["10:00-12:00", "20:00-24:00"]}
  claim_timeout_minutes: 15
"""


def settings_with(tmp_path: Path, text: str):
    config = tmp_path / "helpline.yml"
    config.write_text(text)
    return load_settings({"HELPLINE_CONFIG": str(config)})


@pytest.mark.parametrize(
    ("utc", "expected"),
    [
        (datetime(2026, 11, 30, 8, 0), True),  # Monday 09:00 in Copenhagen (UTC+1)
        (datetime(2026, 11, 30, 7, 59), False),  # Monday 08:59
        (datetime(2026, 11, 30, 15, 0), False),  # Monday 16:00: closed at the end
        (datetime(2026, 12, 1, 10, 0), False),  # Tuesday: closed
        (datetime(2026, 12, 5, 22, 30), True),  # Saturday 23:30
        (datetime(2026, 6, 1, 7, 30), True),  # Monday 09:30 in summer (UTC+2)
    ],
)
def test_opening_hours_are_local_time(tmp_path: Path, utc: datetime, expected: bool) -> None:
    hours = settings_with(tmp_path, OFFICE_HOURS).hotline

    assert is_open(hours, utc) is expected


def test_the_default_is_always_open_with_a_ten_minute_timeout(tmp_path: Path) -> None:
    hours = load_settings({}).hotline

    assert is_open(hours, datetime(2026, 12, 24, 3, 0))
    created = datetime(2026, 11, 30, 12, 0)
    assert not waited_too_long(hours, created, datetime(2026, 11, 30, 12, 9))
    assert waited_too_long(hours, created, datetime(2026, 11, 30, 12, 10))


@pytest.mark.parametrize(
    ("hotline", "message"),
    [
        ("{timezone: Mars/Olympus}", "timezone"),
        ("{opening_hours: {someday: '09:00-10:00'}}", "unknown day"),
        ("{opening_hours: {daily: '9-5'}}", "not like"),
        ("{opening_hours: {daily: '18:00-09:00'}}", "not a valid range"),
        ("{claim_timeout_minutes: 0}", "claim_timeout_minutes"),
    ],
)
def test_bad_hours_stop_the_start_with_a_message(
    tmp_path: Path, hotline: str, message: str
) -> None:
    text = OFFICE_HOURS.split("hotline:")[0] + f"hotline: {hotline}\n"
    with pytest.raises(ConfigurationError, match=message):
        settings_with(tmp_path, text)
