"""Measure triage on a labelled set of messages (the bench) and report it as markdown.

The set lives apart from NLU training data and lexicon phrases (``bench/data``), so the numbers
say how well triage generalises to new messages. Targets from the issue: emergency recall
>= 0.98, high+emergency recall >= 0.95, false escalations <= 5 %.

Run: ``python3 -m bot.triage.evaluation [--lexicons-only] [bench/data/triage_labelled.yml]``
(exit code 0 always: the report is for people; tests assert the thresholds). By default triage
uses the lexicons and the learned model together, as the assistant does.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot import yaml_text
from bot.triage.learned import LearnedModel, load_learned
from bot.triage.lexicon import Lexicon, load_lexicon
from bot.triage.pipeline import triage
from bot.triage.rules import ESCALATING, PRIORITIES, TriageRules, load_rules

DEFAULT_SET = Path(__file__).resolve().parents[2] / "bench" / "data" / "triage_labelled.yml"
TARGETS = {"emergency_recall": 0.98, "escalation_recall": 0.95, "false_escalation_rate": 0.05}


@dataclass(frozen=True)
class Example:
    """One labelled message."""

    text: str
    language: str
    expected: str


def load_examples(path: Path) -> list[Example]:
    """Read and check the labelled set; raise ``ValueError`` on a malformed entry."""
    raw = yaml_text.safe_load(path.read_text(encoding="utf-8"))
    items = raw.get("messages") if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        raise ValueError(f"{path}: expected a list under 'messages'")
    examples = []
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not all(
            isinstance(item.get(k), str) and item[k] for k in ("text", "language", "expected")
        ):
            raise ValueError(f"{path}: entry {index} needs text, language and expected")
        if item["expected"] not in PRIORITIES:
            raise ValueError(f"{path}: entry {index}: unknown priority {item['expected']!r}")
        examples.append(Example(item["text"], item["language"], item["expected"]))
    return examples


def evaluate(
    path: Path | str = DEFAULT_SET,
    lexicon: Lexicon | None = None,
    rules: TriageRules | None = None,
    assess_text: Callable[[str], tuple[str, Sequence[str]]] | None = None,
    learned: LearnedModel | None = None,
) -> dict[str, Any]:
    """Triage every message of the set at ``path`` and compute the bench metrics.

    Without ``lexicon``, the bundled lexicons and learned model are used, as in the assistant;
    with ``lexicon``, exactly what is given (no ``learned``: the lexicons alone, which is how
    the regression tests keep measuring the lexicons). ``assess_text`` replaces the pure
    triage, e.g. by the full NLU pipeline.
    Returns ``{"overall": metrics, "languages": {lang: metrics}, "misses": [...],
    "targets": TARGETS, "meets_targets": bool}``; a metric is ``None`` when its denominator
    is empty.
    """
    examples = load_examples(Path(path))
    if assess_text is None:
        if lexicon is None:
            lexicon, learned = load_lexicon(), learned or load_learned()
        rules = rules or load_rules()

        def assess_text(text: str) -> tuple[str, Sequence[str]]:
            assessment = triage(text, lexicon, rules, learned)  # type: ignore[arg-type]
            return assessment.priority, assessment.reasons

    results = [(example, *assess_text(example.text)) for example in examples]
    outcomes = [(e.language, e.expected, priority) for e, priority, _ in results]
    languages = sorted({language for language, _, _ in outcomes})
    overall = _metrics(outcomes)
    return {
        "overall": overall,
        "languages": {lang: _metrics(o for o in outcomes if o[0] == lang) for lang in languages},
        "misses": [
            {
                "language": e.language,
                "expected": e.expected,
                "got": priority,
                "kind": _miss_kind(e.expected, priority),
                "text": e.text,
                "reasons": list(reasons),
            }
            for e, priority, reasons in results
            if priority != e.expected
        ],
        "targets": dict(TARGETS),
        "meets_targets": _meets(overall),
    }


def format_report(result: dict[str, Any]) -> str:
    """The markdown report: one table row per language, the overall row, then the misses."""
    lines = [
        "| language | n | emergency recall | high+emergency recall | false escalation "
        "| possible victims made emergencies |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    rows = [*result["languages"].items(), ("**overall**", result["overall"])]
    for name, m in rows:
        lines.append(
            f"| {name} | {m['count']} | {_ratio(m, 'emergency')} | {_ratio(m, 'escalation')} "
            f"| {_ratio(m, 'false_escalation')} | {_ratio(m, 'over_escalation')} |"
        )
    targets = result["targets"]
    met = "yes" if result["meets_targets"] else "NO"
    lines += [
        "",
        f"Targets: emergency recall >= {targets['emergency_recall']:.2f}, high+emergency recall "
        f">= {targets['escalation_recall']:.2f}, false escalation <= "
        f"{targets['false_escalation_rate']:.0%}. Met: {met}. Possible victims made "
        "emergencies has no target: she gets 112 and an emergency case at once instead of the "
        "offer of a counsellor, the safer error but an error.",
        "",
        f"Misses ({len(result['misses'])}; a miss is any message whose priority differs):",
    ]
    for miss in result["misses"]:
        lines.append(
            f"- [{miss['language']}] {miss['kind']}: expected {miss['expected']}, got "
            f"{miss['got']}: {miss['text']!r}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report for the given set (default: the bundled bench set); always returns 0.

    ``--lexicons-only`` leaves the learned model out, to see what each signal contributes.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    lexicons_only = "--lexicons-only" in args
    paths = [arg for arg in args if arg != "--lexicons-only"]
    path = Path(paths[0]) if paths else DEFAULT_SET
    result = evaluate(path, load_lexicon()) if lexicons_only else evaluate(path)
    sys.stdout.write(format_report(result) + "\n")
    return 0


def _metrics(outcomes: Iterable[tuple[str, str, str]]) -> dict[str, Any]:
    items = list(outcomes)
    emergencies = [got for _, expected, got in items if expected == "emergency"]
    escalations = [got for _, expected, got in items if expected in ESCALATING]
    ordinary = [got for _, expected, got in items if expected not in ESCALATING]
    found_emergency = sum(got == "emergency" for got in emergencies)
    found_escalation = sum(got in ESCALATING for got in escalations)
    false_escalations = sum(got in ESCALATING for got in ordinary)
    possible_victims = [got for _, expected, got in items if expected == "high"]
    made_emergencies = sum(got == "emergency" for got in possible_victims)
    return {
        "count": len(items),
        "emergency": (found_emergency, len(emergencies)),
        "escalation": (found_escalation, len(escalations)),
        "false_escalation": (false_escalations, len(ordinary)),
        "over_escalation": (made_emergencies, len(possible_victims)),
        "emergency_recall": _share(found_emergency, len(emergencies)),
        "escalation_recall": _share(found_escalation, len(escalations)),
        "false_escalation_rate": _share(false_escalations, len(ordinary)),
        "exact": _share(sum(e == g for _, e, g in items), len(items)),
    }


def _meets(m: dict[str, Any]) -> bool:
    return (
        (m["emergency_recall"] or 0.0) >= TARGETS["emergency_recall"]
        and (m["escalation_recall"] or 0.0) >= TARGETS["escalation_recall"]
        and (m["false_escalation_rate"] or 0.0) <= TARGETS["false_escalation_rate"]
    )


def _miss_kind(expected: str, got: str) -> str:
    if expected == "emergency" and got != "emergency":
        return "missed emergency" if got in ESCALATING else "missed escalation"
    if expected in ESCALATING and got not in ESCALATING:
        return "missed escalation"
    if expected not in ESCALATING and got in ESCALATING:
        return "false escalation"
    return "over-escalated" if PRIORITIES.index(got) < PRIORITIES.index(expected) else "other"


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _ratio(m: dict[str, Any], key: str) -> str:
    """Three decimals rounded against the target: recall down, the error rates up, so a
    printed value that meets its target meets it (48/49 is 0.979, not 0.98)."""
    part, whole = m[key]
    if not whole:
        return "–"
    rounding = math.ceil if key in ("false_escalation", "over_escalation") else math.floor
    return f"{rounding(part / whole * 1000) / 1000:.3f} ({part}/{whole})"


if __name__ == "__main__":
    raise SystemExit(main())
