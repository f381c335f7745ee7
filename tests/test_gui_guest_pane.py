"""Issue 14 point 12: the guests page on a 1366 and a 1440 laptop, in English and Chinese:
the form whole beside the table (photo box, companions' Add button, no sideways scroll), the
table with more columns, filters reading "All categories" whole; columns chosen and kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from fairdesk.core.fair import Fair
from fairdesk.gui import prefs
from fairdesk.gui.app import create_application
from fairdesk.gui.main_window import MainWindow
from fairdesk.gui.qt import QPoint
from tests.conftest import TESTER, demo_fair_file
from tests.gui_laptop import own_laptop

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support raise")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_fair_file(tmp_path_factory, "pane", guests=120)


@pytest.fixture
def laptop(tmp_path: Path, qapp: object) -> Path:
    with own_laptop(tmp_path, lang=None) as folder:
        yield folder


def _guests(qtbot, demo_file: Path, tmp_path: Path, lang: str, size: tuple[int, int]):  # noqa: ANN001, ANN202
    create_application(lang)
    target = tmp_path / f"fair-{lang}.fair"
    if not target.exists():
        fair = Fair.open(demo_file, TESTER)
        fair.save_copy(target)
        fair.close()
    win = MainWindow(TESTER)
    qtbot.addWidget(win)
    win.open_fair_file(target)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.show_area("guests")
    guests = win.current_page().guest_list
    guests.view.selectRow(0)
    guests.on_form_timer_timeout()
    qtbot.waitUntil(lambda: guests.form.guest_id is not None, timeout=3000)
    return win, guests


def _inside(widget, viewport) -> bool:  # noqa: ANN001
    """The whole width of ``widget`` lies within ``viewport`` (nothing cut off at the right)."""
    left = widget.mapTo(viewport, QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= viewport.width()


def _whole(view) -> list[int]:  # noqa: ANN001
    """The columns shown whole, without scrolling sideways."""
    header = view.horizontalHeader()
    return [c for c in range(header.count()) if not header.isSectionHidden(c)
            and header.sectionViewportPosition(c) + header.sectionSize(c)
            <= view.viewport().width()]


def _whole_columns(view) -> int:  # noqa: ANN001
    return len(_whole(view))


@pytest.mark.parametrize(("lang", "size", "columns"), [
    ("en", (1366, 768), 5), ("en", (1440, 900), 6), ("zh", (1366, 768), 5),
    ("zh", (1440, 900), 6)])
def test_the_guest_pane_fits_beside_the_table(qtbot, laptop, demo_file, lang, size, columns) -> None:  # noqa: ANN001
    win, guests = _guests(qtbot, demo_file, laptop, lang, size)
    try:
        form = guests.form
        viewport = form.scroll.viewport()
        body = form.scroll.widget()
        assert body.width() >= body.minimumSizeHint().width()  # no field squeezed or cut
        assert _inside(form.photo, viewport) and _inside(form.photo.choose_button, viewport)
        assert _inside(form.companions.add_button, viewport)
        assert _whole_columns(guests.view) >= columns
        for key, box in guests.filters.items():
            text = box.itemText(0)  # "All categories", "全部邀请单位" …
            assert box.width() >= box.fontMetrics().horizontalAdvance(text) + 20, key
        for button in (guests.new_button, guests.letters_button, guests.export_button,
                       guests.export_all_button):  # "打印邀请函…" whole, not "打印邀请函·"
            assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()) + 20
        assert win.width() <= size[0]
        win.grab().save(str(laptop / f"guests-{lang}-{size[0]}.png"))
    finally:
        win.session.close()


def test_columns_chosen_from_the_header_survive_reopening(qtbot, laptop, demo_file) -> None:  # noqa: ANN001
    win, guests = _guests(qtbot, demo_file, laptop, "en", (1366, 768))
    try:
        assert 6 not in _whole(guests.view)  # the arrival is a scroll away
        menu = guests.columns.menu()
        entries = {a.text(): a for a in menu.actions()}
        assert not entries["Name"].isEnabled()  # a row always says whose it is
        entries["Organisation"].setChecked(False)
        entries["Category"].setChecked(False)
        hidden = [guests.view.isColumnHidden(c) for c in range(guests.model.columnCount())]
        assert hidden[:3] == [False, True, True]
        assert 6 in _whole(guests.view)  # the room goes to the others
    finally:
        win.session.close()
    win, guests = _guests(qtbot, demo_file, laptop, "en", (1366, 768))
    try:
        assert guests.columns.shown()[:3] == ["name", "state", "unit_name"]
        entries = {a.text(): a for a in guests.columns.menu().actions()}
        assert not entries["Organisation"].isChecked() and entries["State"].isChecked()
        entries["Organisation"].setChecked(True)
        assert "organisation" in guests.columns.shown()
    finally:
        win.session.close()
    assert prefs.hidden_columns("guests") == ["category"]
