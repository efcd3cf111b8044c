"""Rules: validation of rules.yml and how findings become a priority with reasons."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.triage import (
    INDICATOR_CODES,
    INTENT_CLASSIFIER,
    LEARNED,
    Finding,
    TriageRules,
    assess,
    load_rules,
)
from bot.triage.rules import RULES_PATH, priority_of


def raw_rules() -> dict[str, Any]:
    return yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))


def found(*codes: str) -> list[Finding]:
    return [Finding(code=code, evidence=(f"<{code}>",), language="en") for code in codes]


def test_bundled_rules_load_and_weigh_every_indicator(rules: TriageRules) -> None:
    assert set(rules.weights) == set(INDICATOR_CODES)
    assert rules.alone_is["immediate_danger"] == "emergency"
    assert rules.alone_is["requests_human"] == "normal"
    assert rules.thresholds["high"] == 3


Change = Callable[[dict[str, Any]], object]


def mutated(change: Change) -> dict[str, Any]:
    raw = copy.deepcopy(raw_rules())
    change(raw)
    return raw


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r["alone_is"]["high"].append("passport"), "unknown indicator code.*passport"),
        (lambda r: r["alone_is"].update(urgent=["minor"]), "unknown priority 'urgent'"),
        (lambda r: r["alone_is"]["normal"].append("immediate_danger"), "under two priorities"),
        (lambda r: r["weights"].pop("minor"), "missing weight for minor"),
        (lambda r: r["weights"].update(kidnapping=3), "unknown indicator code.*kidnapping"),
        (lambda r: r["weights"].update(minor=-1), "minor must be a number >= 0"),
        (lambda r: r["weights"].update(minor="high"), "minor must be a number"),
        (lambda r: r["thresholds"].update(high=0), "high must be a number > 0"),
        # Regression (found by tests/fuzz): .nan switched scoring off silently, 10**400 crashed.
        (lambda r: r["weights"].update(minor=float("nan")), "minor must be a number >= 0"),
        (lambda r: r["weights"].update(minor=10**400), "minor must be a number >= 0"),
        (lambda r: r["thresholds"].update(high=float("nan")), "high must be a number > 0"),
        (lambda r: r["thresholds"].update(high=float("inf")), "high must be a number > 0"),
        (lambda r: r["thresholds"].update(emergency=2), "more urgent priority needs a higher"),
        (lambda r: r["thresholds"].update(none=1), "unknown priority 'none'"),
        (lambda r: r["combinations"][0].update(priority="critical"), "unknown priority"),
        (lambda r: r["combinations"][0]["any_of"].append("kid"), "unknown indicator code.*kid"),
        (lambda r: r["combinations"][0].pop("name"), "needs a name"),
        (
            lambda r: r["combinations"][0].update(from_lexicons=["debt_bondage"]),
            "from_lexicons may only name its own indicators",
        ),
        (
            lambda r: r["combinations"][0].update(from_lexicons=["fear"]),
            "unknown indicator code.*fear",
        ),
        (lambda r: r.update(wieghts={}), "unknown section"),
    ],
)
def test_invalid_rules_raise_a_clear_value_error(change: Change, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        TriageRules.from_mapping(mutated(change))


def test_rules_that_are_not_a_mapping_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "rules.yml"
    path.write_text("- just a list\n", encoding="utf-8")
    with pytest.raises(ValueError, match="must be a mapping"):
        load_rules(path)


def test_nothing_found_is_none(rules: TriageRules) -> None:
    result = assess([], rules)
    assert (result.priority, result.score, result.escalate) == ("none", 0, False)
    assert result.reasons == ("No indicators found",)


@pytest.mark.parametrize("code", ["isolation", "excessive_hours", "abusive_conditions", "minor"])
def test_one_weak_indicator_alone_is_none(rules: TriageRules, code: str) -> None:
    result = assess(found(code), rules)
    assert result.priority == "none"
    assert any("below the high threshold 3" in reason for reason in result.reasons)


def test_weak_indicators_below_the_threshold_stay_none(rules: TriageRules) -> None:
    result = assess(found("excessive_hours", "abusive_conditions"), rules)
    assert (result.priority, result.score) == ("none", 2)


def test_weak_indicators_crossing_the_threshold_are_high(rules: TriageRules) -> None:
    result = assess(found("wages_withheld", "excessive_hours"), rules)
    assert (result.priority, result.score) == ("high", 3)
    assert result.reasons[0].startswith("Score 3 reaches the high threshold 3:")
    assert "wages withheld (2) + excessive hours (1)" in result.reasons[0]


def test_three_weakest_indicators_reach_high(rules: TriageRules) -> None:
    assert (
        assess(found("isolation", "excessive_hours", "abusive_conditions"), rules).priority
        == "high"
    )


@pytest.mark.parametrize(
    "code",
    ["documents_withheld", "debt_bondage", "movement_restricted", "threats_violence",
     "sexual_exploitation"],
)  # fmt: skip
def test_a_strong_indicator_alone_is_high(rules: TriageRules, code: str) -> None:
    assert assess(found(code), rules).priority == "high"


def test_immediate_danger_alone_is_an_emergency_with_the_evidence(rules: TriageRules) -> None:
    finding = Finding(code="immediate_danger", evidence=("locked in",), language="en")
    result = assess([finding], rules)
    assert result.priority == "emergency"
    assert result.reasons == ("Immediate danger: 'locked in'",)


@pytest.mark.parametrize(
    "other", ["threats_violence", "sexual_exploitation", "movement_restricted"]
)
def test_a_minor_in_danger_is_an_emergency(rules: TriageRules, other: str) -> None:
    result = assess(found("minor", other), rules)
    assert result.priority == "emergency"
    assert result.reasons[0].startswith("A minor in danger:")


def test_held_and_hurt_in_her_words_is_an_emergency(rules: TriageRules) -> None:
    result = assess(found("movement_restricted", "threats_violence"), rules)
    assert result.priority == "emergency"
    assert result.reasons[0].startswith("Held and hurt:")


@pytest.mark.parametrize("reader", [LEARNED, INTENT_CLASSIFIER])
def test_held_and_a_threat_only_a_model_read_is_a_possible_victim(
    rules: TriageRules, reader: str
) -> None:
    """The learned model read "they will report me to the police if I leave" as a threat; with a
    restriction that made an emergency of a possible victim."""
    threat = Finding("threats_violence", ("they say they will tell the police",), reader)
    result = assess([*found("movement_restricted"), threat], rules)
    assert result.priority == "high"
    assert not any(reason.startswith("Held and hurt") for reason in result.reasons)
    assert any("they will tell the police" in reason for reason in result.reasons)


def test_a_restriction_only_a_model_read_still_holds_with_a_threat_in_her_words(
    rules: TriageRules,
) -> None:
    held = Finding("movement_restricted", ("we cannot go anywhere",), LEARNED)
    result = assess([held, *found("threats_violence")], rules)
    assert result.priority == "emergency"


def test_a_minor_with_a_weak_indicator_is_high(rules: TriageRules) -> None:
    assert assess(found("minor", "excessive_hours"), rules).priority == "high"


def test_asking_for_a_human_is_normal_even_with_a_weak_indicator(rules: TriageRules) -> None:
    assert assess(found("requests_human"), rules).priority == "normal"
    result = assess(found("requests_human", "isolation"), rules)
    assert result.priority == "normal"
    assert "Also noted: Isolation: '<isolation>'" in result.reasons


def test_the_most_urgent_rule_wins(rules: TriageRules) -> None:
    result = assess(found("requests_human", "documents_withheld", "immediate_danger"), rules)
    assert result.priority == "emergency"
    assert result.reasons[0] == "Immediate danger: '<immediate_danger>'"
    assert any(reason.startswith("Also noted: Documents withheld") for reason in result.reasons)


def test_a_supervisor_can_lower_the_threshold() -> None:
    raw = raw_rules()
    raw["thresholds"]["high"] = 2
    stricter = TriageRules.from_mapping(raw)
    assert assess(found("excessive_hours", "abusive_conditions"), stricter).priority == "high"


def test_a_supervisor_can_make_an_indicator_an_emergency_alone() -> None:
    raw = raw_rules()
    raw["alone_is"]["high"].remove("sexual_exploitation")
    raw["alone_is"]["emergency"].append("sexual_exploitation")
    assert (
        assess(found("sexual_exploitation"), TriageRules.from_mapping(raw)).priority == "emergency"
    )


def test_a_set_of_codes_gets_the_priority_its_findings_would(rules: TriageRules) -> None:
    assert priority_of(["documents_withheld"], rules) == "high"
    assert priority_of(["minor", "sexual_exploitation"], rules) == "emergency"
    assert priority_of(["requests_human"], rules) == "normal"
    assert priority_of([], rules) == "none"
