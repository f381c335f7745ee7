"""Importing guest lists as inviting units send them (.xlsx, .xls, .csv).

The steps, each usable on its own by the import wizard::

    raw = read_table(path)                     # cells, header row found
    mapping = guess_columns(raw)               # shown to the user, who may correct it
    preview = build_preview(fair, raw, mapping, default_unit_id=...)
    result = apply_import(fair, preview, skip_invalid=..., rejects_path=...)

:func:`import_file` does all four with the guessed mapping.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fairdesk.core.guests.importing.apply import (
    ImportCancelled,
    ImportResult,
    apply_import,
    write_rejects,
)
from fairdesk.core.guests.importing.columns import (
    IMPORT_FIELDS,
    ColumnMapping,
    field_label,
    guess_columns,
)
from fairdesk.core.guests.importing.preview import (
    ImportPreview,
    ImportRow,
    Problem,
    build_preview,
)
from fairdesk.core.guests.importing.raw_table import RawTable, read_table

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


def import_file(fair: Fair, path: str | Path, *, default_unit_id: str | None = None,
                skip_invalid: bool = False, rejects_path: str | Path | None = None,
                dry_run: bool = False) -> ImportResult:
    """Read, guess the columns, preview and (unless ``dry_run``) write one file.

    Raises ValidationError (unreadable file, no header, an invalid row without
    ``skip_invalid``), NotFoundError for an unknown default unit.
    """
    raw = read_table(path)
    preview = build_preview(fair, raw, guess_columns(raw), default_unit_id=default_unit_id)
    if dry_run:
        result = _dry_result(preview)
        return result
    return apply_import(fair, preview, skip_invalid=skip_invalid, rejects_path=rejects_path)


def _dry_result(preview: ImportPreview) -> ImportResult:
    from fairdesk.core.guests.importing.apply import _counts

    result = _counts(preview)
    merges = [r for r in preview.with_status("duplicate_in_fair")]
    result.merged = len({str(r.duplicate.ref) for r in merges if r.merge and r.duplicate})
    result.unchanged = len({str(r.duplicate.ref) for r in merges if r.duplicate}) - result.merged
    result.dry_run = True
    return result


__all__ = ["IMPORT_FIELDS", "ColumnMapping", "ImportCancelled", "ImportPreview", "ImportResult",
           "ImportRow", "Problem", "RawTable", "apply_import", "build_preview", "field_label",
           "guess_columns", "import_file", "read_table", "write_rejects"]
