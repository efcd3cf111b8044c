"""Training examples for the learned model, made from the development sets.

The development sets (``bench/data/triage_*dev*.yml``) are messages written by people who saw
no data, labelled by priority. Each was scored once, blind, and then read for a lexicon round,
so their numbers no longer say how triage does on new messages; the blind sets
(``BLIND_SETS`` in ``bench/triage_bench.py``) do that, and are never trained on. Read by the
model, the development sets teach it how people tell these things over several lines and in
their own words, which one phrase list per round does not (``docs/triage.md``, section 6.12).

A set gives priorities, the model learns codes. So each message becomes an example:

- ``none``: no codes (must not escalate);
- ``normal``: ``requests_human``;
- ``high`` and ``emergency``: the codes that the lexicons and the hand-written model find in it
  (``training/<lang>.yml``, not these files, so the result does not depend on itself), made
  to agree with the label: an emergency found as ``high`` gets ``immediate_danger``, and a
  possible victim found as an emergency loses it. A message whose codes still give another
  priority is left out: the writer's label and the rules disagree, and an example that teaches
  either would be wrong.

The codes are found by software and corrected by that rule, not read one by one; the files
say so. Run ``python -m bot.triage.development_examples`` after a development set is added;
it rewrites ``training/from_development_sets/<lang>.yml``.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.triage.evaluation import load_examples as load_labelled_set
from bot.triage.indicators import find_indicators
from bot.triage.learned import (
    GENERATED_DIR,
    LearnedModel,
    hand_written_files,
    read_training_file,
    train,
)
from bot.triage.lexicon import Lexicon, load_lexicon
from bot.triage.rules import TriageRules, load_rules, priority_of

BENCH_DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
DEVELOPMENT_SETS = "triage_*dev*.yml"
HEADER = """\
# {language}: training examples for the learned triage model, made by
# `python -m bot.triage.development_examples` from {sets} development sets (bench/data/{pattern}).
# The messages were written by hand for those sets; the codes were found by the lexicons and the
# hand-written model and made to agree with each message's label, not read one by one.
# Do not edit: change a development set or the lexicons and run the command again.
examples:
"""


# Characters JSON leaves as they are but YAML reads as line breaks inside a quoted string.
_YAML_LINE_BREAKS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


@dataclass(frozen=True)
class DevelopmentExample:
    """One message of a development set, as a training example."""

    language: str
    text: str
    codes: tuple[str, ...]


def development_sets(directory: Path = BENCH_DATA) -> list[Path]:
    """Every development set, in a stable order."""
    return sorted(directory.glob(DEVELOPMENT_SETS))


def codes_for(
    text: str, expected: str, lexicon: Lexicon, rules: TriageRules, model: LearnedModel
) -> tuple[str, ...] | None:
    """The codes to train on for a message labelled ``expected``, or None to leave it out."""
    if expected == "none":
        return ()
    if expected == "normal":
        return ("requests_human",)
    codes = {finding.code for finding in find_indicators(text, lexicon, model)}
    found = priority_of(codes, rules)
    if expected == "emergency" and found == "high":
        codes.add("immediate_danger")
    elif expected == "high" and found == "emergency":
        codes.discard("immediate_danger")
    if priority_of(codes, rules) != expected:
        return None
    return tuple(sorted(codes))


def measured_texts(directory: Path = BENCH_DATA) -> set[str]:
    """The texts of every labelled set that is not a development set: the blind sets measure
    triage on messages it has never seen, so none of their texts may be trained on, not even a
    "thank you" that a development set happens to share."""
    development = set(development_sets(directory))
    return {
        text_key(message.text)
        for path in sorted(directory.glob("triage_*.yml"))
        if path not in development
        for message in load_labelled_set(path)
    }


def make_examples(
    sets: Iterable[Path],
    lexicon: Lexicon,
    rules: TriageRules,
    model: LearnedModel,
    measured: Collection[str] = (),
) -> tuple[list[DevelopmentExample], int]:
    """The examples of ``sets`` (the first of repeated texts; none of ``measured``) and how
    many were left out because their label and the rules disagree."""
    examples: list[DevelopmentExample] = []
    seen = set(measured)
    left_out = 0
    for path in sets:
        for message in load_labelled_set(path):
            key = text_key(message.text)
            if key in seen:
                continue
            seen.add(key)
            codes = codes_for(message.text, message.expected, lexicon, rules, model)
            if codes is None:
                left_out += 1
                continue
            examples.append(DevelopmentExample(message.language, message.text, codes))
    return examples, left_out


def render(language: str, examples: Sequence[DevelopmentExample], sets: Sequence[Path]) -> str:
    """One training file: the header, then one flow mapping per example (JSON strings are
    valid YAML double-quoted scalars, and keep line breaks visible as ``\\n``)."""
    lines = [HEADER.format(language=language, sets=len(sets), pattern=DEVELOPMENT_SETS)]
    for example in examples:
        codes = ", ".join(example.codes)
        text = json.dumps(example.text, ensure_ascii=False).translate(_YAML_LINE_BREAKS)
        lines.append(f"  - {{codes: [{codes}], text: {text}}}\n")
    return "".join(lines)


def hand_written_model() -> LearnedModel:
    """The model trained on ``training/<lang>.yml`` alone."""
    examples = [e for path in hand_written_files() for e in read_training_file(path)]
    return train(examples)


def write_files(
    target: Path = GENERATED_DIR,
    directory: Path = BENCH_DATA,
    model: LearnedModel | None = None,
    lexicon: Lexicon | None = None,
) -> str:
    """Rewrite the generated training files, one per language, removing those of languages no
    development set has any more; return a one-line summary. ``model`` and ``lexicon`` find
    the codes (default: ``hand_written_model()`` and the bundled lexicons, compiled here)."""
    sets = development_sets(directory)
    model = model or hand_written_model()
    examples, left_out = make_examples(
        sets, lexicon or load_lexicon(), load_rules(), model, measured_texts(directory)
    )
    by_language: dict[str, list[DevelopmentExample]] = defaultdict(list)
    for example in examples:
        by_language[example.language].append(example)
    target.mkdir(parents=True, exist_ok=True)
    for stale in target.glob("*.yml"):
        if stale.stem not in by_language:
            stale.unlink()
    for language, items in sorted(by_language.items()):
        (target / f"{language}.yml").write_text(render(language, items, sets), encoding="utf-8")
    return (
        f"{len(examples)} examples from {len(sets)} development sets in {len(by_language)} "
        f"languages ({left_out} left out: their label and the rules disagree) -> {target}"
    )


def text_key(text: str) -> str:
    """A message as the sets are compared: repeated texts and the measured sets' texts are
    recognised whatever their case or surrounding white space."""
    return text.strip().casefold()


if __name__ == "__main__":
    sys.stdout.write(write_files() + "\n")
