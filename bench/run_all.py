"""`make bench`: run every benchmark and write docs/benchmarks.md."""

from __future__ import annotations

from pathlib import Path

from bench import channel_bench, language_bench, rest_bench, triage_bench
from bench.machine import describe_machine, today
from bot.stack import stop_on_sigterm

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"

INTRO = """\
# Benchmarks

Written by `make bench` (bench/run_all.py); every number below comes from that run.
Run it again on your machine to compare. Limits and interpretation follow each table.
"""


# The slow, CPU-bound cross-validation runs last, so that latency numbers come first.
SECTIONS = {
    "rest": rest_bench.section,
    "channels": channel_bench.section,
    "triage": triage_bench.section,
    "languages": language_bench.section,
}


def main() -> None:
    stop_on_sigterm()  # a killed benchmark still stops the stacks it started
    header = f"{INTRO}\nMachine: {describe_machine()}. Date: {today()}.\n"
    done: list[str] = []
    for run_section in SECTIONS.values():
        done.append(run_section())
        # Written after every section, so a long run that fails late keeps what it measured.
        DOC.write_text("\n\n".join([header, *done, _notes()]) + "\n", encoding="utf-8")
    print(DOC.read_text(encoding="utf-8"))


def _notes() -> str:
    return (Path(__file__).resolve().parent / "notes.md").read_text(encoding="utf-8").strip()


if __name__ == "__main__":
    main()
