"""Errors the application reports to its users.

Every error a user can cause is a :class:`FocalPointError` whose ``str()`` is one
sentence saying what is wrong and what to do. The CLI prints it, the GUI shows it;
neither shows a traceback for these.
"""

from __future__ import annotations


class FocalPointError(Exception):
    """An error with a message fit for the user (one sentence, with what to do)."""

    exit_code = 1


class NotFoundError(FocalPointError):
    """A record asked for by id does not exist (or was deleted)."""


class ValidationError(FocalPointError):
    """One or more fields are invalid; ``errors`` maps field name to a message."""

    exit_code = 2

    #: What did not happen, by ``action``: a record or setting was not saved, a list's
    #: filter or sort not applied, a report or dashboard not made.
    ACTIONS = ("saved", "applied", "made")

    def __init__(self, errors: dict[str, str], what: str = "record",
                 action: str = "saved") -> None:
        if action not in self.ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        self.errors = dict(errors)
        self.action = action
        detail = "; ".join(f"{field}: {msg}" for field, msg in self.errors.items())
        super().__init__(f"The {what} was not {action}: {detail}.")


class DuplicateError(FocalPointError):
    """A record looks like one that already exists; ``candidates`` lists their ids."""

    exit_code = 3

    def __init__(self, message: str, candidates: list[dict]) -> None:
        self.candidates = candidates
        super().__init__(message)


class ConfigurationError(FocalPointError):
    """The node is not set up (no ``init``), or its settings are unusable."""


class StorageError(FocalPointError):
    """The database or a file cannot be read or written (disk full, locked, corrupt)."""
