"""`make bench`: run every benchmark and write docs/benchmarks.md."""

from __future__ import annotations

import sys
from pathlib import Path

from bench import (
    channel_bench,
    console_bench,
    cpu_bench,
    language_bench,
    rest_bench,
    scale_bench,
    soak_bench,
    triage_bench,
    triage_folds,
)
from bench.machine import describe_machine, today
from bot.stack import stop_on_signals

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"

INTRO = """\
# Benchmarks

Written by `make bench` (bench/run_all.py); every number below comes from that run.
Run it again on your machine to compare. Limits and interpretation follow each table.
"""


# The slow, CPU-bound cross-validation runs last, so that latency numbers come first.
SECTIONS = {
    "rest": rest_bench.section,
    "cpu": cpu_bench.section,
    "channels": channel_bench.section,
    "console": console_bench.section,
    "soak": soak_bench.section,
    "scale": scale_bench.section,
    "triage": triage_bench.section,
    "folds": triage_folds.section,
    "transliterated": language_bench.transliterated_section,
    "languages": language_bench.section,
}


def main(argv: list[str]) -> None:
    """All sections (`make bench`), or only the named ones, replacing them in the document."""
    stop_on_signals()  # a killed benchmark still stops the stacks it started
    unknown = set(argv) - set(SECTIONS)
    if unknown:
        raise SystemExit(f"unknown section(s) {sorted(unknown)}; choose from {list(SECTIONS)}")
    if argv:
        _rerun(argv)
    else:
        header = f"{INTRO}\nMachine: {describe_machine()}. Date: {today()}.\n"
        done: list[str] = []
        for run_section in SECTIONS.values():
            done.append(run_section())
            # Written after every section, so a long run that fails late keeps what it measured.
            DOC.write_text("\n\n".join([header, *done, _notes()]) + "\n", encoding="utf-8")
    print(DOC.read_text(encoding="utf-8"))


def _rerun(names: list[str]) -> None:
    """Measure ``names`` again and put them in place of their old text, with the date.

    The page is read only after each measurement (the language section takes half an hour, and
    another section may be measured again meanwhile), and the notes that end it are rewritten
    from bench/notes.md.
    """
    for name in names:
        section = SECTIONS[name]() + f"\n\n_Section measured again on {today()}; machine as above._"
        text = DOC.read_text(encoding="utf-8")
        heading = section.splitlines()[0]
        if heading + "\n" not in text:  # a new section: before the notes that end the page
            notes_heading = _notes().splitlines()[0]
            text = text.replace(notes_heading, f"{section}\n\n{notes_heading}", 1)
        else:
            start = text.index(heading + "\n")
            end = text.find("\n## ", start + len(heading))
            text = text[:start] + section + "\n" + (text[end:] if end >= 0 else "")
        DOC.write_text(_with_current_notes(text), encoding="utf-8")


def _with_current_notes(text: str) -> str:
    notes = _notes()
    heading = notes.splitlines()[0]
    return text[: text.index(heading)] + notes + "\n" if heading in text else text


def _notes() -> str:
    return (Path(__file__).resolve().parent / "notes.md").read_text(encoding="utf-8").strip()


if __name__ == "__main__":
    main(sys.argv[1:])
