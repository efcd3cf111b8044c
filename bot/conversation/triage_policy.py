"""The dialogue side of triage: escalate at once in danger, offer a counsellor otherwise.

Rules answer what the person asked; this policy adds what triage demands, whatever the intent:
- ``emergency`` in her latest message: ``action_escalate`` before anything else (emergency
  guidance, an emergency case, the bot pauses), even in the middle of a form;
- ``high``: after the answer to her question, ``action_offer_counsellor`` (once; not again
  after she declined, she can still ask for a person at any time); at once instead of "did
  you mean ...?" when her message is not a question the assistant knows, and instead of the
  report form when the classifier is not sure it is a report (a victim's own story, "they keep
  our passports and we cannot leave", reads much like a citizen's report);
- indicators too weak for ``high``: the optional yes/no screening questions
  (``action_screening``), once per conversation.
Her answers to an offer or a question are rules (data/rules/escalation.yml), with one
addition here: a plain yes or no in the conversation's language is her answer even when the
shared NLU model read it otherwise (Polish "tak" is not Danish thanks; bot/conversation/yes_no.py).
The report forms are left alone: someone reporting what they saw is not a possible victim, so
no case is opened for them; the form itself gives 112 when an answer describes danger and makes
the report an emergency (actions/reports.py).
It predicts with priority above RulePolicy's, so a tie at full confidence goes to safety.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import ACTION_EXTRACT_SLOTS, ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot.conversation.triage_annotator import TRIAGE_KEY
from bot.conversation.yes_no import AFFIRM, DENY, read_yes_no
from bot.language.conversation_language import conversation_language

NLU_FALLBACK = "nlu_fallback"
REPORT_INTENT = "report_suspicion"
# Below this confidence, words with signs of exploitation may be her own story, not a report
# about others: she is offered a counsellor first. "I want to report a farm" scores 1.0; in
# tests a victim's story read as a report scored 0.64-0.67.
REPORT_CERTAINTY = 0.9
ESCALATE = "action_escalate"
OFFER = "action_offer_counsellor"
OPEN_CASE = "action_open_case"
DECLINED = "action_counsellor_declined"
SCREENING = "action_screening"
# Actions after which this policy waits for the person (they end the bot's turn).
OWN_ACTIONS = (ESCALATE, OFFER, SCREENING, DECLINED)
# What her yes or no to each yes/no question leads to (the same as the rules in escalation.yml).
ANSWERED = {
    OFFER: {AFFIRM: OPEN_CASE, DENY: DECLINED},
    SCREENING: {AFFIRM: SCREENING, DENY: SCREENING},
}
# The report conversation (domain/reports.yml): triage of a reporter's words is the report's.
REPORT_FORMS = ("report_form", "report_followup_form")
REPORT_ACTIONS = frozenset({*REPORT_FORMS, "action_start_report", "action_submit_report",
                            "action_add_to_report"})  # fmt: skip


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False
)
class TriagePolicy(Policy):
    """Predicts the escalation steps from the ``triage`` of the latest message."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"priority": 7}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> None:
        super().__init__(config, model_storage, resource, execution_context)

    def train(
        self, training_trackers: list[TrackerWithCachedStates], domain: Domain, **kwargs: Any
    ) -> Resource:
        return self._resource  # nothing to learn: the decisions are rules.yml's

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        action = next_triage_action(tracker)
        probabilities = self._default_predictions(domain)
        if action is None:
            return self._prediction(probabilities)
        probabilities[domain.index_for_action(action)] = 1.0
        # In danger the policy must also win against a form's "happy path" prediction.
        return self._prediction(probabilities, is_no_user_prediction=action == ESCALATE)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> TriagePolicy:
        return cls(config, model_storage, resource, execution_context)

    def persist(self) -> None:
        return None


def next_triage_action(tracker: DialogueStateTracker) -> str | None:
    """What triage needs done next in this turn, or None to leave it to the other policies."""
    latest, done = _latest_turn(tracker)
    if latest is None:
        return None
    if done and done[-1] in OWN_ACTIONS:
        return ACTION_LISTEN_NAME
    if tracker.active_loop_name in REPORT_FORMS or REPORT_ACTIONS.intersection(done):
        return None
    triage = latest.parse_data.get(TRIAGE_KEY) or {}  # type: ignore[attr-defined]
    priority = triage.get("priority")
    if priority == "emergency":
        return None if ESCALATE in done else ESCALATE
    if not done and (answered := _answer_to_question(tracker, latest)):
        return answered
    declined = tracker.get_slot("counsellor_offer") == "declined"
    if not done and priority == "high" and _maybe_her_own_story(latest) and not declined:
        return OFFER  # her words are not a question we know, but they are a reason to help
    if not done or done[-1] == ACTION_LISTEN_NAME or tracker.active_loop_name:
        return None  # first the rules answer her question; never interrupt a form
    if OPEN_CASE in done or OFFER in done or SCREENING in done:
        return None
    if priority == "high":
        return None if declined else OFFER
    if triage.get("indicators") and not tracker.get_slot("screening_done"):
        return SCREENING if priority == "none" else None
    return None


def _maybe_her_own_story(latest: UserUttered) -> bool:
    """Not a question the assistant knows, or a report the classifier is not sure of."""
    intent = latest.intent or {}
    if intent.get("name") == NLU_FALLBACK:
        return True
    confidence = float(intent.get("confidence") or 0.0)
    return intent.get("name") == REPORT_INTENT and confidence < REPORT_CERTAINTY


def _latest_turn(tracker: DialogueStateTracker) -> tuple[UserUttered | None, list[str]]:
    """The latest user message and the actions run since (Rasa's slot extraction excluded)."""
    done: list[str] = []
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return event, list(reversed(done))
        if isinstance(event, ActionExecuted) and event.action_name and not _ignored(event):
            done.append(event.action_name)
    return None, []


def _answer_to_question(tracker: DialogueStateTracker, latest: UserUttered) -> str | None:
    """The next step when her message is a plain yes/no, in her language, to our question."""
    next_steps = ANSWERED.get(_question_before(tracker) or "")
    if next_steps is None:
        return None
    answer = read_yes_no(latest.text, conversation_language(tracker))
    return next_steps.get(answer) if answer else None


def _question_before(tracker: DialogueStateTracker) -> str | None:
    """The last action of the bot's turn before her latest message."""
    events = iter(reversed(tracker.events))
    for event in events:
        if isinstance(event, UserUttered):
            break
    for event in events:
        if isinstance(event, UserUttered):
            return None
        if isinstance(event, ActionExecuted) and event.action_name not in (
            ACTION_LISTEN_NAME,
            ACTION_EXTRACT_SLOTS,
            None,
        ):
            return event.action_name
    return None


def _ignored(event: ActionExecuted) -> bool:
    """Rasa's slot extraction runs after every message; it is not a step of the dialogue."""
    return event.action_name == ACTION_EXTRACT_SLOTS
