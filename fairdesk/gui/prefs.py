"""Per-laptop UI state in QSettings: operator, language, recent files, window geometry.

Fair-level settings (name, dates, venue) live in the fair file instead, so they
travel with it; what is here belongs to this laptop only.
"""

from __future__ import annotations

from pathlib import Path

from fairdesk import APP_NAME, SETTINGS_ORG
from fairdesk.gui.qt import QByteArray, QSettings

RECENT_MAX = 8
LANGUAGES = ("system", "zh", "en")


def settings() -> QSettings:
    """This laptop's fairdesk settings: ``~/.config/fairdesk/fairdesk.conf`` on Linux, the
    registry's ``HKEY_CURRENT_USER\\Software\\fairdesk\\fairdesk`` on Windows (where they
    were when the application had an organisation name, so nothing is lost)."""
    return QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, SETTINGS_ORG,
                     APP_NAME)


def _text(key: str, default: str = "") -> str:
    value = settings().value(key, default)
    return str(value) if value is not None else default


# --- operator -----------------------------------------------------------------------
def last_operator() -> tuple[str, str]:
    """The (name, desk) signed in last time on this laptop, or empty strings."""
    return _text("operator/name"), _text("operator/desk")


def remember_operator(name: str, desk: str) -> None:
    s = settings()
    s.setValue("operator/name", name)
    s.setValue("operator/desk", desk)
    desks = [desk, *(d for d in recent_desks() if d != desk)] if desk else recent_desks()
    s.setValue("operator/desks", desks[:12])


def recent_desks() -> list[str]:
    return _list(settings().value("operator/desks", []))


def last_role() -> tuple[str, str]:
    """The (role, department) chosen last time on this laptop, or empty strings."""
    return _text("operator/role"), _text("operator/department")


def remember_role(role: str, department: str) -> None:
    s = settings()
    s.setValue("operator/role", role)
    s.setValue("operator/department", department)


# --- language -----------------------------------------------------------------------
def language_choice() -> str:
    """'system', 'zh' or 'en' as chosen in Settings ▸ Language."""
    value = _text("ui/language", "system")
    return value if value in LANGUAGES else "system"


def set_language_choice(choice: str) -> None:
    settings().setValue("ui/language", choice if choice in LANGUAGES else "system")


# --- recent files -------------------------------------------------------------------
def recent_files() -> list[str]:
    """Recently opened fair files, newest first, missing files pruned (at most 8)."""
    files = [f for f in _list(settings().value("files/recent", [])) if Path(f).is_file()]
    return files[:RECENT_MAX]


def add_recent_file(path: str | Path) -> None:
    path = str(Path(path).resolve())
    files = [path, *(f for f in recent_files() if f != path)]
    settings().setValue("files/recent", files[:RECENT_MAX])


def rename_recent_files(renamed: dict[str, str]) -> None:
    """Recent files that moved (``{old path: new path}``) listed at their new place."""
    files = _list(settings().value("files/recent", []))
    settings().setValue("files/recent", [renamed.get(f, f) for f in files][:RECENT_MAX])


def last_file() -> str | None:
    files = recent_files()
    return files[0] if files else None


# --- security ---------------------------------------------------------------------
def security_department() -> str:
    """The department code the liaison at this laptop works for ('' until picked)."""
    return _text("security/department")


def remember_security_department(code: str) -> None:
    settings().setValue("security/department", code)


# --- window -------------------------------------------------------------------------
def window_geometry() -> QByteArray | None:
    value = settings().value("window/geometry")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_window_geometry(geometry: QByteArray) -> None:
    settings().setValue("window/geometry", geometry)


# --- tables -------------------------------------------------------------------------
def hidden_columns(table: str) -> list[str]:
    """The keys of the columns hidden in ``table`` (e.g. "guests") on this laptop."""
    return _list(settings().value(f"columns/{table}/hidden", []))


def set_hidden_columns(table: str, keys: list[str]) -> None:
    settings().setValue(f"columns/{table}/hidden", list(keys))


def _list(value: object) -> list[str]:
    """QSettings returns a str for a one-item list on some backends, None for empty ones."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]  # type: ignore[union-attr]
