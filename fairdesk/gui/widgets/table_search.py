"""The search box of a roster table: the guest list's search over the rows the table shows.

Typing filters the table's model to the rows the core's
:class:`~fairdesk.core.guests.search.RowIndex` finds — a cell's text or its pinyin (full
or initials), or the row's guest as the guests page finds them. Ctrl+F reaches the box
(the main window looks for line edits named ``…search``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from fairdesk.gui.qt import QLineEdit, QWidget
from fairdesk.gui.widgets.models import RowsModel

if TYPE_CHECKING:
    from fairdesk.core.guests.search import RowIndex


class TableSearch(QLineEdit):
    """Filters ``model`` as the user types; ``fair_fn`` gives the open fair, ``guest_key``
    the key of a row's guest id (a row of the guests themselves: ``"id"``), ``also`` the
    keys of texts a row holds but shows as a count (a trip's passengers' names)."""

    def __init__(self, model: RowsModel, fair_fn: Callable[[], Any],
                 parent: QWidget | None = None, *, guest_key: str = "guest_id",
                 also: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.model = model
        self.fair_fn = fair_fn
        self.guest_key = guest_key
        self.also = also
        self._index: tuple[list[dict], RowIndex] | None = None
        self.setObjectName("table_search")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search: name, pinyin (lyt), hotel, plate…"))
        self.setMinimumWidth(120)
        self.setMaximumWidth(280)
        self.textChanged.connect(self.on_text_changed)

    def on_text_changed(self, text: str) -> None:
        if not text.strip():
            self.model.set_filter(None)
            return
        self.model.set_filter(lambda rows: self._searcher(rows).search(text))

    def _searcher(self, rows: list[dict]) -> RowIndex:
        """The index of these rows, built again when the table's rows are new."""
        from fairdesk.core.guests.search import RowIndex

        if self._index is None or self._index[0] is not rows:
            cells = [([*self.model.cells(r), *(str(r.get(k) or "") for k in self.also)],
                      r.get(self.guest_key)) for r in rows]
            self._index = (rows, RowIndex(self.fair_fn(), cells))
        return self._index[1]
