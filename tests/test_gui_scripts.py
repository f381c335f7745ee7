"""The window shows every script a name is written in, in the fonts the printouts use,
without Qt's font log (issue 15, point 1: "OpenType support missing for … script 11").

Qt's note is an *info* message (``qt_log_level_fail = WARNING`` lets it pass) written once
per process, the first time the script is set: the window is started in a fresh process
and its stderr read."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from fairdesk.gui.qt import QFont, QFontMetrics, QLabel

NAMES = ["דוד כהן", "محمد بن سلمان", "สมชาย ใจดี", "राहुल शर्मा", "김민준", "渡邉さくら",
         "Иван Петров", "𠮷田", "刘䶮", "Ana 😀 Silva"]


@pytest.fixture
def app_font(qapp):
    from fairdesk.gui.app import install_font

    before = qapp.font()
    install_font(qapp)
    yield qapp
    qapp.setFont(before)


def _ink(label: QLabel) -> int:
    image = label.grab().toImage()
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixelColor(x, y).lightness() < 128)


@pytest.mark.parametrize("name", NAMES)
def test_a_name_in_any_script_is_shown(app_font, qtbot, name):
    label = QLabel(name)
    qtbot.addWidget(label)
    label.resize(320, 48)
    label.show()
    qtbot.waitExposed(label)
    blank = QLabel("")
    qtbot.addWidget(blank)
    blank.resize(320, 48)
    assert _ink(label) > _ink(blank) + 40, name
    families = app_font.font().families()
    for char in name.replace(" ", ""):  # each letter in a font of the window's (no tofu)
        assert any(QFontMetrics(QFont(f)).inFontUcs4(ord(char)) for f in families), char


def test_the_indic_font_comes_before_the_others_in_the_window(app_font):
    families = app_font.font().families()
    assert families[:2] == ["WenQuanYi Micro Hei", "Noto Sans Devanagari"]


SHOW = """
from fairdesk.gui.app import create_application
from fairdesk.gui.qt import QLabel
app = create_application("zh")
for name in NAMES:
    label = QLabel(name)
    label.show()
    label.grab()
print("shown")
"""


def test_no_font_warning_when_names_in_every_script_are_shown():
    """Devanagari (Qt's script 11) made Qt log "OpenType support missing for 'WenQuanYi
    Micro Hei', script 11" and the same for each fallback before Noto Sans Devanagari."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", f"NAMES = {NAMES!r}\n{SHOW}"], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.stdout.strip() == "shown", done.stderr
    assert "OpenType support missing" not in done.stderr, done.stderr
