"""Rasa's response checks give the same answers with the compiled validators, checked once."""

from __future__ import annotations

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.nlg.callback import CallbackNaturalLanguageGenerator
from rasa.shared.exceptions import RasaException

from bot.conversation import schema_cache


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The cache installed for this test only; returns the schemas that were checked."""
    checked: list[object] = []
    monkeypatch.setattr(jsonschema, "validate", schema_cache.validate)
    monkeypatch.setattr(schema_cache, "_validators", {})
    original_check = jsonschema.Draft202012Validator.check_schema

    def counting_check(schema: object) -> None:
        checked.append(schema)
        original_check(schema)

    monkeypatch.setattr(jsonschema.Draft202012Validator, "check_schema", counting_check)
    monkeypatch.setattr(jsonschema.Draft7Validator, "check_schema", counting_check)
    monkeypatch.setattr(jsonschema.Draft4Validator, "check_schema", counting_check)
    return checked


def test_action_results_are_accepted_and_refused_as_before(installed: list[object]) -> None:
    action = RemoteAction("action_screening", None)
    good = {"events": [{"event": "slot", "name": "language", "value": "ro"}], "responses": []}
    for _ in range(5):
        assert action._validate_action_result(good) is True
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server"):
        action._validate_action_result({"events": "not a list"})
    assert len(installed) == 1  # the schema itself was checked once, not six times


def test_nlg_answers_are_accepted_and_refused_as_before(installed: list[object]) -> None:
    validate = CallbackNaturalLanguageGenerator.validate_response
    assert validate({"text": "Bună", "buttons": [{"title": "Da", "payload": "/affirm"}]})
    assert validate({"text": "again"})
    with pytest.raises(RasaException, match="Failed to validate NLG response"):
        validate({"text": ["not", "a", "string"]})
    assert len(installed) == 1


def test_a_broken_schema_is_still_refused(installed: list[object]) -> None:
    with pytest.raises(jsonschema.SchemaError):
        schema_cache.validate({}, {"type": 12})
