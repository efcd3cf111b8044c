"""Triage every incoming message inside Rasa's NLU pipeline.

The lexicons of ``bot.triage`` and its learned model read the person's own words in every
catalog language (and the English translation when MessageTranslator made one). Two intents of
the multilingual classifier count as indicators too: ``emergency`` (immediate danger said in
words no lexicon lists) and ``request_human``. The result is stored on the message as
``triage`` (priority, indicators with the words that triggered them, reasons), so it is kept in
the tracker, read by TriagePolicy and the escalation actions, and visible in
``rasa shell --debug``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.errors import ConfigurationError
from bot.language.components import ORIGINAL_TEXT_KEY, TRANSLATED_FROM_KEY
from bot.triage import (
    INTENT_CLASSIFIER,
    LEARNED,
    Finding,
    LearnedModel,
    Lexicon,
    TriageRules,
    assess,
    everyday_phrases,
    find_indicators,
    load_learned,
    load_lexicon,
    load_rules,
    merge_findings,
)
from bot.triage.rules import ESCALATING

TRIAGE_KEY = "triage"
# Intents that are indicators in themselves, with the confidence they need.
INTENT_INDICATORS = {"emergency": "immediate_danger", "request_human": "requests_human"}
# Messages that only steer the conversation ("thanks for the help", "no, I don't want help",
# "write to me in Polish"). When the classifier is sure of one, the learned model is not asked:
# it reads words such as "help" as danger (a Polish thank-you was an emergency), while the
# lexicons still read every such message. Not "goodbye": a hasty "he is coming, bye" is a sign
# only the model reads.
CONVERSATIONAL_INTENTS = frozenset(
    {"greet", "thank", "affirm", "deny", "skip", "show_menu", "choose_language", "bot_challenge"}
)
# Ordinary questions about health, the service, and sex work and the law. When the classifier
# is sure of one, the learned model's reading of immediate danger is not taken: it read "is the
# help free" and "where can I get a quick HIV test" as emergencies (337 of the 12,817 NLU
# examples of these intents). The lexicons and the ``emergency`` intent still read danger in
# such a message, and the model's other findings count. Where the lexicons read a sign of danger
# (``DANGER_CODES``), the model's danger now counts too. Six emergencies of the forty-six fresh
# sets, one line each, were possible victims only because the classifier was sure they asked
# for a doctor without papers; in four of them the lexicons read being held or a threat, and
# those are emergencies again (docs/triage.md, section 6.32).
ORDINARY_QUESTION_INTENTS = frozenset(
    {
        "ask_sti_test",
        "ask_health_service",
        "ask_pregnancy",
        "ask_doctor_no_papers",
        "ask_service",
        "ask_support_offers",
        "ask_counselling",
        "ask_hotline_contact",
        "ask_law_sex_work",
    }
)
# Of those, the question a worker hurt and kept from care also asks ("he keeps our passports and
# my friend is shaking with fever, where can she see a doctor without papers"): there the
# model's danger now counts when the rest of the message already makes her a possible victim.
# The two emergencies of the fresh sets that the lexicons' sign of danger (above) did not bring
# back were such lines, a possible victim by the model's kept passport or threat; of the 105 NLU
# examples of ordinary questions whose danger now the model reads, none of this intent is one
# (docs/triage.md, section 6.32).
CARE_QUESTION_INTENTS = frozenset({"ask_doctor_no_papers"})
# Of those, the questions a sex worker asks about her health and the law: there the model's
# sexual exploitation does not count either. It read "a client" as exploitation ("i am afraid
# i got hiv from a client"), and a woman who works by choice and asks about her health must get
# help, not suspicion. Coercion she names ("my pimp takes the money") is in the lexicons.
SEX_WORK_HEALTH_INTENTS = frozenset(
    {"ask_sti_test", "ask_pregnancy", "ask_health_service", "ask_law_sex_work"}
)
EVIDENCE_CHARS = 200
# The signs of danger whose everyday phrases set the classifier's emergency aside. It reads a
# message whole, so "my mates locked me in an escape room lol" and "this game kills me" were
# emergencies (2 of 136 ordinary messages in development set 16) although the lexicons and the
# model, which set such phrases aside, found nothing. When they find a sign of danger the
# classifier's reading stands; when they find none next to such a phrase, it is not taken.
DANGER_CODES = frozenset({"immediate_danger", "threats_violence", "movement_restricted"})


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class TriageAnnotator(GraphComponent):
    """Adds ``triage`` to each parsed message; must come after the intent classifiers."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # The classifier's confidence an indicator intent needs (below it, only the lexicons
        # decide). Under even odds on purpose, because a missed emergency is the worst failure:
        # in 5-fold cross-validation of the NLU data (2026-11-30) 0.4 finds 85% of the held-out
        # emergency messages and flags 0.34% of all others (0.6: 81% and 0.19%).
        # "sure_intent_confidence": how sure the classifier must be of a conversational intent
        # before the learned model is left out for that message, or of an ordinary question
        # before the model's immediate danger is.
        return {"intent_confidence": 0.4, "sure_intent_confidence": 0.8}

    def __init__(
        self,
        config: dict[str, Any],
        lexicon: Lexicon,
        rules: TriageRules,
        learned: LearnedModel | None = None,
    ) -> None:
        self.intent_confidence = float(config["intent_confidence"])
        self.sure_intent_confidence = float(config["sure_intent_confidence"])
        self.lexicon = lexicon
        self.rules = rules
        self.learned = learned

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> TriageAnnotator:
        # Lexicons, rules and the learned model are loaded at start-up: a broken rules or
        # training file stops the server with a message, it never switches triage off.
        cache_dir = _cache_dir()
        learned = load_learned(cache_dir=cache_dir)
        return cls(config, load_lexicon(cache_dir=cache_dir), load_rules(), learned)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            message.set(TRIAGE_KEY, self.assess(message), add_to_output=True)
        return messages

    def assess(self, message: Message) -> dict[str, Any]:
        """The triage of one parsed message, as stored in the tracker."""
        original = message.get(ORIGINAL_TEXT_KEY) or message.get(TEXT) or ""
        # Her words, and the English translation when there is one. Not the Cyrillic reading
        # of Latin letters made for the classifiers: her words are read in Cyrillic anyway,
        # with the entries loosened for every spelling (bot.triage.transliteration).
        translation = message.get(TEXT) if message.get(TRANSLATED_FROM_KEY) else None
        texts = dict.fromkeys([original, translation or original])
        sure_intent = self._sure_intent(message, original)
        learned = None if sure_intent in CONVERSATIONAL_INTENTS else self.learned
        found = [find_indicators(text, self.lexicon, learned) for text in texts]
        findings = {f.code: f for f in merge_findings(found)}
        for code in _model_codes_not_taken(sure_intent, findings, self.rules):
            if code in findings and findings[code].language == LEARNED:
                del findings[code]
        for code in self._intent_indicators(message):
            if code in findings:
                continue
            if code == "immediate_danger" and self._played_down(texts, findings):
                continue
            findings[code] = Finding(code, (original[:EVIDENCE_CHARS],), INTENT_CLASSIFIER)
        return triage_record(findings.values(), self.rules)

    def _played_down(self, texts: Iterable[str], findings: dict[str, Finding]) -> bool:
        """True when the lexicons and the model found no sign of danger (``DANGER_CODES``)
        and the message has an everyday phrase for it (an escape room, a game, a lock on the
        clinic door): they have weighed the phrase already. A sign they did find next to it
        ("... but my boss doesn't let me leave the house") keeps the classifier's reading."""
        if findings.keys() & DANGER_CODES:
            return False
        return any(everyday_phrases(text, self.lexicon, DANGER_CODES) for text in texts)

    def _sure_intent(self, message: Message, original: str) -> str | None:
        """The intent the classifier is sure of, if any, in a message of one line.

        Over several lines ("hello / he hit me and locked the door / who do I call?") the
        classifier names one intent for the whole, often the greeting or the question, while
        the danger is on another line; there its sureness silences nothing.
        """
        if len([line for line in original.splitlines() if line.strip()]) > 1:
            return None
        intent = message.get(INTENT) or {}
        if float(intent.get("confidence") or 0) >= self.sure_intent_confidence:
            return intent.get("name")
        return None

    def _intent_indicators(self, message: Message) -> list[str]:
        """Indicator codes from the classifier's ranking (FallbackClassifier keeps it)."""
        ranking = message.get(INTENT_RANKING_KEY) or [message.get(INTENT) or {}]
        return [
            INTENT_INDICATORS[item["name"]]
            for item in ranking
            if item.get("name") in INTENT_INDICATORS
            and float(item.get("confidence") or 0) >= self.intent_confidence
        ]


