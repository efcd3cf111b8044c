"""The cross-validation of the learned model over the development sets (bench/triage_folds.py):
whole sets per fold, and the measures added up over them."""

from __future__ import annotations

from pathlib import Path

from bench.triage_folds import FOLDS, add, fold_of


def test_sets_are_dealt_whole_in_name_order_and_a_set_sorting_last_moves_no_other() -> None:
    sets = [Path(f"bench/data/triage_dev{number}.yml") for number in (3, 1, 2, 5, 4, 6)]
    folds = fold_of(sets)
    assert sorted(folds.values()) == [0, 0, 1, 2, 3, 4]
    assert fold_of([*sets, Path("bench/data/triage_dev7.yml")]).items() >= folds.items()
    assert FOLDS == 5


def test_counts_are_added_measure_by_measure() -> None:
    one = ((1, 2), (2, 3), (2, 2), (0, 1))
    other = ((3, 3), (4, 5), (0, 7), (1, 1))
    assert add([one, other]) == ((4, 5), (6, 8), (2, 9), (1, 2))
