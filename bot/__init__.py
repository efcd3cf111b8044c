"""Helpline: a multilingual Rasa assistant and hotline triage against human trafficking."""
