"""The dashboard's charts show the core's figures; the wall view follows changes."""

from __future__ import annotations

import sys

import pytest

from fairdesk.core import charts as series
from fairdesk.core import dashboard as figures
from fairdesk.gui.session import FairSession

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
DAY = "2026-05-18"


@pytest.fixture
def session(fair, qtbot):
    s = FairSession()
    s.fair = fair
    fair.add_listener(s._on_core_changes)
    yield s
    fair.remove_listener(s._on_core_changes)


@pytest.fixture
def filled(fair):
    g = fair.guests
    for n, (hour, state) in enumerate(((9, "arrived"), (9, "attending"), (14, "attending"),
                                       (14, "declined"))):
        g.create("guests", name=f"嘉宾{n}", country="CN", state=state, category="guest",
                 arrival_at=f"{DAY} {hour:02d}:30", replied_on=f"2026-04-0{n + 1}")
    return fair


def test_series_match_the_core_figures(filled):
    hourly = series.by_hour(filled, DAY)
    assert hourly.arrivals[9] == 2 and hourly.arrivals[14] == 1  # the declined one is not due
    assert sum(hourly.arrivals) == 3
    replies = series.replies_over_time(filled)
    assert replies.values == [1.0, 2.0, 3.0, 4.0]
    rooms = series.rooms(filled)
    reception = figures.reception_figures(filled)
    assert rooms.values == [reception.attending, reception.lodged] == [3, 0]


def test_the_charts_load_after_the_first_paint_and_show_the_figures(filled, session, qtbot):
    from fairdesk.gui.dashboard import DashboardPage

    page = DashboardPage(session)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.refresh()
    assert page.charts is None  # built only once shown
    page.show()
    qtbot.waitUntil(lambda: page.charts is not None, timeout=10000)
    assert "pyqtgraph" in sys.modules
    hourly = series.by_hour(filled)
    assert page.charts.hourly.heights("arrivals") == [float(n) for n in hourly.arrivals]
    assert page.charts.rooms.heights("rooms") == [3.0, 0.0]
    filled.guests.create("guests", name="新嘉宾", country="CN", state="attending",
                         category="guest")
    assert page.charts.rooms.heights("rooms") == [4.0, 0.0]  # refreshed with the change


def test_the_wall_view_shows_the_headlines_and_the_last_change(filled, session, qtbot):
    from fairdesk.gui.wall import WallView

    wall = WallView(session)
    qtbot.addWidget(wall)
    wall.show()
    assert wall.values["attending"].text() == "3"
    assert "—" in wall.last_change.text()
    filled.guests.create("guests", name="新嘉宾", country="CN", state="attending",
                         category="guest")
    assert wall.values["attending"].text() == "4"
    assert ":" in wall.last_change.text().split("·")[0]
