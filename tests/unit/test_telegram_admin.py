"""Polling for development forwards Telegram's updates to the webhook, with the secret."""

from __future__ import annotations

import asyncio

from bot.channels.telegram import SECRET_HEADER, telegram_bot
from bot.channels.telegram_admin import poll_once, set_webhook
from bot.settings import TelegramSettings
from tests.support.fake_apis import FakeApi, fake_telegram


def test_poll_once_posts_each_update_to_the_webhook_and_moves_the_offset() -> None:
    update = {"update_id": 7, "message": {"message_id": 1, "date": 0, "text": "hej",
                                          "chat": {"id": 42, "type": "private"}}}  # fmt: skip
    telegram, webhook = fake_telegram([update]), FakeApi(lambda path, params: (200, {})).start()
    settings = TelegramSettings("1:x", "s3cret", telegram.url)
    try:
        offset = asyncio.run(poll_once(telegram_bot(settings), "s3cret", webhook.url + "/hook", 0,
                                       timeout=0))  # fmt: skip
        again = asyncio.run(poll_once(telegram_bot(settings), "s3cret", webhook.url + "/hook",
                                      offset, timeout=0))  # fmt: skip
    finally:
        telegram.stop()
        webhook.stop()

    assert offset == 8 and again == 8
    [forwarded] = webhook.requests
    assert forwarded.params["message"]["text"] == "hej"
    assert forwarded.headers[SECRET_HEADER] == "s3cret"


def test_set_webhook_registers_the_url_with_the_secret() -> None:
    telegram = fake_telegram()
    try:
        settings = TelegramSettings("1:x", "s3cret", telegram.url)
        asyncio.run(set_webhook(settings, "https://example.org/webhooks/telegram/webhook"))
        [call] = telegram.calls("/setWebhook")
    finally:
        telegram.stop()

    assert call["url"] == "https://example.org/webhooks/telegram/webhook"
    assert call["secret_token"] == "s3cret"
