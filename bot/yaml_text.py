"""Reading the YAML files people write by hand: the configuration, the message catalogs, and
the triage lexicons, training examples and labelled sets.

With libyaml's safe loader when PyYAML has it (it does on every supported platform's wheels):
the pure-Python loader took three seconds for the lexicons alone, and the servers, the
benchmarks and the tests read these files again and again. Both loaders build the same data
from these files.

A key written twice in one mapping is refused. YAML keeps the last one, so a second
``immediate_danger, movement_restricted:`` group of harmless phrases would silently drop every
entry of the first (a danger the lexicon no longer reads), a catalog key written twice would
lose one of its texts, and a setting written twice in the configuration would quietly be the
second one: each with no error anywhere.
"""

from __future__ import annotations

from typing import Any

import yaml

_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_MERGE_TAG = "tag:yaml.org,2002:merge"


class _Loader(_BASE_LOADER):  # type: ignore[misc, valid-type]
    """The safe loader, refusing a mapping that repeats a key it writes itself. Keys merged in
    with ``<<: *anchor`` may still be written again: that is how a merge is overridden."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if key_node.tag == _MERGE_TAG:
                continue
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"found the key {key!r} twice",
                    key_node.start_mark,
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def safe_load(text: str) -> Any:
    """``yaml.safe_load(text)``, faster, and refusing a key written twice in one mapping."""
    return yaml.load(text, Loader=_Loader)
