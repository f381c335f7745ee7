"""The roster's long jobs from the window: auto-assign, pickups, seating, printouts.

Plans read a snapshot of the fair on the GUI thread, are computed from it in a
worker thread behind a progress dialog with Cancel, then shown in a
:class:`PlanPreview` to prune, and applied on the GUI thread in one transaction.
Printouts snapshot the fair on the GUI thread and render in a worker (see
:mod:`fairdesk.gui.widgets.printing`). Each function returns the worker it started;
the preview, once open, is ``parent._roster_preview`` (tests drive it there).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from fairdesk.core.fair import Fair
from fairdesk.core.vocab import named
from fairdesk.gui.qt import QCoreApplication, QMessageBox, QWidget
from fairdesk.gui.reception import adapt
from fairdesk.gui.widgets.jobs import RUNNING, Worker, plan_in_worker, show_failure, write_progress
from fairdesk.gui.widgets.models import NUMBER, Column
from fairdesk.gui.widgets.ops import FAILED, run_op
from fairdesk.gui.widgets.preview import PlanPreview
from fairdesk.gui.widgets.printing import print_to_file

translate = QCoreApplication.translate  # literal contexts, for lupdate


def _say(parent: QWidget, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("RosterActions", "Done"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.open()


def _apply(parent: QWidget, apply: Any, *args: Any) -> Any:
    """Run an apply function of the core; a refusal is shown as a sentence (and None returned)."""
    changes = run_op(parent, lambda: apply(*args),
                     on_error=lambda err: show_failure(parent, str(err)))
    return None if changes is FAILED else changes


def _columns(*specs: tuple[str, str]) -> list[Column]:
    """Columns from (key, translated heading); numbers right-aligned."""
    numeric = {"nights", "count", "table", "seat_no"}
    return [
        Column(key, (lambda text=text: text), align=NUMBER if key in numeric else Column.align)
        for key, text in specs
    ]


# --- auto-assign rooms ----------------------------------------------------------------------
def placement_columns() -> list[Column]:
    return _columns(
        ("person", translate("RosterActions", "Guest")),
        ("category", translate("RosterActions", "Category")),
        ("hotel", translate("RosterActions", "Hotel")),
        ("room", translate("RosterActions", "Room")),
        ("type", translate("RosterActions", "Type")),
        ("check_in", translate("RosterActions", "Check-in")),
        ("check_out", translate("RosterActions", "Check-out")),
        ("nights", translate("RosterActions", "Nights")),
        ("sharing", translate("RosterActions", "Sharing with")),
        ("reason", translate("RosterActions", "Why there")),
    )


def unplaced_columns() -> list[Column]:
    return _columns(
        ("person", translate("RosterActions", "Guest")),
        ("category", translate("RosterActions", "Category")),
        ("reason", translate("RosterActions", "Reason")),
    )


def auto_assign_preview(parent: QWidget, plan: Any) -> PlanPreview:
    rows = adapt.placement_rows(plan)
    left = adapt.unplaced_rows(plan)
    summary = (
        str(plan.summary())
        + "\n"
        + translate(
            "RosterActions",
            "Uncheck any placement you do not want, then accept: nothing is written before.",
        )
    )
    return PlanPreview(
        translate("RosterActions", "Auto-assign rooms"),
        summary,
        placement_columns(),
        rows,
        unplaced_columns(),
        left,
        accept_text=translate("RosterActions", "Write the checked stays"),
        parent=parent,
    )


def auto_assign(parent: QWidget, fair: Fair) -> Worker | None:
    """Plan in a worker, preview, then write the kept placements in one transaction."""

    def planned(plan: Any) -> None:
        preview = auto_assign_preview(parent, plan)
        preview.accepted.connect(lambda: apply_placements(parent, fair, plan, preview.kept()))
        _show(parent, preview)

    return _plan(
        parent,
        fair,
        translate("RosterActions", "Planning rooms…"),
        lambda: adapt.rooms_snapshot(fair),
        adapt.plan_rooms,
        planned,
    )


def apply_placements(parent: QWidget, fair: Fair, plan: Any, kept: list[dict]) -> Any:
    return _write(
        parent,
        translate("RosterActions", "Writing stays…"),
        translate("RosterActions", "%1 stays written."),
        lambda progress: adapt.apply_rooms(fair, adapt.keep_placements(plan, kept), progress),
        len(kept),
    )


def _write(parent: QWidget, label: str, said: str, apply: Any, count: int) -> Any:
    """``apply(progress)`` behind a write progress bar; ``said`` (with %1 = count) when done."""
    with write_progress(parent, label, count) as progress:
        changes = _apply(parent, apply, progress)
    if changes is not None:
        _say(parent, said.replace("%1", str(count)))
    return changes


def _plan(
    parent: QWidget, fair: Fair, label: str, snapshot: Any, plan: Any, planned: Any
) -> Worker | None:
    """Snapshot here, plan in a worker (progress, Cancel), then ``planned(result)`` here.

    None while the page's previous plan is still running (a second click before the
    progress dialog shows); the result is dropped if another fair was opened meanwhile.
    """
    if getattr(parent, "_roster_planner", None) in RUNNING:
        return None
    parent._roster_preview = None

    def still_current(result: Any) -> None:
        session = getattr(parent, "session", None)
        if session is None or session.fair is fair:
            planned(result)

    worker = plan_in_worker(parent, label, snapshot, plan, still_current)
    parent._roster_planner = worker
    return worker


def _show(parent: QWidget, preview: PlanPreview) -> PlanPreview:
    """Open the preview window-modal (the event loop goes on: no nested exec)."""
    parent._roster_preview = preview  # kept alive; tests reach it here
    preview.open()
    return preview


# --- pickups -------------------------------------------------------------------------------
def pickup_columns() -> list[Column]:
    columns = _columns(
        ("place", translate("RosterActions", "Airport/station")),
        ("window", translate("RosterActions", "Arrivals")),
        ("flight", translate("RosterActions", "Flight/train")),
        ("starts", translate("RosterActions", "Leaves")),
        ("to", translate("RosterActions", "To")),
        ("count", translate("RosterActions", "Passengers")),
        ("vehicle", translate("RosterActions", "Vehicle (seats)")),
        ("driver", translate("RosterActions", "Driver")),
        ("escort", translate("RosterActions", "Escort")),
        ("guests", translate("RosterActions", "Guests")),
    )
    columns[-1] = replace(columns[-1], tooltip=lambda r: r["reason"])
    return columns


def generate_pickups(parent: QWidget, fair: Fair, day: str | None) -> Worker | None:
    """Propose pickup trips for the day's arrivals (planned in a worker); write the checked ones."""
    return _plan(
        parent,
        fair,
        translate("RosterActions", "Planning pickups…"),
        lambda: adapt.pickups_snapshot(fair, day),
        adapt.plan_pickups,
        lambda plan: _show(parent, pickups_preview(parent, fair, plan)),
    )


