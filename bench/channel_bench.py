"""Webhook-to-reply latency for SMS (Twilio) and Telegram through the full stack.

The stack runs with the real twilio and python-telegram-bot clients pointed at local fake
APIs (tests/support/fake_apis.py); a webhook request returns after the assistant's replies
were handed to the (fake) provider, so its duration is the whole path: signature check,
dedupe, pseudonym, NLU, policy, actions, NLG and the outbound API call(s).
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from twilio.request_validator import RequestValidator

from bench.stack_environ import config_without_rate_limits, stack_environ
from bot.settings import load_settings
from bot.stack import Stack
from bot.training import ensure_model
from tests.support.fake_apis import fake_telegram, fake_twilio

MESSAGES = [
    "hello",
    "how long can I stay to think about it?",
    "I need a doctor but have no papers",
    "is selling sex a crime here?",
    "thank you",
]
ROUNDS = 20
TOKEN, SECRET = "bench-token", "bench-secret"


def _timed_post(url: str, data: bytes, headers: dict[str, str]) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(urllib.request.Request(url, data, headers), timeout=60) as reply:
        reply.read()
    return (time.perf_counter() - started) * 1000


def measure() -> dict[str, list[float]]:
    twilio_api, telegram_api = fake_twilio(), fake_telegram()
    with tempfile.TemporaryDirectory(prefix="helpline-channel-bench-") as tmp:
        data_dir = Path(tmp) / "var"
        environ = stack_environ(data_dir, 15100, {
            **config_without_rate_limits(data_dir),
            "HELPLINE_TWILIO_ACCOUNT_SID": "AC" + "0" * 32, "HELPLINE_TWILIO_AUTH_TOKEN": TOKEN,
            "HELPLINE_TWILIO_FROM": "+4570000000", "HELPLINE_TWILIO_API_BASE": twilio_api.url,
            "HELPLINE_TELEGRAM_TOKEN": "1:bench", "HELPLINE_TELEGRAM_SECRET": SECRET,
            "HELPLINE_TELEGRAM_API_BASE": telegram_api.url,
        })  # fmt: skip
        settings = load_settings(environ)
        base = f"http://127.0.0.1:{settings.services.rasa_port}/webhooks"
        timings: dict[str, list[float]] = {"sms": [], "telegram": []}
        validator = RequestValidator(TOKEN)
        try:
            with Stack(settings, ensure_model(load_settings()), environ):
                for number in range(ROUNDS):
                    for index, text in enumerate(MESSAGES):
                        url = f"{base}/twilio/webhook"
                        params = {"From": f"+4520{number:06d}", "Body": text,
                                  "MessageSid": f"SM{number:04d}{index:028d}"}  # fmt: skip
                        headers = {
                            "Content-Type": "application/x-www-form-urlencoded",
                            "X-Twilio-Signature": validator.compute_signature(url, params),
                        }
                        data = urllib.parse.urlencode(params).encode()
                        timings["sms"].append(_timed_post(url, data, headers))
                        update = {"update_id": number * 100 + index, "message": {
                            "message_id": index, "date": int(time.time()), "text": text,
                            "chat": {"id": 5000 + number, "type": "private"}}}  # fmt: skip
                        headers = {"Content-Type": "application/json",
                                   "X-Telegram-Bot-Api-Secret-Token": SECRET}  # fmt: skip
                        data = json.dumps(update).encode()
                        timings["telegram"].append(_timed_post(f"{base}/telegram/webhook", data,
                                                               headers))  # fmt: skip
        finally:
            twilio_api.stop()
            telegram_api.stop()
    return timings


def section() -> str:
    timings = measure()
    lines = [
        "## Channels",
        "",
        f"Webhook request to reply handed to the provider, through the whole stack (one person "
        f"at a time, {ROUNDS} people x {len(MESSAGES)} messages per channel; local fake "
        "provider APIs, so the provider's own latency is not included; rate limits out of "
        "reach, since one message after another can be faster than the overall limit).",
        "",
        "| channel | p50 | p95 | max |",
        "|---|---:|---:|---:|",
    ]
    for channel, values in timings.items():
        p95 = statistics.quantiles(values, n=20)[18]
        lines.append(f"| {channel} | {statistics.median(values):.0f} ms | {p95:.0f} ms "
                     f"| {max(values):.0f} ms |")  # fmt: skip
    return "\n".join(lines)


if __name__ == "__main__":
    print(section())
