"""Anonymity: pseudonymous sender references, encrypted addresses, secrets."""
