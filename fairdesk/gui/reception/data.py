"""What the roster pages show, read on the GUI thread as plain dict rows.

The rules (conflicts, plans, boards) come from ``fairdesk.core.reception``; this
module only joins rows for display (plates, names, counts) and files the
core's conflicts under the records they involve. No Qt here.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from fairdesk.core.vocab import ROOM_TYPES, TRIP_PURPOSES, VEHICLE_KINDS, label

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair


_cache: dict[str, Any] = {"key": None, "found": []}


def conflicts(fair: Fair) -> list[Any]:
    """Every clash in the roster (the core's Conflict objects).

    Several pages ask after the same change; the answer is kept until the fair's
    connection writes again (``total_changes``) or the language changes.
    """
    from fairdesk.base.i18n import language
    from fairdesk.core.reception.conflicts import find_conflicts

    key = (id(fair), fair.db.conn.total_changes, language())
    if _cache["key"] != key:
        _cache["found"] = find_conflicts(fair)
        _cache["key"] = key
    return _cache["found"]


class Reasons(dict):
    """Reasons by record id (a dict of lists), and which records have an error, not a warning."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: set[str] = set()

    def __missing__(self, key: str) -> list[str]:
        return []


def by_record(found: list[Any]) -> Reasons:
    """Reasons by record id: each conflict is filed under every record it involves."""
    reasons = Reasons()
    for conflict in found:
        for record_id in conflict.record_ids:
            reasons.setdefault(record_id, []).append(str(conflict.message))
            if conflict.severity == "error":
                reasons.errors.add(record_id)
    return reasons


def attach(rows: list[dict], reasons: dict[str, list[str]], *keys: str) -> list[dict]:
    """Set ``_problems`` and ``_severity`` on each row from the reasons of its id and ``keys``."""
    errors = getattr(reasons, "errors", None)
    for row in rows:
        ids = [row["id"], *(row.get(key) or "" for key in keys)]
        found: list[str] = []
        for record_id in ids:
            found += [r for r in reasons.get(record_id, []) if r not in found]
        row["_problems"] = found
        severe = errors is None or any(i in errors for i in ids)
        row["_severity"] = ("error" if severe else "warning") if found else ""
    return rows


# --- vehicles and trips -----------------------------------------------------------------
def vehicle_rows(fair: Fair) -> list[dict]:
    rows = fair.rows(
        "SELECT v.*, (SELECT group_concat(d.name, '、') FROM drivers d WHERE d.vehicle_id = v.id)"
        " AS drivers, (SELECT count(*) FROM trips t WHERE t.vehicle_id = v.id) AS trips"
        " FROM vehicles v ORDER BY v.plate"
    )
    for r in rows:
        r["kind_label"] = label(VEHICLE_KINDS, r["kind"])
    return rows


def driver_rows(fair: Fair) -> list[dict]:
    return fair.rows(
        "SELECT d.*, v.plate, (SELECT count(*) FROM trips t WHERE t.driver_id = d.id) AS trips"
        " FROM drivers d LEFT JOIN vehicles v ON v.id = d.vehicle_id ORDER BY d.name"
    )


def trip_rows(fair: Fair, day: str | None = None) -> list[dict]:
    """Trips (of one day when given) with plate, driver, escort and passenger count."""
    where, params = ("WHERE substr(t.starts_at, 1, 10) = ?", [day]) if day else ("", [])
    rows = fair.rows(
        "SELECT t.*, v.plate, v.seats, v.kind AS vehicle_kind, d.name AS driver,"
        " e.name AS escort,"
        " (SELECT count(*) FROM trip_passengers p WHERE p.trip_id = t.id) AS passengers,"
        " (SELECT group_concat(g.name, '、') FROM trip_passengers p JOIN guests g"
        "   ON g.id = p.guest_id WHERE p.trip_id = t.id) AS passenger_names"
        " FROM trips t LEFT JOIN vehicles v ON v.id = t.vehicle_id"
        " LEFT JOIN drivers d ON d.id = t.driver_id LEFT JOIN escorts e ON e.id = t.escort_id"
        f" {where} ORDER BY t.starts_at",
        params,
    )
    for r in rows:
        r["purpose_label"] = label(TRIP_PURPOSES, r["purpose"])
        r["route"] = f"{r['from_place']} → {r['to_place']}"
    return rows


def trip_days(fair: Fair) -> list[str]:
    """Days that have trips, or the fair's days when none has."""
    days = [
        r["day"]
        for r in fair.rows(
            "SELECT DISTINCT substr(starts_at, 1, 10) AS day FROM trips ORDER BY day"
        )
    ]
    return days or fair_days(fair)


def fair_days(fair: Fair) -> list[str]:
    start, end = fair.setting("fair.starts_on"), fair.setting("fair.ends_on")
    if not start:
        return [date.today().isoformat()]
    first, last = date.fromisoformat(start), date.fromisoformat(end or start)
    return [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]


# --- lodging ----------------------------------------------------------------------------
def hotel_rows(fair: Fair) -> list[dict]:
    return fair.rows(
        "SELECT h.*, (SELECT count(*) FROM rooms r WHERE r.hotel_id = h.id) AS rooms,"
        " (SELECT count(*) FROM stays s WHERE s.hotel_id = h.id) AS stays"
        " FROM hotels h ORDER BY h.designated DESC, h.name"
    )


def stay_rows(fair: Fair, hotel_id: str | None = None) -> list[dict]:
    """Stays with guest (or companion) name, hotel, room, nights and who shares the room."""
    where, params = ("WHERE s.hotel_id = ?", [hotel_id]) if hotel_id else ("", [])
    rows = fair.rows(
        "SELECT s.*, g.name AS guest, g.category, c.name AS companion, h.name AS hotel,"
        " r.number AS room, coalesce(nullif(s.room_type, ''), r.room_type) AS type,"
        " CAST(julianday(s.check_out) - julianday(s.check_in) AS INTEGER) AS nights"
        " FROM stays s JOIN guests g ON g.id = s.guest_id"
        " LEFT JOIN companions c ON c.id = s.companion_id JOIN hotels h ON h.id = s.hotel_id"
        f" LEFT JOIN rooms r ON r.id = s.room_id {where} ORDER BY h.name, r.number, g.name",
        params,
    )
    names_by_room: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in rows:
        r["person"] = r["companion"] or r["guest"]
        r["type_label"] = label(ROOM_TYPES, r["type"]) if r["type"] else ""
        if r["room_id"]:
            names_by_room[r["room_id"]].append((r["id"], r["person"]))
    for r in rows:
        mates = names_by_room.get(r["room_id"] or "", [])
        r["sharing"] = "、".join(name for sid, name in mates if sid != r["id"])
    return rows


def occupancy(fair: Fair, hotel_id: str) -> tuple[list[str], list[dict]]:
    """Nights, and per room type the rooms used and reserved each night.

    Rooms used are counted by the core's rule (a shared room once, a stay
    without a room by its party), the same count the overbooking check uses.
    Each row: ``type``, ``type_label`` and ``nights``: ``{night: (used, reserved)}``.
    """
    from fairdesk.core.reception.lodging import load_lodging, rooms_used

    data = load_lodging(fair, everything=True)
    reserved = {(t, n): b["rooms"] for (h, t, n), b in data.blocks.items() if h == hotel_id}
    used = {(t, n): count for (h, t, n), (count, _ids) in rooms_used(data).items() if h == hotel_id}
    keys = set(reserved) | set(used)
    nights = sorted({n for _t, n in keys})
    types = [t for t in ROOM_TYPES if any(k[0] == t for k in keys)]
    types += sorted({t for t, _n in keys if t not in ROOM_TYPES})
    grid = [
        {
            "type": t,
            "type_label": label(ROOM_TYPES, t) if t else "?",
            "nights": {n: (used.get((t, n), 0), reserved.get((t, n), 0)) for n in nights},
        }
        for t in types
    ]
    return nights, grid


LODGING_ENTITIES = ("hotels", "rooms", "room_blocks", "stays")
TRANSPORT_ENTITIES = ("vehicles", "drivers", "trips", "trip_passengers")


def with_type_labels(rows: list[dict]) -> list[dict]:
    for r in rows:
        r["type_label"] = label(ROOM_TYPES, r["room_type"]) if r.get("room_type") else ""
    return rows


ATTENDING = ("attending", "confirmed", "arrived")


def unescorted_vips(fair: Fair, categories: tuple[str, ...]) -> list[dict]:
    """Attending guests of ``categories`` that no escort accompanies yet."""
    cats = ", ".join("?" * len(categories))
    states = ", ".join("?" * len(ATTENDING))
    return fair.rows(
        f"SELECT g.id, g.name, g.category, g.organisation, g.arrival_at FROM guests g"
        f" WHERE g.category IN ({cats}) AND g.state IN ({states}) AND NOT EXISTS"
        " (SELECT 1 FROM escort_assignments a WHERE a.guest_id = g.id)"
        " ORDER BY g.category DESC, g.arrival_at, g.name",
        [*categories, *ATTENDING],
    )


# --- meals ----------------------------------------------------------------------------------------
def sitting_rows(fair: Fair) -> list[dict]:
    """Sittings with expected headcount (guests and companions) and dietary counts."""
    from fairdesk.core.reception.meals import headcounts

    seated = {
        r["sitting_id"]: r
        for r in fair.rows(
            "SELECT t.sitting_id, count(DISTINCT t.id) AS tables, count(s.id) AS seated"
            " FROM banquet_tables t LEFT JOIN banquet_seats s ON s.table_id = t.id"
            " GROUP BY t.sitting_id"
        )
    }
    rows = []
    for count in headcounts(fair):
        row = dict(count.sitting)
        other = sum(
            n
            for kind, n in count.dietary.items()
            if kind
            not in (
                "halal",
                "vegetarian",
                "vegan",
                "seafood_allergy",
                "nut_allergy",
                "other_allergy",
            )
        )
        row.update(
            expected=count.total,
            halal=count.halal,
            vegetarian=count.vegetarian,
            allergies=count.allergic,
            other_diets=other,
            tables=seated.get(row["id"], {}).get("tables", 0),
            seated=seated.get(row["id"], {}).get("seated", 0),
            allergy_list=count.allergies,
            dietary=count.dietary,
        )
        rows.append(row)
    return rows


def dietary_lines(sitting: dict) -> list[str]:
    """``清真 3`` ... then each allergy by name, from a row of :func:`sitting_rows`."""
    from fairdesk.core.vocab import DIETARY

    lines = [
        f"{label(DIETARY, kind) if kind in DIETARY else _other(kind)} {n}"
        for kind, n in sorted(sitting["dietary"].items(), key=lambda kv: -kv[1])
    ]
    return lines + [f"⚠ {who}" for who in sitting["allergy_list"]]


def _other(kind: str) -> str:
    from fairdesk.base.i18n import t

    return t("其他过敏", "Other allergy") if kind == "other_allergy" else kind


# --- arrivals and a guest's chain -----------------------------------------------------------------
def arrival_days(fair: Fair) -> list[str]:
    days = [
        r["day"]
        for r in fair.rows(
            f"SELECT DISTINCT substr(arrival_at, 1, 10) AS day FROM guests WHERE arrival_at IS NOT"
            f" NULL AND state IN ({', '.join('?' * len(ATTENDING))}) ORDER BY day",
            list(ATTENDING),
        )
    ]
    return days or fair_days(fair)


def arrival_rows(fair: Fair, day: str) -> list[dict]:
    """The arrivals board of ``day`` as rows; ``pickup`` / ``room`` empty when missing."""
    from fairdesk.core.reception.arrivals import arrivals_board

    reasons = by_record(conflicts(fair))
    rows = []
    for a in arrivals_board(fair, day):
        rows.append(
            {
                "pickup_problems": reasons.get(a.pickup_trip_id or "", []),
                "id": a.guest_id,
                "guest_id": a.guest_id,
                "time": a.arrival_at[11:16],
                "hour": a.hour,
                "guest": a.name,
                "category_label": a.category_label,
                "organisation": a.organisation,
                "party": 1 + a.companions,
                "transport": a.transport,
                "place": a.place,
                "pickup": a.pickup,
                "room": " ".join(x for x in (a.hotel, a.room) if x),
                "escort": a.escort,
            }
        )
    return rows


def chain(fair: Fair, guest_id: str) -> Any:
    """The core's GuestChain: stays, trips, escorts, meals and companions of a guest."""
    from fairdesk.core.reception.chain import guest_chain

    return guest_chain(fair, guest_id)


def room_options(fair: Fair) -> list[tuple[str, str]]:
    """Rooms named by hotel, number and type (a room number alone repeats across hotels)."""
    return [
        (r["id"], f"{r['hotel']} {r['number']}（{label(ROOM_TYPES, r['room_type'])}）")
        for r in fair.rows(
            "SELECT r.id, r.number, r.room_type, h.name AS hotel FROM rooms r"
            " JOIN hotels h ON h.id = r.hotel_id ORDER BY h.name, r.number"
        )
    ]


def companion_options(fair: Fair) -> list[tuple[str, str]]:
    """Companions named with the guest they travel with."""
    return [
        (r["id"], f"{r['name']}（{r['guest']}）")
        for r in fair.rows(
            "SELECT c.id, c.name, g.name AS guest FROM companions c JOIN guests g"
            " ON g.id = c.guest_id ORDER BY g.name, c.name"
        )
    ]


SPOKEN: dict[str, tuple[str, str]] = {
    "zh": ("中文", "Chinese"),
    "en": ("英语", "English"),
    "ja": ("日语", "Japanese"),
    "ko": ("韩语", "Korean"),
    "ar": ("阿拉伯语", "Arabic"),
    "fr": ("法语", "French"),
    "de": ("德语", "German"),
    "ru": ("俄语", "Russian"),
    "es": ("西班牙语", "Spanish"),
    "pt": ("葡萄牙语", "Portuguese"),
    "it": ("意大利语", "Italian"),
    "th": ("泰语", "Thai"),
    "vi": ("越南语", "Vietnamese"),
    "ms": ("马来语", "Malay"),
}


def languages_text(codes: str) -> str:
    """``zh,en`` as ``中文、英语`` (codes not known are shown as typed)."""
    from fairdesk.base.i18n import language

    parts = [c.strip() for c in (codes or "").replace("，", ",").split(",") if c.strip()]
    names = [label(SPOKEN, c) if c in SPOKEN else c for c in parts]
    return ("、" if language() == "zh" else ", ").join(names)
