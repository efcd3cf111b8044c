"""What every messaging channel does with a delivery before the dialogue sees it.

1. A redelivery (same Twilio MessageSid / Telegram update_id) is dropped: processed once.
2. The address (phone number, chat id) becomes a pseudonymous sender reference; the address
   itself is kept only encrypted, to answer her (bot.privacy).
3. Not a text (photo, voice, sticker, location): a kind answer asking for words.
4. An erase command ("delete", "stop", in any supported language) erases her data.
5. Otherwise: numbered replies, then her open case or the assistant (bot.hotline.inbox).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from rasa.core.agent import Agent
from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Sanic
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from bot.channels.inbound import normalise_text
from bot.channels.webchat_outbox import WebChatOutbox
from bot.hotline.inbox import receive
from bot.privacy.addresses import AddressBook
from bot.privacy.erasure import erase_cases, erase_conversation, is_erase_command
from bot.privacy.log_redaction import install_log_redaction
from bot.privacy.pseudonyms import sender_ref
from bot.privacy.secrets import keys_for
from bot.settings import Settings
from bot.store.database import session_scope
from bot.store.models import Delivery, utcnow

log = logging.getLogger(__name__)
# Where someone else may read the phone: the first answer says how to delete and erase.
PRIVACY_NOTICE_CHANNELS = ("sms", "whatsapp")
# A delivery received this long ago and still not processed died with its process.
REPROCESS_AFTER = timedelta(seconds=30)
Handler = Callable[[UserMessage], Awaitable[Any]]


@dataclass(frozen=True)
class Inbound:
    """One delivery from a messaging channel, as the channel parsed it."""

    channel: str  # "sms", "whatsapp", "telegram"
    address: str  # never logged, never given to Rasa
    delivery_id: str | None
    text: str | None  # None: not a text message


class Gateway:
    """Dedupe, pseudonymise, remember the address, erase on request, then deliver."""

    def __init__(self, settings: Settings) -> None:
        install_log_redaction()  # the Rasa server's logging is configured by now
        keys = keys_for(settings)
        self.database_url = settings.database_url
        self.pseudonym_key = keys.pseudonym
        self.addresses = AddressBook(settings.database_url, keys.encryption)

    def sender_ref(self, channel: str, address: str) -> str:
        return sender_ref(self.pseudonym_key, channel, address)

    def claim_delivery(self, channel: str, delivery_id: str) -> bool:
        """Whether to process this delivery: new, or received before but never processed.

        A delivery still being processed (received under REPROCESS_AFTER ago) is left alone,
        so a quick redelivery is not processed twice; one whose processing died is taken again.
        """
        now = utcnow()
        try:
            with session_scope(self.database_url) as session:
                session.add(Delivery(channel=channel, delivery_id=delivery_id, received_at=now))
            return True
        except IntegrityError:
            pass
        with session_scope(self.database_url) as session:
            retaken = session.execute(
                update(Delivery)
                .where(Delivery.channel == channel, Delivery.delivery_id == delivery_id,
                       Delivery.processed_at.is_(None),
                       Delivery.received_at < now - REPROCESS_AFTER)
                .values(received_at=now)
            )  # fmt: skip
            return bool(retaken.rowcount == 1)

    def mark_processed(self, channel: str, delivery_id: str) -> None:
        with session_scope(self.database_url) as session:
            session.execute(
                update(Delivery)
                .where(Delivery.channel == channel, Delivery.delivery_id == delivery_id)
                .values(processed_at=utcnow())
            )

    async def handle(
        self,
        inbound: Inbound,
        output: OutputChannel,
        on_new_message: Handler,
        on_erase: Callable[[str], Awaitable[None]] | None = None,
    ) -> str:
        """Process one delivery; returns duplicate, unsupported, erased or delivered.

        The delivery is marked processed only at the end: if this process dies on it, the
        channel's redelivery is processed again (the webhook answers only after this returns).
        """
        delivery = inbound.delivery_id
        if delivery is not None and not await asyncio.to_thread(
            self.claim_delivery, inbound.channel, delivery
        ):
            return "duplicate"
        outcome = await self._handle(inbound, output, on_new_message, on_erase)
        if delivery is not None:
            await asyncio.to_thread(self.mark_processed, inbound.channel, delivery)
        return outcome

    async def _handle(
        self,
        inbound: Inbound,
        output: OutputChannel,
        on_new_message: Handler,
        on_erase: Callable[[str], Awaitable[None]] | None,
    ) -> str:
        ref = self.sender_ref(inbound.channel, inbound.address)
        if inbound.text is None:
            await say(ref, output, "utter_unsupported_message")
            return "unsupported"
        text = normalise_text(inbound.text)
        if is_erase_command(text):
            await self.erase(ref, output, on_erase)
            return "erased"
        first_contact = await asyncio.to_thread(
            self.addresses.remember, ref, inbound.channel, inbound.address
        )
        message = UserMessage(text, output, ref, input_channel=inbound.channel)
        await receive(message, on_new_message)
        if first_contact and inbound.channel in PRIVACY_NOTICE_CHANNELS:
            await say(ref, output, "utter_sms_privacy_notice")
        return "delivered"

    async def erase(
        self,
        ref: str,
        output: OutputChannel,
        on_erase: Callable[[str], Awaitable[None]] | None = None,
    ) -> None:
        """Erase everything about ``ref``; confirm in her language, then forget the address."""
        agent = _agent()
        tracker = await agent.tracker_store.retrieve(ref)
        confirmation = await render(agent, ref, output, "utter_erased", tracker)
        if on_erase is not None:
            await on_erase(ref)  # e.g. delete the bot's Telegram messages
        await asyncio.to_thread(erase_cases, self.database_url, ref)
        await asyncio.to_thread(erase_conversation, agent.tracker_store, ref)
        await asyncio.to_thread(WebChatOutbox(self.database_url).forget, ref)
        await output.send_response(ref, confirmation)
        await asyncio.to_thread(self.addresses.forget, ref)
        log.info("erased a conversation at the person's request")


def _agent() -> Agent:
    return Sanic.get_app().ctx.agent


async def render(
    agent: Agent,
    ref: str,
    output: OutputChannel,
    response: str,
    tracker: DialogueStateTracker | None = None,
) -> dict[str, Any]:
    """A catalog response in her language (the tracker's slots), outside a dialogue turn."""
    tracker = tracker or await agent.tracker_store.retrieve(ref)
    tracker = tracker or DialogueStateTracker(ref, [])
    return await agent.nlg.generate(
        response, tracker, output.name(), domain_responses=agent.domain.responses
    )


async def say(ref: str, output: OutputChannel, response: str) -> None:
    """Send a catalog response outside a dialogue turn."""
    await output.send_response(ref, await render(_agent(), ref, output, response))
