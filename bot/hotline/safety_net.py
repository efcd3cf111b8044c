"""Never silence: when the assistant cannot answer, she still gets 112 and the hotline number.

Rasa carries on when a custom action or the NLG endpoint fails (the action server is down, a
bug): it logs the error and the person hears nothing. Here, in the Rasa server, in front of
the dialogue, a turn that produced no message at all gets a safe answer rendered in this
process from the catalogs (no other process needed) in her language, with the emergency and
hotline numbers. If what she wrote was an emergency and no case exists, the case is opened
here, from the same tracker and rules the action server uses, and written before she is told;
her conversation is paused as after any escalation. If the case database is out of reach too,
the escalation is kept on disk and becomes a case once it is back (bot.hotline.pending_cases).

A turn that is slow (a stuck action server waits up to Rasa's five-minute action timeout) is
not cut: after ``answer_within_seconds`` the safe answer goes out, the turn goes on, and
whatever it stores (her message, a report, a case) is kept. If it ends without a word, the
emergency check above runs then. Without this, the Rasa server's own 60-second limit cancels
the turn and the channel answers with nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from rasa.core.agent import Agent
from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.shared.core.events import ConversationPaused
from sqlalchemy.exc import SQLAlchemyError

from bot.hotline.audit import AuditLog
from bot.hotline.cases import CaseService
from bot.hotline.escalation import build_escalation
from bot.hotline.pending_cases import PendingCases
from bot.language.catalog import load_catalogs
from bot.language.conversation_language import conversation_language
from bot.language.responses import ResponseRenderer
from bot.settings import Settings
from bot.triage import TriageRules, load_rules

log = logging.getLogger(__name__)
SAFE_ANSWER = "utter_technical_problem"
SAFE_ANSWER_ESCALATED = "utter_technical_problem_escalated"
LANGUAGE_CHECK_SECONDS = 5  # reading her message again for its language, when a turn is slow


@lru_cache(maxsize=1)
def _renderer(
    translations_dir: Path, placeholders: tuple[tuple[str, str], ...]
) -> ResponseRenderer:
    """The catalogs, loaded once in this process: the safe answer needs no NLG server."""
    return ResponseRenderer(load_catalogs(translations_dir), dict(placeholders))


@lru_cache(maxsize=1)
def _rules() -> TriageRules:
    return load_rules()


class SendCounter:
    """Counts what the dialogue sends through ``output`` during one turn."""

    def __init__(self, output: OutputChannel) -> None:
        self.count = 0
        original = output.send_response

        async def counting(recipient_id: str, message: dict[str, Any]) -> None:
            self.count += 1
            await original(recipient_id, message)

        output.send_response = counting  # type: ignore[method-assign]


async def answer_with_safety_net(
    message: UserMessage,
    on_new_message: Callable[[UserMessage], Awaitable[Any]],
    agent: Agent,
    settings: Settings,
    *,
    silent_answer: str = SAFE_ANSWER,
) -> None:
    """Let the assistant answer; if it sent nothing, escalate an emergency and answer safely
    (``silent_answer``: what to say when the turn was silent and no emergency)."""
    counter = SendCounter(message.output_channel)
    turn = asyncio.ensure_future(on_new_message(message))
    try:
        # shield: neither this deadline nor a cancelled request stops the turn half-way
        await asyncio.wait_for(asyncio.shield(turn), settings.answer_within_seconds)
    except TimeoutError:
        log.warning("no answer within %d s; the turn goes on", settings.answer_within_seconds)
        safe_sent = not counter.count
        if safe_sent:
            language = await _language(agent, message)
            await _send(message, settings, SAFE_ANSWER, language)
        _follow_up(turn, counter, safe_sent, message, agent, settings)
        return
    except asyncio.CancelledError:
        # The request was cancelled (the client went away, or the server's own limit): the
        # turn goes on, and a silent end is still answered where the channel can be reached.
        _follow_up(turn, counter, False, message, agent, settings)
        raise
    except Exception:
        log.exception("the assistant failed on a message; sending the safe answer")
    if not counter.count:
        await _answer_silence(message, agent, settings, silent_answer=silent_answer)


async def _after_slow_turn(
    turn: asyncio.Future[Any],
    counter: SendCounter,
    safe_sent: bool,
    message: UserMessage,
    agent: Agent,
    settings: Settings,
) -> None:
    """When a turn that outlived its deadline ends: if it said nothing at all, handle the
    silence as after any silent turn (``safe_sent``: she has had the safe answer already)."""
    try:
        await turn
    except Exception:
        log.exception("the assistant failed on a message after its deadline")
    if counter.count - safe_sent == 0:
        await _answer_silence(message, agent, settings, already_answered=safe_sent)


async def _answer_silence(
    message: UserMessage,
    agent: Agent,
    settings: Settings,
    *,
    already_answered: bool = False,
    silent_answer: str = SAFE_ANSWER,
) -> None:
    """A turn ended without a word: open an emergency case if it was one; say so, or say
    ``silent_answer`` (unless ``already_answered`` and there is nothing new to say)."""
    try:
        language, escalated = await _escalate_if_emergency(message, agent, settings)
    except Exception:
        log.exception("could not check the silent turn for an emergency")
        if not already_answered:
            await send_safe_answer(agent, message, settings)
        return
    if escalated:
        await _send(message, settings, SAFE_ANSWER_ESCALATED, language)
    elif not already_answered:
        await _send(message, settings, silent_answer, language)


async def send_safe_answer(agent: Agent, message: UserMessage, settings: Settings) -> None:
    """The safe answer, in her language as far as it can be told without a working store."""
    await _send(message, settings, SAFE_ANSWER, await _language(agent, message))


async def _send(message: UserMessage, settings: Settings, response: str, language: str) -> None:
    await message.output_channel.send_response(
        message.sender_id, render_here(settings, response, language)
    )


async def _language(agent: Agent, message: UserMessage) -> str:
    """Her language when her turn did not (yet) save it: the one she chose, else the one this
    message is in (read again here), else the one the conversation had, else English. Her
    conversation may be out of reach (the tracker store is down): the message still tells."""
    tracker = None
    try:
        tracker = await agent.tracker_store.retrieve(message.sender_id)
        chosen = None if tracker is None else tracker.get_slot("language_choice")
        if chosen:
            return str(chosen)
    except Exception:
        log.exception("could not read the conversation for its language")
    try:
        parsed = await asyncio.wait_for(
            agent.parse_message(message.text or ""), LANGUAGE_CHECK_SECONDS
        )
        detected = [e["value"] for e in parsed.get("entities", []) if e["entity"] == "language"]
        if detected:
            return str(detected[0])
    except Exception:
        log.exception("could not tell the language of a message")
    return conversation_language(tracker) if tracker is not None else "en"


# Follow-ups of turns that outlived their deadline, kept referenced until they end (asyncio
# keeps only weak references to tasks).
_FOLLOW_UPS: set[asyncio.Future[Any]] = set()


def _follow_up(
    turn: asyncio.Future[Any],
    counter: SendCounter,
    safe_sent: bool,
    message: UserMessage,
    agent: Agent,
    settings: Settings,
) -> None:
    task = asyncio.ensure_future(
        _after_slow_turn(turn, counter, safe_sent, message, agent, settings)
    )
    _FOLLOW_UPS.add(task)
    task.add_done_callback(_FOLLOW_UPS.discard)


def render_here(settings: Settings, response: str, language: str) -> dict[str, Any]:
    """A catalog response rendered in this process, for when the NLG server must not be needed."""
    placeholders = tuple(sorted(settings.contact.placeholders().items()))
    return _renderer(settings.translations_dir, placeholders).render(response, language).to_rasa()


async def _escalate_if_emergency(
    message: UserMessage, agent: Agent, settings: Settings
) -> tuple[str, bool]:
    """(her language, whether a case was opened here)."""
    sender = message.sender_id
    async with agent.lock_store.lock(sender):
        tracker = await agent.tracker_store.retrieve(sender)
        if tracker is None:
            return "en", False
        language = conversation_language(tracker)
        triage = (tracker.latest_message.parse_data or {}).get("triage") or {}  # type: ignore[union-attr]
        cases = CaseService(settings.database_url)
        if triage.get("priority") != "emergency":
            return language, False
        escalation = build_escalation(
            events=[event.as_dict() for event in tracker.events],
            slots=tracker.current_slot_values(),
            sender_ref=sender,
            channel=message.input_channel or "unknown",
            language=language,
            rules=_rules(),
            at_least="emergency",
        )
        try:
            if await asyncio.to_thread(cases.open_case_of, sender) is not None:
                return language, True
            case, _ = await asyncio.to_thread(cases.open_case, escalation)
        except SQLAlchemyError:
            # The case database is out of reach: the case is opened once it is back.
            await asyncio.to_thread(PendingCases(settings.pending_cases_dir).keep, escalation)
            return language, True
        await asyncio.to_thread(
            AuditLog(settings.database_url).record, "assistant", "opened", case_id=case.id,
            detail={"priority": case.priority, "by": "safety net"},
        )  # fmt: skip
        tracker.update(ConversationPaused())
        await agent.tracker_store.save(tracker)
        log.warning("opened an emergency case the action server could not open")
        return language, True
