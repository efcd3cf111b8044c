"""Fuzzing triage: whatever a person writes, triage answers, quotes her, and never hangs.

Triage runs on every message inside the NLU pipeline; an exception or a regular expression that
backtracks for seconds would silence the assistant for someone who may be in danger.
"""

from __future__ import annotations

import copy
import math
import time
from typing import Any

import pytest
import yaml
from hypothesis import Phase, assume, given, settings
from hypothesis import strategies as st

from bot.triage import (
    INDICATOR_CODES,
    PRIORITIES,
    Lexicon,
    TriageRules,
    assess,
    find_indicators,
    load_rules,
    triage,
)
from bot.triage.lexicon import compile_language
from bot.triage.rules import RULES_PATH
from bot.triage.text import make_view
from tests.support.bundled_triage import bundled_lexicon

# bundled_lexicon() in each test, not a fixture: hypothesis forbids function-scoped fixtures in
# @given. Not at import either: on a fresh machine every test worker would compile the
# lexicons while collecting, before any test and before the model's training starts.
RULES = load_rules()

# Messages that escalate, in several languages and scripts (checked in the first test).
ESCALATING = {
    "they took my passport": "high",
    "he locked me in the room and beats me": "emergency",
    "help he has a knife": "emergency",
    "I am 15 and they make me sleep with men": "emergency",
    "the boss keeps my passport and I owe him 4000 euro": "high",
    "mi-a luat pașaportul": "high",
    "забрали паспорт": "high",
    "I cannot leave the farm": "high",
    "they will kill me": "emergency",
}
# Everyday words with no meaning for any indicator in any lexicon.
NEUTRAL_WORDS = ["hello", "today", "weather", "blue", "coffee", "bus", "ok", "thanks", "tomorrow"]
NEUTRAL_PUNCTUATION = [".", ",", "?", "!", "🙂"]

any_message = st.text(max_size=200)
neutral_text = st.lists(
    st.one_of(st.sampled_from(NEUTRAL_WORDS), st.sampled_from(NEUTRAL_PUNCTUATION)), max_size=12
).map(" ".join)
spacing = st.sampled_from([" ", "  ", "\n", "\t", " \n "])


def rank(priority: str) -> int:
    """0 for emergency, 3 for none: a lower rank is more urgent."""
    return PRIORITIES.index(priority)  # type: ignore[arg-type]


def check_assessment(text: str, lexicon: Lexicon | None = None) -> str:
    """Triage ``text`` and check the result's invariants; returns the priority."""
    result = triage(text, lexicon or bundled_lexicon(), RULES)
    assert result.priority in PRIORITIES
    assert result.escalate is (result.priority in ("emergency", "high"))
    assert result.reasons, "staff must always see why"
    codes = [finding.code for finding in result.findings]
    assert len(codes) == len(set(codes)) and set(codes) <= set(INDICATOR_CODES)
    assert math.isclose(result.score, sum(RULES.weights[code] for code in codes))
    for finding in result.findings:
        assert finding.evidence
        for evidence in finding.evidence:
            assert evidence and evidence in text, (finding.code, evidence)
    return result.priority


@pytest.mark.parametrize(("message", "priority"), ESCALATING.items())
def test_the_fixed_escalating_messages_escalate(message: str, priority: str) -> None:
    """The base of the monotonicity property below: these messages do escalate."""
    assert check_assessment(message) == priority


@settings(max_examples=80)
@given(any_message)
def test_any_text_gets_a_priority_with_her_own_words_as_evidence(text: str) -> None:
    """Protects the pipeline from crashing on odd input (NUL, RTL marks, stray combining marks,
    ligatures that fold to two letters) and staff from evidence that is not what she wrote."""
    check_assessment(text)


@settings(max_examples=60)
@given(neutral_text, st.sampled_from(sorted(ESCALATING)), neutral_text, spacing, spacing)
def test_neutral_words_around_a_message_never_lower_its_priority(
    before: str, message: str, after: str, left: str, right: str
) -> None:
    """Protects against a person losing her escalation because she also said hello."""
    text = f"{before}{left}{message}{right}{after}"

    assert rank(check_assessment(text)) <= rank(ESCALATING[message])


@st.composite
def disguised(draw: st.DrawFn) -> tuple[str, str]:
    """An escalating message with random case and extra spacing between its words."""
    message = draw(st.sampled_from(sorted(ESCALATING)))
    words = message.split()
    gaps = draw(st.lists(spacing, min_size=len(words) - 1, max_size=len(words) - 1))
    cased = [w.upper() if draw(st.booleans()) else w for w in words]
    text = cased[0] + "".join(gap + word for gap, word in zip(gaps, cased[1:], strict=True))
    return message, text


@settings(max_examples=40)
@given(disguised(), neutral_text)
def test_case_and_spacing_do_not_hide_an_indicator(case: tuple[str, str], tail: str) -> None:
    """Protects escalation from shouting and from phones that insert line breaks or tabs
    between words ("any run of spaces matches one space"); evidence quotes her spelling."""
    message, text = case

    assert rank(check_assessment(f"{text} {tail}")) <= rank(ESCALATING[message])


@settings(max_examples=150)
@given(st.text(max_size=120))
def test_normalised_views_map_back_to_whole_characters(text: str) -> None:
    """Protects evidence extraction: every character of the folded (and diacritic-free) view
    points into the original message, in order, so quoting a match never slices a letter."""
    for strip in (False, True):
        view = make_view(text, strip=strip)
        assert len(view.origin) == len(view.text)
        previous_start = 0
        for start, end in view.origin:
            assert 0 <= start < end <= len(text)
            assert start >= previous_start
            previous_start = start


