"""The console API over HTTP: sign-in, roles, CSRF, the queue, a case from claim to close."""

from __future__ import annotations

import json
import re
import threading
import time

import requests

from bot.channels.webchat_outbox import WebChatOutbox
from bot.hotline.console.app import create_app
from bot.hotline.console.openapi import openapi_schema
from bot.language.catalog import load_catalogs
from bot.language.responses import ResponseRenderer
from bot.privacy.addresses import AddressBook
from bot.privacy.secrets import keys_for
from tests.console.conftest import (
    STRONG_PASSWORD,
    Console,
    StaffClient,
    new_staff,
    open_case,
    unique,
)
from tests.support.polling import wait_until

# --- signing in -----------------------------------------------------------------------------


def test_without_a_session_every_api_route_answers_401(console: Console) -> None:
    case_id = open_case(console)
    anonymous = StaffClient(console)
    for path in ("/api/queue", "/api/cases", f"/api/cases/{case_id}", "/api/staff",
                 "/api/events", "/api/session"):  # fmt: skip
        assert anonymous.get(path).status_code == 401, path
    assert anonymous.post(f"/api/cases/{case_id}/claim").status_code == 401
    forged = anonymous.get("/api/queue", headers={"Authorization": "Bearer not-a-token"})
    assert forged.status_code == 401
    assert forged.json() == {"error": "sign in first"}


def test_a_wrong_password_is_refused_and_repeated_failures_lock_the_account(
    console: Console,
) -> None:
    name = unique("locked")
    _, password = console.staff.add(name, "counsellor")
    client = StaffClient(console)
    assert client.sign_in(name, "wrong").status_code == 401
    assert client.sign_in("nobody-" + name, password).status_code == 401
    for _ in range(4):
        client.sign_in(name, "wrong")
    locked = client.sign_in(name, password)  # the right password, too late
    assert locked.status_code == 423
    assert "locked_until" in locked.json()


def test_a_one_time_password_must_be_changed_before_anything_else(console: Console) -> None:
    name = unique("fresh")
    _, one_time = console.staff.add(name, "counsellor")
    client = StaffClient(console)
    session = client.sign_in(name, one_time)
    assert session.json()["must_change_password"] is True
    assert "helpline_session" in session.cookies
    cookie_header = session.headers["Set-Cookie"].lower()
    assert "httponly" in cookie_header and "samesite=strict" in cookie_header
    assert client.get("/api/queue").status_code == 403
    assert client.get("/api/queue").json()["error"] == "change your password first"
    weak = client.post(
        "/api/session/password", {"current_password": one_time, "new_password": "short"}
    )
    assert weak.status_code == 400
    changed = client.post(
        "/api/session/password", {"current_password": one_time, "new_password": STRONG_PASSWORD}
    )
    assert changed.status_code == 200 and changed.json()["must_change_password"] is False
    client.csrf = changed.json()["csrf_token"]
    assert client.get("/api/queue").status_code == 200
    assert StaffClient(console).sign_in(name, one_time).status_code == 401


def test_changes_need_the_csrf_token_of_the_session(counsellor: StaffClient) -> None:
    case_id = open_case(counsellor.console)
    no_token = counsellor.http.post(f"{counsellor.console.url}/api/cases/{case_id}/claim")
    assert no_token.status_code == 403
    wrong = counsellor.post(f"/api/cases/{case_id}/claim", headers={"X-CSRF-Token": "forged"})
    assert wrong.status_code == 403
    assert counsellor.get(f"/api/cases/{case_id}").json()["status"] == "waiting"
    assert counsellor.post(f"/api/cases/{case_id}/claim").status_code == 200


def test_an_api_token_works_without_a_cookie_or_csrf_token(console: Console) -> None:
    name = unique("integration")
    console.staff.add(name, "counsellor")
    token = console.staff.issue_api_token(name)
    case_id = open_case(console)
    headers = {"Authorization": f"Bearer {token}"}
    assert requests.get(f"{console.url}/api/cases", headers=headers).status_code == 200
    claimed = requests.post(f"{console.url}/api/cases/{case_id}/claim", headers=headers)
    assert claimed.status_code == 200 and claimed.json()["claimed_by"] == name


def test_signing_out_ends_the_session(counsellor: StaffClient) -> None:
    assert counsellor.delete("/api/session").status_code == 204
    assert counsellor.get("/api/session").status_code == 401


# --- roles and privacy ----------------------------------------------------------------------


