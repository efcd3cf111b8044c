"""Fuzzing the channels' front doors: any request is handled or refused clearly, never a 500.

The Twilio and Telegram webhooks are driven through Sanic's ASGI interface (no server, no
network) with the Gateway replaced by a recorder, so what is checked is exactly the parsing
and refusing each channel does before the shared gateway sees a delivery. The web chat, REST
and numbered-reply parsing are pure functions and are called directly.
"""

from __future__ import annotations

import asyncio
import json
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any, cast

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from sanic import Sanic
from sanic.exceptions import InvalidUsage
from sanic.request import Request
from twilio.request_validator import RequestValidator

import bot.channels.telegram as telegram_channel
import bot.channels.twilio as twilio_channel
from bot.channels.gateway import Inbound
from bot.channels.inbound import EMPTY_MESSAGE_PAYLOAD, InvalidInbound, normalise_text
from bot.channels.option_replies import (
    NO_SUCH_OPTION,
    NOT_WHAT_I_MEANT,
    resolve_number,
    resolve_suggestion_answer,
)
from bot.channels.rest import HelplineRestInput
from bot.channels.webchat import MAX_MESSAGE_CHARS, SESSION_ID, InvalidRequest, parse_message
from bot.privacy.erasure import erase_words, is_erase_command
from bot.settings import TelegramSettings, TwilioSettings

PUBLIC_URL = "https://helpline.example.org/webhooks/twilio/webhook"
AUTH_TOKEN = "fuzz-auth-token"
TELEGRAM_SECRET = "fuzz-secret_123"
FORM = "application/x-www-form-urlencoded"

# --- a small ASGI client (sanic-testing is not installed) ---------------------------------------


@dataclass
class Reply:
    status: int
    body: bytes


class RecordingGateway:
    """Stands in for bot.channels.gateway.Gateway: records what the channel parsed."""

    def __init__(self) -> None:
        self.inbound: list[Inbound] = []

    async def handle(self, inbound: Inbound, *_: object, **__: object) -> str:
        self.inbound.append(inbound)
        return "delivered"


@dataclass
class Webhook:
    """One channel blueprint in its own Sanic app, called through ASGI on one event loop."""

    app: Sanic
    gateway: RecordingGateway
    loop: asyncio.AbstractEventLoop

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> Reply:
        self.gateway.inbound.clear()
        return self.loop.run_until_complete(_call(self.app, path, body, headers))


async def _call(app: Sanic, path: str, body: bytes, headers: dict[str, str]) -> Reply:
    scope = {
        "type": "http",
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()],
        "server": ("testserver", 80),
        "client": ("127.0.0.1", 5000),
    }
    delivered = False

    async def receive() -> dict[str, Any]:
        nonlocal delivered
        if delivered:  # the handler never waits for a disconnect; keep it from spinning
            await asyncio.sleep(3600)
        delivered = True
        return {"type": "http.request", "body": body, "more_body": False}

    reply = Reply(0, b"")

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            reply.status = message["status"]
        elif message["type"] == "http.response.body":
            reply.body += message.get("body", b"")

    await app(scope, receive, send)
    return reply


async def _no_dialogue(_: object) -> None:
    raise AssertionError("the recorder gateway never calls Rasa")


def _webhook(name: str, channel: Any, module: Any, prefix: str) -> Iterator[Webhook]:
    loop = asyncio.new_event_loop()
    with pytest.MonkeyPatch.context() as patch:
        gateway = RecordingGateway()
        patch.setattr(module, "Gateway", lambda *_: gateway)
        if module is telegram_channel:
            patch.setattr(module, "_answer_button", _stay_offline)
        patch.setattr(Sanic, "test_mode", True)  # several apps in one process
        app = Sanic(name)
        app.blueprint(channel.blueprint(_no_dialogue), url_prefix=prefix)
        app.asgi = True
        loop.run_until_complete(app._startup())
        yield Webhook(app, gateway, loop)
        Sanic._app_registry.pop(name, None)  # later tests may call Sanic.get_app()
    loop.close()


async def _stay_offline(_bot: object, _query_id: str) -> None:
    """Acknowledging a button press would call api.telegram.org."""


