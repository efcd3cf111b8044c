"""The words that tell Russian, Ukrainian and Bulgarian typed in Latin letters from the
Latin-script languages, for language detection (``bot.language.detection``).

The triage lexicons hold the words of danger, documents and money; the NLU examples add those
of greetings and of questions about health, rights and the service. With the lexicons alone,
"skolko vremeni ja mogu ostatsja chtoby podumat" (how long can I stay to think it over) shared
too few words with them and was answered in Czech or English.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import yaml
from rasa.shared.nlu.training_data.entities_parser import replace_entities

from bot.settings import PROJECT_DIR
from bot.triage import load_vocabulary
from bot.triage.transliteration import Vocabulary

NLU_DIR = PROJECT_DIR / "data" / "nlu"


def reading_vocabulary(nlu_dir: Path = NLU_DIR) -> Vocabulary:
    """The triage lexicons' vocabulary widened with every NLU example (``<lang>/*.yml``)."""
    examples = {
        language_dir.name: list(_examples(language_dir))
        for language_dir in sorted(path for path in nlu_dir.iterdir() if path.is_dir())
    }
    return load_vocabulary().widened(examples)


def _examples(language_dir: Path) -> Iterator[str]:
    """The intent examples of one language, as plain text (entity markup removed)."""
    for path in sorted(language_dir.glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu") or []:
            if "intent" not in block:
                continue  # regexes and lookup tables are not sentences
            for line in str(block.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- "):
                    yield replace_entities(line[2:])
