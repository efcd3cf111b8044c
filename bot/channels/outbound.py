"""``send(sender_ref, text)``: the hotline answers a person on the channel she used.

The encrypted address is looked up for the reference and the text goes out through that
channel's own sender (Twilio SMS/WhatsApp split and numbered as for the assistant; Telegram
with its message ids kept for erasure; the web chat's outbox, fetched by her page). Failures
are retried with a growing pause and then reported in the result, never raised and never lost
silently: the caller stores the status.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from rasa.core.channels.channel import OutputChannel

from bot.channels.telegram import TelegramOutput, telegram_bot
from bot.channels.twilio import TwilioOutput, twilio_client
from bot.channels.webchat_outbox import WebChatOutbox, WebChatOutboxOutput
from bot.privacy.addresses import AddressBook, Contact
from bot.privacy.secrets import keys_for
from bot.settings import Settings

log = logging.getLogger(__name__)
RETRY_PAUSES = (1.0, 4.0)  # seconds before the second and third attempt


@dataclass(frozen=True)
class SendResult:
    status: str  # sent, failed, no_address (erased, or a channel that cannot be written to)
    detail: str = ""


class Outbound:
    """Sends staff messages to people, by sender reference."""

    def __init__(self, settings: Settings, retry_pauses: tuple[float, ...] = RETRY_PAUSES):
        self.settings = settings
        self.addresses = AddressBook(settings.database_url, keys_for(settings).encryption)
        self.retry_pauses = retry_pauses

    async def send(
        self, sender_ref: str, text: str, buttons: list[dict[str, Any]] | None = None
    ) -> SendResult:
        contact = await asyncio.to_thread(self.addresses.lookup, sender_ref)
        if contact is None:
            return SendResult("no_address", "no stored address: erased, or not a messaging channel")
        output = self._output_for(contact)
        if output is None:
            return SendResult("failed", f"the {contact.channel} channel is not configured")
        error = ""
        for attempt, pause in enumerate((0.0, *self.retry_pauses), start=1):
            await asyncio.sleep(pause)
            try:
                if buttons:
                    await output.send_text_with_buttons(sender_ref, text, buttons)
                else:
                    await output.send_text_message(sender_ref, text)
                return SendResult("sent")
            except Exception as exc:
                error = f"{type(exc).__name__}: {exc}"
                log.warning("send attempt %d to a %s contact failed", attempt, contact.channel)
        return SendResult("failed", error)

    def _output_for(self, contact: Contact) -> OutputChannel | None:
        if contact.channel in ("sms", "whatsapp") and self.settings.twilio is not None:
            twilio = self.settings.twilio
            return TwilioOutput(twilio_client(twilio), twilio.from_number, contact.address)
        if contact.channel == "webchat":
            return WebChatOutboxOutput(WebChatOutbox(self.settings.database_url))
        if contact.channel == "telegram" and self.settings.telegram is not None:
            bot = telegram_bot(self.settings.telegram)
            return TelegramOutput(bot, int(contact.address), self.settings.database_url)
        return None
