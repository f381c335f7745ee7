"""This laptop's fairdesk folder: the demo fair, the backups, the log — one folder level.

Qt nests the folder under the organisation's name and then the application's; both were
"fairdesk" (``~/.local/share/fairdesk/fairdesk``, ``%APPDATA%\\fairdesk\\fairdesk``). The
application has no organisation now, so the folder is ``~/.local/share/fairdesk`` on Linux
and ``%LOCALAPPDATA%\\fairdesk`` on Windows (local: a demo and backups do not roam with a
profile). What the old folder held moves here the first time the window starts; of the
demo fairs each launch used to leave there, the newest becomes the laptop's demo fair and
the others go, with their backups.
"""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from fairdesk.gui import prefs
from fairdesk.gui.qt import QCoreApplication, QStandardPaths

log = logging.getLogger("fairdesk")

LEGACY_ORG_NAME = "fairdesk"  # the organisation name Qt nested the old folder under
DEMO_NAME = "demo.fair"
_OLD_DEMO = re.compile(r"^demo-\d{8}-\d{6}$")  # demo-<timestamp>.fair, one per launch
_SIDECARS = ("", "-wal", "-shm")


def data_dir() -> Path:
    """This laptop's fairdesk data folder (the demo fair, backups, the log), made if missing."""
    folder = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppLocalDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def legacy_dir() -> Path:
    """Where the data folder was while the organisation was named "fairdesk" too."""
    organisation = QCoreApplication.organizationName()
    QCoreApplication.setOrganizationName(LEGACY_ORG_NAME)
    try:
        return Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation))
    finally:
        QCoreApplication.setOrganizationName(organisation)


@dataclass
class Moved:
    """What :func:`adopt_legacy` did, for the log and the recent files."""

    moved: list[str] = field(default_factory=list)
    removed_demos: int = 0
    kept: list[str] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)  # old path -> new, fair files


def prepare() -> Path:
    """The data folder, with the old nested folder's content moved into it (once)."""
    folder = data_dir()
    old = legacy_dir()
    if old.resolve() != folder.resolve() and old.is_dir():
        done = adopt_legacy(old, folder)
        log.info("moved %s from %s to %s; %d old demo fairs removed; left there: %s",
                 done.moved, old, folder, done.removed_demos, done.kept)
        prefs.rename_recent_files(done.renamed)
    return folder


def adopt_legacy(old: Path, new: Path) -> Moved:
    """Move ``old``'s content into ``new`` without overwriting anything: the newest of the
    per-launch demo fairs becomes ``new/demo.fair`` (unless there is one), the other demos
    and the demos' backups are removed, the rest moves when its name is free in ``new``.
    ``old`` is removed when empty."""
    done = Moved()
    new.mkdir(parents=True, exist_ok=True)
    demos = sorted((p for p in old.glob("demo-*.fair") if _OLD_DEMO.match(p.stem)),
                   key=lambda p: p.stat().st_mtime, reverse=True)
    if demos and not (new / DEMO_NAME).exists():
        newest = demos.pop(0)
        _move_fair(newest, new / DEMO_NAME)
        done.moved.append(DEMO_NAME)
        done.renamed[str(newest.resolve())] = str((new / DEMO_NAME).resolve())
    for demo in demos:
        remove_fair(demo)
        done.removed_demos += 1
    backups = old / "backups"
    for folder in backups.glob("demo-*") if backups.is_dir() else ():
        if _OLD_DEMO.match(folder.name):
            shutil.rmtree(folder, ignore_errors=True)
    for entry in sorted(old.iterdir()):
        _adopt(entry, new / entry.name, done)
    _remove_if_empty(old)
    return done


def _adopt(entry: Path, target: Path, done: Moved) -> None:
    if entry.is_dir() and target.is_dir():  # backups/: merge, folder by folder
        for child in sorted(entry.iterdir()):
            _adopt(child, target / child.name, done)
        _remove_if_empty(entry)
    elif target.exists():
        done.kept.append(str(entry))
    else:
        source = str(entry.resolve())
        shutil.move(str(entry), str(target))
        done.moved.append(entry.name)
        if target.suffix == ".fair":  # a fair of the user's own, saved in this folder
            done.renamed[source] = str(target.resolve())


def _move_fair(source: Path, target: Path) -> None:
    for suffix in _SIDECARS:
        if Path(f"{source}{suffix}").exists():
            shutil.move(f"{source}{suffix}", f"{target}{suffix}")


def remove_fair(path: Path) -> None:
    """Remove a fair file with its -wal and -shm."""
    for suffix in _SIDECARS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass  # not empty: what is left is named in the log
