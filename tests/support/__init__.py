"""Helpers shared by tests: builders for test-only models and data."""
