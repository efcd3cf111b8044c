"""The labelled bench set: its shape, and that triage meets the issue's targets on it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench.triage_bench import BLIND_SETS
from bot.triage import LearnedModel, Lexicon, TriageRules, triage
from bot.triage.evaluation import DEFAULT_SET, evaluate, format_report, load_examples
from bot.triage.rules import ESCALATING

BENCH_DIR = Path(__file__).resolve().parents[2] / "bench" / "data"
BLIND = {name for name, _, show_misses in BLIND_SETS if not show_misses}
REQUIRED_LANGUAGES = {"en", "da", "ro", "bg", "th", "ru", "uk", "pl", "es", "zh", "vi", "tl"}


def test_the_labelled_set_is_big_varied_and_balanced() -> None:
    examples = load_examples(DEFAULT_SET)
    assert len(examples) >= 170
    languages = {e.language for e in examples}
    assert len(languages) >= 10
    assert languages >= REQUIRED_LANGUAGES
    share = {k: v / len(examples) for k, v in Counter(e.expected for e in examples).items()}
    assert 0.20 <= share["emergency"] <= 0.30
    assert 0.30 <= share["high"] <= 0.40
    assert 0.07 <= share["normal"] <= 0.13
    assert 0.25 <= share["none"] <= 0.35


def test_bench_messages_are_not_lexicon_phrases(lexicon: Lexicon) -> None:
    phrases = {
        entry.casefold()
        for language in lexicon
        for entries in language.entries.values()
        for entry in entries
    }
    assert not [e.text for e in load_examples(DEFAULT_SET) if e.text.casefold() in phrases]


def test_triage_meets_the_targets_on_the_labelled_set(lexicon: Lexicon, rules: TriageRules) -> None:
    result = evaluate(DEFAULT_SET, lexicon, rules)
    overall = result["overall"]
    assert overall["emergency_recall"] >= 0.98, format_report(result)
    assert overall["escalation_recall"] >= 0.95, format_report(result)
    assert overall["false_escalation_rate"] <= 0.05, format_report(result)
    assert result["meets_targets"] is True


@pytest.mark.parametrize(
    "path",
    sorted(p for p in BENCH_DIR.glob("triage_*.yml") if p.name not in BLIND),
    ids=lambda p: p.stem,
)
def test_no_set_we_develop_on_has_more_than_five_percent_false_escalations(
    lexicon: Lexicon, rules: TriageRules, path: Path
) -> None:
    result = evaluate(path, lexicon, rules)
    assert result["overall"]["false_escalation_rate"] <= 0.05, format_report(result)


# The lexicons alone, pooled over every blind set, once the seventy-first fresh set had joined
# (2026-12-07, session 59): 338 of 4,892 ordinary messages escalated, 6.9% (328 of 4,756 before
# the seventieth and seventy-first joined with 10 of their 136; 325 of 4,620 before session 59's
# stories, children's games and guard words set 3 aside and the sixty-eighth and sixty-ninth
# joined with 6). Lower it when a change sets more aside, so that the next change cannot spend
# what this one saved.
POOLED_FALSE_ESCALATIONS = (338, 4892)


def test_the_blind_sets_together_escalate_no_more_ordinary_messages_than_before(
    lexicon: Lexicon, rules: TriageRules
) -> None:
    """Pooled, not one by one. A blind set over 5% cannot be mended without reading its
    messages, which would end its being blind; each set's own number is in
    docs/benchmarks.md, where several newer sets are over.
    Pooled, the lexicons alone were at most 5% until the thirty-fourth and thirty-fifth sets
    joined, and are over it since (5.2% with the thirty-sixth: the target is not met,
    docs/triage.md sections 6.20 and 6.22).
    So this guards the count, not the target: a lexicon change that escalates one more
    ordinary message of the blind sets fails here. The counts are printed, never the
    messages. Only the ordinary messages are triaged (the bench counts them as
    ``evaluate`` does): the others cannot change this count, and took most of its time."""
    ordinary = [
        example.text
        for name in sorted(BLIND)
        for example in load_examples(BENCH_DIR / name)
        if example.expected not in ESCALATING
    ]
    escalated = sum(triage(text, lexicon, rules).priority in ESCALATING for text in ordinary)
    # Numbers only: asserting on the list itself would make pytest print its messages.
    count = len(ordinary)
    ceiling, measured_over = POOLED_FALSE_ESCALATIONS
    assert count == measured_over, f"{count} ordinary messages: a blind set was added or changed"
    assert escalated <= ceiling, f"{escalated} of {count} ordinary messages escalated"


def test_report_has_a_row_per_language_and_lists_misses(
    tmp_path: Path, lexicon: Lexicon, rules: TriageRules, learned: LearnedModel
) -> None:
    path = tmp_path / "set.yml"
    path.write_text(
        "messages:\n"
        "  - {language: en, expected: emergency, text: 'I am locked in, help me now'}\n"
        "  - {language: en, expected: high, text: 'what time is it'}\n"
        "  - {language: da, expected: none, text: 'hej'}\n",
        encoding="utf-8",
    )
    result = evaluate(path, lexicon, rules, learned=learned)  # as the assistant triages
    assert result["overall"]["emergency_recall"] == 1.0
    assert result["overall"]["escalation_recall"] == 0.5
    assert result["overall"]["false_escalation_rate"] == 0.0
    assert [m["kind"] for m in result["misses"]] == ["missed escalation"]
    report = format_report(result)
    assert "| en | 2 |" in report and "| da | 1 |" in report and "**overall**" in report
    assert "what time is it" in report


def test_malformed_sets_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text("messages:\n  - {language: en, expected: urgent, text: hi}\n", "utf-8")
    with pytest.raises(ValueError, match="unknown priority"):
        load_examples(path)


def test_the_report_never_rounds_a_miss_up_to_the_target(
    tmp_path: Path, lexicon: Lexicon, rules: TriageRules, learned: LearnedModel
) -> None:
    """48 of 49 emergencies is 0.9796: printed as 0.98 it would look like the 0.98 target."""
    lines = ["messages:"]
    lines += ["  - {language: en, expected: emergency, text: 'I am locked in, help me now'}"] * 48
    lines += ["  - {language: en, expected: emergency, text: 'what time is it'}"]
    lines += ["  - {language: en, expected: none, text: 'he is locked in and i need help now'}"]
    lines += ["  - {language: en, expected: none, text: 'what time is it'}"] * 2
    path = tmp_path / "set.yml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    report = format_report(evaluate(path, lexicon, rules, learned=learned))

    assert "0.979 (48/49)" in report
    assert "0.334 (1/3)" in report  # false escalation is rounded up, never down


def test_the_report_counts_possible_victims_made_emergencies(
    tmp_path: Path, lexicon: Lexicon, rules: TriageRules, learned: LearnedModel
) -> None:
    """A possible victim read as danger now is escalated, so no recall shows it; its own column
    does, rounded up like the other error rate."""
    path = tmp_path / "set.yml"
    path.write_text(
        "messages:\n"
        "  - {language: en, expected: high, text: 'I am locked in, help me now'}\n"
        "  - {language: en, expected: high, text: 'the boss keeps my passport'}\n"
        "  - {language: en, expected: high, text: 'the boss keeps my passport and my ID'}\n"
        "  - {language: en, expected: emergency, text: 'I am locked in, help me now'}\n",
        encoding="utf-8",
    )
    result = evaluate(path, lexicon, rules, learned=learned)
    assert result["overall"]["over_escalation"] == (1, 3)
    assert result["overall"]["escalation_recall"] == 1.0
    assert [m["kind"] for m in result["misses"]] == ["over-escalated"]
    assert "possible victims made emergencies" in format_report(result)
    assert "| 0.334 (1/3) |" in format_report(result)
