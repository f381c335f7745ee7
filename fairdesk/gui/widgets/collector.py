"""Python's cycle collector runs on the GUI thread only, from a timer.

Left automatic, the collector runs in whichever thread happens to allocate when a
threshold is crossed, often a worker rendering a PDF. If the garbage it finds holds Qt
objects (a closed page, a dialog's menus), their C++ destructors then run in the worker
while the GUI thread deletes their siblings: each waits for a lock the other holds, and
the window freezes for good (seen in a print job: the worker in ``QObject::~QObject``
waiting for the GIL, the GUI thread holding it and waiting for Qt's mutex).

So, the usual cure for Qt programs: automatic collection is switched off and a timer on
the GUI thread runs the same generational collection, with the same thresholds.
Objects without cycles are still freed at once by reference counting, in any thread.
"""

from __future__ import annotations

import gc

from fairdesk.gui.qt import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Collects generation 0, 1 or 2 as their counts pass Python's own thresholds."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] <= self.thresholds[0]:
            return
        generation = 0
        if counts[1] > self.thresholds[1]:
            generation = 1
            if counts[2] > self.thresholds[2]:
                generation = 2
        gc.collect(generation)


def install_collector() -> MainThreadCollector | None:
    """Start the GUI thread's collector once per application (idempotent); None without one."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    collector = getattr(app, "_fairdesk_collector", None)
    if collector is None:
        collector = MainThreadCollector(app)
        app._fairdesk_collector = collector  # noqa: SLF001 — kept alive with the application
    elif gc.isenabled():  # something switched automatic collection back on
        gc.disable()
    return collector