def test_only_supervisors_add_staff_and_read_audit_trails(
    counsellor: StaffClient, supervisor: StaffClient
) -> None:
    case_id = open_case(counsellor.console)
    assert counsellor.post("/api/staff", {"name": "x1", "role": "counsellor"}).status_code == 403
    assert counsellor.get(f"/api/cases/{case_id}/audit").status_code == 403
    assert counsellor.get("/api/audit").status_code == 403
    name = unique("newcomer")
    added = supervisor.post("/api/staff", {"name": name, "role": "counsellor"})
    assert added.status_code == 201 and len(added.json()["one_time_password"]) >= 12
    assert supervisor.post("/api/staff", {"name": name, "role": "counsellor"}).status_code == 409
    assert supervisor.post("/api/staff", {"name": "z", "role": "boss"}).status_code == 400
    assert StaffClient(counsellor.console).sign_in(name, added.json()["one_time_password"]).ok


def test_staff_never_see_the_person_s_reference_or_address(counsellor: StaffClient) -> None:
    console = counsellor.console
    case_id = open_case(console)
    sender_ref = console.cases.get(case_id).sender_ref
    for path in ("/api/queue", "/api/cases", f"/api/cases/{case_id}"):
        assert sender_ref not in counsellor.get(path).text, path


def test_every_read_and_action_is_in_the_case_audit_trail(
    counsellor: StaffClient, supervisor: StaffClient
) -> None:
    case_id = open_case(counsellor.console)
    counsellor.get(f"/api/cases/{case_id}")
    counsellor.post(f"/api/cases/{case_id}/claim")
    counsellor.post(f"/api/cases/{case_id}/notes", {"text": "she may call back tonight"})
    counsellor.post(f"/api/cases/{case_id}/close", {"outcome": "information_given"})
    trail = supervisor.get(f"/api/cases/{case_id}/audit").json()["items"]
    assert [(e["actor"], e["action"]) for e in trail] == [
        (counsellor.name, "read"),
        (counsellor.name, "claim"),
        (counsellor.name, "note"),
        (counsellor.name, "close"),
    ]
    assert trail[-1]["detail"] == {"outcome": "information_given"}
    assert "she may call back" not in json.dumps(trail)  # no message text in the log


# --- the queue ------------------------------------------------------------------------------


def test_the_queue_puts_emergencies_first_then_the_longest_waiting(
    counsellor: StaffClient,
) -> None:
    console = counsellor.console
    older = open_case(console, priority="normal")
    emergency = open_case(console, priority="emergency")
    high = open_case(console, priority="high")
    items = counsellor.get("/api/queue").json()["items"]
    order = [item["id"] for item in items if item["id"] in (older, emergency, high)]
    assert order == [emergency, high, older]
    first = next(item for item in items if item["id"] == emergency)
    assert first["kind"] == "case" and first["indicators"] == ["documents_withheld"]
    assert first["evidence"] == {"documents_withheld": ["mi-a luat pasaportul"]}
    assert first["waiting_seconds"] >= 0 and first["language"] == "ro"


def test_a_new_case_reaches_an_open_event_stream_within_a_second(
    counsellor: StaffClient,
) -> None:
    events: list[dict[str, object]] = []
    stream = counsellor.http.get(f"{counsellor.console.url}/api/events", stream=True, timeout=30)
    assert stream.headers["Content-Type"].startswith("text/event-stream")

    def read() -> None:
        for line in stream.iter_lines(decode_unicode=True):
            if line.startswith("data: ") and line != "data: {}":
                events.append(json.loads(line[6:]))

    threading.Thread(target=read, daemon=True).start()
    wait_until(lambda: len(events) >= 1)
    opened_at = time.monotonic()
    case_id = open_case(counsellor.console, priority="emergency")
    wait_until(lambda: any(i["id"] == case_id for i in events[-1]["items"]), timeout=5)
    assert time.monotonic() - opened_at < 1.0
    stream.close()


# --- claiming -------------------------------------------------------------------------------


