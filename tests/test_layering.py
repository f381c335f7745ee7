"""The core, the storage, the reports and the headless commands never load Qt."""

from __future__ import annotations

import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import fairdesk

PACKAGE = Path(fairdesk.__file__).parent
HEADLESS = ("fairdesk.core", "fairdesk.storage", "fairdesk.reports", "fairdesk.commands")
QT_IMPORT = re.compile(r"^\s*(import\s+PySide6|from\s+PySide6[\s.])", re.MULTILINE)


def headless_modules() -> list[str]:
    """Every module under the headless packages (those that exist on this branch)."""
    names = ["fairdesk", "fairdesk.cli", "fairdesk.resources"]
    for package in HEADLESS:
        folder = PACKAGE / package.split(".", 1)[1]
        if not folder.is_dir():
            continue
        names.append(package)
        names += [m.name for m in pkgutil.walk_packages([str(folder)], prefix=package + ".")]
    return names


PROBE = """
import importlib, json, sys
names = json.loads(sys.argv[1])
for name in names:
    importlib.import_module(name)
from fairdesk.cli import build_parser
build_parser()
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))))
"""


def test_headless_modules_never_load_qt():
    names = headless_modules()
    assert "fairdesk.core.fair" in names and "fairdesk.storage.schema" in names
    assert "fairdesk.commands.fairs" in names
    proc = subprocess.run([sys.executable, "-c", PROBE, json.dumps(names)],
                          capture_output=True, text=True, timeout=120,
                          cwd=PACKAGE.parent)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == [], "Qt was loaded by a headless module"


def test_only_gui_qt_imports_pyside6():
    importers = sorted(str(p.relative_to(PACKAGE.parent)) for p in PACKAGE.rglob("*.py")
                       if QT_IMPORT.search(p.read_text(encoding="utf-8")))
    assert importers == ["fairdesk/gui/qt.py"]


def test_the_probe_would_notice_qt():
    """The check above can fail: a module taking Qt names shows up in the same probe.

    (``fairdesk.gui.qt`` itself loads PySide6 on the first name asked of it.)
    """
    proc = subprocess.run([sys.executable, "-c", PROBE, json.dumps(["fairdesk.gui.widgets.page"])],
                          capture_output=True, text=True, timeout=120, cwd=PACKAGE.parent)
    assert proc.returncode == 0, proc.stderr
    assert "PySide6.QtWidgets" in json.loads(proc.stdout)