@pytest.fixture(scope="module")
def twilio() -> Iterator[Webhook]:
    settings = TwilioSettings("AC" + "0" * 32, AUTH_TOKEN, "+4512345678", PUBLIC_URL, None)
    channel = twilio_channel.TwilioInput(settings)
    yield from _webhook("fuzz_twilio", channel, twilio_channel, "/webhooks/twilio")


@pytest.fixture(scope="module")
def twilio_behind_no_proxy() -> Iterator[Webhook]:
    """No public URL configured: the signed URL is built from the request's Host header."""
    settings = TwilioSettings("AC" + "0" * 32, AUTH_TOKEN, "+4512345678", None, None)
    channel = twilio_channel.TwilioInput(settings)
    yield from _webhook("fuzz_twilio_host", channel, twilio_channel, "/webhooks/twilio")


@pytest.fixture(scope="module")
def telegram() -> Iterator[Webhook]:
    settings = TelegramSettings("123456:fuzz-token", TELEGRAM_SECRET, None)
    channel = telegram_channel.TelegramInput(settings)
    yield from _webhook("fuzz_telegram", channel, telegram_channel, "/webhooks/telegram")


# --- Twilio -----------------------------------------------------------------------------------

TWILIO_PATH = "/webhooks/twilio/webhook"
SIGNER = RequestValidator(AUTH_TOKEN)
phone_like = st.from_regex(r"(whatsapp:)?\+[0-9]{6,15}", fullmatch=True)
form_values = st.text(max_size=60)  # any code point but surrogates: RTL marks, NUL, emoji
twilio_forms = st.fixed_dictionaries(
    {"From": st.one_of(phone_like, form_values)},
    optional={
        "Body": form_values,
        "MessageSid": st.from_regex(r"SM[0-9a-f]{32}", fullmatch=True),
        "NumMedia": st.sampled_from(["0", "1", "", "x"]),
        "Latitude": st.sampled_from(["55.67", ""]),
        "To": phone_like,
    },
).flatmap(
    lambda form: st.dictionaries(st.text(max_size=10), form_values, max_size=3).map(
        lambda extra: {**extra, **form}
    )
)


def signed_post(webhook: Webhook, form: dict[str, str], url: str = PUBLIC_URL) -> Reply:
    body = urllib.parse.urlencode(form).encode()
    signature = SIGNER.compute_signature(url, form)
    return webhook.post(TWILIO_PATH, body, {"content-type": FORM, "x-twilio-signature": signature})


@settings(max_examples=120)
@given(twilio_forms)
def test_a_correctly_signed_twilio_form_is_accepted(twilio: Webhook, form: dict[str, str]) -> None:
    """Protects delivery: any form Twilio signs (odd characters, extra fields, media without
    words) reaches the gateway once, from the number that sent it; no sender is a 400."""
    reply = signed_post(twilio, form)

    if not form["From"]:
        assert reply.status == 400 and twilio.gateway.inbound == []
        return
    assert reply.status == 200, reply
    (inbound,) = twilio.gateway.inbound
    assert inbound.address == form["From"]
    assert inbound.channel == ("whatsapp" if form["From"].startswith("whatsapp:") else "sms")
    assert inbound.delivery_id == (form.get("MessageSid") or None)
    assert inbound.text is None or isinstance(inbound.text, str)


@st.composite
def tampered(draw: st.DrawFn) -> tuple[dict[str, str], dict[str, str], str]:
    """A form as signed, the form as received, and the URL received, with one change."""
    signed = draw(twilio_forms)
    received = dict(signed)
    url = PUBLIC_URL
    change = draw(st.sampled_from(["value", "add", "remove", "url"]))
    if change == "value":
        key = draw(st.sampled_from(sorted(received)))
        received[key] += draw(st.text(min_size=1, max_size=5))
    elif change == "add":
        key = draw(st.text(min_size=1, max_size=8).filter(lambda k: k not in received))
        received[key] = draw(form_values)
    elif change == "remove" and any(k or v for k, v in received.items() if k != "From"):
        key = draw(
            st.sampled_from(sorted(k for k, v in received.items() if k != "From" and (k or v)))
        )
        del received[key]
    else:
        url = draw(
            st.sampled_from(
                [PUBLIC_URL + "x", PUBLIC_URL.replace("https", "http"), PUBLIC_URL + "?a=1"]
            )
        )
    return signed, received, url


