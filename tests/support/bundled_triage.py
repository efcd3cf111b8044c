"""The bundled lexicons and learned model, loaded once per test process.

The lexicons are compiled, not read from the cache the servers use: many tests reach every
entry, and compiled at once they share ``compile_entry``'s programs with the tests that check
them. The fitted model comes from the cache (tests/conftest.py points ``HELPLINE_CACHE_DIR``
at the project's, which ``make train`` fills).
"""

from __future__ import annotations

import functools

from bot.settings import load_settings
from bot.triage import LearnedModel, Lexicon, load_learned, load_lexicon


@functools.cache
def bundled_lexicon() -> Lexicon:
    return load_lexicon()


@functools.cache
def bundled_learned() -> LearnedModel:
    return load_learned(cache_dir=load_settings().cache_dir)
