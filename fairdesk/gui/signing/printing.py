"""The signing page's paper and files (read on the GUI thread, drawn in the job runner), the
county list import with its preview, and the exchange rates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fairdesk.core.money import CURRENCIES
from fairdesk.core.signing import ceremony
from fairdesk.core.signing.script import mc_script, press_figures
from fairdesk.core.signing.summary import SigningSummary, signing_summary
from fairdesk.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QObject,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.widgets.models import NUMBER, Column, RowsModel
from fairdesk.gui.widgets.ops import FAILED, run_op
from fairdesk.gui.widgets.printing import print_to_file
from fairdesk.gui.widgets.record_table import flag_problems, make_table_view


class SigningPrinting(QObject):
    """The page's print menu, import and rates buttons, and what they do."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.print_button = QPushButton(self.tr("Print…"))
        self.import_button = QPushButton(self.tr("Import county list…"))
        self.rates_button = QPushButton(self.tr("Exchange rates…"))
        menu = QMenu(self.print_button)
        menu.addAction(self.tr("Running order sheet (PDF)…"), self.print_running_order)
        menu.addAction(self.tr("MC's script (PDF)…"), lambda: self.print_script(".pdf"))
        menu.addAction(self.tr("MC's script (Word)…"), lambda: self.print_script(".docx"))
        menu.addAction(self.tr("Leaders' summary (PDF)…"), lambda: self.print_summary(".pdf"))
        menu.addAction(self.tr("Leaders' summary (Excel)…"), lambda: self.print_summary(".xlsx"))
        menu.addAction(self.tr("Table cards for the stage…"), self.print_table_cards)
        menu.addSeparator()
        printer = menu.addMenu(self.tr("Send to a printer"))
        printer.addAction(self.tr("Running order sheet…"),
                          lambda: self.print_running_order(to_printer=True))
        printer.addAction(self.tr("MC's script…"), lambda: self.print_script(".pdf", to_printer=True))
        printer.addAction(self.tr("Leaders' summary…"),
                          lambda: self.print_summary(".pdf", to_printer=True))
        printer.addAction(self.tr("Table cards for the stage…"),
                          lambda: self.print_table_cards(to_printer=True))
        self.print_button.setMenu(menu)
        self.import_button.clicked.connect(self.import_list)
        self.rates_button.clicked.connect(self.set_rate)
        self.worker: Any = None

    def buttons(self) -> list[QPushButton]:
        return [self.import_button, self.rates_button, self.print_button]

    @property
    def fair(self) -> Any:
        return self.page.session.fair

    def _info(self) -> Any:
        from fairdesk.reports.frame import now_text
        from fairdesk.reports.signing.paper import PaperInfo

        return PaperInfo(self.fair.display_name, self.fair.operator.name, now_text(self.fair.tz))

    # --- paper -------------------------------------------------------------------------
    def print_running_order(self, path: Path | None = None, *, to_printer: bool = False) -> Any:
        session_id = self.page.current_session()
        if not session_id:
            return None

        def snapshot() -> Any:
            order, issues = ceremony.checked_order(self.fair, session_id)
            return order, issues, self._info()

        def render(data: Any, target: Path, _progress: Any, _cancelled: Any) -> Path:
            from fairdesk.reports.signing.paper import render_running_order

            return render_running_order(data[0], data[1], target, data[2])

        self.worker = print_to_file(self.page, self.tr("Running order"), "running-order.pdf",
                                    snapshot, render, path=path, open_after=path is None,
                                    to_printer=to_printer)
        return self.worker

    def print_script(self, suffix: str, path: Path | None = None, *,
                     to_printer: bool = False) -> Any:
        """The script for the session shown; opened after (the .docx in Word or WPS) when the
        user chose where to save it."""
        session_id = self.page.current_session()
        if not session_id:
            return None
        open_after = path is None
        if to_printer:
            path = None
        elif path is None:
            pattern = "Word (*.docx)" if suffix == ".docx" else "PDF (*.pdf)"
            chosen, _ = QFileDialog.getSaveFileName(self.page, self.tr("MC's script"),
                                                    f"mc-script{suffix}", pattern)
            if not chosen:
                return None
            path = Path(chosen)

        def snapshot() -> Any:
            order = ceremony.running_order(self.fair, session_id)
            return mc_script(self.fair, order, signing_summary(self.fair)), self._info()

        def render(data: Any, target: Path, _progress: Any, _cancelled: Any) -> Path:
            from fairdesk.reports.signing.files import write_script_docx
            from fairdesk.reports.signing.paper import render_script

            if target.suffix.lower() == ".docx":
                return write_script_docx(data[0], target)
            return render_script(data[0], target, data[1])

        self.worker = print_to_file(self.page, self.tr("MC's script"),
                                    path.name if path else "mc-script.pdf", snapshot, render,
                                    path=path, open_after=open_after, to_printer=to_printer)
        return self.worker

    def print_summary(self, suffix: str, path: Path | None = None, *,
                      to_printer: bool = False) -> Any:
        def snapshot() -> Any:
            return signing_summary(self.fair), self._info()

        def render(data: Any, target: Path, _progress: Any, _cancelled: Any) -> Path:
            from fairdesk.reports.signing.files import write_summary_xlsx
            from fairdesk.reports.signing.paper import render_summary

            if target.suffix.lower() == ".xlsx":
                return write_summary_xlsx(data[0], target)
            return render_summary(data[0], target, data[1])

        self.worker = print_to_file(self.page, self.tr("Leaders' summary"),
                                    f"signing-summary{suffix}", snapshot, render, path=path,
                                    open_after=path is None, to_printer=to_printer)
        return self.worker

    def print_table_cards(self, path: Path | None = None, *, to_printer: bool = False) -> Any:
        from fairdesk.gui.badges.table_cards import print_table_cards

        session_id = self.page.current_session()
        if session_id:
            self.worker = print_table_cards(self.page, self.fair, session_id=session_id,
                                            path=path, open_after=path is None,
                                            to_printer=to_printer)
        return self.worker

    # --- words ------------------------------------------------------------------------
    def press_text(self, summary: SigningSummary) -> str:
        return press_figures(self.fair, summary)

    def intents_text(self, summary: SigningSummary) -> str:
        from fairdesk.core.signing.notes import intents_note, rates_note

        return " ".join(x for x in (intents_note(summary), rates_note(summary)) if x)

    # --- import and rates -------------------------------------------------------------
    def import_list(self, path: Path | None = None) -> Any:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.page, self.tr("Import county list"), "",
                self.tr("Lists (*.xlsx *.xls *.csv)"))
            if not chosen:
                return None
            path = Path(chosen)
        from fairdesk.core.guests.importing.raw_table import read_table
        from fairdesk.core.signing.importing import PROJECT_RULE

        raw = run_op(self.page, lambda: read_table(path, PROJECT_RULE),
                     title=self.tr("Not imported"))
        if raw is FAILED:
            return None
        dialog = ImportPreviewDialog(self, raw, self.page)
        dialog.open()
        return dialog

    def set_rate(self) -> None:
        rates = self.fair.rates
        codes = [c for c in CURRENCIES if c != "CNY"]
        items = [f"{c}  {rates.get(c, '')}" for c in codes]
        chosen, ok = QInputDialog.getItem(self.page, self.tr("Exchange rates"),
                                          self.tr("Currency (CNY per unit)"), items, 0,
                                          False)
        if not ok:
            return
        code = chosen.split()[0]
        rate, ok = QInputDialog.getText(self.page, self.tr("Exchange rates"),
                                        self.tr("CNY per 1 %1").replace("%1", code),
                                        text=str(rates.get(code, "")))
        if ok:
            run_op(self.page, lambda: self.fair.signing.set_rate(code, rate),
                   title=self.tr("Rate not changed"))


