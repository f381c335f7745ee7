"""What the import wizard shows of the core's preview and result, as plain rows and counts.

Pure functions over the core objects (``fairdesk.core.guests.importing``), tested
without a window; the wizard pages only lay them out.
"""

from __future__ import annotations

from typing import Any

from fairdesk.base.i18n import language
from fairdesk.gui.qt import QBrush, QColor, QCoreApplication, Qt
from fairdesk.gui.widgets.models import Column, RowsModel

STATUS_COLOURS = {"new": "#e8f5e9", "invalid": "#ffcdd2", "duplicate_in_file": "#fff3c4",
                  "duplicate_in_fair": "#e3f2fd", "skipped": "#eeeeee"}
STATUSES = tuple(STATUS_COLOURS)



def status_label(status: str) -> str:
    return {"new": QCoreApplication.translate("ImportWizard", "New guest"), "invalid": QCoreApplication.translate("ImportWizard", "Problem"),
            "duplicate_in_file": QCoreApplication.translate("ImportWizard", "Repeated in the file"),
            "duplicate_in_fair": QCoreApplication.translate("ImportWizard", "Already in the fair"),
            "skipped": QCoreApplication.translate("ImportWizard", "Totals or note line")}.get(status, status)


def _notes(row: Any) -> str:
    notes = [str(p) for p in row.problems] + [str(w) for w in row.warnings]
    return ("" if language() == "zh" else " ").join(notes)  # each is a whole sentence


ATTENTION = {"invalid": 0, "duplicate_in_file": 1, "duplicate_in_fair": 2, "new": 3,
             "skipped": 4}


def preview_rows(preview: Any) -> list[dict]:
    """One plain dict per row of the file, for the preview table: problems first, then
    duplicates, then new guests, each in file order."""
    out = []
    for row in preview.rows:
        v = row.values
        out.append({"id": str(row.line), "line": row.line, "status": row.status,
                    "name": v.get("name", ""), "organisation": v.get("organisation", ""),
                    "phone": v.get("phone", ""), "unit": row.unit_name,
                    "notes": _notes(row)})
    return sorted(out, key=lambda r: (ATTENTION.get(r["status"], 5), r["line"]))


def counts(rows: list[dict]) -> dict[str, int]:
    result = dict.fromkeys(STATUSES, 0)
    for row in rows:
        result[row["status"]] = result.get(row["status"], 0) + 1
    result["total"] = len(rows) - result["skipped"]
    return result


def counts_sentence(c: dict[str, int]) -> str:
    return (QCoreApplication.translate("ImportWizard", "%1 guest rows: %2 new, %3 with problems, %4 repeated within the file, "
                "%5 already in the fair (details are merged, nobody is added twice).")
            .replace("%1", str(c["total"])).replace("%2", str(c["new"]))
            .replace("%3", str(c["invalid"])).replace("%4", str(c["duplicate_in_file"]))
            .replace("%5", str(c["duplicate_in_fair"])))


def result_sentence(result: Any) -> str:
    """What the import did, one sentence a line (the core's own summary)."""
    return "\n".join(result.summary())


class PreviewModel(RowsModel):
    """The preview rows, each coloured by its status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column("line", lambda: QCoreApplication.translate("ImportWizard", "Row")),
            Column("status", lambda: QCoreApplication.translate("ImportWizard", "Status"), lambda r: status_label(r["status"])),
            Column("name", lambda: QCoreApplication.translate("ImportWizard", "Name")),
            Column("organisation", lambda: QCoreApplication.translate("ImportWizard", "Organisation")),
            Column("phone", lambda: QCoreApplication.translate("ImportWizard", "Phone")),
            Column("unit", lambda: QCoreApplication.translate("ImportWizard", "Inviting unit")),
            Column("notes", lambda: QCoreApplication.translate("ImportWizard", "Problems and duplicates")),
        ], parent)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            return QBrush(QColor(STATUS_COLOURS.get(self.row_at(index.row())["status"], "#fff")))
        return super().data(index, role)
