"""Guest exports, until the core's export module lands on branch ``guests``.

Each function calls the core; if the module is not there yet it says so as a
sentence (never a traceback). Goes away once the core has its export module.
"""

from __future__ import annotations

from typing import Any

from fairdesk.core.errors import FairdeskError


def _missing() -> FairdeskError:
    return FairdeskError("导出功能尚未就绪。", "Export is not available yet.")


def export_guests(fair: Any, path: str, *, ids: list[str] | None = None) -> int:
    """Write the guests to .xlsx/.csv; returns how many. Raises FairdeskError, OSError."""
    try:
        from fairdesk.core.export import export_guests as core_export
    except ImportError:
        raise _missing() from None
    result = core_export(fair, path, ids=ids)
    return result if isinstance(result, int) else len(ids) if ids else fair.count("guests")


def export_unit_progress(fair: Any, path: str) -> None:
    """Raises FairdeskError, OSError."""
    try:
        from fairdesk.core.export import export_unit_progress as core_export
    except ImportError:
        raise _missing() from None
    core_export(fair, path)
