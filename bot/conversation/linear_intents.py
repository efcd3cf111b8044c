"""Intents from a linear model over the pipeline's n-gram counts, with calibrated confidences.

Why not DIET: with ~40,000 short examples in 17 languages, a linear support vector machine on
TF-IDF weighted word and character n-grams finds the right intent more often (5-fold
cross-validation, 2026-11-30: 92% against DIET's 87%, and more often confident enough to
answer), fits in under a minute (DIET: about ten), and scores a message in well under a
millisecond without TensorFlow. The features are the sentence counts of the featurizers in
config.yml (Rasa's CountVectorsFeaturizer and RegexFeaturizer); this component only weighs
them (sublinear term frequency, inverse document frequency, unit length) and classifies.

Confidences are the softmax of the decision scores times ``temperature``. Cross-validated log
loss is lowest near 6, so a confidence of 0.5 means about even odds, which is what Rasa's
FallbackClassifier threshold and the triage annotator's intent threshold assume.

The model is stored as plain arrays (numpy ``.npz`` without pickle), so loading a model file
cannot run code.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.featurizers.featurizer import Featurizer
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.preprocessing import normalize
from sklearn.svm import LinearSVC

MODEL_FILE = "linear_intents.npz"
INTENT_RANKING = "intent_ranking"


@dataclass(frozen=True)
class LinearModel:
    """What a trained classifier needs to score a message: weights per intent, and the idf."""

    intents: np.ndarray  # (n_intents,) intent names
    weights: np.ndarray  # (n_intents, n_features)
    bias: np.ndarray  # (n_intents,)
    idf: np.ndarray  # (n_features,)

    @cached_property
    def _weights_by_feature(self) -> np.ndarray:
        # (n_features, n_intents), C order, float64 like the weighted counts: a sparse row
        # times it costs its non-zeros only. The stored float32 view would be converted
        # (tens of megabytes) on every message.
        return np.ascontiguousarray(self.weights.T, dtype=np.float64)

    def confidences(self, counts: scipy.sparse.spmatrix, temperature: float) -> np.ndarray:
        """Probability-like scores per intent for each row of raw n-gram counts."""
        scores = weighted(counts, self.idf) @ self._weights_by_feature + self.bias
        scores = np.asarray(scores) * temperature
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)


def weighted(counts: scipy.sparse.spmatrix, idf: np.ndarray) -> scipy.sparse.csr_matrix:
    """TF-IDF as scikit-learn computes it: 1 + log(count), times idf, rows of unit length."""
    matrix = scipy.sparse.csr_matrix(counts, dtype=np.float64, copy=True)
    matrix.data = (1.0 + np.log(matrix.data)) * idf[matrix.indices]
    return normalize(matrix, norm="l2", copy=False)


def sentence_counts(messages: list[Message], width: int | None = None) -> scipy.sparse.csr_matrix:
    """The featurizers' sentence counts of each message, one row per message.

    A message without features (none trained yet) is a row of zeros, scored by the bias only.
    """
    rows = []
    for message in messages:
        _, sentence = message.get_sparse_features(TEXT)
        rows.append(None if sentence is None else scipy.sparse.csr_matrix(sentence.features))
    width = width or max((row.shape[1] for row in rows if row is not None), default=0)
    return scipy.sparse.vstack(
        [row if row is not None else scipy.sparse.csr_matrix((1, width)) for row in rows],
        format="csr",
    )


def read_model(path: Path) -> LinearModel:
    """The stored arrays; ``allow_pickle=False`` so that a model file cannot run code."""
    with np.load(path, allow_pickle=False) as arrays:
        return LinearModel(**{name: arrays[name] for name in arrays.files})


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class LinearIntentClassifier(GraphComponent, IntentClassifier):
    """Sets ``intent`` and ``intent_ranking`` from a linear SVM over TF-IDF n-grams."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [Featurizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"C": 1.0, "temperature": 6.0, "ranking_length": 10}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: LinearModel | None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LinearIntentClassifier:
        return cls(config, model_storage, resource, None)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> LinearIntentClassifier:
        try:
            with model_storage.read_from(resource) as directory:
                model = read_model(directory / MODEL_FILE)
        except (ValueError, FileNotFoundError):
            model = None  # not trained: sets no intent, so Rasa's fallback answers
        return cls(config, model_storage, resource, model)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if not examples:
            return self._resource
        counts = sentence_counts(examples)
        tfidf = TfidfTransformer(sublinear_tf=True).fit(counts)
        svm = LinearSVC(C=float(self._config["C"]), random_state=0)
        svm.fit(weighted(counts, tfidf.idf_), [e.get(INTENT) for e in examples])
        self._model = LinearModel(
            intents=np.asarray(svm.classes_, dtype=str),
            weights=svm.coef_.astype(np.float32),
            bias=svm.intercept_.astype(np.float32),
            idf=tfidf.idf_.astype(np.float32),
        )
        with self._storage.write_to(self._resource) as directory:
            arrays = {field.name: getattr(self._model, field.name) for field in fields(LinearModel)}
            np.savez_compressed(directory / MODEL_FILE, **arrays)
        return self._resource

    def process(self, messages: list[Message]) -> list[Message]:
        if self._model is None or not messages:
            return messages
        counts = sentence_counts(messages, width=self._model.idf.shape[0])
        confidences = self._model.confidences(counts, float(self._config["temperature"]))
        intents = self._model.intents
        for message, row in zip(messages, confidences, strict=True):
            ranking = [
                {INTENT_NAME_KEY: str(intents[i]), PREDICTED_CONFIDENCE_KEY: float(row[i])}
                for i in np.argsort(-row)[: int(self._config["ranking_length"])]
            ]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING, ranking, add_to_output=True)
        return messages
