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
  :mod:`fairdesk.reports.roster` to render as PDF or .xlsx.
- :mod:`.transport`, :mod:`.stays`: the rules themselves, over rows read in one query per table.
- :mod:`.sample`: a roster to try things on (tests, bench).
"""

from fairdesk.core.roster.conflicts import conflicts_by_record, find_conflicts
from fairdesk.core.roster.model import CONFLICT_KINDS, Conflict

__all__ = ["CONFLICT_KINDS", "Conflict", "conflicts_by_record", "find_conflicts"]
