"""The `helpline` command: run, train and talk to the assistant."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from bot.errors import HelplineError
from bot.settings import Settings, load_settings


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
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

    train = commands.add_parser("train", help="train the Rasa model if its inputs changed")
    train.add_argument("--force", action="store_true", help="train even if the model is current")
    train.set_defaults(handler=_train)

    chat = commands.add_parser("chat", help="talk to the assistant in this terminal")
    chat.add_argument("--url", help="Rasa server to talk to (default: the local stack)")
    chat.set_defaults(handler=_chat)

    nlg = commands.add_parser("nlg", help="run only the NLG server (started by `run`)")
    nlg.set_defaults(handler=_nlg)

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

    translate = commands.add_parser("translate", help="draft catalog entries with Argos")
    translate.add_argument(
        "--fill", metavar="LANG", required=True, help="machine-translate missing responses"
    )
    translate.set_defaults(handler=_translate)
    return parser


def _run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.stack import Stack, stop_on_sigterm
    from bot.training import ensure_model

    stop_on_sigterm()
    model = ensure_model(settings)
    print("Starting Helpline (the Rasa server needs about a minute to load)...", flush=True)
    stack = Stack(settings, model)
    try:
        stack.start()
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
        f"  data             {settings.data_dir}\n"
        f"  logs             {settings.data_dir / 'logs'}\n"
        "Talk to it with `helpline chat` (or `make chat`) in another terminal. Ctrl-C stops.",
        flush=True,
    )


def _train(settings: Settings, args: argparse.Namespace) -> int:
    from bot.training import ensure_model

    print(ensure_model(settings, force=args.force))
    return 0


def _chat(settings: Settings, args: argparse.Namespace) -> int:
    from bot.chat import RestClient, chat_loop
    from bot.stack import Stack, is_healthy
    from bot.training import ensure_model

    url = (args.url or settings.services.rasa_url).rstrip("/")
    if is_healthy(f"{url}/webhooks/rest/"):
        chat_loop(RestClient(url), read=input, write=print)
        return 0
    if args.url:
        raise HelplineError(f"no Helpline server answers at {url}")
    print("No running stack found; starting one for this chat (about a minute)...", flush=True)
    with Stack(settings, ensure_model(settings)):
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


def _nlg(settings: Settings, args: argparse.Namespace) -> int:
    from bot.language.nlg_server import serve

    serve(settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
