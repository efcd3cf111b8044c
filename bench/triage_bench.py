"""Triage on the blind labelled set (bench/data/triage_bench.yml), three ways.

- lexicons + learned model: ``bot.triage`` as a pure function, what every deployment has;
- lexicons only: the same without the learned model, to see what each signal adds;
- the assistant: the trained NLU pipeline (TriageAnnotator after the classifiers), where the
  multilingual ``emergency`` and ``request_human`` intents count as indicators too.
The set was written without looking at the lexicons or any result and is never tuned on.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from bot.settings import PROJECT_DIR, load_settings
from bot.training import ensure_model
from bot.triage.evaluation import evaluate, format_report
from bot.triage.learned import load_learned
from bot.triage.lexicon import load_lexicon

BENCH_SET = PROJECT_DIR / "bench" / "data" / "triage_bench.yml"


def _pipeline_assessor(model: Path) -> Callable[[str], tuple[str, Sequence[str]]]:
    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)
    agent = Agent.load(str(model))

    def assess_text(text: str) -> tuple[str, Sequence[str]]:
        parsed = asyncio.run(agent.parse_message(text))
        triage = parsed.get("triage") or {}
        return triage.get("priority", "none"), triage.get("reasons", [])

    return assess_text


def section() -> str:
    lexicon = load_lexicon()
    pure = evaluate(BENCH_SET, lexicon, learned=load_learned())
    lexicons = evaluate(BENCH_SET, lexicon)
    model = ensure_model(load_settings())
    pipeline = evaluate(BENCH_SET, assess_text=_pipeline_assessor(model))
    return "\n".join([
        "## Triage",
        "",
        f"Blind labelled set: {BENCH_SET.relative_to(PROJECT_DIR)} "
        f"({pure['overall']['count']} messages, {len(pure['languages'])} languages; "
        "written before any result was seen, never tuned on).",
        "",
        "### The assistant (NLU pipeline: lexicons + learned model + emergency/request_human "
        "intents)",
        "",
        format_report(pipeline),
        "",
        "### Lexicons + learned model (bot.triage, no NLU)",
        "",
        format_report(pure).split("\nMisses")[0],
        "",
        "### Lexicons only (bot.triage without the learned model)",
        "",
        format_report(lexicons).split("\nMisses")[0],
    ])  # fmt: skip


if __name__ == "__main__":
    print(section())
