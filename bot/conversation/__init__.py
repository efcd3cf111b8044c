"""Rasa graph components that put triage into the conversation (NLU annotator, policy)."""
