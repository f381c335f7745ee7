"""Table cards (席卡) from the window: a selection of guests or a banquet sitting's seating.

The cards are read on the GUI thread and drawn in the roster pages' worker
(:func:`fairdesk.gui.widgets.printing.print_to_file`), behind a progress dialog with Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fairdesk.base.errors import ValidationError
from fairdesk.base.i18n import t
from fairdesk.core.fair import Fair
from fairdesk.gui.qt import QCoreApplication, QWidget
from fairdesk.gui.widgets.jobs import Worker, show_failure
from fairdesk.gui.widgets.ops import FAILED, run_op
from fairdesk.gui.widgets.printing import print_to_file

translate = QCoreApplication.translate  # literal contexts, for lupdate


def print_table_cards(parent: QWidget, fair: Fair, *, guest_ids: list[str] | None = None,
                      sitting_id: str | None = None, session_id: str | None = None,
                      on_printed: Callable[[Path, int], None] | None = None,
                      path: Path | None = None, open_after: bool = True,
                      to_printer: bool = False) -> Worker | None:
    """One folded A4 card per guest of the selection, of the sitting's seating plan, or of a
    signing session's signatories in running order.

    ``on_printed(path, cards)`` runs on the GUI thread when the file is written.
    None when the user cancelled the save dialog or there is nothing to print (said in a box).
    """
    from fairdesk.core.badges.table_cards import table_card_items

    def cards_to_print() -> list[dict]:
        items = table_card_items(fair, guest_ids=guest_ids, sitting_id=sitting_id,
                                 session_id=session_id)
        if not items:
            raise ValidationError("guests", "没有要打印的席卡（未选嘉宾或尚未排座）。",
                                  "There are no table cards to print (nobody selected "
                                  "or nobody seated yet).")
        return items

    items = run_op(parent, cards_to_print, on_error=lambda err: show_failure(parent, str(err)))
    if items is FAILED:
        return None
    title = t("{f} 席卡", "{f} table cards", f=fair.setting("fair.name") or "").strip()

    def render(items: list[dict], target: Path, progress: Any, cancelled: Any) -> int:
        from fairdesk.reports.badges.table_cards import render_table_cards

        return render_table_cards(target, items, title=title, progress=progress,
                                  cancelled=cancelled)

    def written(target: Path) -> None:
        if on_printed is not None:
            on_printed(target, len(items))

    suggested = "table-cards.pdf"
    if sitting_id:
        name = fair.get("meal_sittings", sitting_id)["name"]
        suggested = f"table-cards-{name}.pdf"
    elif session_id:
        suggested = "table-cards-signing.pdf"
    return print_to_file(parent, translate("TableCards", "Table cards"), suggested,
                         lambda: items, render, path=path, open_after=open_after, on_written=written,
                         to_printer=to_printer)
