"""The counties' progress against their targets (bars), the city's total, the breakdowns by
sector, document and capital, and the press figures ready to copy."""

from __future__ import annotations

from typing import Any

from fairdesk.core.money import yi_text
from fairdesk.core.signing.summary import SigningSummary, printed, signing_summary
from fairdesk.gui.qt import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from fairdesk.gui.style import set_role
from fairdesk.gui.widgets.figures import TargetBar, figure_table
from fairdesk.gui.widgets.models import NUMBER, Column, RowsModel
from fairdesk.gui.widgets.ops import run_op

YI_SCALE = 10**8  # fen per 0.01 亿: bars count hundredths of 亿元


class CountiesTab(QWidget):
    """One line per county: projects, total investment and foreign capital against target."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.grid = QGridLayout()
        self.bars: dict[tuple[str, str], TargetBar] = {}
        self.groups_model = RowsModel(self._group_columns(), self)
        self.groups_view = figure_table(self.groups_model, self)
        self.press = QPlainTextEdit()
        self.press.setReadOnly(True)
        self.press.setMaximumHeight(90)
        self.copy_button = QPushButton(self.tr("Copy press figures"))
        self.copy_button.clicked.connect(self.on_copy_clicked)
        self.note = QLabel()
        self.note.setWordWrap(True)
        set_role(self.note, "hint")
        # the committee's choice (signing.count_intents), audited as a fair setting
        self.intents_box = QCheckBox(self.tr("Letters of intent count in the totals"))
        self.intents_box.toggled.connect(self.on_intents_toggled)
        self._build()

    def _group_columns(self) -> list[Column]:
        return [Column("label", lambda: self.tr("Breakdown")),
                Column("projects", lambda: self.tr("Projects"), align=NUMBER),
                Column("total", lambda: self.tr("Total (¥100M)"), align=NUMBER),
                Column("foreign", lambda: self.tr("Foreign"), align=NUMBER),
                Column("domestic", lambda: self.tr("Domestic"), align=NUMBER),
                Column("contract", lambda: self.tr("Contract"), align=NUMBER),
                Column("over_5000", lambda: self.tr("≥ ¥50M"), align=NUMBER),
                Column("over_1", lambda: self.tr("≥ ¥100M"), align=NUMBER)]

    def _build(self) -> None:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        title = QLabel(self.tr("Counties against their targets"))
        set_role(title, "sectionTitle")
        layout.addWidget(title)
        layout.addLayout(self.grid)
        layout.addWidget(self.note)
        layout.addWidget(self.intents_box)
        layout.addWidget(self.groups_view)
        press_bar = QHBoxLayout()
        press_title = QLabel(self.tr("Press figures"))
        set_role(press_title, "sectionTitle")
        press_bar.addWidget(press_title, 1)
        press_bar.addWidget(self.copy_button)
        layout.addLayout(press_bar)
        layout.addWidget(self.press)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_summary(self, summary: SigningSummary) -> None:
        self._clear_grid()
        heads = (self.tr("County"), self.tr("Projects signed"), self.tr("Total investment"),
                 self.tr("Foreign capital"), self.tr("Planned to sign"))
        for column, text in enumerate(heads):
            head = QLabel(text)
            set_role(head, "sectionTitle")
            self.grid.addWidget(head, 0, column)
        unit = self.tr("¥100M")
        lines = [(c.label, c.signed, c.planned, c.target_projects, c.target_total_fen,
                  c.target_foreign_fen) for c in summary.counties]
        lines.append((self.tr("City total"), summary.total, summary.planned,
                      summary.target_projects, summary.target_total_fen,
                      summary.target_foreign_fen))
        shown, total = printed([c.label for c in summary.counties],
                               [c.signed for c in summary.counties], "")
        for row, (name, signed, planned, t_projects, t_total, t_foreign) in enumerate(lines, 1):
            said = (shown + [total])[row - 1]  # as the leaders' summary prints it: adds up
            self.grid.addWidget(QLabel(name), row, 0)
            self._bar(row, 1, name, "projects", signed.projects, t_projects,
                      f"{signed.projects} / {t_projects}")
            self._bar(row, 2, name, "total", signed.total_fen / YI_SCALE, t_total / YI_SCALE,
                      f"{said.total} / {yi_text(t_total)} {unit}")
            self._bar(row, 3, name, "foreign", signed.foreign_fen / YI_SCALE,
                      t_foreign / YI_SCALE,
                      f"{said.foreign} / {yi_text(t_foreign)} {unit}")
            self.grid.addWidget(QLabel(f"{planned.projects} · {yi_text(planned.total_fen)}"),
                                row, 4)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 2)
        self.grid.setColumnStretch(3, 2)
        titles = {"sector": self.tr("By sector"), "document": self.tr("By document"),
                  "capital": self.tr("By capital")}
        self.groups_model.set_rows(group_rows(summary, titles))
        self.press.setPlainText(self.page.printing.press_text(summary))
        self.note.setText(self.page.printing.intents_text(summary))
        self.intents_box.blockSignals(True)
        self.intents_box.setChecked(summary.intents_counted)
        self.intents_box.blockSignals(False)

    def on_intents_toggled(self, on: bool) -> None:
        fair = self.page.session.fair
        run_op(self, lambda: fair.set_settings(signing__count_intents=on),
               title=self.tr("Setting not changed"))
        self.show_summary(signing_summary(fair))  # the totals with it (or as they were)

    def _bar(self, row: int, column: int, name: str, key: str, value: Any, target: Any,
             text: str) -> None:
        bar = TargetBar()
        bar.show_progress(value, target or 0, text if target else
                          text.split(" / ")[0] + " " + self.tr("(no target)"))
        self.bars[(name, key)] = bar
        self.grid.addWidget(bar, row, column)

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.bars.clear()

    def on_copy_clicked(self) -> None:
        QApplication.clipboard().setText(self.press.toPlainText())


def group_rows(summary: SigningSummary, titles: dict[str, str]) -> list[dict]:
    """The breakdowns one after the other, each with a bold heading line."""
    from fairdesk.core.signing.summary import group_label, printed

    out: list[dict] = []
    for kind, groups in (("sector", summary.by_sector), ("document", summary.by_document),
                         ("capital", summary.by_capital)):
        title = titles[kind]
        lines, _total = printed([group_label(kind, k) for k in groups], list(groups.values()), "")
        out.append({"label": title, "_bold": True})
        for line, f in zip(lines, groups.values(), strict=True):
            out.append({"label": "　" + line.label, "projects": line.projects,
                        "total": line.total, "foreign": line.foreign, "domestic": line.domestic,
                        "contract": line.contract, "over_5000": f.over_5000_wan,
                        "over_1": f.over_1_yi})
    return out