def test_of_many_counsellors_claiming_at_once_exactly_one_gets_the_case(
    console: Console,
) -> None:
    clients = [new_staff(console, unique("racer")) for _ in range(8)]
    case_id = open_case(console, priority="emergency")
    barrier = threading.Barrier(len(clients))
    statuses: dict[str, int] = {}

    def claim(client: StaffClient) -> None:
        barrier.wait()
        statuses[client.name] = client.post(f"/api/cases/{case_id}/claim").status_code

    threads = [threading.Thread(target=claim, args=(client,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [name for name, status in statuses.items() if status == 200]
    assert len(winners) == 1
    assert sorted(statuses.values()) == [200] + [409] * (len(clients) - 1)
    assert console.cases.get(case_id).claimed_by == winners[0]


# --- reading and answering ------------------------------------------------------------------


def test_the_case_shows_each_message_with_a_machine_translation_for_staff(
    counsellor: StaffClient,
) -> None:
    case_id = open_case(counsellor.console, language="ro")
    case = counsellor.get(f"/api/cases/{case_id}").json()
    line = case["transcript"][0]
    assert line["text"] == "seful mi-a luat pasaportul"
    assert line["translation"]["machine"] is True and line["translation"]["language"] == "en"
    assert line["translation"]["text"]
    assert case["translation_available"] is True and case["staff_language"] == "en"


def test_without_a_model_the_case_says_so_and_offers_catalog_answers(
    counsellor: StaffClient,
) -> None:
    console = counsellor.console
    case_id = open_case(console, language="th", text="นายจ้างเอาพาสปอร์ตของฉันไป")
    case = counsellor.get(f"/api/cases/{case_id}").json()
    assert case["translation_available"] is False and case["reply_translation_available"] is False
    assert case["transcript"][0]["translation"] is None
    canned = counsellor.get(f"/api/cases/{case_id}/canned").json()["items"]
    thai = load_catalogs(console.settings.translations_dir)["th"]
    emergency = next(item for item in canned if item["name"] == "utter_emergency")
    assert emergency["text"].startswith(thai.get("utter_emergency").text[:20])
    assert "112" in emergency["text"] and "112" in emergency["gloss"]
    counsellor.post(f"/api/cases/{case_id}/claim")
    preview = counsellor.post(f"/api/cases/{case_id}/reply/preview", {"text": "Are you safe?"})
    assert preview.json()["available"] is False
    refused = counsellor.post(f"/api/cases/{case_id}/reply", {"text": "Are you safe?"})
    assert refused.status_code == 409


def _reachable_by_webchat(console: Console, case_id: int) -> str:
    sender_ref = console.cases.get(case_id).sender_ref
    book = AddressBook(console.settings.database_url, keys_for(console.settings).encryption)
    book.remember(sender_ref, "webchat", unique("webchat-session-"))
    return sender_ref


def test_a_reply_is_translated_sent_through_her_channel_and_stored_with_its_status(
    counsellor: StaffClient,
) -> None:
    console = counsellor.console
    case_id = open_case(console, language="ro")
    sender_ref = _reachable_by_webchat(console, case_id)
    assert counsellor.post(f"/api/cases/{case_id}/reply", {"text": "Hi"}).status_code == 409
    counsellor.post(f"/api/cases/{case_id}/claim")
    preview = counsellor.post(
        f"/api/cases/{case_id}/reply/preview", {"text": "You can call 112 at any time."}
    ).json()
    assert preview["available"] and preview["machine_translated"] and preview["language"] == "ro"
    assert "112" in preview["text_to_send"]
    sent = counsellor.post(
        f"/api/cases/{case_id}/reply", {"text": "You can call 112 at any time."}
    ).json()["message"]
    assert sent["delivery_status"] == "sent" and sent["author_name"] == counsellor.name
    assert sent["original_text"] == "You can call 112 at any time."
    assert sent["text"] == preview["text_to_send"] and sent["language"] == "ro"
    outbox = WebChatOutbox(console.settings.database_url).fetch(sender_ref)
    assert [message["text"] for message in outbox] == [preview["text_to_send"]]
    stored = counsellor.get(f"/api/cases/{case_id}").json()["transcript"][-1]
    assert stored["delivery_status"] == "sent" and stored["machine_translated"] is True


def test_a_canned_reply_goes_out_in_her_language_as_the_catalog_has_it(
    counsellor: StaffClient,
) -> None:
    console = counsellor.console
    case_id = open_case(console, language="ro")
    sender_ref = _reachable_by_webchat(console, case_id)
    counsellor.post(f"/api/cases/{case_id}/claim")
    sent = counsellor.post(f"/api/cases/{case_id}/reply", {"canned": "utter_reflection_period"})
    romanian = load_catalogs(console.settings.translations_dir)["ro"]
    expected_start = romanian.get("utter_reflection_period").text[:30]
    assert sent.json()["message"]["text"].startswith(expected_start)
    assert (
        WebChatOutbox(console.settings.database_url)
        .fetch(sender_ref)[0]["text"]
        .startswith(expected_start)
    )
    unknown = counsellor.post(f"/api/cases/{case_id}/reply", {"canned": "utter_nonsense"})
    assert unknown.status_code == 400


def test_a_reply_to_someone_who_cannot_be_reached_is_stored_as_not_delivered(
    counsellor: StaffClient,
) -> None:
    case_id = open_case(counsellor.console, language="ro", channel="rest")
    counsellor.post(f"/api/cases/{case_id}/claim")
    sent = counsellor.post(
        f"/api/cases/{case_id}/reply", {"text": "Hello", "translate": False}
    ).json()["message"]
    assert sent["delivery_status"] == "no_address" and sent["delivery_detail"]
    assert sent["text"] == "Hello" and sent["language"] == "en"


def test_notes_are_private_and_shown_apart_from_the_transcript(counsellor: StaffClient) -> None:
    case_id = open_case(counsellor.console)
    note = counsellor.post(f"/api/cases/{case_id}/notes", {"text": "<b>call back</b> at 18"})
    assert note.status_code == 201 and note.json()["author"] == counsellor.name
    case = counsellor.get(f"/api/cases/{case_id}").json()
    assert [n["text"] for n in case["notes"]] == ["<b>call back</b> at 18"]
    assert all(line["text"] != "<b>call back</b> at 18" for line in case["transcript"])


def test_a_transfer_gives_the_case_to_another_counsellor(console: Console) -> None:
    first, second = new_staff(console, unique("first")), new_staff(console, unique("second"))
    case_id = open_case(console)
    first.post(f"/api/cases/{case_id}/claim")
    assert first.post(f"/api/cases/{case_id}/transfer", {"to": "ghost"}).status_code == 400
    moved = first.post(f"/api/cases/{case_id}/transfer", {"to": second.name})
    assert moved.status_code == 200 and moved.json()["claimed_by"] == second.name
    assert first.post(f"/api/cases/{case_id}/notes", {"text": "ok"}).status_code == 201
    assert first.post(f"/api/cases/{case_id}/reply", {"text": "hi"}).status_code == 409
    assert first.post(f"/api/cases/{case_id}/release").status_code == 403
    assert second.post(f"/api/cases/{case_id}/release").json()["status"] == "waiting"


def test_closing_takes_an_outcome_and_removes_the_case_from_the_queue(
    counsellor: StaffClient,
) -> None:
    case_id = open_case(counsellor.console)
    counsellor.post(f"/api/cases/{case_id}/claim")
    assert counsellor.post(f"/api/cases/{case_id}/close", {"outcome": "nope"}).status_code == 400
    closed = counsellor.post(f"/api/cases/{case_id}/close", {"outcome": "referred_shelter"})
    assert closed.json()["status"] == "closed" and closed.json()["outcome"] == "referred_shelter"
    assert case_id not in [item["id"] for item in counsellor.get("/api/queue").json()["items"]]
    again = counsellor.post(f"/api/cases/{case_id}/close", {"outcome": "other"})
    assert again.status_code == 409
    assert counsellor.get("/api/outcomes").json()["case"][0] == "referred_police"


# --- bad input ------------------------------------------------------------------------------


def test_bad_input_gets_a_clear_answer(counsellor: StaffClient) -> None:
    case_id = open_case(counsellor.console)
    url = f"{counsellor.console.url}/api/cases/{case_id}/notes"
    headers = {"X-CSRF-Token": counsellor.csrf}
    not_json = counsellor.http.post(url, data=b"\xff\xfe", headers=headers)
    assert not_json.status_code == 400 and not_json.json()["error"] == "the body must be JSON"
    assert counsellor.http.post(url, json=["a"], headers=headers).status_code == 400
    for text in ("", "   ", "a\x00b", "x" * 5001, 42):
        assert counsellor.post(f"/api/cases/{case_id}/notes", {"text": text}).status_code == 400
    too_big = counsellor.http.post(url, data=b"{" + b" " * 70_000 + b"}", headers=headers)
    assert too_big.status_code == 413
    assert counsellor.get("/api/cases/999999").status_code == 404
    assert counsellor.get("/api/cases/abc").status_code == 404
    assert counsellor.get("/api/cases?status=everything").status_code == 400


def test_every_response_carries_the_defensive_headers(console: Console) -> None:
    for path in ("/", "/static/console.js", "/api/queue", "/api/openapi.json"):
        headers = requests.get(f"{console.url}{path}").headers
        assert "script-src 'self'" in headers["Content-Security-Policy"], path
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["Cache-Control"] == "no-store"


class _NoTranslation:
    """Keeps argostranslate out of this test process (it is configured once per process)."""

    def can_translate(self, source: str, target: str) -> bool:
        return source == target

    def translate(self, text: str, source: str, target: str, protected: object = ()) -> str:
        return text


def test_the_openapi_schema_describes_exactly_the_api_routes(
    console: Console, renderer: ResponseRenderer
) -> None:
    app = create_app(
        console.settings, renderer=renderer, translator=_NoTranslation(), name="openapi_check"
    )
    routes = {
        "/" + re.sub(r"<(\w+):int>", r"{\1}", route.path)
        for route in app.router.routes
        if route.path.startswith("api/")
    }
    documented = set(openapi_schema()["paths"]) | {"/api/openapi.json"}
    assert routes == documented
    served = requests.get(f"{console.url}/api/openapi.json").json()
    assert served["openapi"].startswith("3.") and "/api/cases/{case_id}/claim" in served["paths"]


# --- citizen reports ------------------------------------------------------------------------


def _report(console: Console, danger_now: bool = False) -> int:
    from bot.reports.service import ReportDraft, ReportService

    draft = ReportDraft(
        channel="webchat",
        sender_ref=unique("reporter-"),
        language="da",
        place_kind="sex_industry",
        location="Vesterbrogade, Copenhagen",
        description="Kvinderne går aldrig alene ud, og en mand taler for dem",
        signs=["movement_restricted", "isolation"],
        danger_now=danger_now,
    )
    return ReportService(console.settings.database_url).create(draft).id


def test_reports_share_the_queue_and_are_claimed_noted_and_closed(
    counsellor: StaffClient, supervisor: StaffClient
) -> None:
    report_id = _report(counsellor.console, danger_now=True)
    items = counsellor.get("/api/queue").json()["items"]
    item = next(i for i in items if i["kind"] == "report" and i["id"] == report_id)
    assert item["priority"] == "emergency" and item["reference"].startswith("R-")
    assert items.index(item) < len([i for i in items if i["priority"] == "emergency"])
    assert counsellor.post(f"/api/reports/{report_id}/claim").status_code == 200
    assert supervisor.post(f"/api/reports/{report_id}/claim").status_code == 409
    note = counsellor.post(f"/api/reports/{report_id}/notes", {"text": "passed on by phone"})
    assert note.status_code == 201
    assert counsellor.post(f"/api/reports/{report_id}/close", {"outcome": "x"}).status_code == 400
    closed = counsellor.post(f"/api/reports/{report_id}/close", {"outcome": "passed_to_police"})
    assert closed.json()["status"] == "closed" and closed.json()["notes"][0]["author"]
    assert counsellor.get("/api/reports/999999").status_code == 404
    assert counsellor.get("/api/outcomes").json()["report"][0] == "passed_to_police"


def test_only_supervisors_export_reports_and_every_export_is_audited(
    counsellor: StaffClient, supervisor: StaffClient
) -> None:
    report_id = _report(counsellor.console)
    path = f"/api/reports/export?ids={report_id}"
    assert counsellor.get(path).status_code == 403
    exported = supervisor.get(path).json()
    assert [row["id"] for row in exported] == [report_id]
    assert exported[0]["location"] == "Vesterbrogade, Copenhagen"
    csv_export = supervisor.get(path + "&format=csv")
    assert csv_export.headers["Content-Type"].startswith("text/csv")
    assert (
        "Vesterbrogade" in csv_export.text
        and "attachment" in csv_export.headers["Content-Disposition"]
    )
    assert supervisor.get("/api/reports/export").status_code == 400
    assert supervisor.get("/api/reports/export?since=yesterday").status_code == 400
    assert supervisor.get("/api/reports/export?ids=999999").status_code == 404
    log = supervisor.get("/api/audit?limit=20").json()["items"]
    exports = [e for e in log if e["action"] == "export" and e["actor"] == supervisor.name]
    assert [e["detail"] for e in exports[:2]] == [
        {"format": "csv", "reports": [report_id]},
        {"format": "json", "reports": [report_id]},
    ]
