"""The pages of the main window, one per area, in navigation order.

A page is a :class:`fairdesk.gui.pages.base.Page`. To add one, add its
:class:`PageSpec` to ``PAGES``: the main window lists every page in the
navigation from these specs and imports a page's module only when the page is
first shown (start-up imports the dashboard alone). A test checks each spec
against its class. No placeholder pages: an area's page arrives with its issue.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from fairdesk.gui.qt import QCoreApplication


@dataclass(frozen=True)
class PageSpec:
    """Where a page class lives, its area, and its title's English source (as its tr())."""

    module: str
    name: str  # the class name, also the translation context of its title
    area: str
    title: str
    cls: type | None = None  # set for a class given directly (tests)

    def load(self) -> type:
        return self.cls or getattr(importlib.import_module(self.module), self.name)

    def translated_title(self) -> str:
        return QCoreApplication.translate(self.name, self.title)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("fairdesk.gui.pages.dashboard", "DashboardPage", "dashboard", "Dashboard"),
    PageSpec("fairdesk.gui.pages.guests", "GuestsPage", "guests", "Guests"),
    PageSpec("fairdesk.gui.pages.checkin", "CheckInPage", "badges", "Check-in desk"),
    PageSpec("fairdesk.gui.pages.arrivals", "ArrivalsPage", "reception", "Arrivals"),
    PageSpec("fairdesk.gui.pages.lodging", "LodgingPage", "reception", "Lodging"),
    PageSpec("fairdesk.gui.pages.transport", "TransportPage", "reception", "Vehicles & trips"),
    PageSpec("fairdesk.gui.pages.escorts", "EscortsPage", "reception", "Escorts"),
    PageSpec("fairdesk.gui.pages.meals", "MealsPage", "reception", "Meals"),
)


def page_specs() -> list[PageSpec]:
    return list(PAGES)


def page_classes() -> list[type]:
    """Every page class (imports every page module)."""
    return [spec.load() for spec in PAGES]
