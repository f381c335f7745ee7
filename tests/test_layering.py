"""The core, the storage, the reports and the headless commands never load Qt;
the GUI and the reports hold no SQL (they call the core's readers)."""

from __future__ import annotations

import json
import pkgutil
import re
import subprocess
import sys
import tokenize
from io import StringIO
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


# --- no SQL above the core ---------------------------------------------------------------
SQL_FREE = ("gui", "reports")
# fairdesk writes SQL in capitals, so capitals only: "select the trip (from …)" in a
# docstring is English. Lower-case SQL still has to reach the database through a call.
SQL_TEXT = re.compile(r"\bSELECT\b[\s\S]*?\bFROM\b|\bINSERT\s+(?:OR\s+\w+\s+)?INTO\b"
                      r"|\bUPDATE\s+\S+\s+SET\b|\bDELETE\s+FROM\b|\bPRAGMA\s+\w+")
SQL_CALLS = {"rows", "rows_in", "scalar", "execute", "executemany", "executescript"}
STRING_PARTS = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", -1)}  # 3.12 splits f-strings
SKIPPED = {tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT,
           getattr(tokenize, "FSTRING_START", -1), getattr(tokenize, "FSTRING_END", -1)}


def _strings(tokens: list[tokenize.TokenInfo]) -> list[tuple[int, str]]:
    """Each string literal (adjacent ones joined, as Python joins them) with its first line."""
    found: list[tuple[int, str]] = []
    run: list[tokenize.TokenInfo] = []
    for tok in [*tokens, None]:
        if tok is not None and tok.type in STRING_PARTS:
            run.append(tok)
        elif tok is None or tok.type not in SKIPPED:
            if run:
                found.append((run[0].start[0], " ".join(t.string for t in run)))
            run = []
    return found


def _calls(tokens: list[tokenize.TokenInfo]) -> list[tuple[int, str]]:
    """Database calls: ``.rows(sql…)``, ``.scalar(``, ``.execute(``…, ``fair.count(``, ``.db``.

    (``model.rows()`` without arguments is a table model's, ``layout.count()`` Qt's.)
    """
    code = [t for t in tokens if t.type not in SKIPPED]
    found = []
    for i in range(1, len(code) - 2):
        before, name, after, then = code[i - 1], code[i], code[i + 1], code[i + 2]
        if before.string != "." or name.type != tokenize.NAME:
            continue
        call = after.string == "(" and (name.string != "rows" or then.string != ")")
        if (call and name.string in SQL_CALLS) or name.string == "db" or (
                call and name.string == "count" and code[i - 2].string == "fair"):
            found.append((name.start[0], f".{name.string}"))
    return found


def sql_in(source: str) -> list[tuple[int, str]]:
    """(line, what) of each SQL statement or database call in Python ``source``."""
    tokens = list(tokenize.generate_tokens(StringIO(source).readline))
    texts = [(line, "SQL " + m.group(0).split()[0]) for line, text in _strings(tokens)
             for m in [SQL_TEXT.search(text)] if m]
    return sorted(texts + _calls(tokens))


def test_gui_and_reports_hold_no_sql():
    found = [f"{path.relative_to(PACKAGE.parent)}:{line}: {what}"
             for folder in SQL_FREE for path in sorted((PACKAGE / folder).rglob("*.py"))
             for line, what in sql_in(path.read_text(encoding="utf-8"))]
    assert found == [], "SQL belongs in the core's readers:\n" + "\n".join(found)


SAMPLE = '''
rows = fair.rows(
    "SELECT g.name, g.title"
    " FROM guests g WHERE g.id = ?", [gid])
fair.db.conn.total_changes
QUERY = f"UPDATE [{table}] SET name = ?"
n = self.session.fair.count("guests")
first = self.fair.scalar(query)
"""INSERT OR REPLACE INTO tombstones (id) VALUES (?)"""
# SELECT name FROM guests  (a comment is no SQL)
self.sittings.model.rows()
self.layout.count()
self.fair.guests.count("guests")
SELECTION = "Select the guests from the list, then print the selection."
'''


def test_the_sql_scan_would_notice_sql():
    assert sql_in(SAMPLE) == [(2, ".rows"), (3, "SQL SELECT"), (5, ".db"), (6, "SQL UPDATE"),
                              (7, ".count"), (8, ".scalar"), (9, "SQL INSERT")]
