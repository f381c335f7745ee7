"""The reception roster: lodging, vehicles and trips, escorts, meals — rules, plans, lists.

- :mod:`.service`: :class:`~.service.ReceptionService` (``fair.reception``), the roster's
  records created, changed and deleted, each change refused when it would clash.
- :mod:`.conflicts`: every clash (double bookings, capacity, arrivals) found at once,
  or for one proposed change; the rules themselves over rows read in one query per
  table: :mod:`.lodging` (rooms, blocks, stays), :mod:`.transport` (vehicles, drivers,
  escorts, passengers); :mod:`.model` holds the plain values they share.
- Plans, each a preview first, then applied: :mod:`.room_plan` (auto-assign attending
  guests to rooms), :mod:`.pickup_plan` (pickup trips from the arrivals list),
  :mod:`.meals` (headcounts, dietary counts, seating in protocol order).
- :mod:`.arrivals`: the arrivals board; :mod:`.chain`: a guest's whole chain (stay, trips,
  escort, meals), the one source for the guest form, the arrivals panel and the desk card.
- Printed lists as plain snapshots (:class:`~.sheet.Sheet`): :mod:`.lists` (rooming lists,
  dispatch and escort sheets, the arrivals board), :mod:`.meal_lists` (meal counts, the
  table plan), rendered by :mod:`fairdesk.reports.reception` as PDF or .xlsx.
- :mod:`.views`: what the roster pages show, as typed rows (one module per page), and the
  clashes filed under the records they involve.
- :mod:`.sample`: a roster to try things on (tests, bench).
"""
