"""The learned triage model on development messages it has not read, set by set.

The learned model (``bot/triage/learned.py``) is trained on the development sets
(``bot.triage.development_examples``), so scoring those sets with it says nothing about new
messages; the fresh sets say that, but they are few and must stay blind. This cross-validates
instead: the development sets are dealt into five folds, whole sets at a time (messages of one
set share a writer and a brief), and each fold is triaged, lexicons and model, by a model
trained on the hand-written examples and on the other folds' messages only. Changes to the
model's training examples or thresholds are judged here before any fresh set is scored:
emergencies, escalations and ordinary messages escalated, as in the triage bench.

Sections 6.20 and 6.24 of docs/triage.md measured this with scripts by hand; this is the same
measurement, committed (`python -m bench.run_all folds`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bot.settings import load_settings
from bot.triage.development_examples import development_sets, text_key
from bot.triage.evaluation import evaluate
from bot.triage.evaluation import load_examples as load_labelled_set
from bot.triage.learned import GENERATED_DIR, Example, hand_written_files, read_training_file, train
from bot.triage.lexicon import Lexicon, load_lexicon
from bot.triage.rules import TriageRules, load_rules

FOLDS = 5


# The numbers of ``bot.triage.evaluation``'s metrics that this section adds up, found of expected.
MEASURES = ("emergency", "escalation", "false_escalation", "over_escalation")
HEADINGS = (
    "emergencies",
    "escalations",
    "ordinary messages escalated",
    "possible victims made emergencies",
)
Counts = tuple[tuple[int, int], ...]


def fold_of(sets: Sequence[Path]) -> dict[Path, int]:
    """Each development set's fold, dealt in name order. A new set that sorts last moves no
    other; one that sorts earlier ("triage_dev35" before "triage_dev4") moves those after it,
    so compare fold rows only between runs over the same sets."""
    return {path: index % FOLDS for index, path in enumerate(sorted(sets))}


def add(counts: Sequence[Counts]) -> Counts:
    """Counts summed measure by measure."""
    return tuple(
        (sum(c[i][0] for c in counts), sum(c[i][1] for c in counts)) for i in range(len(MEASURES))
    )


def cross_validate(
    lexicon: Lexicon | None = None, rules: TriageRules | None = None
) -> list[tuple[list[Path], Counts]]:
    """Per fold: its development sets and what lexicons and a model that never read them
    found there."""
    lexicon = lexicon or load_lexicon(cache_dir=load_settings().cache_dir)
    rules = rules or load_rules()
    hand_written = [e for path in hand_written_files() for e in read_training_file(path)]
    generated = [
        e for path in sorted(GENERATED_DIR.glob("*.yml")) for e in read_training_file(path)
    ]
    folds = fold_of(development_sets())
    results = []
    for fold in range(FOLDS):
        held_out = [path for path, number in folds.items() if number == fold]
        unseen = {text_key(m.text) for path in held_out for m in load_labelled_set(path)}
        model = train([*hand_written, *_without(generated, unseen)])
        per_set = [evaluate(path, lexicon, rules, learned=model)["overall"] for path in held_out]
        results.append((held_out, add([tuple(o[m] for m in MEASURES) for o in per_set])))
    return results


def section() -> str:
    """The bench section: one row per fold and the total."""
    results = cross_validate()
    rows = [
        f"| fold | development sets | {' | '.join(HEADINGS)} |",
        "|---" * (len(HEADINGS) + 2) + "|",
    ]
    for number, (sets, counts) in enumerate(results, start=1):
        names = ", ".join(path.stem.removeprefix("triage_") for path in sets)
        rows.append(f"| {number} | {names} | {_cells(counts)} |")
    total = add([counts for _, counts in results])
    rows.append(f"| all | {sum(len(sets) for sets, _ in results)} sets | {_cells(total)} |")
    return "\n".join(
        [
            "## Triage: the learned model on development messages it has not read",
            "",
            f"Lexicons and learned model, each fold scored by a model trained without it "
            f"({FOLDS} folds of whole development sets; bench/triage_folds.py).",
            "",
            *rows,
        ]
    )


def _cells(counts: Counts) -> str:
    return " | ".join(
        f"{found}/{whole} ({found / whole:.3f})" if whole else "-" for found, whole in counts
    )


def _without(examples: Sequence[Example], texts: set[str]) -> list[Example]:
    return [e for e in examples if text_key(e.text) not in texts]


if __name__ == "__main__":
    print(section())
