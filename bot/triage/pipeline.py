"""One call from a message to a triage assessment, for actions and the bench."""

from __future__ import annotations

from bot.triage.indicators import find_indicators
from bot.triage.lexicon import Lexicon
from bot.triage.rules import Assessment, TriageRules, assess


def triage(text: str, lexicon: Lexicon, rules: TriageRules) -> Assessment:
    """Find the indicators in ``text`` and assess them (pure: lexicon and rules are loaded)."""
    return assess(find_indicators(text, lexicon), rules)
