"""What every printed or exported roster list is: a :class:`Sheet` of plain text.

Snapshots are made on the thread that owns the fair and rendered anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from fairdesk.base.errors import NotFoundError
from fairdesk.base.i18n import Text

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


def fair_title(fair: Fair) -> str:
    """The fair's name in the current language (the Chinese one if no English is set)."""
    return fair.display_name


def fair_now(fair: Fair) -> str:
    """``2026-05-18 10:30``: the time now in the fair's time zone (for "printed at")."""
    return datetime.now(fair.tz).strftime("%Y-%m-%d %H:%M")


def named(rows: list[dict], wanted: str, fields: tuple[str, ...], zh: str, en: str
          ) -> list[dict]:
    """The rows whose id or name (one of ``fields``) is ``wanted``.

    Raises NotFoundError(zh, en) when there is none."""
    found = [r for r in rows if any(r[f] == wanted for f in fields)]
    if not found:
        raise NotFoundError(zh, en)
    return found


def lbl(vocab: dict, code: str) -> Text:
    zh, en = vocab.get(code, (code, code))
    return Text(zh, en)


@dataclass
class Sheet:
    """A titled list: heading lines, columns (key, heading, width in mm), rows of text."""

    title: Text
    subtitle: Text
    columns: list[tuple[str, Text, float]]
    rows: list[dict[str, str]] = field(default_factory=list)
    notes: list[Text] = field(default_factory=list)  # lines printed under the table
    fair_name: str = ""
    key: str = ""  # the hotel, driver or escort the sheet is for (file names, sheet tabs)
    printed_at: str = ""  # when the snapshot was taken, fair-local (the PDF footer)
    row_height_mm: float = 0.0  # rows at least this tall on paper (room to sign by hand)
    right: tuple[str, ...] = ()  # keys of the columns of figures, set flush right on paper
