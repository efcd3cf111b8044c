"""Rendering answers: contact details filled in, and never an error towards the person."""

import logging

import pytest

from bot.language.responses import ResponseRenderer
from bot.settings import load_settings

CONTACT = load_settings({}).contact


def test_contact_details_from_the_config_are_filled_in(renderer: ResponseRenderer) -> None:
    rendered = renderer.render("utter_hotline_contact", "en")

    assert CONTACT.hotline_phone in rendered.text
    assert CONTACT.hotline_hours in rendered.text
    assert "{" not in rendered.text


def test_unknown_language_falls_back_to_english(renderer: ResponseRenderer) -> None:
    rendered = renderer.render("utter_emergency", "xx")

    assert rendered.language == "en"
    assert "112" in rendered.text


def test_unknown_response_gets_the_safe_default_and_is_logged(
    renderer: ResponseRenderer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        rendered = renderer.render("utter_does_not_exist", "en")

    assert rendered.name == "utter_default"
    assert "112" in rendered.text and CONTACT.hotline_phone in rendered.text
    assert "utter_does_not_exist" in caplog.text


def test_a_topic_label_argument_is_shown_in_words(renderer: ResponseRenderer) -> None:
    rendered = renderer.render(
        "utter_ask_affirmation", "en", {"topic": "topic_ask_housing", "intent": "ask_housing"}
    )

    assert rendered.text == "Did you want to know about: a safe place to stay?"
    assert [b.payload for b in rendered.buttons] == ["/ask_housing", "/out_of_scope"]


@pytest.mark.parametrize(
    "arguments",
    [{}, {"intent": "ask_housing"}, {"topic": "topic_nonexistent", "intent": "ask_housing"}],
)
def test_missing_values_give_the_safe_default(
    renderer: ResponseRenderer, arguments: dict[str, str]
) -> None:
    rendered = renderer.render("utter_ask_affirmation", "en", arguments)

    assert rendered.name == "utter_default"
    assert "{" not in rendered.text