@settings(max_examples=120)
@given(tampered())
def test_a_twilio_request_changed_after_signing_is_refused(
    twilio: Webhook, case: tuple[dict[str, str], dict[str, str], str]
) -> None:
    """Protects against forged messages: a changed body or a signature made for another URL
    gets 403, and nothing reaches the gateway."""
    signed, received, url = case
    body = urllib.parse.urlencode(received).encode()
    signature = SIGNER.compute_signature(url, signed)

    reply = twilio.post(TWILIO_PATH, body, {"content-type": FORM, "x-twilio-signature": signature})

    assert reply.status == 403, reply
    assert twilio.gateway.inbound == []


latin1_text = st.text(st.characters(max_codepoint=0xFF, blacklist_characters="\r\n"), max_size=40)


@settings(max_examples=150)
@given(
    st.one_of(
        st.binary(max_size=300), twilio_forms.map(lambda f: urllib.parse.urlencode(f).encode())
    ),
    st.sampled_from([FORM, FORM + "; charset=utf-8", "application/json", "text/plain", ""]),
    st.one_of(st.just(""), latin1_text),
    st.sampled_from(["testserver", "testserver:abc", "testserver:99999", "[::1", "a b", ""]),
)
def test_any_unsigned_twilio_request_is_refused_with_a_4xx(
    twilio_behind_no_proxy: Webhook, body: bytes, content_type: str, signature: str, host: str
) -> None:
    """Protects the webhook from crashing on bytes in wrong encodings, other content types,
    garbage signatures or a Host header with a broken port (the URL it signs is built from
    it): a 400 or 403, never a 500, and nothing delivered."""
    headers = {"content-type": content_type, "x-twilio-signature": signature, "host": host}

    reply = twilio_behind_no_proxy.post(TWILIO_PATH, body, headers)

    assert reply.status in (400, 403), reply
    assert twilio_behind_no_proxy.gateway.inbound == []


# --- Telegram ---------------------------------------------------------------------------------

TELEGRAM_PATH = "/webhooks/telegram/webhook"
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=10), children, max_size=3),
    max_leaves=8,
)
users = st.fixed_dictionaries(
    {"id": st.integers(1, 2**40), "is_bot": st.just(False), "first_name": st.text(max_size=10)}
)


