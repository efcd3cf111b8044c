"""The fixed vocabulary of indicator codes and the names staff read.

Based on the ILO indicators of forced labour, the Palermo Protocol and section 262 a of the
Danish Penal Code. The codes are stored with conversations and counted in reports, so they never
change; lexicons and rules may only use these codes.
"""

from __future__ import annotations

from collections.abc import Mapping

INDICATOR_CODES: tuple[str, ...] = (
    "movement_restricted",
    "isolation",
    "documents_withheld",
    "debt_bondage",
    "wages_withheld",
    "threats_violence",
    "sexual_exploitation",
    "deception",
    "excessive_hours",
    "abusive_conditions",
    "abuse_of_vulnerability",
    "minor",
    "immediate_danger",
    "requests_human",
)

INDICATOR_LABELS: Mapping[str, str] = {
    "movement_restricted": "Movement restricted",
    "isolation": "Isolation",
    "documents_withheld": "Documents withheld",
    "debt_bondage": "Debt bondage",
    "wages_withheld": "Wages withheld",
    "threats_violence": "Threats or violence",
    "sexual_exploitation": "Sexual exploitation",
    "deception": "Deception",
    "excessive_hours": "Excessive hours",
    "abusive_conditions": "Abusive living or working conditions",
    "abuse_of_vulnerability": "Abuse of vulnerability",
    "minor": "Minor",
    "immediate_danger": "Immediate danger",
    "requests_human": "Asks for a human",
}
