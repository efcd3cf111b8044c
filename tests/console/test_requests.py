"""Request helpers: any body is a usable field or a 400 with a reason, never a 500."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest
from sanic.request import Request

from bot.hotline.console.requests import BadInput, json_body, text_field


def request_with(body: bytes) -> Request:
    return cast(Request, SimpleNamespace(body=body))


@pytest.mark.parametrize(
    "body",
    [b"[" * 50_000, b'{"text": ' + b"1" * 5000 + b"}", b"\xff", b"not json"],
    ids=["deeply-nested", "huge-number", "not-utf8", "not-json"],
)
def test_unusable_bodies_are_bad_input(body: bytes) -> None:
    """Regression (found by tests/fuzz): nesting and 5000-digit numbers were answered 500."""
    with pytest.raises(BadInput, match="must be JSON"):
        json_body(request_with(body))


def test_half_an_emoji_is_bad_input_not_a_database_error() -> None:
    """Regression (found by tests/fuzz): a lone surrogate reached the database and failed there."""
    body = json_body(request_with(b'{"text": "thank you \\ud83d"}'))
    with pytest.raises(BadInput, match="'text' must be valid Unicode"):
        text_field(body, "text", 100)


def test_a_whole_emoji_is_kept() -> None:
    body = json_body(request_with(b'{"text": " thank you \\ud83d\\ude4f "}'))
    assert text_field(body, "text", 100) == "thank you 🙏"
