"""Logs never carry an address: phone numbers and e-mail addresses are masked in every record.

Our own log lines never include message text or addresses, but third-party messages can: an
exception from the Twilio client names the number it could not reach. A filter on the root
handlers of every process (the Rasa server, the action server and `helpline` commands) masks
phone-number-like digit runs and e-mail addresses in the message and the traceback before
anything is written.

Rasa's REST channel also logs her whole message when handling it fails or is cancelled
(``rest.message.received.failure`` / ``.timeout``, at error level, as a JSON ``"text"``
field). The filter replaces that field in records of level INFO and above; the debug switch
(``HELPLINE_DEBUG_LOG``), which is for finding a fault, keeps message texts at debug level.
"""

from __future__ import annotations

import logging
import re

# Seven or more digits, optionally with a leading + and single spaces, dots, dashes, slashes
# or parentheses between them: phone numbers in any national format, chat ids.
_NUMBER = re.compile(r"\+?\(?\d(?:[\s./()-]?\d){6,}")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# A message text in one of Rasa's structured (JSON) log lines.
_TEXT_FIELD = re.compile(r'"text": "(?:[^"\\]|\\.)*"')
MASKED_TEXT = '"text": "[message text]"'


def redact(text: str) -> str:
    return _NUMBER.sub("[number]", _EMAIL.sub("[email]", text))


class RedactingFilter(logging.Filter):
    """Rewrites each record's message and traceback with numbers and e-mails masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.levelno >= logging.INFO:
            message = _TEXT_FIELD.sub(MASKED_TEXT, message)
        record.msg = redact(message)
        record.args = None
        if record.exc_info:
            formatter = logging.Formatter()
            record.exc_text = redact(formatter.formatException(record.exc_info))
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def install_log_redaction() -> None:
    """Add the filter to every handler there is (root's, and those of loggers such as Sanic's
    that do not propagate); safe to call again."""
    loggers = [logging.getLogger()] + [
        logger
        for logger in logging.Logger.manager.loggerDict.values()
        if isinstance(logger, logging.Logger)
    ]
    for logger in loggers:
        for handler in logger.handlers:
            if not any(isinstance(existing, RedactingFilter) for existing in handler.filters):
                handler.addFilter(RedactingFilter())
