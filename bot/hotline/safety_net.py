"""Never silence: when the assistant cannot answer, she still gets 112 and the hotline number.

Rasa carries on when a custom action or the NLG endpoint fails (the action server is down or
slow, a bug): it logs the error and the person hears nothing. Here, in the Rasa server, in
front of the dialogue, a turn that produced no message at all gets a safe answer rendered in
this process from the catalogs (no other process needed) in her language, with the emergency
and hotline numbers. If what she wrote was an emergency and no case exists, the case is
opened here, from the same tracker and rules the action server uses, and written before she
is told; her conversation is paused as after any escalation.
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

from bot.hotline.audit import AuditLog
from bot.hotline.cases import CaseService
from bot.hotline.escalation import build_escalation
from bot.language.catalog import load_catalogs
from bot.language.conversation_language import conversation_language
from bot.language.responses import ResponseRenderer
from bot.settings import Settings
from bot.triage import TriageRules, load_rules

log = logging.getLogger(__name__)
SAFE_ANSWER = "utter_technical_problem"
SAFE_ANSWER_ESCALATED = "utter_technical_problem_escalated"


@lru_cache(maxsize=1)
def _renderer(
    translations_dir: Path, placeholders: tuple[tuple[str, str], ...]
) -> ResponseRenderer:
    """The catalogs, loaded once in this process: the safe answer needs no NLG server."""
    return ResponseRenderer(load_catalogs(translations_dir), dict(placeholders))


@lru_cache(maxsize=1)
def _rules() -> TriageRules:
    return load_rules()


class _SendCounter:
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
) -> None:
    """Let the assistant answer; if it sent nothing, escalate an emergency and answer safely."""
    counter = _SendCounter(message.output_channel)
    try:
        await on_new_message(message)
    except Exception:
        log.exception("the assistant failed on a message; sending the safe answer")
    if counter.count:
        return
    language, escalated = "en", False
    try:
        language, escalated = await _escalate_if_emergency(message, agent, settings)
    except Exception:
        log.exception("could not check the silent turn for an emergency")
    response = SAFE_ANSWER_ESCALATED if escalated else SAFE_ANSWER
    await message.output_channel.send_response(
        message.sender_id, render_here(settings, response, language)
    )


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
        if await asyncio.to_thread(cases.open_case_of, sender) is not None:
            return language, True
        escalation = build_escalation(
            events=[event.as_dict() for event in tracker.events],
            slots=tracker.current_slot_values(),
            sender_ref=sender,
            channel=message.input_channel or "unknown",
            language=language,
            rules=_rules(),
            at_least="emergency",
        )
        case, _ = await asyncio.to_thread(cases.open_case, escalation)
        await asyncio.to_thread(
            AuditLog(settings.database_url).record, "assistant", "opened", case_id=case.id,
            detail={"priority": case.priority, "by": "safety net"},
        )  # fmt: skip
        tracker.update(ConversationPaused())
        await agent.tracker_store.save(tracker)
        log.warning("opened an emergency case the action server could not open")
        return language, True
