"""Triage on the blind labelled sets, three ways.

Seventy-two sets: bench/data/triage_bench.yml (the first, whose misses this page has shown since),
bench/data/triage_fresh.yml, written later by a writer who saw no training data, lexicon or earlier
set, bench/data/triage_fresh2.yml to _fresh7.yml and _fresh9.yml to _fresh71.yml, written the same
way from 2026-12-01 to 2026-12-07 and each first scored after the changes before it (_fresh7.yml,
_fresh9.yml to _fresh16.yml, _fresh18.yml, _fresh20.yml, _fresh22.yml to _fresh24.yml, _fresh26.yml,
_fresh29.yml, _fresh31.yml, _fresh33.yml, _fresh35.yml, _fresh36.yml, _fresh38.yml and _fresh40.yml:
messages over several lines; _fresh17.yml: one line each; _fresh19.yml, _fresh21.yml, _fresh25.yml,
_fresh27.yml, _fresh28.yml, _fresh30.yml, _fresh32.yml, _fresh34.yml, _fresh37.yml, _fresh39.yml,
_fresh41.yml, _fresh44.yml, _fresh46.yml, _fresh48.yml, _fresh50.yml, _fresh52.yml, _fresh54.yml,
_fresh56.yml, _fresh58.yml, _fresh60.yml, _fresh62.yml, _fresh64.yml, _fresh66.yml, _fresh68.yml and
_fresh70.yml: one or two lines; _fresh20.yml, _fresh22.yml to _fresh24.yml, _fresh26.yml,
_fresh29.yml, _fresh31.yml, _fresh33.yml, _fresh35.yml, _fresh36.yml, _fresh38.yml, _fresh40.yml,
_fresh42.yml, _fresh45.yml, _fresh47.yml, _fresh49.yml, _fresh51.yml, _fresh53.yml, _fresh55.yml,
_fresh57.yml, _fresh59.yml, _fresh61.yml, _fresh63.yml, _fresh65.yml, _fresh67.yml, _fresh69.yml and
_fresh71.yml: every message written by someone other than the person concerned; _fresh43.yml:
possible victims whose money and papers are in other hands, and everyday money and papers trouble,
told by the person herself; the eighth became development set 17 once a failing test had printed its
misses), and bench/data/triage_translit.yml, Russian, Ukrainian and Bulgarian typed in Latin letters
(2026-12-02). The fresh sets' misses are never printed, so that nobody tunes on them.

- lexicons + learned model: ``bot.triage`` as a pure function, what every deployment has;
- lexicons only: the same without the learned model, to see what each signal adds;
- the assistant: the trained NLU pipeline (TriageAnnotator after the classifiers), where the
  multilingual ``emergency`` and ``request_human`` intents count as indicators too.
All sets were written without looking at the lexicons or any result; the fresh ones are never
tuned on.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bot.settings import PROJECT_DIR, load_settings
from bot.training import ensure_model
from bot.triage.evaluation import evaluate, format_report
from bot.triage.learned import load_learned
from bot.triage.lexicon import load_lexicon

DATA_DIR = PROJECT_DIR / "bench" / "data"
# (file in DATA_DIR, heading, show the misses): only the first set's misses are printed.
BLIND_SETS = (
    ("triage_bench.yml", "First blind set", True),
    ("triage_fresh.yml", "Fresh blind set (misses not shown, so it stays blind)", False),
    ("triage_fresh2.yml", "Second fresh blind set (misses not shown)", False),
    ("triage_fresh3.yml", "Third fresh blind set (misses not shown)", False),
    ("triage_fresh4.yml", "Fourth fresh blind set (misses not shown)", False),
    ("triage_fresh5.yml", "Fifth fresh blind set (misses not shown)", False),
    ("triage_fresh6.yml", "Sixth fresh blind set (misses not shown)", False),
    (
        "triage_fresh7.yml",
        "Seventh fresh blind set, messages over several lines (misses not shown)",
        False,
    ),
    (
        "triage_fresh9.yml",
        "Ninth fresh blind set, messages over several lines (misses not shown)",
        False,
    ),
    (
        "triage_fresh10.yml",
        "Tenth fresh blind set, messages over several lines, more forced labour (misses not shown)",
        False,
    ),
    (
        "triage_fresh11.yml",
        "Eleventh fresh blind set, messages over several lines, more forced labour "
        "(misses not shown)",
        False,
    ),
    (
        "triage_fresh12.yml",
        "Twelfth fresh blind set, messages over several lines, more forced labour "
        "(misses not shown)",
        False,
    ),
    (
        "triage_fresh13.yml",
        "Thirteenth fresh blind set, messages over several lines, more forced labour "
        "(misses not shown)",
        False,
    ),
    (
        "triage_fresh14.yml",
        "Fourteenth fresh blind set, messages over several lines, more forced labour, "
        "written by others than the victim (misses not shown)",
        False,
    ),
    (
        "triage_fresh15.yml",
        "Fifteenth fresh blind set, messages over several lines, situations told in everyday words "
        "(misses not shown)",
        False,
    ),
    (
        "triage_fresh16.yml",
        "Sixteenth fresh blind set, messages over several lines, more women in prostitution and "
        "domestic work (misses not shown)",
        False,
    ),
    (
        "triage_fresh17.yml",
        "Seventeenth fresh blind set, one line each (misses not shown)",
        False,
    ),
    (
        "triage_fresh18.yml",
        "Eighteenth fresh blind set, messages over several lines, forced labour outside sex work "
        "(misses not shown)",
        False,
    ),
    (
        "triage_fresh19.yml",
        "Nineteenth fresh blind set, one or two lines each, everyday trouble told with strong "
        "words (misses not shown)",
        False,
    ),
    (
        "triage_fresh20.yml",
        "Twentieth fresh blind set, every message written by someone other than the person "
        "concerned (misses not shown)",
        False,
    ),
    (
        "triage_fresh21.yml",
        "Twenty-first fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh22.yml",
        "Twenty-second fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh23.yml",
        "Twenty-third fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh24.yml",
        "Twenty-fourth fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh25.yml",
        "Twenty-fifth fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh26.yml",
        "Twenty-sixth fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh27.yml",
        "Twenty-seventh fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh28.yml",
        "Twenty-eighth fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh29.yml",
        "Twenty-ninth fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh30.yml",
        "Thirtieth fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh31.yml",
        "Thirty-first fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh32.yml",
        "Thirty-second fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh33.yml",
        "Thirty-third fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh34.yml",
        "Thirty-fourth fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh35.yml",
        "Thirty-fifth fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh36.yml",
        "Thirty-sixth fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh37.yml",
        "Thirty-seventh fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh38.yml",
        "Thirty-eighth fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh39.yml",
        "Thirty-ninth fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh40.yml",
        "Fortieth fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh41.yml",
        "Forty-first fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh42.yml",
        "Forty-second fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh43.yml",
        "Forty-third fresh blind set, money and papers in other hands told by the person "
        "herself, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh44.yml",
        "Forty-fourth fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh45.yml",
        "Forty-fifth fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh46.yml",
        "Forty-sixth fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh47.yml",
        "Forty-seventh fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh48.yml",
        "Forty-eighth fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh49.yml",
        "Forty-ninth fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh50.yml",
        "Fiftieth fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh51.yml",
        "Fifty-first fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh52.yml",
        "Fifty-second fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh53.yml",
        "Fifty-third fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh54.yml",
        "Fifty-fourth fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh55.yml",
        "Fifty-fifth fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh56.yml",
        "Fifty-sixth fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh57.yml",
        "Fifty-seventh fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh58.yml",
        "Fifty-eighth fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh59.yml",
        "Fifty-ninth fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh60.yml",
        "Sixtieth fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh61.yml",
        "Sixty-first fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh62.yml",
        "Sixty-second fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh63.yml",
        "Sixty-third fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh64.yml",
        "Sixty-fourth fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh65.yml",
        "Sixty-fifth fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh66.yml",
        "Sixty-sixth fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh67.yml",
        "Sixty-seventh fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh68.yml",
        "Sixty-eighth fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh69.yml",
        "Sixty-ninth fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh70.yml",
        "Seventieth fresh blind set, the nineteenth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_fresh71.yml",
        "Seventy-first fresh blind set, the twentieth's brief, new writers (misses not shown)",
        False,
    ),
    (
        "triage_translit.yml",
        "Russian, Ukrainian and Bulgarian in Latin letters, blind (misses not shown)",
        False,
    ),
)


def _pipeline_assessor(model: Path) -> Callable[[str], tuple[str, Sequence[str]]]:
    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    from bot.conversation.unsure_danger import EMERGENCY_INTENT

    configure_structlog(logging.WARNING)
    agent = Agent.load(str(model))

    def assess_text(text: str) -> tuple[str, Sequence[str]]:
        """What she gets: triage's priority, or an emergency where the intent stays
        ``emergency``, which the safety rule (data/rules/safety.yml) escalates by itself."""
        parsed = asyncio.run(agent.parse_message(text))
        triage = parsed.get("triage") or {}
        priority, reasons = triage.get("priority", "none"), triage.get("reasons", [])
        intent = (parsed.get("intent") or {}).get("name")
        if intent == EMERGENCY_INTENT and priority != "emergency":
            return "emergency", [*reasons, "the emergency intent (the safety rule escalates)"]
        return priority, reasons

    return assess_text


def section() -> str:
    lexicon, learned = load_lexicon(), load_learned()
    assistant = _pipeline_assessor(ensure_model(load_settings()))
    lines = ["## Triage", ""]
    for name, heading, show_misses in BLIND_SETS:
        path = DATA_DIR / name
        pure = evaluate(path, lexicon, learned=learned)
        lines += [
            f"### {heading}: {path.relative_to(PROJECT_DIR)} "
            f"({pure['overall']['count']} messages, {len(pure['languages'])} languages)",
            "",
            "#### The assistant (NLU pipeline: lexicons + learned model + emergency/request_human "
            "intents)",
            "",
            _report(evaluate(path, assess_text=assistant), show_misses),
            "",
            "#### Lexicons + learned model (bot.triage, no NLU)",
            "",
            _report(pure, show_misses=False),
            "",
            "#### Lexicons only (bot.triage without the learned model)",
            "",
            _report(evaluate(path, lexicon), show_misses=False),
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


def _report(result: dict[str, Any], show_misses: bool) -> str:
    report = format_report(result)
    return report if show_misses else report.split("\nMisses")[0].rstrip()


if __name__ == "__main__":
    print(section())
