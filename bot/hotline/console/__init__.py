"""The hotline console: a small web application where staff pick up escalations.

``app.py`` assembles it; ``auth.py`` decides who is asking; ``*_api.py`` are the JSON routes
under ``/api/`` (documented in ``openapi.py``); ``live.py`` pushes the queue to open pages;
``replies.py`` translates between counsellor and person; ``page/`` is the browser side.
"""
