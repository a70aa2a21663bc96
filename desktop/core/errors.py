"""Known errors: each one is a sentence for the user, never a traceback.

The GUI maps a ``UserError`` to a message box, the CLI to one line on stderr and exit 1.
Messages never carry identifying data about a survivor.
"""

from __future__ import annotations


class UserError(Exception):
    """An error the user can understand and act on."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class WrongPassword(UserError):
    """The username or password (or recovery key) does not open a key slot."""


class AlreadyOpen(UserError):
    """Another Relais process holds the data folder."""


class NotInitialised(UserError):
    """The data folder holds no Relais database yet."""


class AlreadyInitialised(UserError):
    """The data folder already holds a Relais database."""


class DamagedData(UserError):
    """The database or the key-slot file failed an integrity check."""


class PermissionDenied(UserError):
    """The person logged in may not do this."""


class NotFound(UserError):
    """The record asked for does not exist (or is not visible to this person)."""


class StorageError(UserError):
    """The disk refused a write (full, read-only, removed): nothing was half-saved."""


class ValidationError(UserError):
    """Input that breaks a rule; ``errors`` maps field keys to messages."""

    def __init__(self, errors: dict[str, str], message: str = "") -> None:
        self.errors = dict(errors)
        text = message or "; ".join(self.errors.values())
        super().__init__(text)
