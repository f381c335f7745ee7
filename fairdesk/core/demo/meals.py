"""Meal sittings, the welcome banquet's tables and who sits where."""

from __future__ import annotations

import math

from fairdesk.core.demo.base import DAY1, DAY2, Demo, at, iso
from fairdesk.core.demo.travel import DAY0
from fairdesk.core.reception.meals import honour_seats, protocol_queue

# name, name_en, kind, venue key, session key, day, start, end, notes
SITTINGS = (
    ("欢迎酒会", "Welcome reception", "buffet", "banquet", None, DAY0, (19, 0), (21, 0),
     "提前抵达嘉宾"),
    ("自助早餐（各接待酒店）", "Breakfast at the hotels", "buffet", None, None, DAY1, (6, 30),
     (9, 0), "凭房卡用餐"),
    ("自助午餐（5月18日）", "Buffet lunch, 18 May", "buffet", "main", "lunch1", DAY1, (12, 0),
     (13, 30), "设清真、素食专区"),
    ("工作人员工作餐", "Staff meal", "set", "main", None, DAY1, (11, 15), (12, 15), ""),
    ("欢迎晚宴", "Welcome banquet", "banquet", "banquet", "banquet", DAY1, (18, 30), (20, 30),
     "按桌次入座，主桌凭席卡"),
    ("自助午餐（5月19日）", "Buffet lunch, 19 May", "buffet", "main", "lunch2", DAY2, (12, 0),
     (13, 30), ""),
)
STAFF_MEALS = ("工作人员工作餐",)  # fed to the staff, counted from the staff
HEAD_SEATS = 20
TABLE_SEATS = 10
_TABLE_NAMES = ("主桌", "海之韵", "港之光", "山之翠", "江之源", "云之溪")


def build_meals(demo: Demo) -> None:
    venues, sessions = demo.refs["venues"], demo.refs["sessions"]
    banquet = None
    for name, name_en, kind, venue, session, day, start, end, notes in SITTINGS:
        row = demo.add("meal_sittings", name=name, name_en=name_en, kind=kind,
                       diners="staff" if name in STAFF_MEALS else "guests",
                       venue_id=venues[venue]["id"] if venue else None,
                       session_id=sessions[session]["id"] if session else None,
                       starts_at=iso(at(day, *start)), ends_at=iso(at(day, *end)), notes=notes)
        if session == "banquet":
            banquet = row
        elif kind == "set":
            _tables(demo, row, 6, head=False)
    assert banquet is not None
    _banquet_seating(demo, banquet)


def _tables(demo: Demo, sitting: dict, count: int, *, head: bool) -> list[dict]:
    tables = []
    for number in range(1, count + 1):
        is_head = head and number == 1
        name = _TABLE_NAMES[number - 1] if head and number <= len(_TABLE_NAMES) else ""
        tables.append(demo.add("banquet_tables", sitting_id=sitting["id"], number=number,
                               name=name, seats=HEAD_SEATS if is_head else TABLE_SEATS,
                               is_head=1 if is_head else 0))
    return tables


def _banquet_seating(demo: Demo, sitting: dict) -> None:
    """Guests who came to the banquet, seated in protocol order by the planner's own rule:
    the top official hosts the head table (seat 1), the guests alternate right and left of
    them by rank; VIPs and officials fill the head table."""
    rows = {r["id"]: r for r in demo.rows["guests"]}
    queue = protocol_queue([rows[g.id] for g in demo.refs["attended"].get("banquet", [])],
                           head=True)
    count = 1 + math.ceil(max(0, len(queue) - HEAD_SEATS) / TABLE_SEATS) + 2  # two spare
    guests = iter(queue)
    for table in _tables(demo, sitting, count, head=True):
        for seat_no in honour_seats(table["seats"]):
            guest = next(guests, None)
            if guest is None:
                return
            demo.add("banquet_seats", table_id=table["id"], guest_id=guest["id"], seat_no=seat_no)
