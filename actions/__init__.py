"""Rasa SDK actions: thin adapters that read the tracker, call bot services, and name responses.

Texts never live here: actions name catalog responses and the NLG server renders them in the
person's language.
"""
