"""Bad input through the REST channel gets a clear answer or a clean 4xx, never a 500."""

from __future__ import annotations

import json
import os

import pytest

from tests.conversation.conftest import RestChannel

pytestmark = pytest.mark.stack


def body(sender: str, message: object) -> bytes:
    return json.dumps({"sender": sender, "message": message}).encode()


@pytest.mark.parametrize(
    "message",
    ["", "   ", "🙂🙏😢", "x" * 100_000, "\x00\x01\x02 binary \ufffd", "😀" * 5000],
    ids=["empty", "blank", "emoji", "100kB", "control-chars", "emoji-20kB"],
)
def test_odd_messages_get_an_answer(rest: RestChannel, sender: str, message: str) -> None:
    result = rest.post(body(sender, message))

    assert result.status == 200
    assert result.body and all(m.get("text") for m in result.body)


@pytest.mark.parametrize(
    "data",
    [os.urandom(2048), b"\xff\xfe\x00garbage", b"[]", b"{}", b'{"message": "hi"}', b"null"],
    ids=["random-bytes", "bad-utf8", "list", "empty-object", "no-sender", "null"],
)
def test_malformed_requests_get_a_clean_4xx(rest: RestChannel, data: bytes) -> None:
    result = rest.post(data)

    assert 400 <= result.status < 500, result


def test_a_new_unknown_sender_is_greeted_normally(rest: RestChannel) -> None:
    answer = rest.texts("never-seen-before-ÆØÅ-😀", "hello")

    assert "anonymous" in answer


def test_the_stack_still_answers_after_bad_input(rest: RestChannel, sender: str) -> None:
    rest.post(os.urandom(512))

    assert "30 days" in rest.texts(sender, "how long can I stay to think about it?")
