"""The report form's validation and questions, decided from the tracker alone."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.reports import (
    ASK_ACTIONS,
    REPORT_SLOTS,
    SKIPPED,
    ValidateReportForm,
    summary_values,
)

DOMAIN: dict[str, Any] = {
    "forms": {"report_form": {"required_slots": list(REPORT_SLOTS)}},
    "slots": {slot: {"type": "any", "mappings": [{"type": "from_text", "conditions": [
        {"active_loop": "report_form", "requested_slot": slot}]}]} for slot in REPORT_SLOTS},
}  # fmt: skip


def make_tracker(
    answering: str | None,
    text: str,
    intent: str = "nlu_fallback",
    entities: list[dict[str, Any]] | None = None,
    priority: str = "none",
    **slots: Any,
) -> Tracker:
    latest = {"text": text, "intent": {"name": intent}, "entities": entities or [],
              "triage": {"priority": priority, "indicators": [], "reasons": []}}  # fmt: skip
    events = [{"event": "slot", "name": answering, "value": text}] if answering else []
    return Tracker(
        sender_id="test",
        slots={"requested_slot": answering, **slots},
        latest_message=latest,
        events=[{"event": "user", "text": text}, *events],
        paused=False,
        followup_action=None,
        active_loop={"name": "report_form"},
        latest_action_name="action_listen",
    )


def validate(tracker: Tracker) -> tuple[dict[str, Any], list[str]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ValidateReportForm().run(dispatcher, tracker, DOMAIN))
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    return slots, [m["response"] for m in dispatcher.messages]


def choice(value: str) -> list[dict[str, Any]]:
    return [{"entity": "report_choice", "value": value}]


def test_a_button_answers_a_choice_question() -> None:
    slots, said = validate(make_tracker("report_role", "/report_suspicion", entities=choice("tax")))

    assert slots["report_role"] == "tax" and said == []


def test_typed_text_at_a_choice_question_is_asked_again_once_then_skipped() -> None:
    slots, said = validate(make_tracker("report_place", "a shop"))
    assert slots["report_place"] is None and said == ["utter_report_choose_option"]

    again, _ = validate(make_tracker("report_place", "a shop", report_reasked="report_place"))
    assert again["report_place"] == SKIPPED


def test_an_empty_answer_is_asked_again_kindly_once() -> None:
    slots, said = validate(make_tracker("report_location", "/show_menu", intent="show_menu"))
    assert slots["report_location"] is None and said == ["utter_report_empty_answer"]

    again, _ = validate(make_tracker("report_location", "  ", report_reasked="report_location"))
    assert again["report_location"] == SKIPPED


def test_skip_skips_any_question() -> None:
    for slot in ("report_role", "report_location", "report_danger_now"):
        slots, _ = validate(make_tracker(slot, "skip", intent="skip"))
        assert slots[slot] == SKIPPED


def test_a_very_long_answer_is_cut_and_the_reporter_told() -> None:
    slots, said = validate(make_tracker("report_description", "word " * 1000))

    assert len(slots["report_description"]) == 2000
    assert said == ["utter_report_text_shortened"]


def test_an_answer_without_words_is_kept_with_an_invitation() -> None:
    slots, said = validate(make_tracker("report_description", "😢😡"))

    assert slots["report_description"] == "😢😡" and said == ["utter_report_only_emoji"]


def test_danger_in_any_answer_gives_112_first_and_marks_the_report() -> None:
    slots, said = validate(
        make_tracker("report_description", "he is beating her right now", priority="emergency")
    )

    assert said[0] == "utter_report_danger" and slots["report_danger_now"] is True
    assert slots["report_description"] == "he is beating her right now"
    yes, said_once = validate(make_tracker("report_danger_now", "yes", intent="affirm"))
    assert yes["report_danger_now"] is True and said_once == ["utter_report_danger"]


def test_the_checklist_collects_signs_until_done() -> None:
    first, _ = validate(make_tracker("report_signs", "/x", entities=choice("minor")))
    assert first["report_signs"] is None and first["report_signs_chosen"] == ["minor"]

    done, _ = validate(make_tracker("report_signs", "/affirm", intent="affirm",
                                    report_signs_chosen=["minor", "isolation"]))  # fmt: skip
    assert done["report_signs"] == ["minor", "isolation"]


def test_a_correction_keeps_the_other_answers() -> None:
    tracker = make_tracker(None, "/report_suspicion", report_role="police")
    tracker.events.append({"event": "slot", "name": "report_role", "value": "police"})

    slots, said = validate(tracker)

    assert slots["report_role"] == "police" and said == []


def ask(slot: str, **slots: Any) -> str:
    [action] = [a for a in ASK_ACTIONS if a.slot == slot]
    dispatcher = CollectingDispatcher()
    instance: Action = action()
    asyncio.run(instance.run(dispatcher, make_tracker(slot, "", **slots), DOMAIN))
    return str(dispatcher.messages[0]["response"])


def test_professionals_are_asked_in_a_professional_tone() -> None:
    assert ask("report_place", report_role="citizen") == "utter_ask_report_place"
    assert ask("report_place", report_role="labour_inspection") == (
        "utter_ask_report_place_professional"
    )
    assert ask("report_role") == "utter_ask_report_role"
    assert ask("report_signs", report_signs_chosen=["minor"]) == "utter_ask_report_signs_more"


def test_the_summary_names_choices_by_label_and_keeps_it_short() -> None:
    tracker = make_tracker(None, "", report_role="police", report_place="car_wash",
                           report_description="x" * 500, report_signs=["minor"],
                           report_location=SKIPPED, report_contact="anonymous")  # fmt: skip

    values = summary_values(tracker, "R-7K3Q9P")

    assert values["role"] == "topic_report_role_police"
    assert values["place"] == "topic_report_place_car_wash"
    assert values["location"] == "—" and values["contact"] == "topic_report_anonymous"
    assert len(values["description"]) == 80 and values["sign_count"] == 1
