"""The bundled lexicons and learned model, loaded once per test process.

Both come from the cache the servers use (tests/conftest.py points ``HELPLINE_CACHE_DIR`` at
the project's, which ``make train`` fills), so the tests read what the servers read: a pickled
lexicon whose entries compile on first use. Each test worker compiling every entry itself at
start-up took minutes of every CI run; the tests that check every entry compile them anyway,
each its share.
"""

from __future__ import annotations

import functools

from bot.settings import load_settings
from bot.triage import LearnedModel, Lexicon, load_learned, load_lexicon


@functools.cache
def bundled_lexicon() -> Lexicon:
    return load_lexicon(cache_dir=load_settings().cache_dir)


@functools.cache
def bundled_learned() -> LearnedModel:
    return load_learned(cache_dir=load_settings().cache_dir)
