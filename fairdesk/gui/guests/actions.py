"""Actions on a selection of guests: state, unit, letters, badges, table cards, export,
merging two guests and deleting one.

Each action reports its outcome as a sentence (``done`` signal) or an error
sentence; letters render in a worker thread from a snapshot read here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import FairdeskError
from fairdesk.core import undo
from fairdesk.core.vocab import INVITATION_STATES, label, named
from fairdesk.gui.qt import QFileDialog, QMenu, QMessageBox, QObject, QWidget, Signal
from fairdesk.gui.session import FairSession

if TYPE_CHECKING:
    from fairdesk.gui.badges.batch_dialog import BadgeDialog
from fairdesk.gui.widgets.jobs import Worker, alive, run_job
from fairdesk.gui.widgets.ops import FAILED, run_op


class GuestActions(QObject):
    """Acts on the ids the page hands it; ``done(sentence)`` / ``failed(sentence)`` report."""

    done = Signal(str)
    failed = Signal(str)
    letters_written = Signal(str)  # path

    def __init__(self, session: FairSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.letter_thread: Worker | None = None
        self.badge_dialog: Any = None
        self.badge_worker: Any = None  # the last batch's Worker (tests wait on it)
        self.card_worker: Any = None

    @property
    def widget(self) -> QWidget:
        return self.parent()

    @property
    def fair(self) -> Any:
        return self.session.fair

    # --- menus ---------------------------------------------------------------------------------
    def state_menu(self, selected: Any) -> QMenu:
        menu = QMenu(self.widget)
        for code in INVITATION_STATES:
            action = menu.addAction(label(INVITATION_STATES, code))
            action.triggered.connect(lambda _=False, c=code: self.change_state(selected(), c))
        return menu

    def unit_menu(self, selected: Any) -> QMenu:
        menu = QMenu(self.widget)
        menu.aboutToShow.connect(lambda: self._fill_units(menu, selected))
        return menu

    def _fill_units(self, menu: QMenu, selected: Any) -> None:
        menu.clear()
        for unit in self.fair.guests.list("inviting_units"):
            action = menu.addAction(named(unit))
            action.triggered.connect(lambda _=False, u=unit["id"]: self.set_unit(selected(), u))
        menu.addSeparator()
        none = menu.addAction(self.tr("No inviting unit"))
        none.triggered.connect(lambda: self.set_unit(selected(), None))

    # --- actions -------------------------------------------------------------------------------
    def change_state(self, ids: list[str], state: str) -> bool:
        """All selected guests move, or none do (a refused one is named); many guests are
        asked about first, saying how many move and that Undo takes it back."""
        if not self._any(ids):
            return False
        if len(ids) > undo.LARGE and not self._confirm_many(ids, state):
            return False
        moved = run_op(self.widget, lambda: self.fair.guests.transition_many(ids, state),
                       on_error=lambda err: self._fail(
                           self.tr("No state was changed. %1").replace("%1", str(err))))
        if moved is FAILED:
            return False
        self.done.emit(self.tr("%1 guest(s) now: %2").replace("%1", str(len(ids)))
                       .replace("%2", label(INVITATION_STATES, state)))
        return True

    def _confirm_many(self, ids: list[str], state: str) -> bool:
        moving = sum(1 for g in self.fair.guests.list("guests", id=ids) if g["state"] != state)
        text = self.tr("Move %1 guest(s) to %2? (%3 already there.) Edit → Undo (Ctrl+Z) "
                       "takes it back.").replace("%1", str(moving)).replace(
            "%2", label(INVITATION_STATES, state)).replace("%3", str(len(ids) - moving))
        answer = QMessageBox.question(
            self.widget, self.tr("Change state"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def set_unit(self, ids: list[str], unit_id: str | None) -> bool:
        if not self._any(ids):
            return False
        moved = run_op(self.widget, lambda: self.fair.guests.set_inviting_unit(ids, unit_id),
                       on_error=lambda err: self._fail(str(err)))
        if moved is FAILED:
            return False
        self.done.emit(self.tr("Inviting unit set for %1 guest(s).").replace("%1", str(len(ids))))
        return True

    def print_letters(self, ids: list[str], path: str | None = None) -> Worker | None:
        """Ask where to save, snapshot the letters, render them in a worker thread."""
        if not self._any(ids):
            return None
        path = path or QFileDialog.getSaveFileName(
            self.widget, self.tr("Save invitation letters"), "invitation-letters.pdf",
            self.tr("PDF (*.pdf)"))[0]
        if not path:
            return None
        from fairdesk.reports.guests.letters import (  # ReportLab on demand
            LetterCancelled,
            letters_for,
            render_letters,
        )

        letters = letters_for(self.fair, ids)

        def done(written: Any) -> None:  # the page may have been closed meanwhile
            if alive(self):
                self._letters_done(Path(written), len(letters))

        def failed(text: str) -> None:
            if alive(self):
                self._fail(text)

        thread = run_job(
            self.widget, self.tr("Printing %1 letter(s)…").replace("%1", str(len(letters))),
            lambda progress, cancelled: render_letters(
                letters, path, progress=progress, should_cancel=cancelled),
            done, failed)
        thread.cancelled_by_user.connect(lambda: failed(str(LetterCancelled())))
        self.letter_thread = thread
        return thread

    def _letters_done(self, path: Path, count: int) -> None:
        self.done.emit(self.tr("%1 letter(s) written to %2").replace("%1", str(count))
                       .replace("%2", str(path)))
        self.letters_written.emit(str(path))

    def print_badges(self, selected: list[str], matching: list[str]) -> BadgeDialog | None:
        """Open the badge dialog; its Print button warns, asks where and renders in a worker."""
        from fairdesk.gui.badges.batch_dialog import BadgeDialog, start_batch

        if self.badge_worker is not None and self.badge_worker.isRunning():
            self._fail(self.tr("Badges are still being drawn: wait for them to finish."))
            return None

        dialog = BadgeDialog(self.fair, selected, matching, self.widget)
        self.badge_dialog = dialog

        def on_accepted() -> None:
            self.badge_worker = start_batch(dialog, self.widget, self.done.emit, self._fail)
            dialog.deleteLater()

        dialog.accepted.connect(on_accepted)
        dialog.rejected.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def print_table_cards(self, ids: list[str], path: Path | None = None) -> Any:
        """Folded table cards for the selected guests, drawn in a worker."""
        if not self._any(ids):
            return None
        from fairdesk.gui.badges.table_cards import print_table_cards

        self.card_worker = print_table_cards(
            self.widget, self.fair, guest_ids=ids, path=path, open_after=path is None,
            on_printed=lambda p, n: self.done.emit(
                self.tr("%1 table card(s) written to %2").replace("%1", str(n))
                .replace("%2", str(p))))
        return self.card_worker

    def export(self, ids: list[str] | None, path: str | None = None) -> bool:
        """Export these guests (all when None) to .xlsx or .csv; phones and IDs left out."""
        path = path or QFileDialog.getSaveFileName(
            self.widget, self.tr("Export guests"), "guests.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))[0]
        if not path:
            return False
        # loaded when first used, not at start-up
        from fairdesk.core.guests.export import export_guests

        try:
            count = export_guests(self.fair, path, ids=ids)
        except (FairdeskError, OSError) as exc:
            self._fail(str(exc))
            return False
        self.done.emit(self.tr("%1 guest(s) exported to %2").replace("%1", str(count))
                       .replace("%2", path))
        return True

    def merge(self, ids: list[str]) -> Any:
        """Open the merge dialog for exactly two guests; it merges when accepted."""
        if len(ids) != 2:
            self._fail(self.tr("Select the two guests to merge (two rows of the list)."))
            return None
        from fairdesk.gui.guests.merge_dialog import MergeGuestsDialog

        dialog = MergeGuestsDialog(self.fair, ids, self.widget)
        dialog.accepted.connect(lambda: self._merged(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _merged(self, dialog: Any) -> None:
        kept = next(g for g in dialog.guests if g["id"] == dialog.kept_id)
        self.done.emit(self.tr("The two guests are now one: %1.").replace("%1", kept["name"]))

    def delete(self, ids: list[str]) -> bool:
        """Delete one guest after a confirmation that defaults to No (audited, tombstoned)."""
        if len(ids) != 1:
            self._fail(self.tr("Select one guest to delete."))
            return False
        guest = self.fair.get("guests", ids[0])
        from fairdesk.core.guests.merging import delete_guest, what_deletion_keeps, what_moves

        staying = what_deletion_keeps(self.fair, ids[0])
        going = ", ".join(f"{m.label} {m.count}" for m in what_moves(self.fair, ids[0])
                          if m not in staying)
        text = self.tr("Delete %1 (%2)?").replace("%1", guest["name"]).replace(
            "%2", guest.get("organisation") or guest.get("ref_code") or "")
        if going:
            text += "\n" + self.tr("Deleted with the guest: %1.").replace("%1", going)
        if staying:
            text += "\n" + self.tr("Kept, no longer linked to the guest: %1.").replace(
                "%1", ", ".join(f"{m.label} {m.count}" for m in staying))
        text += "\n" + self.tr("The audit log keeps the record of the deletion.")
        answer = QMessageBox.question(
            self.widget, self.tr("Delete guest"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if run_op(self.widget, lambda: delete_guest(self.fair, ids[0]),
                  on_error=lambda err: self._fail(str(err))) is FAILED:
            return False
        self.done.emit(self.tr("%1 was deleted.").replace("%1", guest["name"]))
        return True

    def _any(self, ids: list[str]) -> bool:
        if not ids:
            self._fail(self.tr("Select one or more guests first."))
        return bool(ids)

    def _fail(self, text: str) -> None:
        self.failed.emit(text)
