"""The agenda's printouts from the window: read on the GUI thread, drawn in a worker with
progress and Cancel (:func:`fairdesk.gui.widgets.printing.print_to_file`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fairdesk.core.agenda.itinerary import attending_ids, itineraries
from fairdesk.core.agenda.programme import programme
from fairdesk.core.agenda.sheets import attendance_sheets, sign_in_sheet
from fairdesk.core.fair import Fair
from fairdesk.gui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)
from fairdesk.gui.widgets.jobs import Worker
from fairdesk.gui.widgets.ops import FAILED, run_op
from fairdesk.gui.widgets.printing import ask_path, print_to_file
from fairdesk.reports.agenda.itinerary import render_itineraries, write_ics
from fairdesk.reports.agenda.programme import ProgrammeOptions, render_programme

translate = QCoreApplication.translate  # literal contexts, for lupdate


class ProgrammeDialog(QDialog):
    """The programme's options: paper, languages, cover, a new page per day, descriptions,
    one day or all."""

    def __init__(self, days: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print the programme"))
        self.size_box = QComboBox()
        self.size_box.addItem(self.tr("A4"), "a4")
        self.size_box.addItem(self.tr("A5 booklet (two-up on A4, fold and staple)"),
                              "a5-booklet")
        self.lang_box = QComboBox()
        for text, code in ((self.tr("Chinese and English side by side"), "both"),
                           (self.tr("Chinese"), "zh"), (self.tr("English"), "en")):
            self.lang_box.addItem(text, code)
        self.day_box = QComboBox()
        self.day_box.addItem(self.tr("Every day"), "")
        for d in days:
            self.day_box.addItem(d, d)
        self.cover = QCheckBox(self.tr("Cover page"))
        self.cover.setChecked(True)
        self.new_page = QCheckBox(self.tr("Each day on a new page"))
        self.new_page.setChecked(True)
        self.descriptions = QCheckBox(self.tr("Session descriptions"))
        self.descriptions.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Paper"), self.size_box)
        form.addRow(self.tr("Languages"), self.lang_box)
        form.addRow(self.tr("Days"), self.day_box)
        for box in (self.cover, self.new_page, self.descriptions):
            form.addRow("", box)
        form.addRow(buttons)

    def options(self) -> ProgrammeOptions:
        return ProgrammeOptions(size=self.size_box.currentData(), lang=self.lang_box.currentData(),
                                cover=self.cover.isChecked(),
                                new_page_per_day=self.new_page.isChecked(),
                                descriptions=self.descriptions.isChecked())

    def chosen_day(self) -> str | None:
        return self.day_box.currentData() or None


def print_programme(parent: QWidget, fair: Fair, *, dialog: ProgrammeDialog | None = None,
                    **kw: Any) -> Worker | None:
    """Ask for the options (unless ``dialog``, already filled in, is given), then print."""
    if dialog is None:
        dialog = ProgrammeDialog(fair.agenda.days(), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    opts, chosen = dialog.options(), dialog.chosen_day()
    return print_to_file(
        parent, translate("AgendaPrint", "Programme"), f"programme-{opts.size}.pdf",
        lambda: programme(fair, chosen),
        lambda prog, path, _progress, _cancelled: render_programme(path, prog, opts), **kw)


def print_itineraries(parent: QWidget, fair: Fair, guest_ids: list[str] | None,
                      **kw: Any) -> Worker | None:
    """Itineraries of these guests (None: every attending guest, by inviting unit)."""
    name = "itineraries.pdf" if guest_ids is None or len(guest_ids) != 1 else \
        f"itinerary-{fair.get('guests', guest_ids[0])['ref_code']}.pdf"
    return print_to_file(
        parent, translate("AgendaPrint", "Itineraries"), name,
        lambda: itineraries(fair, attending_ids(fair) if guest_ids is None else guest_ids),
        lambda items, path, progress, cancelled: render_itineraries(
            path, items, progress=progress, cancelled=cancelled), **kw)


def export_ics(parent: QWidget, fair: Fair, guest_id: str, *,
               path: Path | None = None) -> Path | None:
    """One guest's itinerary as an .ics file (small: written at once)."""
    [it] = itineraries(fair, [guest_id])
    target = path or ask_path(parent, translate("AgendaPrint", "Calendar file"),
                              f"itinerary-{it.ref_code}.ics",
                              translate("AgendaPrint", "Calendar (*.ics)"))
    if target is None:
        return None
    done = run_op(parent, lambda: write_ics(target, it, fair.tz))
    return None if done is FAILED else target


def _sheets(parent: QWidget, title: str, name: str, snapshot: Any, **kw: Any) -> Worker | None:
    from fairdesk.reports.reception.lists import render_sheets
    from fairdesk.reports.reception.workbooks import write_sheets

    def render(sheets: list, path: Path, progress: Any, cancelled: Any) -> Path:
        if path.suffix.lower() == ".xlsx":
            return write_sheets(sheets, path)
        return render_sheets(sheets, path, printed_by=fair_operator(parent), progress=progress,
                             cancelled=cancelled)

    return print_to_file(parent, title, name, snapshot, render, **kw)


def fair_operator(parent: QWidget) -> str:
    session = getattr(parent, "session", None)
    fair = getattr(session, "fair", None)
    return fair.operator.name if fair is not None else ""


def print_sign_in_sheet(parent: QWidget, fair: Fair, session_id: str,
                        **kw: Any) -> Worker | None:
    return _sheets(parent, translate("AgendaPrint", "Sign-in sheet"), "sign-in-sheet.pdf",
                   lambda: [sign_in_sheet(fair, session_id)], **kw)


def print_attendance(parent: QWidget, fair: Fair, session_id: str | None,
                     **kw: Any) -> Worker | None:
    return _sheets(parent, translate("AgendaPrint", "Attendance"), "attendance.pdf",
                   lambda: attendance_sheets(fair, session_id), **kw)
