"""An ``emergency`` intent that triage set aside is a question to her, not 112.

The classifier reads a message whole and names one intent for it. Triage counts its
``emergency`` as danger now (``TriageAnnotator``), except where the lexicons and the learned
model found no sign of danger beside an everyday phrase of one ("my mates locked me in an escape
room for my bday lol", a game, the clinic door that was locked). But the safety rule "danger gets
emergency guidance and an emergency case" (data/rules/safety.yml) follows the intent, so the
person still got 112 and an emergency case that triage had set aside. On the fifty-two fresh
blind sets and the development sets that was 23 ordinary messages, none of them escalated in
triage's record, which is all the bench measured (docs/triage.md, section 6.35).

Here a message whose intent is ``emergency`` while triage's priority is not becomes
``nlu_fallback``, with the classifier's ranking kept: Rasa's two-stage fallback asks her "Did
you want to know about: help in danger?" (``action_default_ask_affirmation`` suggests the
likeliest topic), and her yes, the button ``/emergency``, escalates by the rule. Where triage
found a possible victim, ``TriagePolicy`` offers her a counsellor at once, as for every message
it escalates that the classifier does not understand. Button payloads such as the menu's "I am
in danger" skip the NLU pipeline and keep their intent. Must come after ``TriageAnnotator``,
whose record it reads.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, PREDICTED_CONFIDENCE_KEY
from rasa.shared.nlu.training_data.message import Message

from bot.conversation.triage_annotator import TRIAGE_KEY
from bot.conversation.unknown_words import set_fallback_intent

EMERGENCY_INTENT = "emergency"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class UnsureDangerFallback(GraphComponent):
    """Sets ``nlu_fallback`` where the intent is ``emergency`` but triage's priority is not."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> UnsureDangerFallback:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            priority = (message.get(TRIAGE_KEY) or {}).get("priority")
            if intent.get(INTENT_NAME_KEY) != EMERGENCY_INTENT or priority == "emergency":
                continue
            set_fallback_intent(message, intent.get(PREDICTED_CONFIDENCE_KEY))
        return messages