def pickups_preview(parent: QWidget, fair: Fair, plan: Any) -> PlanPreview:
    rows = adapt.pickup_rows(plan)
    left = adapt.pickup_left(plan)
    summary = (
        str(plan.summary())
        + "\n"
        + translate(
            "RosterActions",
            "Trips are grouped by airport or station and time window. Uncheck any trip you do "
            "not want, then accept: nothing is written before.",
        )
    )
    preview = PlanPreview(
        translate("RosterActions", "Generate pickups"),
        summary,
        pickup_columns(),
        rows,
        unplaced_columns(),
        left,
        accept_text=translate("RosterActions", "Create the checked trips"),
        left_title=translate("RosterActions", "No car for"),
        parent=parent,
    )
    preview.accepted.connect(lambda: apply_pickups(parent, fair, plan, preview.kept()))
    return preview


def apply_pickups(parent: QWidget, fair: Fair, plan: Any, kept: list[dict]) -> Any:
    return _write(
        parent,
        translate("RosterActions", "Writing trips…"),
        translate("RosterActions", "%1 pickup trips created."),
        lambda progress: adapt.apply_pickups(fair, adapt.keep_pickups(plan, kept), progress),
        len(kept),
    )


# --- banquet seating -------------------------------------------------------------------------
def seating_columns() -> list[Column]:
    return _columns(
        ("table", translate("RosterActions", "Table")),
        ("seat_no", translate("RosterActions", "Seat")),
        ("guest", translate("RosterActions", "Guest")),
        ("title", translate("RosterActions", "Title")),
        ("organisation", translate("RosterActions", "Organisation")),
        ("category", translate("RosterActions", "Category")),
    )


