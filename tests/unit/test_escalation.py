"""Building a case from a conversation: all her indicators, her words, never below "normal"."""

from __future__ import annotations

from typing import Any

from bot.hotline.escalation import build_escalation, conversation_findings, session_events
from bot.triage import TriageRules, load_rules

RULES: TriageRules = load_rules()


def user(text: str, *indicators: tuple[str, str], language: str = "en") -> dict[str, Any]:
    return {
        "event": "user",
        "text": text,
        "parse_data": {
            "language_detection": {"language": language},
            "triage": {"indicators": [{"code": c, "evidence": [e]} for c, e in indicators]},
        },
    }


def bot(text: str) -> dict[str, Any]:
    return {"event": "bot", "text": text}


def build(
    events: list[dict[str, Any]], slots: dict[str, Any] | None = None, at_least: str = "normal"
):
    return build_escalation(events=events, slots=slots or {}, sender_ref="ref", channel="rest",
                            language="en", rules=RULES, at_least=at_least)  # fmt: skip


def test_indicators_of_all_her_messages_are_merged() -> None:
    events = [
        user("they pay nothing", ("wages_withheld", "pay nothing")),
        bot("I am sorry."),
        user("and the boss keeps my passport", ("documents_withheld", "keeps my passport")),
    ]

    escalation = build(events)

    assert escalation.priority == "high"
    assert {item["code"]: item["evidence"] for item in escalation.indicators} == {
        "wages_withheld": ["pay nothing"],
        "documents_withheld": ["keeps my passport"],
    }
    assert [(line.author, line.text) for line in escalation.transcript] == [
        ("person", "they pay nothing"), ("bot", "I am sorry."),
        ("person", "and the boss keeps my passport"),
    ]  # fmt: skip
    assert escalation.transcript[0].language == "en"
    assert "Documents withheld" in escalation.summary


def test_a_request_without_indicators_is_normal() -> None:
    escalation = build([user("can I talk to a person")])

    assert escalation.priority == "normal" and escalation.indicators == []
    assert "asked to talk to a person" in escalation.summary


def test_screening_answers_count_as_indicators() -> None:
    findings = conversation_findings([], {"screen_can_leave": False, "screen_minor": "skipped"})

    assert [(f.code, f.evidence) for f in findings] == [
        ("movement_restricted", ("screening: cannot leave when she wants",))
    ]
    assert build([], {"screen_documents": False}).priority == "high"


def test_only_the_current_session_counts() -> None:
    old = user("he beats me", ("threats_violence", "beats me"))
    new = user("hello")
    events = [old, {"event": "action", "name": "action_session_start"}, new]

    assert session_events(events) == events[1:]
    assert build(events).priority == "normal"


def test_emergency_escalation_is_never_lower_than_emergency() -> None:
    assert build([user("sos")], at_least="emergency").priority == "emergency"
