"""The hotline: cases in a queue that counsellors claim, answer and close."""
