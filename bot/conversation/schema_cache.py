"""Rasa checks every action-server and NLG-server answer with a validator compiled once.

Rasa 3.6 calls ``jsonschema.validate(answer, spec)`` for each custom action result and each
NLG response. That function first validates the *schema* against the JSON Schema metaschema,
every time; with two or three such answers per message this was about a quarter of the Rasa
server's CPU per message (py-spy during the soak, docs/benchmarks.md). The schemas are
constants, so a validator compiled once per schema gives the same answers and the same errors
(``best_match``, as ``jsonschema.validate`` raises) for a fraction of the cost.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

_original_validate = jsonschema.validate
_validators: dict[str, Any] = {}
_MAX_SCHEMAS = 64  # Rasa has two; a bound in case something validates ad-hoc schemas


def validate(instance: Any, schema: Any, cls: Any = None, *args: Any, **kwargs: Any) -> None:
    """``jsonschema.validate`` with the schema checked and compiled once."""
    if cls is not None or args or kwargs or len(_validators) >= _MAX_SCHEMAS:
        _original_validate(instance, schema, cls, *args, **kwargs)
        return
    key = json.dumps(schema, sort_keys=True, default=str)
    validator = _validators.get(key)
    if validator is None:
        validator_class = jsonschema.validators.validator_for(schema)
        validator_class.check_schema(schema)
        validator = _validators[key] = validator_class(schema)
    error = best_match(validator.iter_errors(instance))
    if error is not None:
        raise error


def install() -> None:
    """Use the compiled validators in this process (Rasa imports ``validate`` at each call)."""
    jsonschema.validate = validate
