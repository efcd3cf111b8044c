"""Escalation to a counsellor: offer, open a case, pause the assistant; and the screening.

TriagePolicy decides when these run (bot/conversation/triage_policy.py); they build the case
from the conversation (bot.hotline.escalation), write it, and only then tell the person, so an
escalation she was told about always exists. While a case is open the conversation is paused
(Rasa's ConversationPaused): her messages go to the case, the counsellor answers.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ConversationPaused, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.answers import answer_intent
from bot.hotline.audit import AuditLog
from bot.hotline.cases import CaseService
from bot.hotline.escalation import SCREENING_FINDINGS, build_escalation, conversation_findings
from bot.hotline.hours import is_open
from bot.hotline.pending_cases import PendingCases
from bot.language.conversation_language import conversation_language
from bot.settings import Settings, load_settings
from bot.store.models import utcnow
from bot.triage import TriageRules, assess, load_rules

# The screening questions, in the order asked; each is skipped when already answered by what
# she wrote (its indicator is known).
SCREENING_QUESTIONS = tuple(SCREENING_FINDINGS)
ANSWERS = {"affirm": True, "deny": False, "skip": "skipped"}


@lru_cache(maxsize=1)
def _settings() -> Settings:
    return load_settings()


@lru_cache(maxsize=1)
def _rules() -> TriageRules:
    return load_rules()


def open_case(tracker: Tracker, dispatcher: CollectingDispatcher, at_least: str) -> list[Any]:
    """Write the case, then tell her what happens next, then pause the assistant.

    With the case database out of reach the escalation is kept on disk instead
    (bot.hotline.pending_cases), and she is told honestly that it will reach a counsellor.
    """
    settings = _settings()
    escalation = build_escalation(
        events=tracker.events,
        slots=tracker.current_slot_values(),
        sender_ref=tracker.sender_id,
        channel=tracker.get_latest_input_channel() or "unknown",
        language=conversation_language(tracker),
        rules=_rules(),
        at_least=at_least,
    )
    try:
        case, created = CaseService(settings.database_url).open_case(escalation)
    except SQLAlchemyError:
        # The case database is out of reach: keep the escalation until it is back (the case
        # is opened then, and the conversation paused at her next message).
        PendingCases(settings.pending_cases_dir).keep(escalation)
        late = "utter_technical_problem_escalated" if escalation.priority == "emergency" else (
            "utter_case_pending")  # fmt: skip
        dispatcher.utter_message(response=late)
        return [SlotSet("counsellor_offer", "accepted")]
    if created:
        AuditLog(settings.database_url).record(
            "assistant", "opened", case_id=case.id, detail={"priority": case.priority}
        )
    if not is_open(settings.hotline, utcnow()):
        dispatcher.utter_message(response="utter_case_opened_closed")
    elif case.priority == "emergency":
        dispatcher.utter_message(response="utter_case_opened_emergency")
    else:
        wait = settings.hotline.claim_timeout_minutes
        dispatcher.utter_message(response="utter_case_opened", wait_minutes=wait)
    return [SlotSet("counsellor_offer", "accepted"), ConversationPaused()]


class ActionEscalate(Action):
    """Immediate danger: 112 and safety advice at once, and an emergency case."""

    def name(self) -> str:
        return "action_escalate"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_emergency")
        return open_case(tracker, dispatcher, at_least="emergency")


class ActionOpenCase(Action):
    """She asked for a person, or said yes to the offer: a case, whatever triage found."""

    def name(self) -> str:
        return "action_open_case"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        return open_case(tracker, dispatcher, at_least="normal")


class ActionOfferCounsellor(Action):
    """A possible victim: offer a counsellor; she decides (yes opens a case)."""

    def name(self) -> str:
        return "action_offer_counsellor"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_counsellor_offer")
        return [SlotSet("counsellor_offer", "offered")]


class ActionCounsellorDeclined(Action):
    """She said no: respect it, no case, and tell her how to come back."""

    def name(self) -> str:
        return "action_counsellor_declined"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_counsellor_declined")
        return [SlotSet("counsellor_offer", "declined")]


class ActionScreening(Action):
    """The optional yes/no questions, one at a time, only as many as needed.

    Records the answer to the previous question, then: offers a counsellor as soon as the
    answers make her a possible victim; otherwise asks the next question whose indicator is
    not yet known; thanks her when none is left.
    """

    def name(self) -> str:
        return "action_screening"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        slots = dict(tracker.current_slot_values())
        events: list[dict[str, Any]] = []
        asked = slots.get("screening_question")
        intent = answer_intent(tracker)
        if asked and intent in ANSWERS:
            slots[asked] = ANSWERS[intent]
            events.append(SlotSet(asked, ANSWERS[intent]))
        findings = conversation_findings(tracker.events, slots)
        if assess(findings, _rules()).escalate:
            # The offer as its own action, so that her yes/no follows the offer rules.
            return [*events, SlotSet("screening_question", None),
                    FollowupAction("action_offer_counsellor")]  # fmt: skip
        known = {finding.code for finding in findings}
        for slot in SCREENING_QUESTIONS:
            if slots.get(slot) is None and SCREENING_FINDINGS[slot][1] not in known:
                if not asked:
                    dispatcher.utter_message(response="utter_screening_intro")
                dispatcher.utter_message(response=f"utter_ask_{slot}")
                return [*events, SlotSet("screening_question", slot),
                        SlotSet("screening_done", True)]  # fmt: skip
        dispatcher.utter_message(response="utter_screening_thanks")
        return [*events, SlotSet("screening_question", None), SlotSet("screening_done", True)]
