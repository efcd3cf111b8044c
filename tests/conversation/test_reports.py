"""Reporting a suspicion over the REST channel, in Danish and English (issue 7).

Each test is one reporter (own sender id) on the shared stack: what they see, and what the
hotline finds stored in the application database afterwards.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.hotline.cases import CaseService
from bot.reports import ReportDraft, ReportService, ReportView
from bot.settings import Settings
from tests.conversation.conftest import RestChannel

pytestmark = pytest.mark.stack

REFERENCE = re.compile(r"R-[2-9A-HJ-NP-Z]{6}")


@pytest.fixture
def reports(stack_settings: Settings, running_stack: Any) -> ReportService:
    return ReportService(stack_settings.database_url)


def text_of(messages: list[dict[str, Any]]) -> str:
    return "\n".join(message.get("text", "") for message in messages)


def payload(messages: list[dict[str, Any]], code: str) -> str:
    """The payload of the button carrying ``code`` (a choice, a field, or an intent)."""
    found = [b["payload"] for m in messages for b in m.get("buttons", []) if code in b["payload"]]
    assert found, f"no button for {code} in {messages}"
    return found[0]


def stored(reports: ReportService, messages: list[dict[str, Any]]) -> ReportView:
    match = REFERENCE.search(text_of(messages))
    assert match, text_of(messages)
    report = reports.by_reference(match.group())
    assert report is not None
    return report


class Reporter:
    """One person on the REST channel who answers by text or by tapping buttons."""

    def __init__(self, rest: RestChannel, sender: str) -> None:
        self.rest, self.sender = rest, sender
        self.last: list[dict[str, Any]] = []

    def says(self, text: str) -> list[dict[str, Any]]:
        self.last = self.rest.say(self.sender, text)
        return self.last

    def taps(self, code: str) -> list[dict[str, Any]]:
        return self.says(payload(self.last, code))


def test_an_anonymous_report_in_danish(
    rest: RestChannel, reports: ReportService, sender: str
) -> None:
    me = Reporter(rest, sender)
    start = me.says("jeg vil melde en mistanke om en massageklinik")
    assert "Du kan springe ethvert spørgsmål over" in text_of(start)
    assert "privatperson eller i dit arbejde" in text_of(start)

    assert "Hvilken slags sted" in text_of(me.taps('"citizen"'))
    assert "Hvor er det?" in text_of(me.taps('"sex_industry"'))
    assert "Hvad så eller hørte du?" in text_of(me.says("Istedgade, København"))
    signs = me.says("Kvinderne bor i klinikken og går aldrig ud alene")
    assert "Lagde du mærke til noget af dette?" in text_of(signs)
    assert "Noteret" in text_of(me.taps('"movement_restricted"'))
    assert "Hvornår så du det?" in text_of(me.taps("/affirm"))
    assert "Er nogen i fare lige nu?" in text_of(me.says("i går aftes"))
    assert "må hotlinen kontakte dig?" in text_of(me.taps("/deny"))
    summary = me.taps("/deny")

    assert "Din anmeldelse er nået frem til hotlinen" in text_of(summary)
    assert "Kontakt: anonym" in text_of(summary)
    report = stored(reports, summary)
    assert (report.language, report.reporter_role, report.place_kind) == (
        "da",
        "citizen",
        "sex_industry",
    )
    assert report.location == "Istedgade, København" and report.seen_when == "i går aftes"
    assert report.signs == ["movement_restricted"] and report.danger_now is False
    assert report.contact is None and report.priority == "high" and report.status == "waiting"
    assert reports.queue()[0].kind == "report"
    assert CaseService(reports.database_url).open_case_of(sender) is None


def skip_to_the_end(me: Reporter) -> list[dict[str, Any]]:
    """Skip every question after the one just asked (by button, and once by typing)."""
    me.taps("/skip")  # role
    me.taps("/skip")  # place
    me.says("skip")  # where: typed
    for _ in range(4):  # what, signs, when, danger
        me.taps("/skip")
    return me.taps("/deny")  # contact: stay anonymous


def test_every_question_can_be_skipped(
    rest: RestChannel, reports: ReportService, sender: str
) -> None:
    me = Reporter(rest, sender)
    me.says("I want to report something")

    summary = skip_to_the_end(me)

    assert "Your report has reached the hotline" in text_of(summary)
    assert "Place: —, —" in text_of(summary)
    report = stored(reports, summary)
    assert report.reporter_role == "citizen" and report.priority == "normal"
    assert (report.place_kind, report.location, report.description, report.seen_when) == (
        None,
        None,
        None,
        None,
    )
    assert report.signs == [] and report.danger_now is None and report.contact is None


def test_an_answer_is_corrected_from_the_summary(
    rest: RestChannel, reports: ReportService, sender: str
) -> None:
    me = Reporter(rest, sender)
    me.says("I want to report something")
    first = skip_to_the_end(me)
    reference = stored(reports, first).reference

    asked = me.taps('"report_location"')
    assert "Where is it?" in text_of(asked)
    summary = me.says("Main street 5, Aarhus")

    assert reference in text_of(summary) and "Main street 5, Aarhus" in text_of(summary)
    report = stored(reports, summary)
    assert report.reference == reference and report.location == "Main street 5, Aarhus"
    assert len([r for r in reports.queue() if r.sender_ref == sender]) == 1


def test_danger_gets_112_at_once_and_makes_the_report_an_emergency(
    rest: RestChannel, reports: ReportService, sender: str
) -> None:
    me = Reporter(rest, sender)
    me.says("jeg vil anmelde en arbejdsplads")
    me.taps('"citizen"')
    me.taps('"construction"')
    me.says("byggepladsen på Havnevej i Køge")

    answer = me.says("han slår hende lige nu og hun skriger om hjælp")

    said = text_of(answer)
    assert "ring 112 med det samme" in said
    assert said.index("112") < said.index("Lagde du mærke til")  # 112 first, then on
    me.taps("/affirm")  # no signs ticked
    contact = me.says("nu")
    assert "må hotlinen kontakte dig?" in text_of(contact)  # danger was not asked again
    report = stored(reports, me.taps("/deny"))
    assert report.priority == "emergency" and report.danger_now is True
    assert CaseService(reports.database_url).open_case_of(sender) is None  # no victim case


def test_yes_to_the_danger_question_gives_112_at_once(
    rest: RestChannel, reports: ReportService, sender: str
) -> None:
    me = Reporter(rest, sender)
    me.says("I want to report a farm")
    for _ in range(6):  # role, place, where, what, signs, when
        me.taps("/skip")

    answer = me.says("yes")

    assert "call 112 at once" in text_of(answer) and "may the hotline contact you" in text_of(
        answer
    )
    report = stored(reports, me.taps("/deny"))
    assert report.priority == "emergency" and report.danger_now is True


def test_a_professional_is_asked_professionally_and_can_be_contacted(
    rest: RestChannel, reports: ReportService, sender: str
) -> None:
    me = Reporter(rest, sender)
    me.says("I want to make a report")

    assert "What type of premises" in text_of(me.taps('"labour_inspection"'))
    me.taps('"construction"')
    assert "Please describe your observations" in text_of(
        me.says("the new building site by the harbour")
    )
    me.says("Eight workers sleep in containers on site; the foreman holds their passports.")
    me.taps('"abusive_conditions"')
    me.taps('"documents_withheld"')
    assert "When did you make these observations" in text_of(me.taps("/affirm"))
    me.says("inspection on 3 November")
    assert "for follow-up" in text_of(me.taps("/deny"))
    summary = me.says("Jane Doe, Labour Inspection, jane.doe@example.org")

    assert "Reporter: Labour inspection" in text_of(summary)
    assert "Indicators selected: 2" in text_of(summary)
    report = stored(reports, summary)
    assert report.reporter_role == "labour_inspection" and report.priority == "high"
    assert report.contact == "Jane Doe, Labour Inspection, jane.doe@example.org"
    assert report.signs == ["abusive_conditions", "documents_withheld"]


def test_a_follow_up_by_reference_adds_to_the_same_report(
    rest: RestChannel, reports: ReportService, sender: str
) -> None:
    earlier = reports.create(
        ReportDraft(channel="rest", sender_ref="someone-else", language="en", place_kind="farm")
    )
    me = Reporter(rest, sender)
    typed = earlier.reference.lower().replace("-", " ")

    asked = me.says(f"I reported something before, REF {typed}")
    assert f"I found report {earlier.reference}" in text_of(asked)
    saved = me.says("They moved the workers to a house in Køge last night")

    assert f"added this to report {earlier.reference}" in text_of(saved)
    report = reports.get(earlier.id)
    assert [text for text, _ in report.additions] == [
        "They moved the workers to a house in Køge last night"
    ]


def test_a_danish_follow_up_and_an_unknown_reference(
    rest: RestChannel, reports: ReportService, sender: str
) -> None:
    earlier = reports.create(ReportDraft(channel="rest", sender_ref="x", language="da"))
    me = Reporter(rest, sender)

    assert "Jeg fandt anmeldelse" in text_of(
        me.says(f"jeg har anmeldt noget før, mit referencenummer er {earlier.reference}")
    )
    assert "Tak. Jeg har tilføjet det" in text_of(me.says("de er flyttet til en ny adresse"))

    unknown = me.says("jeg har anmeldt noget før, REF R-22222A")
    assert "kunne ikke finde en anmeldelse" in text_of(unknown)
    assert "/report_suspicion" in payload(unknown, "/report_suspicion")


def test_bad_input_at_the_steps_and_a_phone_number_never_in_the_logs(
    rest: RestChannel, reports: ReportService, sender: str, stack_settings: Settings
) -> None:
    me = Reporter(rest, sender)
    me.says("I want to report a restaurant")
    me.taps('"citizen"')
    me.taps('"restaurant"')

    empty = me.says("")
    assert "I didn't get an answer there" in text_of(empty) and "Where is it?" in text_of(empty)
    me.says("Nørrebrogade, Copenhagen")
    long = me.says("The kitchen staff work all day. " * 100)
    assert "I kept the first 2000 characters" in text_of(long)
    me.taps("/affirm")
    emoji = me.says("😢😢")
    assert "add a few words too" in text_of(emoji) and "Is anyone in danger" in text_of(emoji)
    me.taps("/deny")
    phone = "+45 28 91 37 64"
    summary = me.says(f"call me on {phone}")

    report = stored(reports, summary)
    assert len(report.description or "") == 2000 and report.seen_when == "😢😢"
    assert report.contact == f"call me on {phone}"
    logs = "".join(
        path.read_text(errors="replace") for path in (stack_settings.data_dir / "logs").glob("*")
    )
    assert logs, "the stack writes logs"
    for form in (phone, phone.replace(" ", ""), "28 91 37 64", "The kitchen staff work all day"):
        assert form not in logs


def test_a_description_typed_in_latin_letters_is_stored_as_written(
    rest: RestChannel, reports: ReportService, sender: str
) -> None:
    """The classifiers read Russian typed in Latin letters in Cyrillic; the report keeps her
    own words."""
    me = Reporter(rest, sender)
    me.says("хочу сообщить о подозрении, массажный салон")
    me.taps('"citizen"')
    me.taps('"sex_industry"')
    me.says("Vesterbrogade")
    seen = "zhenshhiny zhivut v salone i nikogda ne vyhodjat odni, pasporta u hozjaina"
    me.says(seen)
    for _ in range(3):  # signs, when, danger
        me.taps("/skip")

    report = stored(reports, me.taps("/deny"))

    assert (report.language, report.location, report.description) == ("ru", "Vesterbrogade", seen)
