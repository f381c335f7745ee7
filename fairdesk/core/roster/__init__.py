"""The reception roster's rules and plans, without Qt.

- :mod:`.conflicts`: every clash (double bookings, capacity, arrivals) found at once,
  or for one proposed change (the services refuse it).
- :mod:`.lodging`: auto-assign attending guests to hotel rooms (a preview, then apply).
- :mod:`.pickups`: pickup trips generated from the arrivals list (a preview, then apply).
- :mod:`.meals`: headcounts, dietary counts, seating in protocol order.
- :mod:`.arrivals`: the arrivals board and a guest's whole chain (stay, trips, escort, meals).
"""

from fairdesk.core.roster.conflicts import conflicts_by_record, find_conflicts
from fairdesk.core.roster.model import CONFLICT_KINDS, Conflict

__all__ = ["CONFLICT_KINDS", "Conflict", "conflicts_by_record", "find_conflicts"]