def seat_in_protocol_order(parent: QWidget, fair: Fair, sitting_id: str) -> Worker | None:
    """Seat the sitting's expected guests in honour order (planned in a worker), as a preview."""
    if not sitting_id:
        show_failure(parent, translate("RosterActions", "Choose a sitting first."))
        return None
    return _plan(
        parent,
        fair,
        translate("RosterActions", "Planning seats…"),
        lambda: adapt.seating_snapshot(fair, sitting_id),
        adapt.plan_seating,
        lambda plan: _show(parent, seating_preview(parent, fair, plan)),
    )


def seating_preview(parent: QWidget, fair: Fair, plan: Any) -> PlanPreview:
    rows = adapt.seating_rows(plan)
    left = adapt.seating_left(plan)
    preview = PlanPreview(
        translate("RosterActions", "Seat in protocol order"),
        translate(
            "RosterActions",
            "Guests seated by protocol order, head table first. "
            "Uncheck any seat you want to fill by hand.",
        ),
        seating_columns(),
        rows,
        unplaced_columns(),
        left,
        accept_text=translate("RosterActions", "Seat the checked guests"),
        left_title=translate("RosterActions", "No seat for"),
        parent=parent,
    )
    preview.accepted.connect(
        lambda: _apply(parent, adapt.apply_seating, fair, adapt.keep_seating(plan, preview.kept()))
    )
    return preview


# --- printouts ---------------------------------------------------------------------------------
def _print(parent: QWidget, kind: str, suggested: str, *args: Any, **kwargs: Any) -> Worker | None:
    title = {
        "rooming": translate("RosterActions", "Rooming list"),
        "dispatch": translate("RosterActions", "Dispatch sheets"),
        "escort": translate("RosterActions", "Escort sheets"),
        "arrivals": translate("RosterActions", "Arrivals board"),
        "tables": translate("RosterActions", "Banquet table plan"),
        "arrivals_xlsx": translate("RosterActions", "Arrivals (Excel)"),
        "meal_counts": translate("RosterActions", "Meal counts and dietary needs"),
    }[kind]
    snapshot, render = adapt.printout(kind)
    worker = print_to_file(parent, title, suggested, lambda: snapshot(*args), render, **kwargs)
    parent._roster_worker = worker
    return worker


def print_rooming_list(parent: QWidget, fair: Fair, hotel_id: str = "", **kw: Any) -> Worker | None:
    name = (
        named(fair.get("hotels", hotel_id))
        if hotel_id
        else translate("RosterActions", "all-hotels")
    )
    return _print(parent, "rooming", f"rooming-list-{name}.pdf", fair, hotel_id or None, **kw)


def print_dispatch_sheets(parent: QWidget, fair: Fair, day: str, **kw: Any) -> Worker | None:
    day = day or date.today().isoformat()
    return _print(parent, "dispatch", f"dispatch-{day}.pdf", fair, day, **kw)


def print_escort_sheets(parent: QWidget, fair: Fair, **kw: Any) -> Worker | None:
    return _print(parent, "escort", "escort-sheets.pdf", fair, **kw)


def print_arrivals_board(parent: QWidget, fair: Fair, day: str, **kw: Any) -> Worker | None:
    return _print(parent, "arrivals", f"arrivals-{day}.pdf", fair, day, **kw)


def export_arrivals(parent: QWidget, fair: Fair, day: str, **kw: Any) -> Worker | None:
    return _print(parent, "arrivals_xlsx", f"arrivals-{day}.xlsx", fair, day, **kw)


def print_table_plan(parent: QWidget, fair: Fair, sitting_id: str, **kw: Any) -> Worker | None:
    if not sitting_id:
        show_failure(parent, translate("RosterActions", "Choose a sitting first."))
        return None
    return _print(parent, "tables", "table-plan.pdf", fair, sitting_id, **kw)


def print_meal_counts(parent: QWidget, fair: Fair, **kw: Any) -> Worker | None:
    return _print(parent, "meal_counts", "meal-counts.pdf", fair, **kw)
