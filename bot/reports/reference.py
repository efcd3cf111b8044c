"""Report references such as ``R-7K3Q9P``: easy to read aloud, type and quote later.

The alphabet leaves out 0/O and 1/I, which people confuse when they copy a reference from a
screen or read it over the phone. Every reference has a digit, so that ordinary words in a
message ("rescued") are never read as one. Reading is tolerant: case, spaces and dashes do not
matter.
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 6
PREFIX = "R-"
# In free text: "R-7K3Q9P", "r 7k3 q9p", "R7K3Q9P", "ref R - 7K3-Q9P".
_IN_TEXT = re.compile(
    r"(?<![0-9A-Z])R\s*-?\s*((?:[2-9A-HJ-NP-Z][\s-]?){5}[2-9A-HJ-NP-Z])(?![0-9A-Z])", re.IGNORECASE
)


def new_reference() -> str:
    """A random reference (about 900 million); the caller retries on a collision."""
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
        if any(char.isdigit() for char in code):
            return PREFIX + code


def normalise_reference(text: str) -> str | None:
    """The canonical form of a reference typed by a person, or None if it is not one."""
    compact = re.sub(r"[\s\-–—_.:]", "", text).upper()
    # A "ref" label goes only when something longer than a whole reference follows it:
    # "R-EF5ABC" is itself a reference whose code starts with EF.
    if compact.startswith("REF") and len(compact) > len(PREFIX) - 1 + CODE_LENGTH:
        compact = compact.removeprefix("REF")
    if compact.startswith("R"):  # without the R, a truncated reference could pass as a code
        compact = compact[1:] if len(compact) == CODE_LENGTH + 1 else ""
    if (
        len(compact) == CODE_LENGTH
        and all(char in ALPHABET for char in compact)
        and any(char.isdigit() for char in compact)
    ):
        return PREFIX + compact
    return None


def find_reference(text: str) -> str | None:
    """The first reference quoted in a message ("I reported before, REF r-7k3q9p")."""
    match = _IN_TEXT.search(text)
    if match is None:
        return normalise_reference(text)
    # The whole match, R included: from the code alone, a code that itself starts with R
    # ("R-R5UXZB") would lose that R as if it were the prefix.
    return normalise_reference(match.group(0))
