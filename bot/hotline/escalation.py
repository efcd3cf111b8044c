"""From a conversation (Rasa tracker events) to an ``Escalation`` for the hotline queue.

The triage of every message of the current session is read back from the tracker (the
TriageAnnotator stored it there) and assessed together with the screening answers, so staff
see everything she said that matters, with her words as evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from bot.hotline.cases import PRIORITY_ORDER, Escalation, TranscriptLine
from bot.triage import INDICATOR_LABELS, Finding, TriageRules, assess

# Screening answers (slot -> the answer that is an indicator, its code and evidence for staff).
SCREENING_FINDINGS: Mapping[str, tuple[bool, str, str]] = {
    "screen_can_leave": (False, "movement_restricted", "screening: cannot leave when she wants"),
    "screen_documents": (False, "documents_withheld", "screening: does not hold her passport"),
    "screen_debt": (True, "debt_bondage", "screening: owes money to the people who brought her"),
    "screen_minor": (True, "minor", "screening: under 18"),
}
TRANSCRIPT_AUTHORS = {"user": "person", "bot": "bot"}


def session_events(events: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The events since the latest session start (the whole list if there is none)."""
    for index in range(len(events) - 1, -1, -1):
        event = events[index]
        if event.get("event") == "action" and event.get("name") == "action_session_start":
            return list(events[index:])
    return list(events)


def conversation_findings(
    events: Iterable[Mapping[str, Any]], slots: Mapping[str, Any]
) -> list[Finding]:
    """Every indicator of the session, the evidence of all messages merged per code."""
    evidence: dict[str, list[str]] = {}
    for event in events:
        if event.get("event") != "user":
            continue
        triage = (event.get("parse_data") or {}).get("triage") or {}
        for item in triage.get("indicators") or []:
            words = evidence.setdefault(item["code"], [])
            words.extend(e for e in item.get("evidence") or [] if e not in words)
    for slot, (answer, code, note) in SCREENING_FINDINGS.items():
        if slots.get(slot) is answer:
            evidence.setdefault(code, []).append(note)
    return [Finding(code, tuple(words), "conversation") for code, words in evidence.items()]


def build_escalation(
    *,
    events: Sequence[Mapping[str, Any]],
    slots: Mapping[str, Any],
    sender_ref: str,
    channel: str,
    language: str,
    rules: TriageRules,
    at_least: str,
) -> Escalation:
    """The case to open: assessed priority, but never below ``at_least`` (she asked)."""
    current = session_events(events)
    assessment = assess(conversation_findings(current, slots), rules)
    priority = assessment.priority
    if priority == "none" or PRIORITY_ORDER[at_least] < PRIORITY_ORDER[priority]:
        priority = at_least
    indicators = [{"code": f.code, "evidence": list(f.evidence)} for f in assessment.findings]
    return Escalation(
        channel=channel,
        sender_ref=sender_ref,
        language=language,
        priority=priority,
        indicators=indicators,
        reasons=list(assessment.reasons),
        summary=summary(priority, assessment.findings, language),
        transcript=transcript(current),
    )


def summary(priority: str, findings: Iterable[Finding], language: str) -> str:
    """One line for the queue: priority, indicators and the language she writes."""
    labels = [INDICATOR_LABELS[f.code] for f in findings if f.code != "requests_human"]
    signs = ", ".join(labels) if labels else "no indicators; asked to talk to a person"
    return f"{priority.capitalize()} ({language}): {signs}."


def transcript(events: Iterable[Mapping[str, Any]]) -> list[TranscriptLine]:
    """Her messages and the assistant's answers, in order, each at the time it was written."""
    lines = []
    for event in events:
        author = TRANSCRIPT_AUTHORS.get(str(event.get("event")))
        text = event.get("text")
        if author and text:
            language = (event.get("parse_data") or {}).get("language_detection", {}).get("language")
            lines.append(
                TranscriptLine(
                    author,
                    str(text),
                    language if author == "person" else None,
                    created_at=_moment(event.get("timestamp")),
                )
            )
    return lines


def transcript_since(events: Iterable[Mapping[str, Any]], since: datetime) -> list[TranscriptLine]:
    """The lines of ``transcript`` written after ``since`` (naive UTC, as the case store keeps
    time): what she and the assistant said that the case has not seen."""
    return [line for line in transcript(events) if line.created_at and line.created_at > since]


def _moment(timestamp: Any) -> datetime | None:
    """A Rasa event's timestamp (seconds since the epoch) as naive UTC."""
    if not isinstance(timestamp, int | float):
        return None
    return datetime.fromtimestamp(timestamp, UTC).replace(tzinfo=None)
