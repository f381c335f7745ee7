"""The roster's long jobs from the window: auto-assign, pickups, seating, printouts.

Plans are computed from a snapshot, shown in a :class:`PlanPreview` to prune,
and applied on the GUI thread in one transaction. Printouts snapshot the fair
on the GUI thread and render in a worker (see :mod:`fairdesk.gui.printing`).
Each function returns what it started (dialog or worker) so tests can drive it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from fairdesk.core.errors import FairdeskError
from fairdesk.core.fair import Fair
from fairdesk.gui import roster_adapt as adapt
from fairdesk.gui.jobs import Worker, busy, show_failure, write_progress
from fairdesk.gui.models import NUMBER, Column
from fairdesk.gui.preview import PlanPreview
from fairdesk.gui.printing import print_to_file
from fairdesk.gui.qt import QCoreApplication, QMessageBox, QWidget

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
    """Run an apply function of the core; a refusal is shown as a sentence."""
    try:
        return apply(*args)
    except FairdeskError as err:
        show_failure(parent, str(err))
        return None


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


def auto_assign(parent: QWidget, fair: Fair, *, modal: bool = True) -> PlanPreview | None:
    """Plan, preview, then write the kept placements in one transaction."""
    try:
        with busy():
            plan = adapt.plan_rooms(fair)
    except FairdeskError as err:
        show_failure(parent, str(err))
        return None
    preview = auto_assign_preview(parent, plan)
    preview.accepted.connect(lambda: apply_placements(parent, fair, plan, preview.kept()))
    return _show(parent, preview, modal)


def apply_placements(parent: QWidget, fair: Fair, plan: Any, kept: list[dict]) -> Any:
    pruned = adapt.keep_placements(plan, kept)
    with write_progress(
        parent, translate("RosterActions", "Writing stays…"), len(kept)
    ) as progress:
        changes = _apply(parent, adapt.apply_rooms, fair, pruned, progress)
    if changes is not None:
        _say(parent, translate("RosterActions", "%1 stays written.").replace("%1", str(len(kept))))
    return changes


def _show(parent: QWidget, preview: PlanPreview, modal: bool) -> PlanPreview:
    parent._roster_preview = preview  # kept alive; tests reach it here
    if modal:
        preview.exec()
    else:
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


def generate_pickups(
    parent: QWidget, fair: Fair, day: str | None, *, modal: bool = True
) -> PlanPreview | None:
    """Propose pickup trips for the day's arrivals; write the checked ones."""
    try:
        with busy():
            plan = adapt.plan_pickups(fair, day)
    except FairdeskError as err:
        show_failure(parent, str(err))
        return None
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

    def accepted() -> None:
        changes = _apply(
            parent, adapt.apply_pickups, fair, adapt.keep_pickups(plan, preview.kept())
        )
        if changes is not None:
            _say(
                parent,
                translate("RosterActions", "%1 pickup trips created.").replace(
                    "%1", str(len(preview.kept()))
                ),
            )

    preview.accepted.connect(accepted)
    return _show(parent, preview, modal)


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


def seat_in_protocol_order(
    parent: QWidget, fair: Fair, sitting_id: str, *, modal: bool = True
) -> PlanPreview | None:
    if not sitting_id:
        show_failure(parent, translate("RosterActions", "Choose a sitting first."))
        return None
    try:
        plan = adapt.plan_seating(fair, sitting_id)
    except FairdeskError as err:
        show_failure(parent, str(err))
        return None
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
    return _show(parent, preview, modal)


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
        fair.get("hotels", hotel_id)["name"]
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
