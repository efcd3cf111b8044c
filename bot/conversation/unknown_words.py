"""A message without a single word the assistant was trained on is not understood.

The intent classifier always names some intent, and for letters typed at random ("blorp zzzt
qwv") its best guess can pass the fallback threshold: the person then gets an answer to a
question she never asked. This component remembers every word of the training data and turns
the intent of a message made only of unknown words into ``nlu_fallback`` (Rasa's two-stage
fallback then asks her to rephrase). Messages in scripts written without spaces (Thai,
Chinese) are one "word" to the whitespace tokenizer and are left to the classifier's
character n-grams; button payloads are left alone. Triage runs after this and reads the text
itself, so danger written with typos is still found."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

FALLBACK_INTENT = "nlu_fallback"
VOCABULARY_FILE = "vocabulary.json"
UNSPACED_SCRIPTS = ("THAI", "CJK", "HIRAGANA", "KATAKANA", "HANGUL", "LAO", "KHMER", "MYANMAR")


def _words(message: Message) -> list[str]:
    tokens = message.get(TOKENS_NAMES[TEXT]) or []
    return [t.text.casefold() for t in tokens if any(ch.isalpha() for ch in t.text)]


def _unspaced(text: str) -> bool:
    return any(
        ch.isalpha() and unicodedata.name(ch, "").startswith(UNSPACED_SCRIPTS) for ch in text
    )


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class UnknownWordsFallback(GraphComponent):
    """Sets ``nlu_fallback`` when no word of the message occurs in the training data."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"confidence": 1.0}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        vocabulary: frozenset[str],
    ) -> None:
        self._confidence = float(config["confidence"])
        self._storage = model_storage
        self._resource = resource
        self._vocabulary = vocabulary

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> UnknownWordsFallback:
        return cls(config, model_storage, resource, frozenset())

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> UnknownWordsFallback:
        try:
            with model_storage.read_from(resource) as directory:
                words = json.loads((directory / VOCABULARY_FILE).read_text(encoding="utf-8"))
        except (ValueError, FileNotFoundError):
            words = []  # not trained: never overrules the classifier
        return cls(config, model_storage, resource, frozenset(words))

    def train(self, training_data: TrainingData) -> Resource:
        words = sorted({w for example in training_data.intent_examples for w in _words(example)})
        with self._storage.write_to(self._resource) as directory:
            (directory / VOCABULARY_FILE).write_text(json.dumps(words), encoding="utf-8")
        self._vocabulary = frozenset(words)
        return self._resource

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            words = _words(message)
            if (
                not self._vocabulary
                or not words
                or text.startswith("/")
                or _unspaced(text)
                or any(word in self._vocabulary for word in words)
            ):
                continue
            set_fallback_intent(message, self._confidence)
        return messages


def set_fallback_intent(message: Message, confidence: float | None) -> None:
    """Make the message's intent ``nlu_fallback`` (Rasa's two-stage fallback then asks her),
    first in a ranking that keeps the classifier's guesses, as FallbackClassifier does."""
    fallback = {INTENT_NAME_KEY: FALLBACK_INTENT, PREDICTED_CONFIDENCE_KEY: confidence}
    message.set(INTENT, fallback, add_to_output=True)
    ranking = [fallback, *(message.get(INTENT_RANKING_KEY) or [])]
    message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