def chats(chat_type: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({"id": st.integers(-(2**40), 2**40), "type": chat_type})


def message_dicts(junk: bool) -> st.SearchStrategy[dict[str, Any]]:
    """Telegram messages; with ``junk``, any field may hold any JSON value."""

    def field_(valid: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return st.one_of(valid, json_values) if junk else valid

    chat_type = st.sampled_from(["private", "private", "group", "supergroup", "channel"])
    return st.fixed_dictionaries(
        {
            "message_id": st.integers(1, 2**31),
            "date": st.integers(0, 2**31),
            "chat": chats(field_(chat_type)),
        },
        optional={
            "text": field_(st.text(max_size=200)),
            "from": users,
            "photo": field_(
                st.just([{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}])
            ),
            "location": field_(st.just({"latitude": 55.6, "longitude": 12.5})),
            "entities": field_(st.just([{"type": "bold", "offset": 0, "length": 1}])),
            **({"sticker": json_values} if junk else {}),
        },
    )


def update_dicts(junk: bool) -> st.SearchStrategy[dict[str, Any]]:
    """Telegram updates: well-formed ones, or ones with any field of any JSON shape."""

    def field_(valid: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return st.one_of(valid, json_values) if junk else valid

    messages = message_dicts(junk)
    callback_query = st.fixed_dictionaries(
        {"id": st.text(min_size=1, max_size=10), "from": users, "chat_instance": st.just("c")},
        optional={"data": field_(st.text(max_size=64)), "message": messages},
    )
    return st.fixed_dictionaries(
        {"update_id": field_(st.integers(0, 2**31))},
        optional={
            "message": field_(messages),
            "edited_message": field_(messages),
            "callback_query": field_(callback_query),
            "channel_post": messages,
            **({"my_chat_member": json_values} if junk else {}),
        },
    )


update_bodies = st.one_of(update_dicts(junk=False), update_dicts(junk=True), json_values)


def telegram_post(webhook: Webhook, body: bytes, secret: str = TELEGRAM_SECRET) -> Reply:
    headers = {"content-type": "application/json", "x-telegram-bot-api-secret-token": secret}
    return webhook.post(TELEGRAM_PATH, body, headers)


@settings(max_examples=250)
@given(update_bodies)
def test_a_telegram_update_of_any_shape_is_handled_or_refused(telegram: Webhook, data: Any) -> None:
    """Protects the webhook from updates it does not know (new Telegram fields, wrong types,
    missing ids): a 200 (served or ignored) or a 400, never a 500; what reaches the gateway is
    a private chat's id and her text, a button's payload, or None for media."""
    reply = telegram_post(telegram, json.dumps(data).encode())
    event(f"{reply.status}, delivered" if telegram.gateway.inbound else f"{reply.status}")

    assert reply.status in (200, 400), reply
    for inbound in telegram.gateway.inbound:
        assert reply.status == 200
        assert inbound.channel == "telegram"
        assert inbound.address.lstrip("-").isdigit()
        assert inbound.delivery_id == str(data["update_id"])
        assert inbound.text is None or isinstance(inbound.text, str)


@settings(max_examples=60)
@given(st.integers(1, 2**31), st.text(max_size=100), chats(st.just("private")))
def test_a_private_text_message_reaches_the_gateway(
    telegram: Webhook, update_id: int, text: str, chat: dict[str, Any]
) -> None:
    """The positive side of the property above: a well-formed private message is delivered."""
    update = {
        "update_id": update_id,
        "message": {"message_id": 1, "date": 0, "chat": chat, "text": text},
    }

    reply = telegram_post(telegram, json.dumps(update).encode())

    assert reply.status == 200
    assert telegram.gateway.inbound == [Inbound("telegram", str(chat["id"]), str(update_id), text)]


@settings(max_examples=100)
@given(st.one_of(st.text(st.characters(max_codepoint=0xFF), max_size=30), st.just(TELEGRAM_SECRET)))
def test_the_telegram_secret_must_match_exactly(telegram: Webhook, secret: str) -> None:
    """Protects against forged updates: only the exact secret (not a prefix, not another case)
    passes; anything else is a 403 before the body is even read."""
    update = {
        "update_id": 1,
        "message": {"message_id": 1, "date": 0, "chat": {"id": 7, "type": "private"}, "text": "hi"},
    }

    reply = telegram_post(telegram, json.dumps(update).encode(), secret=secret.strip())

    if secret.strip() == TELEGRAM_SECRET:
        assert reply.status == 200 and len(telegram.gateway.inbound) == 1
    else:
        assert reply.status == 403 and telegram.gateway.inbound == []


@settings(max_examples=60)
@given(st.binary(max_size=200))
def test_telegram_bodies_that_are_not_json_are_a_400(telegram: Webhook, body: bytes) -> None:
    """Protects the webhook from bytes in wrong encodings: Sanic's 400, never a 500."""
    try:
        json.loads(body)
    except ValueError:
        reply = telegram_post(telegram, body)
        assert reply.status == 400, reply


# --- web chat, REST, inbound text, numbered replies, erase words ------------------------------

webchat_bodies = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"session": st.one_of(st.from_regex(r"[A-Za-z0-9_-]{1,64}", fullmatch=True), json_values)},
        optional={
            "message": st.one_of(st.text(), st.text(min_size=4990, max_size=5010), json_values),
            "extra": json_values,
        },
    ),
)


@settings(max_examples=300)
@given(webchat_bodies)
def test_a_webchat_body_is_a_message_or_an_invalid_request(body: Any) -> None:
    """Protects the web chat from bodies of the wrong shape: a (session, text) pair within the
    limits, or InvalidRequest whose message (shown to the page) says what is wrong."""
    try:
        session, text = parse_message(body)
    except InvalidRequest as error:
        assert "'session'" in str(error) or "'message'" in str(error) or "JSON object" in str(error)
        return
    assert SESSION_ID.fullmatch(session)
    assert isinstance(text, str) and len(text) <= MAX_MESSAGE_CHARS


def rest_request(body: Any) -> Request:
    return cast(Request, SimpleNamespace(json=body))