# --- runtime ----------------------------------------------------------------------------------

# Units that stress the lexicon patterns: word gaps (".."), optional words, hyphens and
# apostrophes that may be spaces, digits for "#", unspaced scripts, and almost-matching phrases.
ADVERSARIAL_UNITS = st.sampled_from(
    ["a", " ", "- ", "a-", "a'", "1 ", "ล", "我", "can't ", "took my ", "lock ", "15 ", "é", "\n"]
)
LONG = 5000


def _seconds(text: str) -> float:
    start = time.perf_counter()
    triage(text, bundled_lexicon(), RULES)
    return time.perf_counter() - start


@settings(max_examples=3, phases=[Phase.explicit, Phase.generate])  # no shrinking of timings
@given(st.lists(ADVERSARIAL_UNITS, min_size=1, max_size=4).map("".join))
def test_triage_time_grows_linearly_with_the_message(unit: str) -> None:
    """Protects against catastrophic backtracking: four times the text may take about four
    times as long (allowed: ten), never the sixteen of a quadratic pattern or worse."""
    text = (unit * LONG)[:LONG]
    assume(text.strip())

    short = min(_seconds(text[: LONG // 4]) for _ in range(2))
    long = _seconds(text)

    assert long < 5.0, f"{long:.2f} s for {LONG} characters"
    assert long <= 10 * short + 0.05, f"{short:.3f} s -> {long:.3f} s: super-linear"


def test_triage_of_5000_characters_takes_under_half_a_second() -> None:
    """The budget asked for: a web chat message at its 5,000 character limit in under 0.5 s
    (about 50 ms since the literal prefilter, bot/triage/prefilter.py; 0.5-1.2 s before).
    Once the entries it reaches are compiled: read from the cache, as in the servers, they
    compile on first use (bot/triage/lexicon.py), once per process."""
    texts = {unit: (unit * LONG)[:LONG] for unit in ["a", "- "]}
    for text in texts.values():
        triage(text, bundled_lexicon(), RULES)

    times = {unit: _seconds(text) for unit, text in texts.items()}

    assert max(times.values()) < 0.5, times


# --- configuration that a supervisor or a translator writes -------------------------------------

RAW_RULES: dict[str, Any] = yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from([*INDICATOR_CODES, *PRIORITIES])
    | st.text(max_size=10),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from([*INDICATOR_CODES, *PRIORITIES, "x"]), children, max_size=4),
    max_leaves=12,
)
# Numbers a supervisor could write in YAML (.nan, .inf, a huge integer): half of all values.
yaml_values = st.one_of(
    st.sampled_from([math.nan, math.inf, -math.inf, -1, 0, 0.5, 10**400]), json_values
)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a parsed YAML document, as the keys leading to it."""
    children = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else []
    )
    return [path] + [p for key, child in children for p in _paths(child, (*path, key))]


RULE_PATHS = _paths(RAW_RULES)


def _holds(node: Any, key: Any) -> bool:
    if isinstance(node, dict):
        return key in node
    return isinstance(node, list) and isinstance(key, int) and key < len(node)


@st.composite
def mutated_rules(draw: st.DrawFn) -> Any:
    """The bundled rules with one to three places replaced by arbitrary YAML values."""
    raw = copy.deepcopy(RAW_RULES)
    for path in draw(st.lists(st.sampled_from(RULE_PATHS), min_size=1, max_size=3)):
        if not path:
            return draw(yaml_values)
        parent = raw
        for key in path[:-1]:
            parent = parent[key] if _holds(parent, key) else None
        if _holds(parent, path[-1]):
            parent[path[-1]] = draw(yaml_values)
    return raw


@settings(max_examples=200)
@given(mutated_rules())
def test_any_rules_file_is_accepted_whole_or_refused_with_a_value_error(raw: Any) -> None:
    """Protects the promise of rules.yml: a mistake stops the start-up with a message saying
    what to fix (ValueError, nothing else), so a typo can never switch triage off; accepted
    rules have finite weights and thresholds and assess every combination of indicators."""
    try:
        rules = TriageRules.from_mapping(raw)
    except ValueError:
        return
    assert all(math.isfinite(w) and w >= 0 for w in rules.weights.values()), rules.weights
    assert all(math.isfinite(t) and t > 0 for t in rules.thresholds.values()), rules.thresholds
    findings = find_indicators("they took my passport and lock us in at night", bundled_lexicon())
    assert assess(findings, rules).priority in PRIORITIES


entries = st.one_of(
    st.text(alphabet="ab .*#()|?-'", min_size=0, max_size=20),
    st.text(max_size=20),
    st.text(alphabet="ab .*+?()[]{}|\\^$", max_size=15).map(lambda source: "re: " + source),
)


@settings(max_examples=150)
@given(
    st.sampled_from(["latin", "cyrillic", "thai", "han", "klingon", 3]),
    st.dictionaries(st.sampled_from([*INDICATOR_CODES, "nonsense"]), st.lists(entries, max_size=3)),
)
def test_any_lexicon_file_compiles_or_is_refused_with_a_value_error(
    script: Any, indicators: dict[str, list[str]]
) -> None:
    """Protects start-up and translators: a lexicon entry that is not valid phrase syntax or
    regular expression is refused with the file and entry named, and an accepted lexicon
    never matches empty or blank text (which would flag every message)."""
    raw = {"language": "xx", "script": script, "indicators": indicators}
    try:
        language = compile_language(raw, source="xx.yml")
    except ValueError as error:
        assert "xx.yml" in str(error)
        return
    blank = Lexicon(languages={"xx": language})
    assert find_indicators(" \n\t ", blank) == []
    check_assessment("a b ab ba 12 aaa bbb", blank)
