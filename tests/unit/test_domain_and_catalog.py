"""The domain, the rules and the English catalog fit together, and answers fit in SMS."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from bot.language.catalog import Catalog
from bot.language.responses import ResponseRenderer
from bot.settings import PROJECT_DIR

# Three GSM-7 SMS parts (153 characters each once split): the longest answer we allow.
MAX_ANSWER_CHARS = 3 * 153


def domain_values(key: str) -> set[str]:
    values: set[str] = set()
    for path in (PROJECT_DIR / "domain").glob("*.yml"):
        values.update(yaml.safe_load(path.read_text()).get(key) or [])
    return values


def test_every_response_action_has_an_english_text(catalogs: dict[str, Catalog]) -> None:
    responses = {name for name in domain_values("actions") if name.startswith("utter_")}

    missing = responses - set(catalogs["en"].entries)

    assert not missing, f"responses without a text in translations/en.yml: {sorted(missing)}"


def test_every_catalog_response_is_used_by_the_domain(catalogs: dict[str, Catalog]) -> None:
    responses = {name for name in catalogs["en"].entries if name.startswith("utter_")}
    # Responses named only by custom actions (fallback) are listed as actions too.
    unused = responses - domain_values("actions") - {"utter_ask_affirmation"}

    assert not unused, f"catalog responses no action uses: {sorted(unused)}"


def test_every_suggestable_intent_has_a_topic_label(catalogs: dict[str, Catalog]) -> None:
    from actions.fallback import NOT_A_TOPIC

    topics = domain_values("intents") - NOT_A_TOPIC

    missing = {f"topic_{intent}" for intent in topics} - set(catalogs["en"].entries)

    assert not missing, f"intents the fallback may suggest without a label: {sorted(missing)}"


def test_button_payloads_name_real_intents(catalogs: dict[str, Catalog]) -> None:
    intents, entities = domain_values("intents"), domain_values("entities")
    for entry in catalogs["en"]:
        for button in entry.buttons:
            # '/report_suspicion{{"report_choice":"farm"}}': braces doubled for str.format
            intent, _, carried = button.payload.removeprefix("/").partition("{{")
            if carried:
                assert json.loads("{" + carried.removesuffix("}}") + "}").keys() <= entities
            assert intent == "{intent}" or intent in intents, (entry.name, button.payload)


def test_answers_fit_in_three_sms_parts(
    catalogs: dict[str, Catalog], renderer: ResponseRenderer
) -> None:
    arguments = {"topic": "topic_ask_reflection_period", "intent": "ask_reflection_period"}
    too_long = {
        entry.name: len(text)
        for entry in catalogs["en"]
        if entry.name.startswith("utter_")
        and len(text := renderer.render(entry.name, "en", arguments).text) > MAX_ANSWER_CHARS
    }

    assert not too_long, f"answers longer than {MAX_ANSWER_CHARS} characters: {too_long}"


def test_every_rule_uses_known_intents_and_actions() -> None:
    intents, actions = domain_values("intents") | {"nlu_fallback"}, domain_values("actions")
    actions |= domain_values("forms")
    builtin = {"action_two_stage_fallback", "action_listen"}
    for path in Path(PROJECT_DIR / "data" / "rules").glob("*.yml"):
        for rule in yaml.safe_load(path.read_text())["rules"]:
            for step in rule["steps"]:
                assert step.get("intent", "nlu_fallback") in intents, (path.name, step)
                assert step.get("action", "action_two_stage_fallback") in actions | builtin
