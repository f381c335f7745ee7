"""The pages of the main window, one per area, in navigation order.

A page is a :class:`fairdesk.gui.widgets.page.Page`. To add one, add its
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
    PageSpec("fairdesk.gui.dashboard", "DashboardPage", "dashboard", "Dashboard"),
    PageSpec("fairdesk.gui.guests.page", "GuestsPage", "guests", "Guests"),
    PageSpec("fairdesk.gui.checkin.page", "CheckInPage", "badges", "Check-in desk"),
    PageSpec("fairdesk.gui.badges.layout_page", "BadgeLayoutPage", "badges", "Badge layout"),
    PageSpec("fairdesk.gui.reception.arrivals_page", "ArrivalsPage", "reception", "Arrivals"),
    PageSpec("fairdesk.gui.reception.lodging_page", "LodgingPage", "reception", "Lodging"),
    PageSpec("fairdesk.gui.reception.transport_page", "TransportPage", "reception", "Vehicles & trips"),
    PageSpec("fairdesk.gui.reception.escorts_page", "EscortsPage", "reception", "Escorts"),
    PageSpec("fairdesk.gui.reception.meals_page", "MealsPage", "reception", "Meals"),
    PageSpec("fairdesk.gui.security.page", "SecurityPage", "security", "Security"),
    PageSpec("fairdesk.gui.signing.page", "SigningPage", "signing", "Signing"),
    PageSpec("fairdesk.gui.agenda.page", "AgendaPage", "agenda", "Agenda"),
    PageSpec("fairdesk.gui.audit.page", "AuditPage", "audit", "Audit log"),
)


def page_specs() -> list[PageSpec]:
    return list(PAGES)


def page_classes() -> list[type]:
    """Every page class (imports every page module)."""
    return [spec.load() for spec in PAGES]
