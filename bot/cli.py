"""The `helpline` command: run, train and talk to the assistant; the hotline queue and cases."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from bot.errors import HelplineError
from bot.hotline.cases import OUTCOMES
from bot.privacy.log_redaction import install_log_redaction
from bot.reports.service import OUTCOMES as REPORT_OUTCOMES
from bot.settings import Settings, load_settings

if TYPE_CHECKING:
    from bot.hotline.audit import AuditLog
    from bot.reports import ReportService
from bot.store.models import STAFF_ROLES


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    install_log_redaction()
    try:
        settings = load_settings()
        return int(args.handler(settings, args) or 0)
    except HelplineError as error:
        print(f"helpline: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="helpline",
        description="Helpline: an anonymous, multilingual assistant against human trafficking.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="train if needed and start the whole stack")
    run.set_defaults(handler=_run)

    train = commands.add_parser(
        "train", help="train the Rasa model if its inputs changed; fill the triage cache"
    )
    train.add_argument("--force", action="store_true", help="train even if the model is current")
    train.set_defaults(handler=_train)

    chat = commands.add_parser("chat", help="talk to the assistant in this terminal")
    chat.add_argument("--url", help="Rasa server to talk to (default: the local stack)")
    chat.set_defaults(handler=_chat)

    worker = commands.add_parser("worker", help="run only the background duties (started by `run`)")
    worker.set_defaults(handler=_worker)
    nlg = commands.add_parser("nlg", help="run only the NLG server (started by `run`)")
    nlg.set_defaults(handler=_nlg)
    actions = commands.add_parser("actions", help="run only the action server (started by `run`)")
    actions.add_argument("--port", type=int, help="default: services.action_port")
    actions.set_defaults(handler=_actions)
    purge = commands.add_parser("purge", help="delete what is past its retention period")
    purge.set_defaults(handler=_purge)
    keys = commands.add_parser("keys", help="encryption keys: rotate (with the stack stopped)")
    keys.add_argument("action", choices=["rotate"])
    keys.set_defaults(handler=_keys)
    console = commands.add_parser("console", help="run only the hotline console (started by `run`)")
    console.set_defaults(handler=_console)

    staff = commands.add_parser("staff", help="console accounts: add, list, API tokens")
    staff_commands = staff.add_subparsers(dest="staff_command", required=True, metavar="ACTION")
    add = staff_commands.add_parser("add", help="create an account; prints a one-time password")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=STAFF_ROLES)
    add.add_argument("--language", default="en", help="the language they read (default en)")
    staff_commands.add_parser("list", help="list active accounts")
    token = staff_commands.add_parser("token", help="issue an API token (90 days) for NAME")
    token.add_argument("name")
    staff.set_defaults(handler=_staff)

    languages = commands.add_parser(
        "languages", help="list catalog languages, their coverage and installed Argos models"
    )
    language_commands = languages.add_subparsers(dest="language_command", metavar="ACTION")
    install = language_commands.add_parser(
        "install", help="install an Argos model: a .argosmodel file, or --from-index CODE"
    )
    source = install.add_mutually_exclusive_group(required=True)
    source.add_argument("path", nargs="?", help="path to a .argosmodel file (works offline)")
    source.add_argument("--from-index", metavar="CODE", help="download en<->CODE (needs network)")
    languages.set_defaults(handler=_languages)

    telegram = commands.add_parser("telegram", help="register the webhook, or poll (development)")
    telegram_commands = telegram.add_subparsers(dest="telegram_command", required=True,
                                                metavar="ACTION")  # fmt: skip
    set_webhook = telegram_commands.add_parser("set-webhook", help="tell Telegram where to post")
    set_webhook.add_argument("url", help="public https URL ending in /webhooks/telegram/webhook")
    poll = telegram_commands.add_parser(
        "poll", help="fetch updates from Telegram and post them to the local webhook"
    )
    poll.add_argument("--webhook", help="default: the local Rasa server's Telegram webhook")
    telegram.set_defaults(handler=_telegram)

    queue = commands.add_parser("queue", help="list open cases, most urgent first")
    queue.add_argument("--json", action="store_true", help="print a JSON array")
    queue.set_defaults(handler=_queue)
    case = commands.add_parser("case", help="show or close one case")
    case_commands = case.add_subparsers(dest="case_command", required=True, metavar="ACTION")
    show = case_commands.add_parser("show", help="one case with its transcript")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true", help="print a JSON object")
    close = case_commands.add_parser("close", help="close with an outcome; the bot resumes")
    close.add_argument("id", type=int)
    close.add_argument("--outcome", required=True, choices=OUTCOMES)
    case.set_defaults(handler=_case)
    _add_reports_parser(commands)
    translate = commands.add_parser("translate", help="draft catalog entries with Argos")
    translate.add_argument(
        "--fill", metavar="LANG", required=True, help="machine-translate missing responses"
    )
    translate.set_defaults(handler=_translate)
    return parser


def _run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.stack import Stack, stop_on_signals
    from bot.training import ready_model

    stop_on_signals()
    model = ready_model(settings)
    print("Starting Helpline (the Rasa server needs about a minute to load)...", flush=True)
    stack = Stack(settings, model)
    try:
        stack.start()
        _print_first_supervisor(stack.first_supervisor_password)
        _print_where(settings)
        stack.wait()
    except KeyboardInterrupt:
        print("\nStopping Helpline...", flush=True)
    finally:
        stack.stop()
    return 0


def _print_where(settings: Settings) -> None:
    services = settings.services
    print(
        "\nHelpline is running:\n"
        f"  Rasa server      {services.rasa_url}\n"
        f"  REST channel     {services.rasa_url}/webhooks/rest/webhook\n"
        f"  action server    http://127.0.0.1:{services.action_port}\n"
        f"  NLG server       http://127.0.0.1:{services.nlg_port}/nlg\n"
        f"  web chat         {services.rasa_url}/webhooks/webchat/\n"
        f"  hotline console  {settings.console_url}\n"
        f"  hotline queue    helpline queue  (background duties on :{services.worker_port})\n"
        f"  data             {settings.data_dir}\n"
        f"  logs             {settings.data_dir / 'logs'}\n"
        "Talk to it with `helpline chat` (or `make chat`) in another terminal. Ctrl-C stops.",
        flush=True,
    )


def _print_first_supervisor(password: str | None) -> None:
    """Shown once, on the first start: nothing else could sign in to create accounts."""
    if password is not None:
        print(
            "\nFirst start: a console account was created.\n"
            f"  name      supervisor\n  password  {password}   (one-time: change it when you "
            "sign in; it is not shown again)\n",
            flush=True,
        )


def _staff(settings: Settings, args: argparse.Namespace) -> int:
    from bot.hotline.audit import AuditLog
    from bot.hotline.staff import StaffError, StaffService
    from bot.store.database import upgrade_database

    upgrade_database(settings.database_url)
    service = StaffService(settings.database_url)
    try:
        if args.staff_command == "add":
            member, password = service.add(args.name, args.role, args.language)
            AuditLog(settings.database_url).record(
                "cli", "staff_added", detail={"name": member.name, "role": member.role}
            )
            print(
                f"Account {member.name} ({member.role}) created. One-time password: {password}\n"
                "It must be changed at the first sign-in; it is not shown again."
            )
        elif args.staff_command == "token":
            token = service.issue_api_token(args.name)
            AuditLog(settings.database_url).record("cli", "api_token", detail={"name": args.name})
            print(token)
        else:
            for member in service.members():
                print(f"{member.name:<24} {member.role:<11} {member.language}")
    except StaffError as error:
        raise HelplineError(str(error)) from error
    return 0


def _purge(settings: Settings, args: argparse.Namespace) -> int:
    from bot.privacy.retention import purge
    from bot.store.database import upgrade_database

    upgrade_database(settings.database_url)
    counts = purge(settings)
    print("Deleted past retention: " + ", ".join(f"{n} {kind}" for kind, n in counts.items()))
    return 0


def _keys(settings: Settings, args: argparse.Namespace) -> int:
    from bot.privacy.key_rotation import rotate_keys
    from bot.stack import is_healthy
    from bot.store.database import upgrade_database

    services = settings.services
    if is_healthy(f"http://127.0.0.1:{services.console_port}/health") or is_healthy(
        f"http://127.0.0.1:{services.rasa_port}/webhooks/rest/"
    ):
        raise HelplineError("stop Helpline first: running processes keep the old key")
    upgrade_database(settings.database_url)
    print(rotate_keys(settings))
    return 0


def _console(settings: Settings, args: argparse.Namespace) -> int:
    from bot.hotline.console.app import serve

    serve(settings)
    return 0


def _telegram(settings: Settings, args: argparse.Namespace) -> int:
    import asyncio

    from bot.channels.telegram_admin import poll_forever, set_webhook

    if settings.telegram is None:
        raise HelplineError("set HELPLINE_TELEGRAM_TOKEN and HELPLINE_TELEGRAM_SECRET first")
    if args.telegram_command == "set-webhook":
        asyncio.run(set_webhook(settings.telegram, args.url))
        print(f"Telegram will post updates to {args.url}")
        return 0
    webhook = args.webhook or f"{settings.services.rasa_url}/webhooks/telegram/webhook"
    print(f"Polling Telegram and posting updates to {webhook}; Ctrl-C stops.", flush=True)
    asyncio.run(poll_forever(settings.telegram, webhook))
    return 0


def _worker(settings: Settings, args: argparse.Namespace) -> int:
    from bot.hotline.worker import run_worker

    run_worker(settings)
    return 0


def _queue(settings: Settings, args: argparse.Namespace) -> int:
    from bot.hotline.cases import CaseService
    from bot.store.database import upgrade_database

    upgrade_database(settings.database_url)
    cases = CaseService(settings.database_url).queue()
    if args.json:
        print(json.dumps([case.as_json() for case in cases], ensure_ascii=False, indent=2))
        return 0
    if not cases:
        print("No open cases.")
    for case in cases:
        codes = ", ".join(item["code"] for item in case.indicators) or "-"
        print(f"#{case.id:<5} {case.priority:<9} {case.status:<8} {case.language:<3} "
              f"{case.channel:<8} {case.created_at:%Y-%m-%d %H:%M}Z  {codes}\n"
              f"       {case.summary}")  # fmt: skip
    return 0


def _case(settings: Settings, args: argparse.Namespace) -> int:
    from bot.hotline.cases import CaseError, CaseService
    from bot.store.database import upgrade_database

    upgrade_database(settings.database_url)
    service = CaseService(settings.database_url)
    try:
        if args.case_command == "close":
            closed = service.close(args.id, args.outcome)
            print(f"Case #{closed.id} closed ({closed.outcome}); the assistant answers her again.")
            return 0
        case = service.get(args.id)
    except CaseError as error:
        raise HelplineError(str(error)) from error
    if args.json:
        print(json.dumps(case.as_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"Case #{case.id}: {case.priority}, {case.status}, language {case.language}, "
          f"channel {case.channel}, opened {case.created_at:%Y-%m-%d %H:%M}Z")  # fmt: skip
    print(case.summary)
    for reason in case.reasons:
        print(f"  - {reason}")
    print("Transcript:")
    for line in case.transcript:
        print(f"  [{line.author}] {line.text}")
    return 0


def _add_reports_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    reports = commands.add_parser("reports", help="citizen reports: list, show, close, export")
    reports.add_argument("--json", action="store_true", help="print a JSON array")
    reports.add_argument("--all", action="store_true", help="closed reports too")
    actions = reports.add_subparsers(dest="reports_command", metavar="ACTION")
    show = actions.add_parser("show", help="one report with its additions and notes")
    show.add_argument("report", metavar="REF_OR_ID", help="R-7K3Q9P or the number")
    show.add_argument("--json", action="store_true", help="print a JSON object")
    note = actions.add_parser("note", help="add a private staff note")
    note.add_argument("id", type=int)
    note.add_argument("text")
    note.add_argument("--as", dest="actor", required=True, metavar="NAME")
    close = actions.add_parser("close", help="close with an outcome")
    close.add_argument("id", type=int)
    close.add_argument("--outcome", required=True, choices=REPORT_OUTCOMES)
    close.add_argument("--as", dest="actor", required=True, metavar="NAME")
    export = actions.add_parser("export", help="reports as JSON or CSV for police or outreach")
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--id", dest="ids", type=int, action="append", metavar="N")
    which.add_argument("--since", type=_day, metavar="YYYY-MM-DD")
    export.add_argument("--until", type=_day, metavar="YYYY-MM-DD")
    export.add_argument("--format", required=True, choices=("json", "csv"))
    export.add_argument("--out", metavar="FILE", help="default: print")
    export.add_argument("--as", dest="actor", required=True, metavar="SUPERVISOR_NAME")
    reports.set_defaults(handler=_reports)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-31") from error


def _reports(settings: Settings, args: argparse.Namespace) -> int:
    """Reports for staff; closing and exporting are audit-logged under the name given."""
    from bot.hotline.audit import AuditLog
    from bot.reports import ReportError, ReportService
    from bot.store.database import upgrade_database

    upgrade_database(settings.database_url)
    service, audit = ReportService(settings.database_url), AuditLog(settings.database_url)
    try:
        if args.reports_command == "show":
            return _show_report(service, args)
        if args.reports_command == "note":
            service.add_note(args.id, args.actor, args.text)
            audit.record(args.actor, "note", report_id=args.id)
            print(f"Note added to report #{args.id}.")
            return 0
        if args.reports_command == "close":
            closed = service.close(args.id, args.outcome)
            audit.record(args.actor, "close", report_id=closed.id,
                         detail={"outcome": closed.outcome})  # fmt: skip
            print(f"Report #{closed.id} ({closed.reference}) closed: {closed.outcome}.")
            return 0
        if args.reports_command == "export":
            return _export_reports(service, audit, args)
    except ReportError as error:
        raise HelplineError(str(error)) from error
    reports = service.queue(include_closed=args.all)
    if args.json:
        print(json.dumps([report.as_json() for report in reports], ensure_ascii=False, indent=2))
        return 0
    if not reports:
        print("No open reports." if not args.all else "No reports.")
    for report in reports:
        seen = " ".join((report.description or "-").split())[:90]
        received = f"{report.created_at:%Y-%m-%d %H:%M}Z"
        print(f"#{report.id:<5} {report.reference}  {report.priority:<9} {report.status:<8} "
              f"{report.language:<3} {report.reporter_role:<18} {report.place_kind or '-':<15} "
              f"{received}\n       {report.location or '-'}: {seen}")  # fmt: skip
    return 0


def _show_report(service: ReportService, args: argparse.Namespace) -> int:
    from bot.reports import ReportError

    key = args.report.strip()
    report = service.get(int(key)) if key.isdigit() else service.by_reference(key)
    if report is None:
        raise ReportError(f"there is no report {key}")
    notes = service.notes(report.id)
    if args.json:
        data = report.as_json()
        data["notes"] = [
            {"author": n.author, "text": n.text, "at": f"{n.created_at:%Y-%m-%dT%H:%M:%S}Z"}
            for n in notes
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"Report #{report.id} {report.reference}: {report.priority}, {report.status}, "
          f"language {report.language}, channel {report.channel}, "
          f"received {report.created_at:%Y-%m-%d %H:%M}Z")  # fmt: skip
    for label, value in (("Reporter", report.reporter_role), ("Place", report.place_kind),
                         ("Where", report.location), ("Seen", report.description),
                         ("Signs", ", ".join(report.signs)), ("When", report.seen_when),
                         ("Danger now", report.danger_now),
                         ("Contact", report.contact or "anonymous")):  # fmt: skip
        print(f"  {label + ':':<12}{'-' if value in (None, '') else value}")
    for reason in report.reasons:
        print(f"  - {reason}")
    for text, at in report.additions:
        print(f"  [added {at:%Y-%m-%d %H:%M}Z] {text}")
    for note in notes:
        print(f"  [note by {note.author}, {note.created_at:%Y-%m-%d %H:%M}Z] {note.text}")
    return 0


def _export_reports(service: ReportService, audit: AuditLog, args: argparse.Namespace) -> int:
    """Write the export, then record who exported which reports (one audit entry each)."""
    from pathlib import Path

    from bot.reports.export import to_csv, to_json

    if args.until is not None and args.since is None:
        raise HelplineError("--until needs --since")
    rows = service.export(report_ids=args.ids, since=args.since, until=args.until)
    content = to_json(rows) if args.format == "json" else to_csv(rows)
    if args.out:
        Path(args.out).write_text(content, encoding="utf-8")
    else:
        sys.stdout.write(content)
    for row in rows:
        audit.record(args.actor, "export", report_id=row["id"],
                     detail={"format": args.format, "count": len(rows)})  # fmt: skip
    if args.out:
        print(f"Exported {len(rows)} report(s) to {args.out} ({args.format}).", file=sys.stderr)
    return 0


def _train(settings: Settings, args: argparse.Namespace) -> int:
    from bot.training import ready_model

    model = ready_model(settings, force=args.force)
    print(model)  # last line: the Makefile's test-rasa reads the model's path from it
    return 0


def _chat(settings: Settings, args: argparse.Namespace) -> int:
    from bot.chat import RestClient, chat_loop
    from bot.stack import Stack, is_healthy
    from bot.training import ready_model

    url = (args.url or settings.services.rasa_url).rstrip("/")
    if is_healthy(f"{url}/webhooks/rest/"):
        chat_loop(RestClient(url), read=input, write=print)
        return 0
    if args.url:
        raise HelplineError(f"no Helpline server answers at {url}")
    print("No running stack found; starting one for this chat (about a minute)...", flush=True)
    with Stack(settings, ready_model(settings)):
        chat_loop(RestClient(settings.services.rasa_url), read=input, write=print)
    return 0


def _languages(settings: Settings, args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.language.manage import languages_report
    from bot.language.translation import ArgosTranslator

    translator = ArgosTranslator(settings.argos_dir)
    if args.language_command == "install":
        if args.from_index:
            pairs = translator.install_from_index(args.from_index)
        else:
            pairs = [translator.install_model(Path(args.path))]
        print("installed: " + ", ".join(f"{a}→{b}" for a, b in pairs))
    print(languages_report(settings, translator.installed_pairs()))
    return 0


def _translate(settings: Settings, args: argparse.Namespace) -> int:
    from bot.language.manage import fill_catalog
    from bot.language.translation import ArgosTranslator

    count = fill_catalog(settings, args.fill, ArgosTranslator(settings.argos_dir))
    print(
        f"drafted {count} responses in translations/{args.fill}.yml with status 'machine'; "
        "have them reviewed before marking them 'reviewed'"
    )
    return 0


def _actions(settings: Settings, args: argparse.Namespace) -> int:
    """Rasa SDK's action server, once what reports are triaged with is loaded.

    Compiling the lexicons takes 20 s or more; loaded on first use, the first report after a
    start waited that long for its reference, and on a busy machine past the Rasa server's
    60-second limit, so the reporter saw nothing. The server answers its health check only
    when it is ready.
    """
    from rasa_sdk.endpoint import run

    from bot.reports.service import load_report_triage

    load_report_triage()
    run("actions", args.port or settings.services.action_port, cors_origins=None)
    return 0


def _nlg(settings: Settings, args: argparse.Namespace) -> int:
    from bot.language.nlg_server import serve

    serve(settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
