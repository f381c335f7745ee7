"""The pages of the main window, one per area, in navigation order.

A page is a :class:`fairdesk.gui.pages.base.Page`. To add one, import its class
here and append it to ``page_classes()``; the main window builds the navigation
from this list. No placeholder pages: an area's page arrives with its issue.
"""

from __future__ import annotations


def page_classes() -> list[type]:
    from fairdesk.gui.pages.arrivals import ArrivalsPage
    from fairdesk.gui.pages.checkin import CheckInPage
    from fairdesk.gui.pages.dashboard import DashboardPage
    from fairdesk.gui.pages.escorts import EscortsPage
    from fairdesk.gui.pages.guests import GuestsPage
    from fairdesk.gui.pages.lodging import LodgingPage
    from fairdesk.gui.pages.meals import MealsPage
    from fairdesk.gui.pages.transport import TransportPage

    return [DashboardPage, GuestsPage, CheckInPage, ArrivalsPage, LodgingPage, TransportPage,
            EscortsPage, MealsPage]
