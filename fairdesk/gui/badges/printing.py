"""Printing badges from the window: warn before reprints, render in a worker, log the print.

SQLite stays on the GUI thread: the batch is issued and the snapshot read here,
the PDF is drawn by the window's one job runner (:func:`fairdesk.gui.widgets.jobs.run_job`,
a progress dialog with Cancel), and the print log is written back on the GUI
thread when it ends. A bug in the renderer is said in one sentence and logged there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fairdesk.base import files
from fairdesk.core.badges import issuing
from fairdesk.core.fair import Fair
from fairdesk.gui.qt import QCoreApplication, QMessageBox, QWidget
from fairdesk.gui.widgets import jobs
from fairdesk.gui.widgets.ops import FAILED, run_op

translate = QCoreApplication.translate  # literal contexts, for lupdate

SHOWN_WARNINGS = 8


def confirm_reprints(parent: QWidget, fair: Fair, guest_ids: list[str]) -> bool:
    """Ask before printing: characters no bundled font has would print blank, and
    reprinting badges already printed voids the old ones."""
    return confirm_unprintable(parent, fair, guest_ids) and _confirm_reprints(
        parent, fair, guest_ids)


def confirm_unprintable(parent: QWidget, fair: Fair, guest_ids: list[str]) -> bool:
    """Name the guests whose badge would have blanks (no font has the character)."""
    from fairdesk.core.badges.snapshot import printed_texts
    from fairdesk.reports.badges.cards import unprintable_badges

    blanks = unprintable_badges(printed_texts(fair, guest_ids))
    if not blanks:
        return True
    lines = blanks[:SHOWN_WARNINGS]
    if len(blanks) > SHOWN_WARNINGS:
        more = QCoreApplication.translate("BadgePrinting", "… and %1 more.")
        lines.append(more.replace("%1", str(len(blanks) - SHOWN_WARNINGS)))
    title = QCoreApplication.translate("BadgePrinting", "Print with blanks?")
    text = QCoreApplication.translate(
        "BadgePrinting", "No bundled font has some characters of these guests; they would "
        "print as blanks. Print anyway?")
    answer = QMessageBox.question(parent, title, text + "\n\n" + "\n".join(lines))
    return answer == QMessageBox.StandardButton.Yes


def _confirm_reprints(parent: QWidget, fair: Fair, guest_ids: list[str]) -> bool:
    printed = issuing.already_printed(fair, guest_ids)
    if not printed:
        return True
    lines = [str(p.warning) for p in printed[:SHOWN_WARNINGS]]
    if len(printed) > SHOWN_WARNINGS:
        more = QCoreApplication.translate("BadgePrinting", "… and %1 more.")
        lines.append(more.replace("%1", str(len(printed) - SHOWN_WARNINGS)))
    title = QCoreApplication.translate("BadgePrinting", "Reprint badges?")
    text = QCoreApplication.translate(
        "BadgePrinting", "%1 guest(s) already hold a printed badge. Printing again voids "
        "those badges: each of these guests will need their new badge, and the old one "
        "scans red at the door.").replace("%1", str(len(printed)))
    no = QMessageBox.StandardButton.No  # the default: Enter must not void badges in hand
    answer = QMessageBox.question(parent, title, text + "\n\n" + "\n".join(lines),
                                  QMessageBox.StandardButton.Yes | no, no)
    return answer == QMessageBox.StandardButton.Yes


def print_badges(parent: QWidget, fair: Fair, guest_ids: list[str], path: Path, size: str,
                 *, back: bool = False, done: Callable[[int], None] | None = None) -> jobs.Worker:
    """Issue, snapshot and render in a worker; the print log is written when it succeeds.

    ``done(pages)`` runs once the badges are logged. Raises FairdeskError (unknown
    guest or size) before anything starts.
    """
    batch = issuing.badges_for_printing(fair, guest_ids, size=size)
    # ReportLab and qrcode load when a badge is first printed, not at start-up
    from fairdesk.core.badges.snapshot import badge_job
    from fairdesk.reports.badges import cards
    from fairdesk.reports.badges import render as badge_render

    job = badge_job(fair, batch, back=back)
    partial = files.partial_path(path)  # drawn there, recorded, then given its name

    def render(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int:
        return badge_render.render(partial, job, size, back=back, progress=progress,
                                   cancelled=cancelled)

    def record_and_name() -> None:
        try:
            issuing.record_printed(fair, batch)
            files.finish(partial, path)
        except OSError as exc:
            raise files.write_error(path, exc) from exc
        finally:
            files.discard(partial)

    def on_rendered(pages: int) -> None:
        title = translate("BadgePrinting", "Badges not printed")
        logged = run_op(_owner(parent), record_and_name, title=title)
        if logged is not FAILED and done is not None:
            done(pages)

    # non-modal, as before: the desk keeps working while a batch draws; the PDF is on disk
    # once the renderer returns, so a late Cancel must not leave it unlogged
    worker = jobs.run_job(parent, translate("BadgePrinting", "Drawing badges…"), render,
                          on_rendered, lambda message: not_printed(parent, message),
                          modal=False, keep_late_result=True)
    worker.cancelled_by_user.connect(lambda: not_printed(parent, str(cards.RenderCancelled())))
    return worker


def not_printed(parent: QWidget, message: str) -> None:
    """Say why the badges were not printed (a refusal, a cancel, or a bug in one sentence)."""
    title = translate("BadgePrinting", "Badges not printed")
    QMessageBox.warning(_owner(parent), title, message)


def _owner(parent: QWidget) -> QWidget | None:
    """The page, unless it was closed while the badges were drawn (then the box stands alone)."""
    return parent if jobs.alive(parent) else None


def print_proof(parent: QWidget, fair: Fair, guest_ids: list[str], path: Path, size: str,
                *, back: bool = False, done: Callable[[int], None] | None = None) -> jobs.Worker:
    """A proof: a few guests' badges in the chosen layout, for plain paper; their codes do
    not admit, and nothing is issued, voided or logged. Raises FairdeskError."""
    batch = issuing.proof_batch(fair, guest_ids, size=size)
    from fairdesk.core.badges.snapshot import badge_job
    from fairdesk.reports.badges import cards

    job = badge_job(fair, batch, back=back)
    partial = files.partial_path(path)

    def render(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int:
        return cards.render_badges(partial, job, size, back=back, progress=progress,
                                   cancelled=cancelled)

    def finish(pages: int) -> None:
        files.finish(partial, path)
        if done is not None:
            done(pages)

    title = QCoreApplication.translate("BadgePrinting", "Proof print")
    return jobs.run_job(parent, title, render, finish)
