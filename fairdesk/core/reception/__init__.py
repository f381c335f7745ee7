"""The reception roster's rules and plans, without Qt.

- :mod:`.conflicts`: every clash (double bookings, capacity, arrivals) found at once,
  or for one proposed change (the services refuse it).
- :mod:`.lodging`: auto-assign attending guests to hotel rooms (a preview, then apply).
- :mod:`.pickups`: pickup trips generated from the arrivals list (a preview, then apply).
- :mod:`.meals`: headcounts, dietary counts, seating in protocol order.
- :mod:`.arrivals`: the arrivals board; :mod:`.chain`: a guest's whole chain (stay, trips,
  escort, meals), the one source for the guest form, the arrivals panel and the desk card.
- :mod:`.sheets`, :mod:`.mealsheets`: plain snapshots of the printed lists (rooming lists,
  dispatch and escort sheets, arrivals board, meal counts, table plan) for
  :mod:`fairdesk.reports.reception` to render as PDF or .xlsx.
- :mod:`.transport`, :mod:`.stays`: the rules themselves, over rows read in one query per table.
- :mod:`.views`: what the roster pages show, as typed rows (one module per page), and the
  clashes filed under the records they involve.
- :mod:`.sample`: a roster to try things on (tests, bench).
"""

from __future__ import annotations

from typing import Any

__all__ = ["CONFLICT_KINDS", "Conflict", "conflicts_by_record", "find_conflicts"]
_HOME = {"conflicts_by_record": "conflicts", "find_conflicts": "conflicts",
         "CONFLICT_KINDS": "model", "Conflict": "model"}


def __getattr__(name: str) -> Any:
    """The rules load when first used, so reading one guest's chain stays light."""
    if name in _HOME:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
