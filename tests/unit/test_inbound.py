"""Every inbound message becomes something Rasa answers; non-messages are refused."""

import pytest

from bot.channels.inbound import (
    EMPTY_MESSAGE_PAYLOAD,
    InvalidInbound,
    checked_sender,
    normalise_text,
)


@pytest.mark.parametrize("text", [None, "", "   ", "\n\t", "\x00\x01"])
def test_empty_messages_ask_for_the_menu(text: object) -> None:
    assert normalise_text(text) == EMPTY_MESSAGE_PAYLOAD


def test_control_characters_are_removed_but_text_and_emoji_kept() -> None:
    assert normalise_text("\x00help 🙏\x07 me\n") == "help 🙏 me"


def test_long_messages_are_kept_whole() -> None:
    assert normalise_text("a" * 100_000) == "a" * 100_000


@pytest.mark.parametrize("text", [5, ["hi"], {"text": "hi"}, b"bytes"])
def test_non_text_messages_are_refused(text: object) -> None:
    with pytest.raises(InvalidInbound, match="'message' must be a string"):
        normalise_text(text)


@pytest.mark.parametrize("sender", [None, "", "  ", 42, "x" * 257])
def test_unusable_senders_are_refused(sender: object) -> None:
    with pytest.raises(InvalidInbound, match="'sender'"):
        checked_sender(sender)


def test_any_printable_sender_is_accepted() -> None:
    assert checked_sender("person-ÆØÅ-😀") == "person-ÆØÅ-😀"
