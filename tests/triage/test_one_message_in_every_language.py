"""One message in every language (session 57, docs/triage.md section 6.39).

Each of 34 messages, written in English, was written by helpers in the 16 other catalog
languages (``one_message_in_every_language.yml``). A sign the lexicons read in one language and
miss in another is a gap that blind sets, with three or four messages of a kind per language,
may never show: this is how "a neighbour's 14 year old daughter is being sold to men right now"
was found to be no emergency in Lithuanian and Czech, and "the owner has his papers" no
possible victim in Czech and Ukrainian.

Lexicons and model must give every message its label: an emergency for an emergency, an
escalation for a possible victim, none for an ordinary message. The messages they still get
wrong are listed in ``STILL_WRONG`` with the reason, and that list is checked too, so that it
shrinks as they are mended and never hides a message that has started to go wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.triage import LearnedModel, Lexicon, TriageRules
from tests.support.lexicon_codes import priority

MESSAGES = yaml.safe_load(
    (Path(__file__).with_name("one_message_in_every_language.yml")).read_text(encoding="utf-8")
)["messages"]
LANGUAGES = [key for key in MESSAGES[0] if key not in ("id", "expected")]
ALL = [
    (message["id"], language, message[language], message["expected"])
    for message in MESSAGES
    for language in LANGUAGES
]


def _each(message_id: str, languages: str, why: str) -> dict[tuple[str, str], str]:
    return {(message_id, language): why for language in languages.split()}


# What lexicons and model still get wrong, by message and language, and why.
STILL_WRONG: dict[tuple[str, str], str] = {
    **_each(
        "H3",
        "uk th zh",
        "four months unpaid is wages withheld (2), under the threshold; the boss's lie that the "
        "money went home is read in other languages only",
    ),
    **_each(
        "H5",
        "hu lt es pl zh",
        "14 hours a day and sleeping in a container are two weak signs, under the threshold",
    ),
    **_each(
        "H10",
        "en",
        "the learned model reads it as ordinary and sets aside the lexicons' being watched",
    ),
    **_each(
        "N1",
        "en da bg hu fr es pt pl cs uk ru",
        "a landlord who keeps the deposit and says she owes him for a door is read as a debt",
    ),
    **_each("N2", "vi", "the embassy keeping her passport for a visa is read as papers held"),
    **_each("N5", "en pt", "a flatmate out all night, then found at her boyfriend's"),
    **_each(
        "N8",
        "en ro bg hu lt fr es pt pl cs uk ru th zh",
        "a mother who keeps her grown daughter's passport in a safe is read as papers held; a "
        "phrase for it hid a blind possible victim's papers from the model and was not taken",
    ),
    **_each("N9", "lt", "a car loan from the bank is read as a debt by the model"),
    **_each("N14", "bg hu fr", "a teacher who keeps a schoolgirl's phone: a minor cut off"),
    **_each("N15", "zh", "a film about a girl sold to a gang is read as a sale"),
    **_each("N16", "en da fr", "a brother who cannot leave the house with a broken leg is held"),
}

# The kinds the lexicons alone must read in every language since session 57: hurt and not
# taken to a doctor, someone sold to men now, papers held by the owner, calls home listened to,
# new shoes or the wind that "kill" her.
LEXICONS_ALONE = ("E2", "E4", "H9", "H10", "N6", "N10")
LEXICONS_ALONE_STILL_WRONG = _each(
    "H9",
    "pt",
    "'o dono tá com os documentos dele' is also 'the owner has his own papers': an entry for it "
    "escalated a blind ordinary message and was not taken",
)


def _right(found: str, expected: str) -> bool:
    if expected == "emergency":
        return found == "emergency"
    if expected == "high":
        return found in ("high", "emergency")
    return found in ("none", "normal")


@pytest.mark.parametrize(("message_id", "language", "text", "expected"), ALL)
def test_lexicons_and_model_give_every_message_its_label_but_those_still_wrong(
    lexicon: Lexicon,
    rules: TriageRules,
    learned: LearnedModel,
    message_id: str,
    language: str,
    text: str,
    expected: str,
) -> None:
    """A message listed as still wrong that is right now fails too: remove it from the list."""
    found = priority(text, lexicon, rules, learned)
    wrong = (message_id, language) in STILL_WRONG
    assert _right(found, expected) != wrong, (message_id, language, found)


@pytest.mark.parametrize(
    ("message_id", "language", "text", "expected"),
    [case for case in ALL if case[0] in LEXICONS_ALONE],
)
def test_the_lexicons_alone_read_these_kinds_in_every_language(
    lexicon: Lexicon,
    rules: TriageRules,
    message_id: str,
    language: str,
    text: str,
    expected: str,
) -> None:
    found = priority(text, lexicon, rules)
    wrong = (message_id, language) in LEXICONS_ALONE_STILL_WRONG
    assert _right(found, expected) != wrong, (message_id, language, found)


# Danger told beside shoes, the wind, the heat or stairs that "kill" her: the everyday_pain
# phrase never applies with a pimp or a boss, telling, leaving, or a blow later on the line.
DANGER_BESIDE_EVERYDAY_PAIN = [
    ("en", "my pimp will kill me, I lost my heels again", "emergency"),
    ("en", "the boss says the heat will kill us if we stop, he keeps our passports", "emergency"),
    ("en", "he will kill me with his boots if I tell anyone", "emergency"),
    ("en", "he says the stairs will kill me if I try to run away", "emergency"),
    ("es", "el viento casi me mata, y el jefe me pegó otra vez", "emergency"),
    ("ru", "эти туфли меня убивают, а хозяин бьёт нас каждый вечер", "emergency"),
]


@pytest.mark.parametrize(("language", "text", "expected"), DANGER_BESIDE_EVERYDAY_PAIN)
def test_danger_beside_everyday_pain_keeps_its_priority(
    lexicon: Lexicon,
    rules: TriageRules,
    learned: LearnedModel,
    language: str,
    text: str,
    expected: str,
) -> None:
    assert priority(text, lexicon, rules, learned) == expected, language
