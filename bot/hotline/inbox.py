"""Messages from a person who has an open case: into the case, and the assistant stays quiet.

Runs in the Rasa server, in front of the dialogue, for every channel:
- an open case gets her message first (written before Rasa sees it), then Rasa logs it in the
  paused conversation without answering;
- danger while she waits raises the case to ``emergency`` and gives her 112 at once;
- when nobody has taken her case in time, or the hotline is closed, she is told so honestly
  (once per case), with the numbers she can call;
- more messages than anyone can read (bot.hotline.rate_limits) are not understood, and the
  sender is asked kindly to write again shortly;
- a turn in which the assistant could not say anything still gets a safe answer, and an
  emergency still becomes a case (bot.hotline.safety_net);
- once her case is closed, her next message resumes the assistant (Rasa's
  ConversationResumed), even if the Rasa server was down when the case was closed; the
  case remembers that it was resumed, so the tracker is loaded only then;
- when the case database cannot be read, the assistant still takes her message and the
  safety net makes sure she hears something; if her conversation is paused (she has a case),
  her message is kept for the case and she is told it will reach a counsellor; once it
  answers again, the escalations kept meanwhile become cases (bot.hotline.pending_cases),
  waiting since she asked; a conversation with an open case that is not paused is paused
  before her message, and what she wrote in it meanwhile is copied into the case first.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any

from rasa.core.agent import Agent
from rasa.core.channels.channel import UserMessage
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    ConversationPaused,
    ConversationResumed,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Sanic

from bot.channels.option_replies import resolve_option_reply
from bot.conversation import schema_cache
from bot.hotline.cases import CaseService, CaseView, SenderStanding, TranscriptLine
from bot.hotline.escalation import transcript, transcript_since
from bot.hotline.hours import is_open, waited_too_long
from bot.hotline.pending_cases import PendingCases
from bot.hotline.rate_limits import SLOW_DOWN, Limiter, RateLimiter, SharedRateLimiter
from bot.hotline.safety_net import (
    SAFE_ANSWER,
    SendCounter,
    answer_with_safety_net,
    render_here,
    send_safe_answer,
)
from bot.language.conversation_language import conversation_language
from bot.settings import Settings, load_settings
from bot.store.models import utcnow
from bot.store.shared_state import redis_client

log = logging.getLogger(__name__)
schema_cache.install()  # this module is loaded in the Rasa server by every channel
CASE_PENDING = "utter_case_pending"  # her message is kept and reaches a counsellor later
CAUGHT_UP = (
    "Copied from her conversation: what she and the assistant wrote after she asked for help "
    "and before this case could take her messages."
)


@lru_cache(maxsize=1)
def _settings() -> Settings:
    return load_settings()


async def receive(
    message: UserMessage, on_new_message: Callable[[UserMessage], Awaitable[Any]]
) -> None:
    """Deliver ``message``: to her open case and the paused dialogue, or to the assistant.

    A failure is let through: a push channel (SMS, Telegram) answers its webhook with an
    error, and the platform delivers the message again.
    """
    await resolve_option_reply(message)
    agent: Agent = Sanic.get_app().ctx.agent
    settings = _settings()
    service = CaseService(settings.database_url)
    sender = message.sender_id
    standing = await _standing(service, sender)
    if standing is not None and await _delivered_kept_records(settings):
        standing = await _standing(service, sender)
    case = None if standing is None else standing.open_case
    if case is None:
        if not _limiter().admit(sender):
            await _slow_down(agent, message, settings)
            return
        if standing is not None and standing.awaiting_resume:
            await _resume_if_paused(agent, sender)
            await asyncio.to_thread(service.mark_resumed, sender)
        # Unknown whether she has a case: a paused conversation says she has one.
        has_case = standing is None and await _is_paused(agent, sender)
        await answer_with_safety_net(
            message, on_new_message, agent, settings,
            silent_answer=CASE_PENDING if has_case else SAFE_ANSWER,
        )  # fmt: skip
        if has_case:
            await _keep_for_her_case(agent, message, settings)
        return
    try:
        await _pause_and_catch_up(agent, service, case)
    finally:  # her message goes into the case even if her conversation cannot be read
        await asyncio.to_thread(service.add_message, case.id, "person", message.text or "")
    await on_new_message(message)  # paused: Rasa keeps it in the tracker and stays quiet
    tracker = await agent.tracker_store.retrieve(sender)
    if tracker is None:
        return
    response = await _response_while_waiting(service, settings, case, tracker)
    if response is not None:
        await _say(agent, message, tracker, service, case, response)


async def receive_in_request(
    message: UserMessage, on_new_message: Callable[[UserMessage], Awaitable[Any]]
) -> None:
    """``receive`` for a channel that answers within its HTTP response (REST).

    There, a failure would be an empty answer (Rasa's REST channel answers with what was
    said so far, and logs her text with the error): if nothing was said, she gets the safe
    answer instead, with 112 and the hotline number, in her language.
    """
    said = SendCounter(message.output_channel)
    try:
        await receive(message, on_new_message)
    except Exception:
        log.exception("could not take in a message; sending the safe answer")
        if not said.count:
            await send_safe_answer(Sanic.get_app().ctx.agent, message, _settings())


async def _standing(service: CaseService, sender: str) -> SenderStanding | None:
    """Her cases, or None when the case database cannot be read."""
    try:
        return await asyncio.to_thread(service.standing_of, sender)
    except Exception:
        log.exception("could not read whether the sender has a case; the assistant takes it")
        return None


async def _is_paused(agent: Agent, sender: str) -> bool:
    """Whether her conversation is paused (False if it cannot be read)."""
    try:
        tracker = await agent.tracker_store.retrieve(sender)
    except Exception:
        log.exception("could not read whether her conversation is paused")
        return False
    return tracker is not None and tracker.is_paused()


async def _keep_for_her_case(agent: Agent, message: UserMessage, settings: Settings) -> None:
    """Her case exists but the case database cannot take her message: it is kept for the case
    and added once the database is back (she was told so: ``CASE_PENDING``)."""
    try:
        tracker = await agent.tracker_store.retrieve(message.sender_id)
        if tracker is None:
            return
        hers = [
            event.as_dict()
            for event in tracker.events
            if isinstance(event, UserUttered) and event.message_id == message.message_id
        ]
        channel = message.input_channel or tracker.get_latest_input_channel() or "unknown"
        language = conversation_language(tracker)
        for line in transcript(hers):
            kept = replace(line, language=line.language or language)
            await asyncio.to_thread(
                PendingCases(settings.pending_cases_dir).keep_message,
                message.sender_id, channel, kept,
            )  # fmt: skip
    except Exception:
        log.exception("could not keep her message for her case; it is in her conversation")


async def _delivered_kept_records(settings: Settings) -> bool:
    """The case database answers again: open the escalations kept while it did not, and add
    the messages kept for open cases."""
    pending = PendingCases(settings.pending_cases_dir)
    if not pending.waiting():
        return False
    return await asyncio.to_thread(pending.deliver_all, settings.database_url) > 0


@lru_cache(maxsize=1)
def _limiter() -> Limiter:
    """Counts in Redis when several Rasa servers share the load, else in this process."""
    settings = _settings()
    if settings.redis_url:
        return SharedRateLimiter(
            redis_client(settings.redis_url),
            settings.rate_limit_per_sender,
            settings.rate_limit_overall,
        )
    return RateLimiter(settings.rate_limit_per_sender, settings.rate_limit_overall)


async def _slow_down(agent: Agent, message: UserMessage, settings: Settings) -> None:
    """Over the limit: not understood; told once a minute, in her language, rendered here."""
    if not _limiter().should_tell(message.sender_id):
        return
    tracker = await agent.tracker_store.retrieve(message.sender_id)
    rendered = render_here(settings, SLOW_DOWN, conversation_language(tracker))
    await message.output_channel.send_response(message.sender_id, rendered)


async def _response_while_waiting(
    service: CaseService, settings: Settings, case: CaseView, tracker: DialogueStateTracker
) -> str | None:
    triage = tracker.latest_message.parse_data.get("triage") or {}  # type: ignore[union-attr]
    if triage.get("priority") == "emergency" and case.priority != "emergency":
        await asyncio.to_thread(service.raise_to_emergency, case.id, triage)
        return "utter_emergency"
    if case.status != "waiting":
        return None
    now = utcnow()
    late = not is_open(settings.hotline, now) or waited_too_long(
        settings.hotline, case.created_at, now
    )
    if late and await asyncio.to_thread(service.mark_waiting_notice, case.id):
        return "utter_case_still_waiting"
    return None


async def _say(
    agent: Agent,
    message: UserMessage,
    tracker: DialogueStateTracker,
    service: CaseService,
    case: CaseView,
    response: str,
) -> None:
    """Send a catalog response in her language, and keep it in the case and the tracker."""
    channel = message.output_channel
    rendered = await agent.nlg.generate(
        response, tracker, channel.name(), domain_responses=agent.domain.responses
    )
    await channel.send_response(message.sender_id, rendered)
    await asyncio.to_thread(service.add_message, case.id, "bot", rendered.get("text") or "")
    async with agent.lock_store.lock(message.sender_id):
        latest = await agent.tracker_store.retrieve(message.sender_id)
        if latest is not None:
            latest.update(BotUttered(rendered.get("text"), {"buttons": rendered.get("buttons")}))
            await agent.tracker_store.save(latest)


async def _pause_and_catch_up(agent: Agent, service: CaseService, case: CaseView) -> None:
    """An open case whose conversation runs: the case was opened after an outage (from the
    escalations kept meanwhile), or the conversation lived only in memory then. What she and
    the assistant said since the case began, and the case has not seen, is copied into it,
    then the assistant is paused."""
    sender = case.sender_ref
    async with agent.lock_store.lock(sender):
        tracker = await agent.tracker_store.retrieve(sender)
        if tracker is None or tracker.is_paused():
            return
        missed = transcript_since([event.as_dict() for event in tracker.events], case.created_at)
        if missed:
            heading = TranscriptLine("system", CAUGHT_UP, created_at=missed[0].created_at)
            await asyncio.to_thread(service.add_lines, case.id, [heading, *missed])
        tracker.update(ConversationPaused())
        await agent.tracker_store.save(tracker)
        log.info("conversation paused: she has an open case (%d lines copied into it)", len(missed))


async def _resume_if_paused(agent: Agent, sender: str) -> None:
    """No open case but a paused conversation: her case was closed, the assistant is back."""
    async with agent.lock_store.lock(sender):
        tracker = await agent.tracker_store.retrieve(sender)
        if tracker is not None and tracker.is_paused():
            tracker.update(ConversationResumed())
            # Listening again, as after any bot turn, so that the rules see her next message.
            tracker.update(ActionExecuted(ACTION_LISTEN_NAME))
            await agent.tracker_store.save(tracker)
            log.info("conversation resumed after its case was closed")
