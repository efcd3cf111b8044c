"""Reading request bodies: JSON objects with bounded, non-empty text fields, or a clear 400."""

from __future__ import annotations

import json
from typing import Any

from sanic.request import Request


class BadInput(ValueError):
    """A request body or field that cannot be used; the message tells the client why."""


class NotFoundInput(LookupError):
    """The id in the path names nothing (answered 404)."""


def json_body(request: Request) -> dict[str, Any]:
    try:
        body = json.loads(request.body or b"{}")
    except (ValueError, RecursionError) as exc:
        # ValueError: also a number over Python's 4300 digits; RecursionError: "[[[[..." nested.
        raise BadInput("the body must be JSON") from exc
    if not isinstance(body, dict):
        raise BadInput("the body must be a JSON object")
    return body


def text_field(body: dict[str, Any], name: str, max_chars: int, strip: bool = True) -> str:
    """A text field; ``strip=False`` for secrets, where every character counts."""
    value = body.get(name)
    if not isinstance(value, str) or not value.strip():
        raise BadInput(f"'{name}' must be a non-empty text")
    if "\x00" in value:
        raise BadInput(f"'{name}' must not contain NUL characters")
    if not _is_unicode(value):
        raise BadInput(f"'{name}' must be valid Unicode text (it has half of an emoji)")
    if len(value) > max_chars:
        raise BadInput(f"'{name}' may have at most {max_chars} characters")
    return value.strip() if strip else value


def choice_field(body: dict[str, Any], name: str, choices: tuple[str, ...]) -> str:
    value = body.get(name)
    if value not in choices:
        raise BadInput(f"'{name}' must be one of: {', '.join(choices)}")
    return str(value)


def _is_unicode(text: str) -> bool:
    """False for a lone surrogate (a client cut an emoji in two): no database can store it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
