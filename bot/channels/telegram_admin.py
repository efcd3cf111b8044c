"""Telegram set-up commands: register the webhook, or poll for development.

Kept apart from the channel so that starting the stack never talks to Telegram. Polling
fetches updates with getUpdates and posts each one to the local webhook with the secret
header, so development runs exactly the production code path.
"""

from __future__ import annotations

import asyncio
import json
import logging
import urllib.request

from telegram import Bot
from telegram.error import TelegramError

from bot.channels.telegram import SECRET_HEADER, telegram_bot
from bot.settings import TelegramSettings

log = logging.getLogger(__name__)


async def set_webhook(settings: TelegramSettings, url: str) -> None:
    bot = telegram_bot(settings)
    async with bot:
        await bot.set_webhook(url, secret_token=settings.secret, allowed_updates=[
            "message", "callback_query"])  # fmt: skip


async def poll_forever(settings: TelegramSettings, webhook: str) -> None:
    bot = telegram_bot(settings)
    offset = 0
    async with bot:
        await bot.delete_webhook()  # Telegram refuses getUpdates while a webhook is set
        while True:
            try:
                offset = await poll_once(bot, settings.secret, webhook, offset)
            except TelegramError:
                log.exception("getUpdates failed; retrying in 5 s")
                await asyncio.sleep(5)


async def poll_once(bot: Bot, secret: str, webhook: str, offset: int, timeout: int = 30) -> int:
    """Forward one batch of updates to the webhook; returns the next offset."""
    for update in await bot.get_updates(offset=offset, timeout=timeout):
        await asyncio.to_thread(_post, webhook, secret, update.to_dict())
        offset = update.update_id + 1
    return offset


def _post(webhook: str, secret: str, data: dict[str, object]) -> None:
    request = urllib.request.Request(
        webhook,
        data=json.dumps(data).encode(),
        headers={"Content-Type": "application/json", SECRET_HEADER: secret},
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        response.read()
