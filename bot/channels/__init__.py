"""Rasa input and output channels, and the checks every inbound message passes."""
