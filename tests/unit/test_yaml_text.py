"""The YAML reader for files written by hand (bot.yaml_text)."""

from __future__ import annotations

import pytest
import yaml

from bot import yaml_text


def test_a_key_written_twice_in_one_mapping_is_refused_with_its_line() -> None:
    with pytest.raises(yaml.YAMLError, match="(?s)found the key 'hours' twice.*line 3"):
        yaml_text.safe_load("hours: 9-15\nphone: '112'\nhours: 10-16\n")


def test_the_same_key_in_different_mappings_is_fine() -> None:
    assert yaml_text.safe_load("a: {name: x}\nb: {name: y}\n") == {
        "a": {"name": "x"},
        "b": {"name": "y"},
    }


def test_a_merged_key_may_be_overridden_as_yaml_allows() -> None:
    text = "base: &base {hours: 9-15, phone: '112'}\nweekend:\n  <<: *base\n  hours: 10-14\n"
    loaded = yaml_text.safe_load(text)
    assert loaded == yaml.safe_load(text)
    assert loaded["weekend"] == {"hours": "10-14", "phone": "112"}