class ImportPreviewDialog(QDialog):
    """Each row of the county's list with what will happen to it, problems in red; the
    county that rows naming none belong to (a county's own list often has no such column)."""

    def __init__(self, owner: SigningPrinting, raw: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.owner, self.raw, self.preview = owner, raw, None
        self.setWindowTitle(self.tr("Import county list"))
        self.resize(1000, 560)
        columns = [flag_problems(c) for c in (
            Column("line", lambda: self.tr("Row"), align=NUMBER),
            Column("status", lambda: self.tr("Result")),
            Column("name", lambda: self.tr("Project")),
            Column("investor", lambda: self.tr("Investor")),
            Column("reason", lambda: self.tr("Problem")))]
        self.model = RowsModel(columns, self)
        self.view = make_table_view(self.model, self)
        self.view.setWordWrap(True)
        self.county_box = QComboBox()
        self.county_box.addItem(self.tr("(as the list says)"), "")
        for unit in owner.fair.guests.list("inviting_units", kind="county", order_by="name"):
            self.county_box.addItem(unit["name"], unit["id"])
        self.summary = QLabel()
        self.result = QLabel()
        self.result.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import all"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = buttons.addButton(self.tr("Import the good rows, save the rejects…"),
                                             QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(lambda: self.apply(skip=False))
        self.skip_button.clicked.connect(lambda: self.apply(skip=True))
        self.county_box.currentIndexChanged.connect(lambda _i: self.show_preview())
        county = QHBoxLayout()
        county.addWidget(QLabel(self.tr("County (of the rows that name none)")))
        county.addWidget(self.county_box)
        county.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(county)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.show_preview()

    def show_preview(self) -> None:
        """The rows checked again with the county chosen."""
        from fairdesk.core.signing.importing import build_preview

        county = self.county_box.currentData() or None
        preview = run_op(self, lambda: build_preview(self.owner.fair, self.raw,
                                                     county_id=county),
                         on_error=lambda err: self.result.setText(str(err)))
        if preview is FAILED:
            return
        self.preview = preview
        self.model.set_rows([{"id": str(r.line), "line": r.line, "status": r.status_label,
                              "name": r.values.get("name", ""),
                              "investor": r.values.get("investor", ""),
                              "reason": r.reason or self._why_skipped(r),
                              "_problems": [str(p) for p in r.problems]}
                             for r in preview.rows])
        for column, width in enumerate((54, 90, 260, 200, 350)):  # rows then fit the problems
            self.view.setColumnWidth(column, width)
        self.view.resizeRowsToContents()
        invalid = preview.count("invalid")
        self.summary.setText(self.tr("%1 new, %2 already listed, %3 with problems, %4 skipped")
                             .replace("%1", str(preview.count("new")))
                             .replace("%2", str(preview.count("duplicate_in_fair")))
                             .replace("%3", str(invalid))
                             .replace("%4", str(preview.count("skipped"))))
        self.import_button.setEnabled(not invalid and bool(preview.count("new")))
        self.skip_button.setEnabled(bool(invalid))

    def _why_skipped(self, row: Any) -> str:
        if row.status == "skipped":
            return self.tr("A totals or note line")
        if row.status == "duplicate_in_fair":
            return self.tr("Already listed (same name, county and investor)")
        if row.status == "duplicate_in_file":
            return self.tr("Repeated in this list")
        return ""

    def apply(self, *, skip: bool, rejects: Path | None = None) -> None:
        from fairdesk.core.signing.importing import apply_projects

        if skip and rejects is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the rejected rows"),
                                                    "rejects.xlsx", "Excel (*.xlsx)")
            if not chosen:
                return
            rejects = Path(chosen)
        done = run_op(self, lambda: apply_projects(self.owner.fair, self.preview,
                                                   skip_invalid=skip, rejects_path=rejects),
                      on_error=lambda err: self.result.setText(str(err)))
        if done is not FAILED:
            self.result.setText("\n".join(done.summary()))
            self.import_button.setEnabled(False)
            self.skip_button.setEnabled(False)
            self.county_box.setEnabled(False)
            self.cancel_button.setText(self.tr("Close"))  # nothing left to cancel
