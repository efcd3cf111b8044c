"""Writers for report exports (JSON and CSV) that a supervisor passes on to police or outreach.

One row per report. In CSV, lists are joined with ";" and each addition is "time text", so a
spreadsheet shows everything the reporter said. A cell that starts like a formula (=, +, -, @)
gets a leading apostrophe: reporters' words must never run as code in the receiver's
spreadsheet.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

CSV_COLUMNS = ("kind", "id", "reference", "priority", "status", "created_at", "updated_at",
               "language", "channel", "reporter_role", "place_kind", "location", "description",
               "signs", "seen_when", "danger_now", "contact", "indicators", "evidence",
               "reasons", "claimed_by", "outcome", "additions")  # fmt: skip
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def to_json(rows: Sequence[dict[str, Any]]) -> str:
    return json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n"


def to_csv(rows: Sequence[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({column: _cell(column, row.get(column)) for column in CSV_COLUMNS})
    return buffer.getvalue()


def _cell(column: str, value: Any) -> str:
    if value is None:
        return ""
    if column == "additions":
        text = ";".join(f"{item['at']} {item['text']}" for item in value)
    elif column == "evidence":
        text = ";".join(f"{code}: {' | '.join(words)}" for code, words in value.items())
    elif isinstance(value, list):
        text = ";".join(str(item) for item in value)
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    else:
        text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text
