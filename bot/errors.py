"""The exceptions Helpline raises on purpose.

HelplineError
 ├── ConfigurationError   settings or helpline.yml are missing or invalid: fix the configuration
 └── CatalogError         a translations/<lang>.yml catalog is malformed: fix the catalog file

Boundaries (CLI, web handlers) catch these and tell the user what to fix; everything else is a bug.
"""


class HelplineError(Exception):
    """Base class for errors that carry a message meant for an operator."""


class ConfigurationError(HelplineError):
    """Settings from the environment or the configuration file are missing or invalid."""


class CatalogError(HelplineError):
    """A response catalog cannot be loaded or breaks the catalog rules."""
