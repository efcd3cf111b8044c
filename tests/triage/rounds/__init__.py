"""The cases of each later lexicon round, one module per development set, in the shapes of
tests/triage/test_danger_now_and_signs_told_in_passing.py, whose tests run them."""
