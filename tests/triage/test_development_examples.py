"""The learned model's examples made from the development sets (bot/triage/development_examples.py).

What matters: every example is a message of a development set whose codes give that message's
label, no blind set is ever trained on, and the files read back as they were written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bench.triage_bench import BLIND_SETS, DATA_DIR
from bot.triage.development_examples import (
    DevelopmentExample,
    codes_for,
    development_sets,
    make_examples,
    render,
    write_files,
)
from bot.triage.evaluation import load_examples as load_labelled_set
from bot.triage.learned import (
    GENERATED_DIR,
    LearnedModel,
    hand_written_files,
    has_enough_words,
    load_examples,
    parse_examples,
    read_training_file,
)
from bot.triage.lexicon import Lexicon
from bot.triage.rules import TriageRules, priority_of

GENERATED = sorted(GENERATED_DIR.glob("*.yml"))


def labelled_development_messages() -> dict[tuple[str, str], set[str]]:
    """(language, text) -> the labels the development sets give it."""
    labels: dict[tuple[str, str], set[str]] = {}
    for path in development_sets():
        for message in load_labelled_set(path):
            labels.setdefault((message.language, message.text), set()).add(message.expected)
    return labels


def test_there_is_a_generated_file_for_every_language_of_the_hand_written_ones() -> None:
    hand_written = {path.stem for path in hand_written_files()}
    assert {path.stem for path in GENERATED} == hand_written


def test_every_generated_example_is_a_development_message_whose_codes_give_its_label(
    rules: TriageRules,
) -> None:
    labels = labelled_development_messages()
    wrong = []
    for path in GENERATED:
        for example in read_training_file(path):
            expected = labels.get((example.language, example.text))
            if expected is None or priority_of(example.codes, rules) not in expected:
                wrong.append((path.name, example.text[:60], sorted(example.codes), expected))
    assert wrong == []
    assert sum(len(read_training_file(path)) for path in GENERATED) > 3000


def test_no_blind_set_message_is_ever_trained_on() -> None:
    """The blind sets measure triage on new messages; training on one would empty that number.
    A greeting too short for the model to read is left to the lexicons (test_learned.py)."""
    blind = {
        message.text.strip().casefold()
        for name, _, _ in BLIND_SETS
        for message in load_labelled_set(DATA_DIR / name)
        if has_enough_words(message.text)
    }
    trained = {example.text.strip().casefold() for example in load_examples()}
    # Counts, not the texts: a failing test must not show anyone a blind set's messages, and
    # pytest prints the operands of an assertion, so only numbers are asserted on.
    blind_count, shared_count = len(blind), len(trained & blind)
    assert blind_count > 1500
    assert shared_count == 0


def test_no_blind_set_is_taken_for_a_development_set() -> None:
    blind = {name for name, _, _ in BLIND_SETS}
    development = {path.name for path in development_sets()}
    assert len(development) >= 19
    assert blind & development == set()


@pytest.mark.parametrize(
    ("text", "expected", "codes"),
    [
        ("my boss will kill me if i am late again lol", "none", ()),
        ("can i talk to a real person please", "normal", ("requests_human",)),
    ],
)
def test_ordinary_messages_and_requests_get_their_codes_from_the_label_alone(
    lexicon: Lexicon,
    rules: TriageRules,
    learned: LearnedModel,
    text: str,
    expected: str,
    codes: tuple[str, ...],
) -> None:
    assert codes_for(text, expected, lexicon, rules, learned) == codes


def test_an_emergency_found_as_a_possible_victim_gets_immediate_danger(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel
) -> None:
    text = "the boss keeps my passport and i owe him 5000 euro"
    assert priority_of(codes_for(text, "high", lexicon, rules, learned) or (), rules) == "high"

    codes = codes_for(text, "emergency", lexicon, rules, learned)

    assert codes is not None and "immediate_danger" in codes
    assert priority_of(codes, rules) == "emergency"


def test_a_possible_victim_found_as_an_emergency_loses_immediate_danger(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel
) -> None:
    text = "he locked the door and took my passport, i owe them 5000 euro"
    assert "immediate_danger" in (codes_for(text, "emergency", lexicon, rules, learned) or ())

    codes = codes_for(text, "high", lexicon, rules, learned)

    assert codes is not None and "immediate_danger" not in codes
    assert priority_of(codes, rules) == "high"


def test_a_message_whose_codes_cannot_give_its_label_is_left_out(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel
) -> None:
    assert codes_for("where can i learn danish", "high", lexicon, rules, learned) is None


def test_a_rendered_file_reads_back_as_written() -> None:
    examples = [
        DevelopmentExample("en", 'hi\nhe says "stay" or else 😟\n\\ back\\slash', ("isolation",)),
        DevelopmentExample("en", "where is the clinic: 2nd floor, #3", ()),
        DevelopmentExample("en", "pasted from a phone\u2028next line\u0085and one more", ()),
    ]

    text = render("en", examples, [Path("triage_dev.yml")])

    read = parse_examples(yaml.safe_load(text), language="en")
    assert [(e.text, sorted(e.codes)) for e in read] == [(e.text, list(e.codes)) for e in examples]
    assert text.startswith("# en: training examples")


def test_writing_makes_one_file_per_language_without_repeats_blind_texts_or_stale_files(
    tmp_path: Path, learned: LearnedModel, lexicon: Lexicon
) -> None:
    sets, target = tmp_path / "data", tmp_path / "out"
    sets.mkdir()
    target.mkdir()
    (target / "xx.yml").write_text("examples: []\n", encoding="utf-8")
    message = "{language: %s, expected: %s, text: %s}"
    (sets / "triage_dev.yml").write_text(
        "messages:\n"
        + "".join(
            f"  - {message % item}\n"
            for item in [
                ("en", "none", "'where do i renew my passport'"),
                ("en", "normal", "'can i speak to a person'"),
                ("da", "none", "'hvor er klinikken'"),
            ]
        ),
        encoding="utf-8",
    )
    (sets / "triage_dev2.yml").write_text(
        "messages:\n  - " + message % ("en", "none", "'Where do I renew my passport'") + "\n",
        encoding="utf-8",
    )
    (sets / "triage_fresh.yml").write_text(
        "messages:\n  - " + message % ("da", "none", "'Hvor er klinikken'") + "\n",
        encoding="utf-8",
    )

    summary = write_files(target, sets, learned, lexicon)

    # The Danish message is also in a blind set, so Danish has no file.
    assert sorted(path.name for path in target.glob("*.yml")) == ["en.yml"]
    english = read_training_file(target / "en.yml")
    assert [(e.text, sorted(e.codes)) for e in english] == [
        ("where do i renew my passport", []),
        ("can i speak to a person", ["requests_human"]),
    ]
    assert "2 examples from 2 development sets in 1 languages" in summary


def test_make_examples_counts_what_it_leaves_out(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel, tmp_path: Path
) -> None:
    path = tmp_path / "triage_dev.yml"
    path.write_text(
        "messages:\n  - {language: en, expected: high, text: 'where can i learn danish'}\n",
        encoding="utf-8",
    )

    examples, left_out = make_examples([path], lexicon, rules, learned)

    assert (examples, left_out) == ([], 1)
