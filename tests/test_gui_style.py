"""One stylesheet: pages name a look (a role, a tone); the app stylesheet gives it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from fairdesk.gui import style
from fairdesk.gui.qt import QApplication, QColor, QLabel, QPalette

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
GUI = Path(__file__).resolve().parent.parent / "fairdesk" / "gui"


def _calls() -> list[tuple[Path, ast.Call]]:
    found = []
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                found.append((path, node))
    return found


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _looks_asked_for() -> set[tuple[str, str]]:
    """Every (property, value) a page asks for: set_role/set_tone(w, ...), _add(..., role=...)."""
    asked = set()
    for _path, call in _calls():
        values = []
        if _name(call) in ("set_role", "set_tone") and len(call.args) == 2:
            values.append((_name(call)[4:], call.args[1]))
        values += [(k.arg, k.value) for k in call.keywords if k.arg in ("role", "tone")]
        for prop, expr in values:
            asked |= {(prop, c.value) for c in ast.walk(expr)
                      if isinstance(c, ast.Constant) and isinstance(c.value, str) and c.value}
    return asked


def test_every_role_and_tone_a_page_uses_has_a_rule_in_the_app_stylesheet():
    asked = _looks_asked_for()
    assert ("role", "banner") in asked and ("tone", "missing") in asked  # the scan sees them
    missing = sorted(f'[{p}="{v}"]' for p, v in asked if f'[{p}="{v}"]' not in style.STYLESHEET)
    assert not missing, f"no rule in gui/style.py for {missing}"


def test_pages_hold_no_style_text():
    inline = [f"{path.relative_to(GUI)}:{call.lineno}" for path, call in _calls()
              if _name(call) == "setStyleSheet" and call.args
              and (isinstance(call.args[0], ast.JoinedStr)
                   or (isinstance(call.args[0], ast.Constant) and call.args[0].value))]
    assert not inline, f"style text outside gui/style.py: {inline}"


@pytest.fixture
def styled_app(qapp: QApplication):
    qapp.setStyleSheet(style.STYLESHEET)
    yield qapp
    qapp.setStyleSheet("")


def test_a_tone_shows_at_once_and_goes_again(qtbot, styled_app):
    label = QLabel("未保存")
    qtbot.addWidget(label)
    label.show()
    plain = label.palette().color(QPalette.ColorRole.WindowText)
    style.set_tone(label, "error")
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(style.ERROR_RED)
    style.set_tone(label, "ok")
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(style.OK_GREEN)
    style.set_tone(label, "")
    assert label.palette().color(QPalette.ColorRole.WindowText) == plain


def test_a_section_title_is_bold_even_inside_a_group_box(qtbot, styled_app):
    from fairdesk.gui.qt import QGroupBox, QVBoxLayout

    box = QGroupBox("基本信息")
    layout = QVBoxLayout(box)
    title, other = QLabel("座位"), QLabel("座位")
    layout.addWidget(title)
    layout.addWidget(other)
    style.set_role(title, "sectionTitle")
    qtbot.addWidget(box)
    box.show()
    assert title.font().bold() and not other.font().bold()
