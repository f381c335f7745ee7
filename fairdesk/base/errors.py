"""Errors are part of the API: each carries a sentence in Chinese and English."""

from __future__ import annotations

from fairdesk.base.i18n import Text


class FairdeskError(Exception):
    """Base of every error the core raises on purpose; ``str()`` is a user-facing sentence."""

    def __init__(self, zh: str, en: str) -> None:
        self.text = Text(zh, en)
        super().__init__(en)

    def __str__(self) -> str:
        return str(self.text)


class ValidationError(FairdeskError):
    """A value is not acceptable. ``field`` names it; ``row`` is set by imports."""

    def __init__(self, field: str, zh: str, en: str, *, row: int | None = None) -> None:
        self.field = field
        self.row = row
        super().__init__(zh, en)


class NotFoundError(FairdeskError):
    """A record asked for by id does not exist."""


class ConflictError(FairdeskError):
    """The change clashes with another record (double booking, forbidden transition...)."""


class FairFileError(FairdeskError):
    """The fair file cannot be opened: missing, damaged, not a fair, or from a newer fairdesk."""
