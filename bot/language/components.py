"""Rasa NLU graph components for languages, so `rasa train`, `rasa test` and `rasa shell` see
them exactly as the server does (config.yml lists them first in the pipeline).

- ``LanguageDetector`` adds the entity ``language`` (the detected language, only when reliable;
  fills the ``language`` slot; Russian, Ukrainian or Bulgarian typed in Latin letters is
  recognised by its words, ``bot.language.vocabulary``) and ``requested_language`` (a
  language the person names in a short message, "speak English"), and reports the detection
  as ``language_detection``.
- ``MessageTranslator`` translates a message in a language without NLU training data into
  English with Argos, when a model for that pair is installed, and writes Russian, Ukrainian
  or Bulgarian typed in Latin letters in Cyrillic; the tracker keeps her original words, the
  parse data records ``original_text``.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.language.detection import MessageLanguageDetector
from bot.language.latin_cyrillic import write_in_cyrillic
from bot.language.names import requested_language
from bot.language.responses import Translator
from bot.language.vocabulary import reading_vocabulary

log = logging.getLogger(__name__)

DETECTION_KEY = "language_detection"
ORIGINAL_TEXT_KEY = "original_text"
TRANSLATED_FROM_KEY = "translated_from"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class LanguageDetector(GraphComponent, EntityExtractorMixin):
    """Detects the language of each message; see the module docstring."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"languages": ["en"]}

    def __init__(self, config: dict[str, Any], eager: bool) -> None:
        self._languages = list(config["languages"])
        self._detector = _detector(self._languages) if eager else None

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LanguageDetector:
        # Training never detects anything: skip the ten seconds lingua needs to load.
        return cls(config, eager=False)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> LanguageDetector:
        return cls(config, eager=True)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        if self._detector is None:
            self._detector = _detector(self._languages)
        for message in messages:
            text = message.get(TEXT) or ""
            detection = self._detector.detect(text)
            entities = list(message.get(ENTITIES) or [])
            if detection.reliable and detection.language:
                entities.append(_entity("language", detection.language, detection.confidence))
            requested = requested_language(text) if not text.startswith("/") else None
            if requested:
                entities.append(_entity("requested_language", requested, 1.0))
            message.set(ENTITIES, entities, add_to_output=True)
            message.set(
                DETECTION_KEY,
                {
                    "language": detection.language,
                    "confidence": round(detection.confidence, 3),
                    "reliable": detection.reliable,
                    "transliterated": detection.transliterated,
                },
                add_to_output=True,
            )
        return messages


def _detector(languages: list[str]) -> MessageLanguageDetector:
    """With the words that recognise Russian, Ukrainian and Bulgarian typed in Latin letters."""
    return MessageLanguageDetector(languages, reading_vocabulary())


def _entity(name: str, value: str, confidence: float) -> dict[str, Any]:
    return {
        "entity": name,
        "value": value,
        "start": 0,
        "end": 0,
        "confidence_entity": round(confidence, 3),
        "extractor": LanguageDetector.__name__,
    }


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class MessageTranslator(GraphComponent):
    """Gives the classifiers a message they were trained for: translated to English from a
    language without NLU data, when Argos can; written in Cyrillic when it is Russian,
    Ukrainian or Bulgarian typed in Latin letters (the detection says ``transliterated``).

    Runs after ``LanguageDetector`` and before tokenisation. Her own words stay in
    ``original_text``, which triage reads. The Argos models are the ones installed with
    `helpline languages install` (the settings' ``argos_dir``); with none installed only the
    Cyrillic reading changes a message.
    """

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"nlu_languages": ["en"]}

    def __init__(self, config: dict[str, Any], translator: Translator | None) -> None:
        self._nlu_languages = frozenset(config["nlu_languages"])
        self._translator = translator

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MessageTranslator:
        return cls(config, translator=None)  # training data needs no translation

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> MessageTranslator:
        from bot.language.translation import ArgosTranslator
        from bot.settings import load_settings

        return cls(config, translator=ArgosTranslator(load_settings().argos_dir))

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            detection = message.get(DETECTION_KEY) or {}
            if detection.get("transliterated"):
                text = message.get(TEXT)
                message.set(ORIGINAL_TEXT_KEY, text, add_to_output=True)
                message.set(TEXT, write_in_cyrillic(text, detection["language"]))
                continue
            source = detection.get("language")
            if not self._should_translate(message, source):
                continue
            text = message.get(TEXT)
            try:
                translated = self._translator.translate(text, source, "en")  # type: ignore[union-attr]
            except Exception:  # a broken model must never stop the conversation
                log.exception("translation %s→en failed; understanding the original", source)
                continue
            message.set(ORIGINAL_TEXT_KEY, text, add_to_output=True)
            message.set(TRANSLATED_FROM_KEY, source, add_to_output=True)
            message.set(TEXT, translated)
        return messages

    def _should_translate(self, message: Message, source: str | None) -> bool:
        detection = message.get(DETECTION_KEY) or {}
        return bool(
            self._translator is not None
            and source
            and detection.get("reliable")
            and source not in self._nlu_languages
            and self._translator.can_translate(source, "en")
        )
