"""Turn findings into a priority with reasons, following ``rules.yml``.

The rules are data, not code, so a supervisor can read and change them in one file; this module
only validates them and applies them. ``assess`` is pure.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

import yaml

from bot.triage.codes import INDICATOR_CODES, INDICATOR_LABELS
from bot.triage.indicators import Finding

Priority = Literal["emergency", "high", "normal", "none"]
PRIORITIES: tuple[Priority, ...] = ("emergency", "high", "normal", "none")  # most urgent first
RULE_PRIORITIES: tuple[Priority, ...] = ("emergency", "high", "normal")  # what a rule can give
RULES_PATH = Path(__file__).resolve().parent / "rules.yml"
ESCALATING: frozenset[str] = frozenset({"emergency", "high"})


@dataclass(frozen=True)
class Combination:
    """Every indicator of ``all_of`` and, if given, at least one of ``any_of``.

    ``from_lexicons``: indicators that count for this combination only when a lexicon found
    them in her words. The learned model reads a whole clause ("they will tell the police if I
    go") and cannot tell a threat of being reported from a beating now.
    """

    name: str
    priority: Priority
    all_of: frozenset[str]
    any_of: frozenset[str]
    from_lexicons: frozenset[str] = frozenset()

    def matches(self, by_code: Mapping[str, Finding]) -> bool:
        codes = frozenset(
            code
            for code, finding in by_code.items()
            if code not in self.from_lexicons or finding.from_lexicon
        )
        return self.all_of <= codes and (not self.any_of or bool(self.any_of & codes))


@dataclass(frozen=True)
class TriageRules:
    """Validated contents of ``rules.yml``."""

    alone_is: Mapping[str, Priority]
    combinations: tuple[Combination, ...]
    weights: Mapping[str, float]
    thresholds: Mapping[Priority, float]

    @classmethod
    def from_mapping(cls, raw: Any, *, source: str = "rules") -> TriageRules:
        """Validate parsed YAML; raise ``ValueError`` saying what to fix."""
        if not isinstance(raw, dict):
            raise ValueError(f"{source}: the rules must be a mapping")
        unknown_keys = sorted(set(raw) - {"alone_is", "combinations", "weights", "thresholds"})
        if unknown_keys:
            raise ValueError(f"{source}: unknown section(s) {', '.join(map(str, unknown_keys))}")
        return cls(
            alone_is=_alone_is(raw.get("alone_is") or {}, source),
            combinations=tuple(
                _combination(item, index, source)
                for index, item in enumerate(
                    _list(raw.get("combinations") or [], "combinations", source)
                )
            ),
            weights=_weights(raw.get("weights"), source),
            thresholds=_thresholds(raw.get("thresholds") or {}, source),
        )


@dataclass(frozen=True)
class Assessment:
    """The triage result for one message.

    ``reasons``: short English sentences for staff, the deciding ones first.
    """

    priority: Priority
    findings: tuple[Finding, ...]
    reasons: tuple[str, ...]
    score: float

    @property
    def escalate(self) -> bool:
        """True when staff should be alerted (``emergency`` or ``high``)."""
        return self.priority in ESCALATING

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(f.code for f in self.findings)


def load_rules(path: Path | None = None) -> TriageRules:
    """Read and validate the rules file (default: the bundled ``rules.yml``)."""
    path = path or RULES_PATH
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ValueError(f"{path}: cannot read triage rules: {error}") from error
    return TriageRules.from_mapping(raw, source=str(path))


def assess(findings: Iterable[Finding], rules: TriageRules) -> Assessment:
    """Apply ``rules`` to ``findings``: the most urgent priority any rule gives, with reasons.

    The reasons name the rules that decided the priority first; every other indicator found is
    still listed ("Also noted: ..."), so staff always see all the evidence.
    """
    found = tuple(findings)
    by_code = {f.code: f for f in found}
    codes = frozenset(by_code)
    score = sum((rules.weights[code] for code in codes), 0.0)
    decisions = _decisions(by_code, score, rules)
    priority = min((d.priority for d in decisions), key=PRIORITIES.index, default="none")
    deciding = [d for d in decisions if d.priority == priority]
    explained = frozenset().union(*(d.codes for d in deciding))
    reasons = [d.text for d in deciding]
    reasons += [
        f"Also noted: {_describe(by_code[c])}"
        for c in INDICATOR_CODES
        if c in codes and c not in explained
    ]
    if priority == "none" and any(rules.weights[c] > 0 for c in codes):
        high = rules.thresholds.get("high")
        below = f" is below the high threshold {high:g}" if high is not None else ""
        reasons.append(f"No escalation: score {score:g}{below}")
    if not found:
        reasons.append("No indicators found")
    return Assessment(priority=priority, findings=found, reasons=tuple(reasons), score=score)


def priority_of(codes: Iterable[str], rules: TriageRules) -> Priority:
    """The priority ``rules`` give a set of indicator codes, whatever words showed them: how
    labelled examples are judged (training, tuning, the development examples)."""
    return assess([Finding(code, ("",), "codes") for code in codes], rules).priority


@dataclass(frozen=True)
class _Decision:
    priority: Priority
    text: str
    codes: frozenset[str]


def _decisions(by_code: Mapping[str, Finding], score: float, rules: TriageRules) -> list[_Decision]:
    """Every rule that fires, with the priority it gives and a sentence for staff."""
    codes = frozenset(by_code)
    decisions = [
        _Decision(rules.alone_is[c], _describe(by_code[c]), frozenset({c}))
        for c in INDICATOR_CODES
        if c in codes and c in rules.alone_is
    ]
    for combination in rules.combinations:
        if combination.matches(by_code):
            used = combination.all_of | (combination.any_of & codes)
            parts = "; ".join(_describe(by_code[c]) for c in INDICATOR_CODES if c in used)
            decisions.append(_Decision(combination.priority, f"{combination.name}: {parts}", used))
    weighted = [c for c in INDICATOR_CODES if c in codes and rules.weights[c] > 0]
    for priority in RULE_PRIORITIES:
        threshold = rules.thresholds.get(priority)
        if threshold is not None and weighted and score >= threshold:
            terms = " + ".join(f"{_name(c)} ({rules.weights[c]:g})" for c in weighted)
            sentence = f"Score {score:g} reaches the {priority} threshold {threshold:g}: {terms}"
            decisions.append(_Decision(priority, sentence, frozenset(weighted)))
            break
    return decisions


def _name(code: str) -> str:
    return INDICATOR_LABELS[code].lower()


def _describe(finding: Finding) -> str:
    quoted = ", ".join(f"'{e}'" for e in finding.evidence)
    return f"{finding.label}: {quoted}"


def _list(value: Any, where: str, source: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"{source}: {where} must be a list")
    return value


def _codes(value: Any, where: str, source: str) -> frozenset[str]:
    items = _list(value, where, source)
    unknown = [str(c) for c in items if c not in INDICATOR_CODES]
    if unknown:
        raise ValueError(
            f"{source}: {where}: unknown indicator code(s) {', '.join(unknown)} "
            f"(known: {', '.join(INDICATOR_CODES)})"
        )
    return frozenset(items)


def _priority(value: Any, where: str, source: str) -> Priority:
    if value not in RULE_PRIORITIES:
        raise ValueError(
            f"{source}: {where}: unknown priority {value!r} (use {', '.join(RULE_PRIORITIES)})"
        )
    return cast(Priority, value)


def _alone_is(raw: Any, source: str) -> dict[str, Priority]:
    if not isinstance(raw, dict):
        raise ValueError(f"{source}: alone_is must map a priority to a list of indicators")
    result: dict[str, Priority] = {}
    for priority_name, codes in raw.items():
        priority = _priority(priority_name, "alone_is", source)
        for code in sorted(_codes(codes, f"alone_is.{priority}", source)):
            if code in result:
                raise ValueError(f"{source}: alone_is: {code} is listed under two priorities")
            result[code] = priority
    return result


def _combination(raw: Any, index: int, source: str) -> Combination:
    where = f"combinations[{index}]"
    if not isinstance(raw, dict):
        raise ValueError(f"{source}: {where} must be a mapping")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{source}: {where} needs a name")
    where = f"combination {name!r}"
    all_of = _codes(raw.get("all_of") or [], f"{where} all_of", source)
    any_of = _codes(raw.get("any_of") or [], f"{where} any_of", source)
    if not all_of and not any_of:
        raise ValueError(f"{source}: {where} needs all_of or any_of")
    from_lexicons = _codes(raw.get("from_lexicons") or [], f"{where} from_lexicons", source)
    if not from_lexicons <= all_of | any_of:
        raise ValueError(f"{source}: {where} from_lexicons may only name its own indicators")
    return Combination(
        name=name.strip(),
        priority=_priority(raw.get("priority"), where, source),
        all_of=all_of,
        any_of=any_of,
        from_lexicons=from_lexicons,
    )


def _weights(raw: Any, source: str) -> dict[str, float]:
    if not isinstance(raw, dict):
        raise ValueError(f"{source}: weights must map every indicator code to a number")
    _codes(list(raw), "weights", source)
    missing = [c for c in INDICATOR_CODES if c not in raw]
    if missing:
        raise ValueError(f"{source}: weights: missing weight for {', '.join(missing)}")
    weights: dict[str, float] = {}
    for code, value in raw.items():
        number = _finite(value)
        if number is None or number < 0:
            raise ValueError(f"{source}: weights: {code} must be a number >= 0, not {value!r}")
        weights[code] = number
    return weights


def _thresholds(raw: Any, source: str) -> dict[Priority, float]:
    if not isinstance(raw, dict):
        raise ValueError(f"{source}: thresholds must map a priority to a score")
    thresholds: dict[Priority, float] = {}
    for name, value in raw.items():
        priority = _priority(name, "thresholds", source)
        number = _finite(value)
        if number is None or number <= 0:
            raise ValueError(
                f"{source}: thresholds: {priority} must be a number > 0, not {value!r}"
            )
        thresholds[priority] = number
    ordered = [thresholds[p] for p in RULE_PRIORITIES if p in thresholds]
    if ordered != sorted(ordered, reverse=True):
        raise ValueError(f"{source}: thresholds: a more urgent priority needs a higher score")
    return thresholds


def _finite(value: Any) -> float | None:
    """``value`` as a float; None for text, booleans, and YAML's .nan, .inf or a huge integer.

    A NaN weight or threshold makes every comparison false and so switches escalation by score
    off without an error; a huge integer raised OverflowError instead of a message to fix it.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None
