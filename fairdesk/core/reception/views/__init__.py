"""What the roster pages show, read as typed rows (dicts: the pages' table models read
them by key) on the GUI thread.

The rules (conflicts, plans, boards) live in :mod:`fairdesk.core.reception`; these
modules join rows for display (plates, names, counts, labels), one per page:
:mod:`.transport`, :mod:`.lodging`, :mod:`.escorts`, :mod:`.meals`, :mod:`.arrivals`;
:mod:`.days` for the day pickers, and :mod:`.clashes` files the clashes under the
records they involve.
"""

from __future__ import annotations

from typing import TypedDict


class Record(TypedDict):
    """The columns every record table has."""

    id: str
    created_at: str
    updated_at: str
    updated_by: str
