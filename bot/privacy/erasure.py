""" "Delete my data": the words that ask for it, and erasing what we hold about a person.

Erasure removes her conversation from the tracker store, the transcript of her cases (an open
case is closed, so staff see why she is gone), the bot's messages where the channel can
delete them, and last her encrypted address, after the confirmation was sent.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml
from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore, TrackerStore
from sqlalchemy import delete, select, update

from bot.store.database import session_scope
from bot.store.models import Case, CaseMessage, utcnow

ERASE_WORDS_PATH = Path(__file__).resolve().parent / "erase_words.yml"


def fold(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces: how commands are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]", " ", bare).split())


@lru_cache(maxsize=1)
def erase_words() -> frozenset[str]:
    """Every erase command of every language, folded."""
    raw = yaml.safe_load(ERASE_WORDS_PATH.read_text(encoding="utf-8"))["languages"]
    return frozenset(fold(str(word)) for words in raw.values() for word in words)


def is_erase_command(text: str) -> bool:
    """The whole message is an erase command ("delete", "SLET", "șterge", "stop", ...)."""
    return fold(text) in erase_words()


def erase_cases(database_url: str, sender_ref: str) -> None:
    """Delete her case transcripts; close her open cases with the reason."""
    with session_scope(database_url) as session:
        case_ids = list(session.scalars(select(Case.id).where(Case.sender_ref == sender_ref)))
        if not case_ids:
            return
        session.execute(delete(CaseMessage).where(CaseMessage.case_id.in_(case_ids)))
        session.execute(
            update(Case)
            .where(Case.id.in_(case_ids))
            .values(summary="Erased at the person's request.", indicators=[], reasons=[],
                    updated_at=utcnow())
        )  # fmt: skip
        session.execute(
            update(Case)
            .where(Case.id.in_(case_ids), Case.status != "closed")
            .values(status="closed", outcome="other", closed_at=utcnow())
        )


def erase_conversation(tracker_store: TrackerStore, sender_ref: str) -> bool:
    """Delete her events from Rasa's SQL tracker store (Rasa 3.6 has no delete of its own)."""
    store = getattr(tracker_store, "_tracker_store", tracker_store)  # AwaitableTrackerStore
    if isinstance(store, InMemoryTrackerStore):
        return store.store.pop(sender_ref, None) is not None
    if not isinstance(store, SQLTrackerStore):
        return False
    with store.session_scope() as session:
        session.query(store.SQLEvent).filter(store.SQLEvent.sender_id == sender_ref).delete()
        session.commit()
    return True
