"""The main window's pages, each built (and its module imported) the first time it is shown.

Start-up builds only the visible page; the navigation still lists every page,
its title from its :class:`PageSpec`. A page class given directly (tests) has
its title read from the class (``title()`` called on a stand-in that only knows
``tr``); one whose title needs a real instance is built at once.
"""

from __future__ import annotations

from fairdesk.gui.pages import PageSpec
from fairdesk.gui.qt import QCoreApplication, QStackedWidget, QWidget
from fairdesk.gui.session import FairSession
from fairdesk.gui.widgets.page import Page


class _TitleReader:
    """Stands in for a page instance so ``cls.title(reader)`` gives the translated title."""

    def __init__(self, cls: type[Page]) -> None:
        self._context = cls.__name__

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self._context, text, disambiguation, n)


def class_title(cls: type[Page]) -> str | None:
    """The page's title without building it, or None when the title needs an instance."""
    try:
        title = cls.title(_TitleReader(cls))  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - any failure means "build it to ask"
        return None
    return title if isinstance(title, str) else None


def _spec_of(cls: type[Page]) -> PageSpec:
    return PageSpec(cls.__module__, cls.__name__, cls.area, "", cls=cls)


class PageStack(QStackedWidget):
    """One slot per page class; a slot holds a placeholder until its page is first shown."""

    def __init__(self, session: FairSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.specs: list[PageSpec] = []
        self._built: dict[int, Page] = {}

    def load(self, pages: list[PageSpec | type[Page]], current: int = 0) -> list[str]:
        """Replace all pages with ``pages`` (specs or classes); builds the ``current`` one.

        Returns the navigation titles."""
        self.clear()
        self.specs = [p if isinstance(p, PageSpec) else _spec_of(p) for p in pages]
        titles = []
        for row, spec in enumerate(self.specs):
            title = None if row == current else (
                spec.translated_title() if spec.cls is None else class_title(spec.cls))
            if title is None:
                title = self._build(row, slot=None).title()
            else:
                self.addWidget(QWidget())
            titles.append(title)
        self.show_row(min(current, len(self.specs) - 1))
        return titles

    def clear(self) -> None:
        for page in self._built.values():
            self.session.fair_opened.disconnect(page.on_fair_opened)
            self.session.fair_changed.disconnect(page.on_fair_changed)
        while self.count():
            widget = self.widget(0)
            self.removeWidget(widget)
            widget.deleteLater()
        self._built.clear()
        self.specs = []

    def _build(self, row: int, slot: QWidget | None) -> Page:
        page = self.specs[row].load()(self.session, self)
        page.refresh_when_hidden = False
        self._built[row] = page
        if slot is None:
            self.addWidget(page)
        else:
            self.insertWidget(row, page)
            self.removeWidget(slot)
            slot.deleteLater()
        if self.session.fair is not None:
            page.request_refresh()  # it missed fair_opened: refresh when shown
        return page

    def page_at(self, row: int) -> Page | None:
        """The page in ``row``, built now if it was not yet."""
        if not 0 <= row < len(self.specs):
            return None
        return self._built.get(row) or self._build(row, slot=self.widget(row))

    def built_pages(self) -> list[Page]:
        return [self._built[row] for row in sorted(self._built)]

    def row_of(self, area: str) -> int:
        """The row of the first page of ``area``, or -1."""
        return next((row for row, spec in enumerate(self.specs) if spec.area == area), -1)

    def row_of_class(self, page_class: type) -> int:
        """The row of the page built from ``page_class``, or -1."""
        return next((row for row, spec in enumerate(self.specs)
                     if spec.name == page_class.__name__), -1)

    def show_row(self, row: int) -> None:
        if self.page_at(row) is not None:
            self.setCurrentIndex(row)
