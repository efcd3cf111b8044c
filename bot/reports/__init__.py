"""Citizen reports: a suspicion reported by a citizen or a professional (issue 7).

A report is its own kind of item in the hotline queue, stored in the same database as cases
(``bot.store.models.Report``). ``ReportService`` creates, reads, claims, closes and exports
reports; ``reference`` makes and reads the reference a reporter quotes to add information.
"""

from bot.reports.reference import find_reference, new_reference, normalise_reference
from bot.reports.service import (
    OUTCOMES,
    PROFESSIONAL_ROLES,
    REPORTER_ROLES,
    ReportDraft,
    ReportError,
    ReportService,
    ReportView,
)

__all__ = [
    "OUTCOMES",
    "PROFESSIONAL_ROLES",
    "REPORTER_ROLES",
    "ReportDraft",
    "ReportError",
    "ReportService",
    "ReportView",
    "find_reference",
    "new_reference",
    "normalise_reference",
]
