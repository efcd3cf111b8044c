"""The report conversation: a citizen or a professional reports a suspicion (issue 7).

``report_form`` asks one short question at a time, each skippable: who is reporting, what kind
of place, where, what they saw, which signs, when, whether anyone is in danger now, and how to
reach them (anonymous unless they say otherwise). The report is stored when the last question
is answered, so nothing is lost if the reporter stops at the summary; the summary gives the
reference and a button per answer to correct it. ``report_followup_form`` adds information to
an earlier report by its reference.

Danger always comes first: a "yes" to the danger question, or danger that triage finds in any
answer, gives 112 at once and makes the report an emergency. TriagePolicy leaves these forms
alone (a reporter is not a possible victim), so this module is where that promise is kept.
No message text is ever logged here.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from functools import lru_cache
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answers import answer_intent
from bot.channels.inbound import EMPTY_MESSAGE_PAYLOAD
from bot.language.conversation_language import conversation_language
from bot.reports import PROFESSIONAL_ROLES, REPORTER_ROLES, ReportDraft, ReportService
from bot.reports.reference import find_reference
from bot.reports.service import MAX_TEXT_CHARS, PLACE_KINDS
from bot.settings import Settings, load_settings

# The questions of report_form, in the order asked (domain/reports.yml lists the same).
REPORT_SLOTS = (
    "report_role",
    "report_place",
    "report_location",
    "report_description",
    "report_signs",
    "report_seen_when",
    "report_danger_now",
    "report_contact",
)
# Questions with a separate, professional wording for police, health, tax, labour inspection
# and NGO staff (the role question comes first, so it has only one).
PROFESSIONAL_QUESTIONS = frozenset(REPORT_SLOTS) - {"report_role"}
# The checklist: indicator codes a passer-by can see, in the order shown.
SIGN_CODES = ("movement_restricted", "documents_withheld", "abusive_conditions",
              "threats_violence", "minor", "isolation", "excessive_hours")  # fmt: skip
# Answers the reporter can correct from the summary (one button each).
CORRECTABLE = frozenset(REPORT_SLOTS) - {"report_danger_now"}
SKIPPED = "skipped"
UNKNOWN = "unknown"  # a follow-up quoting a reference no report has
ANONYMOUS = "anonymous"
NOT_GIVEN = "—"  # shown in the summary for a skipped answer; the same in every language
SUMMARY_FIELD_CHARS = 80  # the summary must stay a short SMS; staff see everything
CHOICE_ENTITY = "report_choice"
FIELD_ENTITY = "report_field"
EMERGENCY = "emergency"


@lru_cache(maxsize=1)
def _settings() -> Settings:
    return load_settings()


def _service() -> ReportService:
    return ReportService(_settings().database_url)


def _text(tracker: Tracker) -> str:
    """Her own words, not the English translation or the Cyrillic reading of Latin letters
    that the classifiers were given (``original_text``, bot.language.components)."""
    message = tracker.latest_message
    return str(message.get("original_text") or message.get("text") or "")


def _entity(tracker: Tracker, name: str) -> str | None:
    return next(tracker.get_latest_entity_values(name), None)


def _in_danger(tracker: Tracker) -> bool:
    """Danger now, as triage read it in the latest message (bot.conversation).

    Triage already counts the ``emergency`` intent when the classifier is confident enough;
    a bare intent name is not enough here, as short answers ("now") are often misread.
    """
    triage = tracker.latest_message.get("triage") or {}
    return bool(triage.get("priority") == EMERGENCY)


def _is_empty(text: str) -> bool:
    # The channels turn an empty message into a request for the menu (bot.channels.inbound).
    return not text.strip() or text.strip() == EMPTY_MESSAGE_PAYLOAD


def _has_no_words(text: str) -> bool:
    return not any(char.isalnum() for char in text)


def _say_once(dispatcher: CollectingDispatcher, response: str) -> None:
    if all(message.get("response") != response for message in dispatcher.messages):
        dispatcher.utter_message(response=response)


def _answer(value: Any) -> Any:
    """A slot value as stored: skipped and anonymous answers become None."""
    return None if value in (SKIPPED, ANONYMOUS) else value


def is_professional(tracker: Tracker) -> bool:
    return tracker.get_slot("report_role") in PROFESSIONAL_ROLES


class ValidateReportForm(FormValidationAction):
    """Turns each answer into a value, or asks again once, kindly.

    Skip (the intent or the button) answers any question. An empty answer is asked again once,
    then counts as skipped; so is a typed answer to a question with buttons. Free text longer
    than the report keeps is cut, and the reporter is told; an answer without words is kept
    with an invitation to add words at the summary.
    """

    def name(self) -> str:
        return "validate_report_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        danger: list[dict[str, Any]] = []
        if _in_danger(tracker):
            _say_once(dispatcher, "utter_report_danger")  # before anything else is said
            danger = [SlotSet("report_danger_now", True)]
        return danger + await super().run(dispatcher, tracker, domain)

    def validate_report_role(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if not _asked("report_role", tracker):
            return {"report_role": value}
        return _choice("report_role", REPORTER_ROLES, dispatcher, tracker)

    def validate_report_place(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if not _asked("report_place", tracker):
            return {"report_place": value}
        return _choice("report_place", PLACE_KINDS, dispatcher, tracker)

    def validate_report_location(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if not _asked("report_location", tracker):
            return {"report_location": value}
        return _free_text("report_location", dispatcher, tracker)

    def validate_report_description(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if not _asked("report_description", tracker):
            return {"report_description": value}
        return _free_text("report_description", dispatcher, tracker)

    def validate_report_seen_when(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if not _asked("report_seen_when", tracker):
            return {"report_seen_when": value}
        return _free_text("report_seen_when", dispatcher, tracker)

    def validate_report_signs(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A checklist: each button adds a sign and the question comes back, until "done"."""
        if not _asked("report_signs", tracker):
            return {"report_signs": value}
        chosen = list(tracker.get_slot("report_signs_chosen") or [])
        choice = _entity(tracker, CHOICE_ENTITY)
        if choice in SIGN_CODES:
            chosen = list(dict.fromkeys([*chosen, choice]))
            return {"report_signs": None, "report_signs_chosen": chosen, "report_reasked": None}
        if answer_intent(tracker) in ("affirm", "deny", "skip"):
            return {"report_signs": chosen, "report_reasked": None}
        retry = _retry("report_signs", _why_again(tracker), dispatcher, tracker)
        return retry if retry["report_signs"] is None else {**retry, "report_signs": chosen}

    def validate_report_danger_now(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if not _asked("report_danger_now", tracker):
            return {"report_danger_now": value}
        intent = answer_intent(tracker)
        if intent == "affirm" or _in_danger(tracker):
            _say_once(dispatcher, "utter_report_danger")
            return {"report_danger_now": True, "report_reasked": None}
        if intent == "deny":
            return {"report_danger_now": False, "report_reasked": None}
        if intent == "skip":
            return {"report_danger_now": SKIPPED, "report_reasked": None}
        return _retry("report_danger_now", _why_again(tracker), dispatcher, tracker)

    def validate_report_contact(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if not _asked("report_contact", tracker):
            return {"report_contact": value}
        if answer_intent(tracker) in ("deny", "skip"):
            return {"report_contact": ANONYMOUS, "report_reasked": None}
        answer = _free_text("report_contact", dispatcher, tracker)
        if answer["report_contact"] == SKIPPED:
            return {**answer, "report_contact": ANONYMOUS}
        return answer


def _asked(slot: str, tracker: Tracker) -> bool:
    """Whether the latest message answers ``slot``.

    When a correction re-opens the form, Rasa validates every answer already given; those
    keep their values, only the question asked again is read from the new message.
    """
    return bool(tracker.get_slot("requested_slot") == slot)


def _choice(
    slot: str, allowed: tuple[str, ...], dispatcher: CollectingDispatcher, tracker: Tracker
) -> dict[str, Any]:
    choice = _entity(tracker, CHOICE_ENTITY)
    if choice in allowed:
        return {slot: choice, "report_reasked": None}
    if answer_intent(tracker) == "skip":
        return {slot: SKIPPED, "report_reasked": None}
    return _retry(slot, _why_again(tracker), dispatcher, tracker)


def _free_text(slot: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
    text = _text(tracker).strip()
    if answer_intent(tracker) == "skip" and len(text.split()) <= 6:
        return {slot: SKIPPED, "report_reasked": None}
    if _is_empty(text) or text.startswith("/"):  # empty, or a button of an earlier question
        return _retry(slot, "utter_report_empty_answer", dispatcher, tracker)
    if len(text) > MAX_TEXT_CHARS:
        dispatcher.utter_message(response="utter_report_text_shortened", max_chars=MAX_TEXT_CHARS)
        text = text[:MAX_TEXT_CHARS]
    elif _has_no_words(text):
        dispatcher.utter_message(response="utter_report_only_emoji")
    return {slot: text, "report_reasked": None}


def _why_again(tracker: Tracker) -> str:
    return (
        "utter_report_empty_answer" if _is_empty(_text(tracker)) else "utter_report_choose_option"
    )


def _retry(
    slot: str, response: str, dispatcher: CollectingDispatcher, tracker: Tracker
) -> dict[str, Any]:
    """Ask again once; a second unusable answer counts as skipped, so nobody is stuck."""
    if tracker.get_slot("report_reasked") == slot:
        return {slot: SKIPPED, "report_reasked": None}
    dispatcher.utter_message(response=response)
    return {slot: None, "report_reasked": slot}


class AskReportQuestion(Action, ABC):
    """Asks one question of the report, in the professional wording for professionals.

    Abstract, so that the action server registers only the subclasses, one per question.
    """

    @property
    @abstractmethod
    def slot(self) -> str:
        """The slot this question fills."""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        response = f"utter_ask_{self.slot}"
        if self.slot == "report_signs" and tracker.get_slot("report_signs_chosen"):
            response = "utter_ask_report_signs_more"
        elif self.slot in PROFESSIONAL_QUESTIONS and is_professional(tracker):
            response += "_professional"
        dispatcher.utter_message(response=response)
        return []


# One ask action per question (Rasa looks up ``action_ask_<slot>``); they differ only by slot.
ASK_ACTIONS = [
    type(f"AskFor{slot.title().replace('_', '')}", (AskReportQuestion,), {"slot": slot})
    for slot in REPORT_SLOTS
]


class ActionStartReport(Action):
    """Start a new report, or re-open one answer of the report just sent (a correction).

    A correction comes from a summary button carrying ``report_field``; only that answer is
    cleared, so report_form asks just that question and the report keeps its reference.
    """

    def name(self) -> str:
        return "action_start_report"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        field = _entity(tracker, FIELD_ENTITY)
        if field in CORRECTABLE and tracker.get_slot("report_saved_reference"):
            events = [SlotSet(field, None), SlotSet("report_reasked", None)]
            if field == "report_signs":
                events.append(SlotSet("report_signs_chosen", []))
            return events
        dispatcher.utter_message(response="utter_report_intro")
        text = _text(tracker)
        # Someone who opens with what they saw ("the women at the massage place cannot leave")
        # has already answered part of the report: their words are kept with the description.
        triage = tracker.latest_message.get("triage") or {}
        opening = text if triage.get("indicators") and not text.startswith("/") else None
        return [
            *(SlotSet(slot, None) for slot in REPORT_SLOTS),
            SlotSet("report_signs_chosen", []),
            SlotSet("report_reasked", None),
            SlotSet("report_saved_reference", None),
            SlotSet("report_opening", opening),
        ]


class ActionSubmitReport(Action):
    """Store the report (or the corrected one), then show the summary and the reference."""

    def name(self) -> str:
        return "action_submit_report"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        draft = report_draft(tracker)
        service = _service()
        saved = tracker.get_slot("report_saved_reference")
        report = service.revise(saved, draft) if saved else None
        if report is None:
            report = service.create(draft)
        professional = draft.reporter_role in PROFESSIONAL_ROLES
        dispatcher.utter_message(
            response="utter_report_summary" + ("_professional" if professional else ""),
            **summary_values(tracker, report.reference),
        )
        return [SlotSet("report_saved_reference", report.reference)]


def report_draft(tracker: Tracker) -> ReportDraft:
    """The report as the conversation collected it."""
    slots = {slot: _answer(tracker.get_slot(slot)) for slot in REPORT_SLOTS}
    opening = tracker.get_slot("report_opening")
    description = "\n\n".join(part for part in (opening, slots["report_description"]) if part)
    danger = slots["report_danger_now"]
    return ReportDraft(
        channel=tracker.get_latest_input_channel() or "unknown",
        sender_ref=tracker.sender_id,
        language=conversation_language(tracker),
        reporter_role=slots["report_role"] or "citizen",
        place_kind=slots["report_place"],
        location=slots["report_location"],
        description=description or None,
        signs=list(slots["report_signs"] or []),
        seen_when=slots["report_seen_when"],
        danger_now=danger if isinstance(danger, bool) else None,
        contact=slots["report_contact"],
    )


def summary_values(tracker: Tracker, reference: str) -> dict[str, Any]:
    """Arguments of the summary: labels for choices, the reporter's words shortened."""
    role = _answer(tracker.get_slot("report_role"))
    place = _answer(tracker.get_slot("report_place"))
    contact = _answer(tracker.get_slot("report_contact"))
    return {
        "reference": reference,
        "role": f"topic_report_role_{role}" if role else NOT_GIVEN,
        "place": f"topic_report_place_{place}" if place else NOT_GIVEN,
        "location": _shown(tracker.get_slot("report_location")),
        "description": _shown(tracker.get_slot("report_description")),
        "seen_when": _shown(tracker.get_slot("report_seen_when")),
        "sign_count": len(_answer(tracker.get_slot("report_signs")) or []),
        "contact": _shown(contact) if contact else "topic_report_anonymous",
    }


def _shown(value: Any) -> str:
    text = _answer(value)
    if not text:
        return NOT_GIVEN
    text = " ".join(str(text).split())
    if len(text) > SUMMARY_FIELD_CHARS:
        text = text[: SUMMARY_FIELD_CHARS - 1].rstrip() + "…"
    # The NLG server reads arguments starting with "topic_" as catalog labels.
    return " " + text if text.startswith("topic_") else text


class ValidateReportFollowupForm(FormValidationAction):
    """Finds the report a reporter quotes, and takes what they add."""

    def name(self) -> str:
        return "validate_report_followup_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        if tracker.get_slot("followup_reference") in (SKIPPED, UNKNOWN):
            return []  # no report to add to: the form ends, action_add_to_report explains
        return domain_slots

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if _in_danger(tracker):
            _say_once(dispatcher, "utter_report_danger")
        return await super().run(dispatcher, tracker, domain)

    def validate_followup_reference(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if answer_intent(tracker) == "skip":
            return {"followup_reference": SKIPPED}
        reference = find_reference(str(value or "")) or find_reference(_text(tracker))
        if reference is not None and _service().by_reference(reference) is not None:
            return {"followup_reference": reference}
        return {"followup_reference": UNKNOWN}

    def validate_followup_text(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        answer = _free_text("followup_text", dispatcher, tracker)
        return {**answer, "followup_danger": _in_danger(tracker) or None}


class ActionAskFollowupText(Action):
    """Asks what to add, naming the report, so the reporter knows it was found."""

    def name(self) -> str:
        return "action_ask_followup_text"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(
            response="utter_ask_followup_text", reference=tracker.get_slot("followup_reference")
        )
        return []


class ActionAddToReport(Action):
    """Attach the addition to the report, or say kindly that the reference is unknown."""

    def name(self) -> str:
        return "action_add_to_report"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        reference = tracker.get_slot("followup_reference")
        text = _answer(tracker.get_slot("followup_text"))
        report = None
        if reference not in (None, SKIPPED, UNKNOWN) and text:
            report = _service().add_information(
                reference, text, danger_now=bool(tracker.get_slot("followup_danger"))
            )
        if report is not None:
            dispatcher.utter_message(response="utter_report_addition_saved", reference=reference)
        elif reference == UNKNOWN:
            dispatcher.utter_message(response="utter_report_reference_unknown")
        else:
            dispatcher.utter_message(response="utter_report_nothing_added")
        return [
            SlotSet(slot, None)
            for slot in ("followup_reference", "followup_text", "followup_danger", "report_reasked")
        ]
