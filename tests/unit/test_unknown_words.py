"""Messages made only of words never seen in training are not understood (nlu_fallback)."""

from __future__ import annotations

from pathlib import Path

from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.conversation.unknown_words import UnknownWordsFallback

TOKENIZER = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())


def _message(text: str, intent: str = "ask_health_service", **data: str) -> Message:
    message = Message(data={"text": text, **data})
    message.set("intent", {"name": intent, "confidence": 0.53})
    TOKENIZER.process([message])
    return message


def _trained(tmp_path: Path) -> UnknownWordsFallback:
    storage = LocalModelStorage(tmp_path)
    resource = Resource("unknown_words")
    context = ExecutionContext(GraphSchema({}), "test")
    component = UnknownWordsFallback.create({"confidence": 1.0}, storage, resource, context)
    examples = [_message("where can I get a health check", intent="ask_health_service")]
    for example in examples:
        example.set("intent", "ask_health_service")
    component.train(TrainingData(training_examples=examples))
    return UnknownWordsFallback.load({"confidence": 1.0}, storage, resource, context)


def test_only_unknown_words_become_the_fallback_intent(tmp_path: Path) -> None:
    component = _trained(tmp_path)
    gibberish, known, typo = (
        _message("blorp zzzt qwv"),
        _message("health?"),
        _message("helth check pls"),  # one known word is enough
    )
    component.process([gibberish, known, typo])
    assert gibberish.get("intent")["name"] == "nlu_fallback"
    assert gibberish.get("intent_ranking")[0]["name"] == "nlu_fallback"
    assert known.get("intent")["name"] == "ask_health_service"
    assert typo.get("intent")["name"] == "ask_health_service"


def test_unspaced_scripts_payloads_and_numbers_are_left_to_the_classifier(tmp_path: Path) -> None:
    component = _trained(tmp_path)
    messages = [_message("ฉันต้องการตรวจสุขภาพ"), _message("我想看医生"), _message("/affirm"),
                _message("12345")]  # fmt: skip
    component.process(messages)
    assert [m.get("intent")["name"] for m in messages] == ["ask_health_service"] * 4
