"""What the import wizard shows of the core's preview and result, as plain rows and counts.

Pure functions over the core objects (``fairdesk.core.guest_import``), tested
without a window; the wizard pages only lay them out.
"""

from __future__ import annotations

from typing import Any

from fairdesk.gui.models import Column, RowsModel
from fairdesk.gui.qt import QBrush, QColor, QCoreApplication, Qt

STATUS_COLOURS = {"ok": "#e8f5e9", "invalid": "#ffebee", "duplicate": "#fff8e1",
                  "existing": "#e3f2fd"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def status_label(status: str) -> str:
    return {"ok": _tr("Ready"), "invalid": _tr("Problem"), "duplicate": _tr("Duplicate in file"),
            "existing": _tr("Already in the fair")}.get(status, status)


def row_status(row: Any) -> str:
    """'invalid', 'duplicate' (within the file), 'existing' (already in the fair) or 'ok'."""
    if getattr(row, "problems", None):
        return "invalid"
    duplicate = getattr(row, "duplicate_of_line", None) or getattr(row, "duplicate_line", None)
    if duplicate:
        return "duplicate"
    if getattr(row, "existing_id", None) or getattr(row, "existing", None):
        return "existing"
    return "ok"


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "；".join(_text(v) for v in value)
    return "" if value is None else str(value)


def preview_rows(preview: Any) -> list[dict]:
    """One plain dict per row of the file, for the preview table."""
    out = []
    for row in preview.rows:
        values = getattr(row, "values", {}) or {}
        status = row_status(row)
        notes = _text(getattr(row, "problems", None))
        if status in ("duplicate", "existing"):
            notes = notes or _text(getattr(row, "duplicate_reason", "") or
                                   getattr(row, "reason", ""))
        out.append({"id": str(row.line), "line": row.line, "status": status,
                    "name": values.get("name", ""), "organisation": values.get("organisation", ""),
                    "phone": values.get("phone", ""), "state": values.get("state", ""),
                    "notes": notes})
    return out


def counts(rows: list[dict]) -> dict[str, int]:
    result = {"total": len(rows), "ok": 0, "invalid": 0, "duplicate": 0, "existing": 0}
    for row in rows:
        result[row["status"]] = result.get(row["status"], 0) + 1
    return result


def counts_sentence(c: dict[str, int]) -> str:
    return (_tr("%1 rows: %2 ready, %3 with problems, %4 duplicates within the file, "
                "%5 already in the fair")
            .replace("%1", str(c["total"])).replace("%2", str(c["ok"]))
            .replace("%3", str(c["invalid"])).replace("%4", str(c["duplicate"]))
            .replace("%5", str(c["existing"])))


def result_sentence(result: Any) -> str:
    """What the import did, in one or two sentences."""
    text = str(result)
    if text and not text.startswith("<") and "(" not in text[:20]:
        return text
    parts = [_tr("%1 guests added").replace("%1", str(getattr(result, "added", 0)))]
    for key, words in (("updated", _tr("%1 updated")), ("unchanged", _tr("%1 already there")),
                       ("skipped", _tr("%1 rows skipped"))):
        if getattr(result, key, None):
            parts.append(words.replace("%1", str(getattr(result, key))))
    rejects = getattr(result, "rejects_path", None)
    sentence = "; ".join(parts) + "."
    if rejects:
        sentence += " " + _tr("Rejected rows and their reasons: %1").replace("%1", str(rejects))
    return sentence


class PreviewModel(RowsModel):
    """The preview rows, each coloured by its status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column("line", lambda: _tr("Row")),
            Column("status", lambda: _tr("Status"), lambda r: status_label(r["status"])),
            Column("name", lambda: _tr("Name")),
            Column("organisation", lambda: _tr("Organisation")),
            Column("phone", lambda: _tr("Phone")),
            Column("notes", lambda: _tr("Problems and duplicates")),
        ], parent)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            return QBrush(QColor(STATUS_COLOURS.get(self.row_at(index.row())["status"], "#fff")))
        return super().data(index, role)
