"""Triage in the conversation over the REST channel: who gets a case, and what she is told.

Each test is one person (own sender id) on the shared stack; cases are read from the
application database the stack writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import update

from bot.hotline.cases import CaseService, CaseView
from bot.settings import Settings
from bot.store.database import session_scope
from bot.store.models import Case
from tests.conversation.conftest import RestChannel

pytestmark = pytest.mark.stack


@pytest.fixture
def cases(stack_settings: Settings, running_stack: Any) -> Iterator[CaseService]:
    yield CaseService(stack_settings.database_url)


def case_of(cases: CaseService, sender: str) -> CaseView | None:
    return cases.open_case_of(sender)


def payloads(messages: list[dict[str, Any]]) -> list[str]:
    return [button["payload"] for message in messages for button in message.get("buttons", [])]


def test_danger_gets_112_at_once_and_an_emergency_case(
    rest: RestChannel, cases: CaseService, sender: str
) -> None:
    answer = rest.texts(sender, "please help he is beating me right now and locked the door")

    assert "112" in answer and "counsellor" in answer
    case = case_of(cases, sender)
    assert case is not None and case.priority == "emergency" and case.status == "waiting"
    assert "immediate_danger" in [item["code"] for item in case.indicators]
    transcript = cases.get(case.id).transcript
    assert transcript[0].author == "person" and "beating me" in transcript[0].text


def test_an_escape_room_is_asked_about_not_answered_with_112(
    rest: RestChannel, cases: CaseService, sender: str
) -> None:
    """Regression: the classifier read this as ``emergency`` (0.94) and the safety rule gave 112
    and an emergency case, although triage set the escape room aside. Now she is asked; her
    "yes" is danger, her "no" is not."""
    played = "my mates locked me in an escape room in Aarhus for my bday lol, we got out in time"

    [question] = rest.say(sender, played)

    assert "Did you want to know about: help in danger?" in question["text"]
    assert "112" not in question["text"]
    assert [b["payload"] for b in question["buttons"]] == ["/emergency", "/out_of_scope"]
    assert case_of(cases, sender) is None

    answer = rest.texts(sender, "/emergency")

    assert "112" in answer
    case = case_of(cases, sender)
    assert case is not None and case.priority == "emergency"


def test_an_escape_room_she_says_was_not_danger_opens_no_case(
    rest: RestChannel, cases: CaseService, sender: str
) -> None:
    rest.say(sender, "my mates locked me in an escape room in Aarhus for my bday lol")

    answer = rest.texts(sender, "/out_of_scope")

    assert "other words" in answer and "112" not in answer  # asked to rephrase, nothing more
    assert case_of(cases, sender) is None


def test_a_possible_victim_who_agrees_gets_a_case(
    rest: RestChannel, cases: CaseService, sender: str
) -> None:
    offer = rest.say(sender, "my boss took my passport and says I owe him 5000 euro for the trip")

    assert "/affirm" in payloads(offer) and "/deny" in payloads(offer)
    assert case_of(cases, sender) is None  # she decides

    answer = rest.texts(sender, "yes")

    assert "counsellor will write to you here" in answer
    case = case_of(cases, sender)
    assert case is not None and case.priority == "high"
    codes = [item["code"] for item in case.indicators]
    assert "documents_withheld" in codes and "debt_bondage" in codes
    evidence = {item["code"]: " ".join(item["evidence"]) for item in case.indicators}
    assert "passport" in evidence["documents_withheld"]


def test_yes_in_her_own_language_accepts(
    rest: RestChannel, cases: CaseService, sender: str
) -> None:
    offer = rest.say(sender, "seful mi-a luat pasaportul si nu ma lasa sa plec din casa")
    assert "/affirm" in payloads(offer)

    rest.say(sender, "da")

    case = case_of(cases, sender)
    assert case is not None and case.language == "ro" and case.priority == "high"


POLISH_SITUATION = "szef zabrał mi paszport i mówi, że jestem mu winna 5000 euro za podróż"


@pytest.mark.parametrize("yes", ["tak", "Tak, połącz mnie", "tak chcę"])
def test_a_polish_yes_that_is_danish_thanks_accepts_the_offer(
    rest: RestChannel, cases: CaseService, sender: str, yes: str
) -> None:
    offer = rest.say(sender, POLISH_SITUATION)
    assert "/affirm" in payloads(offer) and case_of(cases, sender) is None

    rest.say(sender, yes)

    case = case_of(cases, sender)
    assert case is not None and case.language == "pl" and case.priority == "high"
    assert "documents_withheld" in [item["code"] for item in case.indicators]


def test_a_polish_no_declines_the_offer(rest: RestChannel, cases: CaseService, sender: str) -> None:
    rest.say(sender, POLISH_SITUATION)

    answer = rest.say(sender, "nie, dziękuję")

    assert answer and case_of(cases, sender) is None
    rest.say(sender, "chcę porozmawiać z prawdziwym człowiekiem")
    assert case_of(cases, sender) is not None  # she can still come back


def test_latin_letters_a_ukrainian_yes_accepts_and_her_case_is_in_ukrainian(
    rest: RestChannel, cases: CaseService, sender: str
) -> None:
    """On a phone without a Cyrillic keyboard: offered in Ukrainian, accepted with "tak"."""
    situation = "khazjajin zabrav moji dokumenty i kazhe shcho ja vynna jomu hroshi za dorohu"
    offer = rest.say(sender, situation)
    assert "/affirm" in payloads(offer) and case_of(cases, sender) is None

    rest.say(sender, "tak")

    case = case_of(cases, sender)
    assert case is not None and case.language == "uk" and case.priority == "high"
    evidence = {item["code"]: " ".join(item["evidence"]) for item in case.indicators}
    assert evidence["documents_withheld"] in situation  # her own Latin words
    assert cases.get(case.id).transcript[0].text == situation


def test_latin_letters_a_russian_no_declines_the_offer(
    rest: RestChannel, cases: CaseService, sender: str
) -> None:
    offer = rest.say(sender, "hozjain zabral moj pasport i govorit chto ja dolzhna emu dengi")
    assert "/deny" in payloads(offer)

    answer = rest.say(sender, "net, spasibo")

    assert answer and case_of(cases, sender) is None


def test_a_possible_victim_who_declines_gets_no_case_and_can_come_back(
    rest: RestChannel, cases: CaseService, sender: str
) -> None:
    rest.say(sender, "they keep our passports and we cannot leave the farm")

    answer = rest.texts(sender, "no")

    assert "you decide" in answer and case_of(cases, sender) is None
    later = rest.texts(sender, "how do I get a health check")
    assert "counsellor from the hotline can" not in later  # not asked again
    rest.say(sender, "I want to talk to a real person")
    case = case_of(cases, sender)
    assert case is not None and case.priority == "high"  # what she said before still counts


@pytest.mark.parametrize(
    ("situation", "no"),
    [
        ("they keep our passports and we cannot leave the farm", "no i dont want help now"),
        ("seful mi-a luat pasaportul si nu ma lasa sa plec din casa", "nu vreau ajutor acum"),
        (POLISH_SITUATION, "nie potrzebuję pomocy teraz"),
    ],
)
def test_declining_in_words_that_contain_help_now_opens_no_case(
    rest: RestChannel, cases: CaseService, sender: str, situation: str, no: str
) -> None:
    """Regression: "help now" is an SOS, so "no, I don't want help now" was an emergency."""
    rest.say(sender, situation)

    answer = rest.texts(sender, no)

    assert answer  # the offer is declined kindly ...
    assert case_of(cases, sender) is None  # ... and no emergency case was opened


def test_asking_for_a_person_always_opens_a_case(
    rest: RestChannel, cases: CaseService, sender: str
) -> None:
    answer = rest.texts(sender, "I want to speak to a real person")

    assert "counsellor will write to you here" in answer
    case = case_of(cases, sender)
    assert case is not None and case.priority == "normal"
    [indicator] = case.indicators
    assert indicator["code"] == "requests_human"
    assert "real person" in " ".join(indicator["evidence"])


def test_a_sex_worker_asking_about_health_gets_help_not_suspicion(
    rest: RestChannel, cases: CaseService, sender: str
) -> None:
    messages = rest.say(sender, "I work as an escort and want a test for STIs, where can I go?")

    answer = " ".join(message.get("text", "") for message in messages)
    assert "sexually transmitted" in answer
    assert "counsellor" not in answer and "/affirm" not in payloads(messages)
    assert case_of(cases, sender) is None


def test_while_a_case_is_open_the_bot_is_silent_and_messages_join_the_case(
    rest: RestChannel, cases: CaseService, sender: str
) -> None:
    rest.say(sender, "I want to talk to a person")
    case = case_of(cases, sender)
    assert case is not None

    assert rest.say(sender, "are you there? please answer") == []
    assert rest.say(sender, "where is the doctor") == []

    lines = [(line.author, line.text) for line in cases.get(case.id).transcript]
    assert lines[-2:] == [
        ("person", "are you there? please answer"),
        ("person", "where is the doctor"),
    ]


def test_danger_while_waiting_raises_the_case_and_gives_112(
    rest: RestChannel, cases: CaseService, sender: str
) -> None:
    rest.say(sender, "I want to talk to a person")

    answer = rest.texts(sender, "he is here now and he has a knife, help")

    assert "112" in answer
    case = case_of(cases, sender)
    assert case is not None and case.priority == "emergency"


def test_nobody_answered_in_time_she_is_told_honestly_once(
    rest: RestChannel, cases: CaseService, sender: str, stack_settings: Settings
) -> None:
    rest.say(sender, "I want to talk to a person")
    case = case_of(cases, sender)
    assert case is not None
    late = case.created_at - timedelta(minutes=stack_settings.hotline.claim_timeout_minutes)
    with session_scope(cases.database_url) as session:
        session.execute(update(Case).where(Case.id == case.id).values(created_at=late))

    answer = rest.texts(sender, "hello?")

    assert "no counsellor has been able to answer yet" in answer and "112" in answer
    assert stack_settings.contact.hotline_phone in answer
    assert rest.say(sender, "still nobody?") == []  # said once, the case keeps waiting
    assert case_of(cases, sender).status == "waiting"  # type: ignore[union-attr]


def test_closing_the_case_brings_the_assistant_back(
    rest: RestChannel, cases: CaseService, sender: str
) -> None:
    rest.say(sender, "I want to talk to a person")
    case = case_of(cases, sender)
    assert case is not None and cases.claim(case.id, "anna")

    cases.close(case.id, "information_given")

    answer = rest.texts(sender, "how long can I stay to think about it?")
    assert "30 days" in answer
    assert case_of(cases, sender) is None
