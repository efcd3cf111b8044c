"""The keys every test process and every stack it starts share (set in tests/conftest.py).

Texts in the application database are encrypted with the process's key, so a test that
writes a case and a console or Rasa process that reads it must use the same one.
"""

TEST_KEYS = {
    "HELPLINE_PSEUDONYM_KEY": "test-pseudonym-key",
    "HELPLINE_ENCRYPTION_KEY": "n2y1wI0l3k6x5f2j6l3n9s9a8b7c6d5e4f3g2h1i0j0=",
}
