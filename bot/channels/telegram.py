"""Telegram: webhook at ``/webhooks/telegram/webhook`` (and polling for development).

The webhook checks Telegram's secret token header against HELPLINE_TELEGRAM_SECRET (wrong or
missing: 403). python-telegram-bot parses updates and sends replies; Rasa owns the dialogue.
Buttons become inline keyboards whose presses come back as the button's payload. Photos,
voice notes, stickers and locations get a kind answer. The bot's message ids are kept (no
text) so that an erase request can delete them where Telegram allows (under 48 hours).
Starting never contacts Telegram: registering the webhook is `helpline telegram set-webhook`.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from sqlalchemy import delete, select
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError

from bot.channels.gateway import Gateway, Inbound
from bot.settings import TelegramSettings, load_settings
from bot.store.database import session_scope
from bot.store.models import SentMessage, utcnow

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
TELEGRAM_MAX_CHARS = 4096
DELETABLE_FOR = timedelta(hours=47)  # Telegram allows deleting for 48 h; keep a margin


def telegram_bot(settings: TelegramSettings) -> Bot:
    if settings.api_base:
        base = settings.api_base.rstrip("/")
        return Bot(settings.token, base_url=f"{base}/bot", base_file_url=f"{base}/file/bot")
    return Bot(settings.token)


class TelegramOutput(OutputChannel):
    """Sends the assistant's messages to one chat and remembers their ids for erasure."""

    def __init__(self, bot: Bot, chat_id: int, database_url: str) -> None:
        self.bot = bot
        self.chat_id = chat_id
        self.database_url = database_url

    @classmethod
    def name(cls) -> str:
        return "telegram"

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._send(recipient_id, text, None)

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        keyboard = InlineKeyboardMarkup(
            [[InlineKeyboardButton(b["title"], callback_data=b["payload"][:64])] for b in buttons]
        )
        await self._send(recipient_id, text, keyboard)

    async def _send(self, ref: str, text: str, keyboard: InlineKeyboardMarkup | None) -> None:
        chunks = [text[i : i + TELEGRAM_MAX_CHARS] for i in range(0, len(text), TELEGRAM_MAX_CHARS)]
        for index, chunk in enumerate(chunks or [""]):
            markup = keyboard if index == len(chunks) - 1 else None
            sent = await self.bot.send_message(self.chat_id, chunk, reply_markup=markup)
            await asyncio.to_thread(self._remember, ref, sent.message_id)

    def _remember(self, ref: str, message_id: int) -> None:
        with session_scope(self.database_url) as session:
            session.add(SentMessage(sender_ref=ref, message_id=str(message_id)))

    async def delete_sent(self, ref: str) -> None:
        """Delete the bot's recent messages in this chat, then forget their ids."""
        with session_scope(self.database_url) as session:
            rows = session.execute(
                select(SentMessage.message_id, SentMessage.sent_at).where(
                    SentMessage.sender_ref == ref
                )
            ).all()
            session.execute(delete(SentMessage).where(SentMessage.sender_ref == ref))
        oldest = utcnow() - DELETABLE_FOR
        for message_id, sent_at in rows:
            if sent_at >= oldest:
                try:
                    await self.bot.delete_message(self.chat_id, int(message_id))
                except TelegramError:
                    log.info("a bot message could not be deleted (too old or gone)")


class TelegramInput(InputChannel):
    """The Telegram webhook; registered in credentials.yml by its import path."""

    def __init__(self, settings: TelegramSettings | None) -> None:
        self.settings = settings

    @classmethod
    def name(cls) -> str:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return cls(load_settings().telegram)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = Blueprint("telegram_webhook", __name__)
        settings = self.settings

        @blueprint.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if settings else "not configured"})

        if settings is None:
            return blueprint
        app_settings = load_settings()
        gateway = Gateway(app_settings)
        bot = telegram_bot(settings)

        @blueprint.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            secret = request.headers.get(SECRET_HEADER, "")
            if not hmac.compare_digest(secret.encode(), settings.secret.encode()):
                return response.text("forbidden", status=403)
            data = request.json
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                return response.text("not a Telegram update", status=400)
            update = _update(data, bot)
            if update is None:
                return response.text("not a Telegram update", status=400)
            chat = update.effective_chat
            if chat is None or chat.type != "private":
                return response.json({"ok": True})  # groups and channels are not served
            if update.message is None and update.callback_query is None:
                return response.json({"ok": True})  # edits, reactions: nothing new to answer
            if update.callback_query is not None:
                await _answer_button(bot, update.callback_query.id)
            output = TelegramOutput(bot, chat.id, app_settings.database_url)
            inbound = Inbound("telegram", str(chat.id), str(update.update_id), _text_of(update))
            try:
                await gateway.handle(inbound, output, on_new_message, on_erase=output.delete_sent)
            except TelegramError:
                log.exception("Telegram refused a reply")
            return response.json({"ok": True})

        return blueprint


def _update(data: dict[str, Any], bot: Bot) -> Update | None:
    """The parsed update; None for a shape Telegram does not send (missing or mistyped fields).

    python-telegram-bot raises whatever the constructors raise (KeyError, TypeError, ...) and
    keeps a mistyped chat id or text as it is; either would be a 500 or reach the gateway.
    """
    try:
        update = Update.de_json(data, bot)
    except (AttributeError, KeyError, TypeError, ValueError, OverflowError):
        return None
    chat, message, query = update.effective_chat, update.message, update.callback_query
    if chat is not None and (isinstance(chat.id, bool) or not isinstance(chat.id, int)):
        return None
    if message is not None and not isinstance(message.text, str | None):
        return None
    if query is not None and not isinstance(query.data, str | None):
        return None
    return update


async def _answer_button(bot: Bot, query_id: str) -> None:
    try:
        await bot.answer_callback_query(query_id)  # stops the button's loading spinner
    except TelegramError:
        log.info("a button press could not be acknowledged")


def _text_of(update: Update) -> str | None:
    """Her words, or a pressed button's payload; None for anything that is not text."""
    if update.callback_query is not None:
        return update.callback_query.data or ""
    message = update.message
    return message.text if message is not None and message.text is not None else None
