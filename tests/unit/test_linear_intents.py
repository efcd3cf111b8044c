"""The linear intent classifier: right intents from Rasa's featurizers, stored without pickle."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import (
    CountVectorsFeaturizer,
)
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import TfidfTransformer

from bot.conversation.linear_intents import (
    MODEL_FILE,
    LinearIntentClassifier,
    read_model,
    weighted,
)

TRAINING = {
    "ask_doctor_no_papers": [
        "can I see a doctor without papers", "doctor without a residence permit",
        "jeg har ingen papirer, kan jeg gå til lægen", "læge uden papirer",
        "pot merge la doctor fara acte", "doctor fara buletin",
    ],
    "ask_housing": [
        "where can I sleep tonight", "I need a safe place to stay",
        "hvor kan jeg sove i nat", "jeg har brug for et sikkert sted at bo",
        "unde pot dormi in seara asta", "am nevoie de un loc sigur",
    ],
    "request_human": [
        "I want to talk to a person", "can a real human write to me",
        "jeg vil tale med et menneske", "kan jeg skrive med en rådgiver",
        "vreau sa vorbesc cu un om", "pot vorbi cu o persoana reala",
    ],
}  # fmt: skip
CONTEXT = ExecutionContext(GraphSchema({}), "test")


class Pipeline:
    """Tokenizer, Rasa's two count featurizers as in config.yml, and the classifier."""

    def __init__(self, storage_dir: Path, **config: float) -> None:
        storage_dir.mkdir(parents=True, exist_ok=True)
        storage = LocalModelStorage(storage_dir)
        self.tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
        self.featurizers = [
            CountVectorsFeaturizer.create(
                {**CountVectorsFeaturizer.get_default_config(), **options},
                storage,
                Resource(f"featurizer_{number}"),
                CONTEXT,
            )
            for number, options in enumerate(
                [{"analyzer": "word", "max_ngram": 2}, {"analyzer": "char_wb", "max_ngram": 4}]
            )
        ]
        examples = [
            Message(data={"text": text, "intent": intent})
            for intent, texts in TRAINING.items()
            for text in texts
        ]
        data = TrainingData(training_examples=examples)
        self.tokenizer.process_training_data(data)
        for featurizer in self.featurizers:
            featurizer.train(data)
            featurizer.process_training_data(data)
        self.resource = Resource("linear_intents")
        LinearIntentClassifier.create(config, storage, self.resource, CONTEXT).train(data)
        self.classifier = LinearIntentClassifier.load(config, storage, self.resource, CONTEXT)
        self.storage = storage

    def parse(self, *texts: str) -> list[Message]:
        messages = [Message(data={"text": text}) for text in texts]
        self.tokenizer.process(messages)
        for featurizer in self.featurizers:
            featurizer.process(messages)
        return self.classifier.process(messages)


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    return Pipeline(tmp_path_factory.mktemp("linear"))


def test_unseen_messages_in_three_languages_get_the_right_intent(pipeline: Pipeline) -> None:
    messages = pipeline.parse(
        "is there a doctor for people without papers",
        "hvor kan jeg sove",
        "vreau sa vorbesc cu o persoana",
    )

    assert [m.get("intent")["name"] for m in messages] == [
        "ask_doctor_no_papers",
        "ask_housing",
        "request_human",
    ]


def test_the_ranking_is_ordered_and_its_confidences_add_up_to_one(pipeline: Pipeline) -> None:
    [message] = pipeline.parse("I need a doctor but I have no papers")

    ranking = message.get("intent_ranking")
    confidences = [entry["confidence"] for entry in ranking]
    assert ranking[0]["name"] == message.get("intent")["name"]
    assert confidences == sorted(confidences, reverse=True)
    assert sum(confidences) == pytest.approx(1.0)
    assert len(ranking) == len(TRAINING)


def test_a_higher_temperature_makes_the_same_answer_more_confident(tmp_path: Path) -> None:
    text = "where can I sleep safely"
    [mild] = Pipeline(tmp_path / "mild", temperature=2.0).parse(text)
    [sharp] = Pipeline(tmp_path / "sharp", temperature=12.0).parse(text)

    assert mild.get("intent")["name"] == sharp.get("intent")["name"] == "ask_housing"
    assert sharp.get("intent")["confidence"] > mild.get("intent")["confidence"]


def test_the_weighting_is_scikit_learns_sublinear_tf_idf() -> None:
    counts = scipy.sparse.csr_matrix(np.array([[3, 0, 1, 0], [0, 2, 0, 0], [1, 1, 1, 5]]))
    reference = TfidfTransformer(sublinear_tf=True).fit(counts)

    ours = weighted(counts, reference.idf_)

    np.testing.assert_allclose(ours.toarray(), reference.transform(counts).toarray())


def test_the_model_is_stored_as_plain_arrays(pipeline: Pipeline) -> None:
    with pipeline.storage.read_from(pipeline.resource) as directory:
        model = read_model(directory / MODEL_FILE)

    assert sorted(model.intents) == sorted(TRAINING)
    assert model.weights.shape == (len(TRAINING), model.idf.shape[0])


def test_an_untrained_classifier_sets_no_intent(tmp_path: Path) -> None:
    classifier = LinearIntentClassifier.load(
        {}, LocalModelStorage(tmp_path), Resource("never_trained"), CONTEXT
    )
    message = Message(data={"text": "hello"})

    classifier.process([message])

    assert message.get("intent") is None


def test_a_model_file_with_pickled_objects_is_refused(tmp_path: Path) -> None:
    path = tmp_path / MODEL_FILE
    np.savez(path, intents=np.array([{"code": "anything"}], dtype=object))

    with pytest.raises(ValueError, match="pickle"):
        read_model(path)