@settings(max_examples=200)
@given(
    st.one_of(
        json_values,
        st.fixed_dictionaries({}, optional={"sender": json_values, "message": json_values}),
    )
)
def test_a_rest_body_is_a_sender_and_text_or_a_400(body: Any) -> None:
    """Protects Rasa's REST channel, which answers null, lists and missing senders with a 500:
    here they are a 400 (InvalidUsage), and a message is always text Rasa can answer."""
    channel = HelplineRestInput()
    try:
        sender = asyncio.run(channel._extract_sender(rest_request(body)))
        text = channel._extract_message(rest_request(body))
    except InvalidUsage as error:
        assert str(error)
        return
    assert isinstance(sender, str) and sender.strip()
    assert isinstance(text, str) and text.strip()


@settings(max_examples=300)
@given(st.text())
def test_any_message_text_becomes_printable_text_rasa_answers(text: str) -> None:
    """Protects every channel from control characters and blank messages: the text handed to
    Rasa is never empty (the menu instead) and holds only printable characters and line breaks."""
    cleaned = normalise_text(text)

    assert cleaned and cleaned == cleaned.strip()
    assert all(ch.isprintable() or ch in "\n\t" for ch in cleaned)
    if not any(ch.isprintable() and not ch.isspace() for ch in text):
        assert cleaned == EMPTY_MESSAGE_PAYLOAD


@given(json_values.filter(lambda value: value is not None and not isinstance(value, str)))
@settings(max_examples=50)
def test_a_message_that_is_not_text_is_refused(value: Any) -> None:
    """Protects Rasa from numbers, lists or objects where a message text belongs."""
    with pytest.raises(InvalidInbound):
        normalise_text(value)


@settings(max_examples=300)
@given(
    st.one_of(st.text(max_size=12), st.from_regex(r"\s*[0-9٣३]{1,3}\s*[.)]?\s*", fullmatch=True)),
    st.lists(st.text(min_size=1, max_size=10), max_size=5),
)
def test_a_number_names_an_offered_option_or_shows_the_menu(text: str, payloads: list[str]) -> None:
    """Protects numbered replies on SMS: a bare number chooses the option it names, any other
    number shows the menu again, and all other text is left exactly as she wrote it."""
    resolved = resolve_number(text, payloads)

    if resolved == text:
        return
    assert resolved in payloads or resolved == NO_SUCH_OPTION
    digits = "".join(ch for ch in text if ch.isdigit())
    if resolved != NO_SUCH_OPTION:
        assert payloads[int(digits) - 1] == resolved


@settings(max_examples=300)
@given(
    st.one_of(
        st.text(max_size=20),
        st.sampled_from(["yes", "no", "tak", "nie", "ok", "是的", "ไม่", "sí, gracias", "nu"]),
    ),
    st.sampled_from(["en", "pl", "da", "zh", "th", "es", "ro", "xx"]),
)
def test_only_a_plain_yes_or_no_answers_a_suggestion(text: str, language: str) -> None:
    """Protects her words after "did you mean ...?": a yes or a no becomes that button; any
    other text is passed on exactly as she wrote it, never dropped or turned into a topic."""
    topic = "/ask_reflection_period"

    resolved = resolve_suggestion_answer(text, [topic, NOT_WHAT_I_MEANT], language)

    assert resolved in (text, topic, NOT_WHAT_I_MEANT)
    if resolved != text:
        assert len(text.split()) <= 6


ERASE_WORDS = sorted(erase_words())


@settings(max_examples=200)
@given(
    st.sampled_from(ERASE_WORDS),
    st.sampled_from(["", " ", "\n", "  ", "\x00", "\u200f"]),
    st.sampled_from(["", "!", ".", " ", "\t"]),
    st.booleans(),
)
def test_an_erase_word_is_recognised_however_it_is_typed(
    word: str, before: str, after: str, shout: bool
) -> None:
    """Protects erasure: "DELETE!", " slet " or "stop." erase her data, as promised."""
    text = normalise_text(f"{before}{word.upper() if shout else word}{after}")

    assert is_erase_command(text), text


@settings(max_examples=200)
@given(st.sampled_from(ERASE_WORDS), st.sampled_from(["hitting me", "please", "the car", "112"]))
def test_an_erase_word_inside_a_sentence_erases_nothing(word: str, rest: str) -> None:
    """Protects a person in danger: "stop hitting me" must reach the assistant, not erase her."""
    assert not is_erase_command(normalise_text(f"{word} {rest}"))
    assert not is_erase_command(normalise_text(f"{rest} {word}"))