def _model_codes_not_taken(
    sure_intent: str | None, findings: dict[str, Finding], rules: TriageRules
) -> tuple[str, ...]:
    """The codes the learned model may not decide alone in a message of ``sure_intent``: none
    when the lexicons read a sign of danger in it (``DANGER_CODES``). The classifier's sureness
    is about what she asks; being held, a threat or danger now beside the question ("we are not
    allowed to leave the farm and my friend is coughing blood, where is a doctor without
    papers") says why she asks, and there the model's reading of danger now is what makes it an
    emergency. None either in a question about a doctor (``CARE_QUESTION_INTENTS``) that the
    rest of the message makes a possible victim's."""
    if any(f.code in DANGER_CODES and f.language != LEARNED for f in findings.values()):
        return ()
    if sure_intent in CARE_QUESTION_INTENTS and _escalates_without_danger_now(findings, rules):
        return ()
    if sure_intent in SEX_WORK_HEALTH_INTENTS:
        return ("immediate_danger", "sexual_exploitation")
    if sure_intent in ORDINARY_QUESTION_INTENTS:
        return ("immediate_danger",)
    return ()


def _escalates_without_danger_now(findings: dict[str, Finding], rules: TriageRules) -> bool:
    """True when what was found, without the model's danger now, makes a possible victim."""
    rest = [
        f for f in findings.values() if not (f.code == "immediate_danger" and f.language == LEARNED)
    ]
    return assess(rest, rules).priority in ESCALATING


def _cache_dir() -> Path | None:
    """Where the server keeps the compiled lexicons and the fitted model between restarts
    (never the repository): loading them is faster than making them, and the server starts
    often."""
    from bot.settings import load_settings

    try:
        return load_settings().cache_dir
    except ConfigurationError:
        return None  # no usable settings: compile and train at start-up instead


def triage_record(findings: Any, rules: TriageRules) -> dict[str, Any]:
    """Assess ``findings`` and turn the result into plain data for the tracker."""
    assessment = assess(findings, rules)
    return {
        "priority": assessment.priority,
        "indicators": [{"code": f.code, "evidence": list(f.evidence)} for f in assessment.findings],
        "reasons": list(assessment.reasons),
    }
