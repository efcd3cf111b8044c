"""TriagePolicy: what triage adds to the dialogue, decided from the tracker alone."""

from __future__ import annotations

from typing import Any

from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, SlotSet, UserUttered
from rasa.shared.core.slots import AnySlot
from rasa.shared.core.trackers import DialogueStateTracker

from bot.conversation.triage_policy import next_triage_action


def user(
    intent: str,
    priority: str = "none",
    codes: tuple[str, ...] = (),
    text: str = "...",
    confidence: float = 0.95,
) -> UserUttered:
    triage: dict[str, Any] = {
        "priority": priority,
        "indicators": [{"code": code, "evidence": ["..."]} for code in codes],
        "reasons": [],
    }
    return UserUttered(text, intent={"name": intent, "confidence": confidence},
                       parse_data={"triage": triage})  # fmt: skip


def act(name: str) -> ActionExecuted:
    return ActionExecuted(name)


def decide(*events: Event, slots: dict[str, Any] | None = None) -> str | None:
    slots = slots or {}
    domain_slots = [AnySlot(name, mappings=[{}]) for name in slots]
    tracker = DialogueStateTracker.from_events(
        "s", [act("action_listen"), *events], slots=domain_slots
    )
    for name, value in slots.items():
        tracker.update(SlotSet(name, value))
    return next_triage_action(tracker)


def test_danger_escalates_before_anything_else() -> None:
    assert decide(user("ask_police_no_papers", "emergency", ("immediate_danger",))) == (
        "action_escalate"
    )
    after = decide(user("emergency", "emergency"), act("action_escalate"))
    assert after == "action_listen"


def test_a_possible_victim_gets_her_answer_first_then_the_offer() -> None:
    message = user("ask_health_service", "high", ("documents_withheld",))

    assert decide(message) is None  # the rules answer her question first
    assert decide(message, act("utter_health_service")) == "action_offer_counsellor"
    assert decide(message, act("utter_health_service"), act("action_offer_counsellor")) == (
        "action_listen"
    )


def test_a_declined_offer_is_not_repeated() -> None:
    message = user("ask_housing", "high", ("debt_bondage",))
    assert decide(message, act("utter_housing"), slots={"counsellor_offer": "declined"}) is None


def test_weak_signs_start_the_screening_once() -> None:
    message = user("ask_unpaid_wages", "none", ("wages_withheld",))

    assert decide(message, act("utter_unpaid_wages")) == "action_screening"
    assert decide(message, act("utter_unpaid_wages"), slots={"screening_done": True}) is None


def test_no_signs_no_questions() -> None:
    assert decide(user("ask_sti_test"), act("utter_sti_test")) is None


def test_answers_to_questions_are_left_to_the_rules() -> None:
    asked = [user("ask_unpaid_wages", "none", ("wages_withheld",)), act("utter_unpaid_wages"),
             act("action_screening"), act("action_listen")]  # fmt: skip

    assert decide(*asked, user("affirm")) is None


OFFERED = [user("ask_housing", "high", ("debt_bondage",)), act("utter_housing"),
           act("action_offer_counsellor"), act("action_listen")]  # fmt: skip


def test_a_plain_yes_in_her_language_to_the_offer_opens_a_case_whatever_the_model_read() -> None:
    polish = {"language": "pl"}

    assert decide(*OFFERED, user("thank", text="tak"), slots=polish) == "action_open_case"
    assert decide(*OFFERED, user("nlu_fallback", text="Tak, połącz mnie"), slots=polish) == (
        "action_open_case"
    )
    assert decide(*OFFERED, user("deny", text="nie"), slots=polish) == "action_counsellor_declined"
    assert decide(*OFFERED, user("deny", text="nie"), act("action_counsellor_declined"),
                  slots=polish) == "action_listen"  # fmt: skip


def test_the_language_she_chose_decides_over_the_detected_one() -> None:
    slots = {"language": "da", "language_choice": "pl"}
    assert decide(*OFFERED, user("thank", text="tak"), slots=slots) == "action_open_case"


def test_a_word_that_is_no_answer_in_her_language_is_left_to_the_model() -> None:
    assert decide(*OFFERED, user("thank", text="tak"), slots={"language": "da"}) is None
    assert decide(*OFFERED, user("deny", text="nie wiem"), slots={"language": "pl"}) is None


def test_a_yes_is_only_an_answer_right_after_the_question() -> None:
    later = [*OFFERED, user("ask_housing", text="where can I sleep"), act("utter_housing"),
             act("action_listen")]  # fmt: skip
    assert decide(*later, user("thank", text="tak"), slots={"language": "pl"}) is None


def test_a_yes_to_a_screening_question_goes_back_to_the_screening() -> None:
    asked = [user("ask_unpaid_wages", "none", ("wages_withheld",)), act("utter_unpaid_wages"),
             act("action_screening"), act("action_listen")]  # fmt: skip
    assert decide(*asked, user("thank", text="tak"), slots={"language": "pl"}) == (
        "action_screening"
    )


def test_danger_in_an_answer_still_escalates_first() -> None:
    danger = user("thank", "emergency", ("immediate_danger",), text="tak")
    assert decide(*OFFERED, danger, slots={"language": "pl"}) == "action_escalate"


def test_slot_extraction_is_not_a_dialogue_step() -> None:
    message = user("emergency", "emergency")
    assert decide(message, act("action_extract_slots")) == "action_escalate"


def test_a_possible_victim_not_understood_gets_the_offer_instead_of_did_you_mean() -> None:
    message = user("nlu_fallback", "high", ("documents_withheld",))

    assert decide(message) == "action_offer_counsellor"
    assert decide(message, slots={"counsellor_offer": "declined"}) is None


def in_report_form(*events: Event) -> str | None:
    tracker = DialogueStateTracker.from_events(
        "s", [act("action_listen"), *events], slots=[AnySlot("requested_slot", mappings=[{}])]
    )
    return next_triage_action(tracker)


def test_danger_inside_a_report_is_left_to_the_report_form() -> None:
    started = [user("report_suspicion"), act("action_start_report"), act("report_form"),
               ActiveLoop("report_form"), act("action_listen")]  # fmt: skip

    assert (
        in_report_form(*started, user("nlu_fallback", "emergency", ("immediate_danger",))) is None
    )
    assert in_report_form(*started, user("inform", "high", ("documents_withheld",))) is None


def test_a_reporter_who_opens_with_signs_is_not_offered_a_counsellor() -> None:
    opening = user("report_suspicion", "high", ("movement_restricted",))

    assert decide(opening) is None  # the report rule starts the form
    assert decide(opening, act("action_start_report")) is None
    assert decide(opening, act("report_form"), act("action_submit_report")) is None


def test_a_story_that_may_be_hers_is_offered_a_counsellor_before_any_report_form() -> None:
    """ "They keep our passports and we cannot leave" reads much like a citizen's report."""
    story = user("report_suspicion", "high", ("documents_withheld",), confidence=0.67)

    assert decide(story) == "action_offer_counsellor"
    assert decide(story, slots={"counsellor_offer": "declined"}) is None
    assert decide(user("report_suspicion", "none", confidence=0.67)) is None  # no signs


def test_danger_before_any_report_still_escalates() -> None:
    assert decide(user("report_suspicion", "emergency", ("immediate_danger",))) == (
        "action_escalate"
    )
