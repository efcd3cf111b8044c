"""Rasa SDK actions: thin adapters that read the tracker, call bot services, and name responses.

Texts never live here: actions name catalog responses and the NLG server renders them in the
person's language.
"""

# The action server has configured its logging when it imports this package: from here on no
# log line carries a phone number or an e-mail address.
from bot.privacy.log_redaction import install_log_redaction

install_log_redaction()
