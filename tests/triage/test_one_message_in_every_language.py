"""One message in every language (sessions 57 and 58, docs/triage.md sections 6.39 and 6.40).

Each of 72 messages, written in English in two rounds, was written by helpers in the 16 other
catalog languages (``one_message_in_every_language.yml``). A sign the lexicons read in one
language and miss in another is a gap that blind sets, with three or four messages of a kind
per language, may never show: this is how "a neighbour's 14 year old daughter is being sold to
men right now" was found to be no emergency in Lithuanian and Czech, "the owner has his papers"
no possible victim in Czech and Ukrainian, and "it's a massage place and I can't say no" no
possible victim in twelve languages.

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
    **_each("N14", "bg", "a teacher who keeps a schoolgirl's phone: a minor cut off"),
    **_each("N15", "zh", "a film about a girl sold to a gang is read as a sale"),
    **_each("N16", "en da fr", "a brother who cannot leave the house with a broken leg is held"),
    # Session 58's round.
    **_each(
        "H11",
        "en pl uk",
        "half her pay taken for a bed and food is wages withheld (2); the debt still owed after a "
        "year is not read",
    ),
    **_each(
        "H14",
        "bg uk",
        "a recruiter's threat to send photos of her to her family: no lexicon reads it, nor the "
        "model in these two",
    ),
    **_each(
        "N18",
        "uk vi zh",
        "a son grounded and not let out this weekend, told in two clauses: the grounded-child "
        "phrase reads the one that names the reason and the child",
    ),
    **_each("N19", "da es pt cs", "a nephew of five who locked himself in the bathroom: locked in"),
    **_each("N21", "pl", "a salary late through a bank error is read as withheld, with a threat"),
    **_each(
        "N22", "en bg uk tl", "the model reads 500 kroner owed to a friend as debt or a threat"
    ),
    **_each(
        "N23",
        "vi zh",
        "children playing kidnappers, their cry for help in the next clause: the children's-game "
        "phrase reads the clause that names the game",
    ),
    **_each("N27", "es uk ru", "phones taken all week in military service: held and cut off"),
    **_each("N28", "pt", "the model reads a coach who makes them run till they throw up as danger"),
    **_each("N29", "en pt pl", "the model reads an angry ex far away, blocked, as danger now"),
    **_each(
        "N33",
        "bg lt fr es pl vi zh",
        "the model reads a debt collector who threatens court as a threat or danger; the "
        "English harmless phrase for it has no words of these languages",
    ),
    **_each(
        "N36",
        "da hu pt cs uk ru tl vi",
        "a phone taken by her mother for bad grades, at 14: the model reads long hours or danger "
        "beside the age, and the encoder does not doubt it",
    ),
    **_each("N37", "en pt", "the model reads sleeping at the office before a deadline as a threat"),
    **_each("N39", "en ru th tl vi", "a dog locked in the shed all night"),
    **_each("N41", "uk ru th", "a daughter of 13 who wants to go to a party with older boys"),
    **_each("N42", "da bg uk th", "an exam that 'killed' her and a week 'locked' in the library"),
}

# The kinds the lexicons alone must read in every language since session 57: hurt and not
# taken to a doctor, someone sold to men now, papers held by the owner, calls home listened to,
# new shoes or the wind that "kill" her; since session 58: she cannot say no, with clients, men
# or a massage place on the line (H12, and the girl of 16 whom men take to a hotel, E14).
LEXICONS_ALONE = ("E2", "E4", "E14", "H9", "H10", "H12", "N6", "N10")
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
