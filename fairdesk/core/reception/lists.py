"""Plain snapshots of the roster lists that are printed and exported.

Each function reads the fair (on the thread that owns it) and returns
dataclasses of plain text, so PDFs and workbooks can be rendered in a worker.
Column headings are bilingual :class:`Text`; values are as entered.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from fairdesk.base.i18n import Text, t
from fairdesk.core.english import EnglishNames
from fairdesk.core.reception.arrivals import STAY_SQL, TRIP_SQL, ArrivalRow, arrivals_board
from fairdesk.core.reception.meal_lists import TablePlan, meal_counts_sheets, table_plan
from fairdesk.core.reception.model import TYPE_CAPACITY, hhmm, natural_key, nights
from fairdesk.core.reception.sheet import Sheet, fair_now, fair_title, named
from fairdesk.core.reception.sheet import lbl as _lbl
from fairdesk.core.vocab import GENDERS, ROOM_TYPES, TRIP_PURPOSES, VEHICLE_KINDS

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

Row = dict[str, Any]


# --- rooming lists ----------------------------------------------------------------------------
ROOMING_COLUMNS = [
    ("no", Text("序号", "No."), 10), ("name", Text("姓名", "Name"), 38),
    ("gender", Text("性别", "Sex"), 16), ("organisation", Text("单位", "Organisation"), 34),
    ("room_type", Text("房型", "Room type"), 20), ("room", Text("房号", "Room"), 15),
    ("check_in", Text("入住", "Check-in"), 18), ("check_out", Text("退房", "Check-out"), 18),
    ("nights", Text("晚数", "Nights"), 14), ("sharing", Text("同住", "Sharing with"), 26),
    ("arrival", Text("抵达", "Arrival"), 36), ("notes", Text("备注", "Notes"), 36),
]


def rooming_lists(fair: Fair, hotel: str | None = None) -> list[Sheet]:
    """One rooming list per hotel (or the hotel named/with this id). Raises NotFoundError."""
    hotels = fair.rows("SELECT * FROM hotels ORDER BY designated DESC, name")
    if hotel:
        hotels = named(hotels, hotel, ("id", "name", "name_en"),
                       f"没有名为“{hotel}”的酒店。", f"No hotel named '{hotel}'.")
    stays = fair.rows(
        f"SELECT x.*, g.name AS guest_name, g.gender, g.organisation, g.arrival_at,"
        f" g.arrival_transport, g.dietary, g.desk_notes, c.name AS companion_name,"
        f" c.gender AS companion_gender FROM ({STAY_SQL}) x JOIN guests g ON g.id = x.guest_id"
        f" LEFT JOIN companions c ON c.id = x.companion_id")
    by_hotel: dict[str, list[Row]] = defaultdict(list)
    for s in stays:
        by_hotel[s["hotel_id"]].append(s)
    return [_rooming(fair, h, by_hotel[h["id"]]) for h in hotels]


def _rooming(fair: Fair, hotel: Row, stays: list[Row]) -> Sheet:
    stays.sort(key=lambda s: (s["room_number"] is None, natural_key(s["room_number"] or ""),
                              s["guest_id"], s["companion_id"] is not None, s["check_in"]))
    sheet = Sheet(Text("住宿名单", "Rooming list"),
                  Text(f"{hotel['name']}　{hotel['address']}　联系人 {hotel['contact']} "
                       f"{hotel['phone']}".strip(),
                       f"{hotel['name_en'] or hotel['name']}  {hotel['address']}  contact "
                       f"{hotel['contact']} {hotel['phone']}".strip()),
                  ROOMING_COLUMNS, fair_name=fair_title(fair), printed_at=fair_now(fair), key=hotel["name"])
    room_nights: Counter = Counter()
    booked: set[tuple[str, str]] = set()
    for i, s in enumerate(stays, 1):
        name = s["companion_name"] or s["guest_name"]
        if s["companion_id"]:
            name += t("（{g}随行）", " (with {g})", g=s["guest_name"])
        gender = s["companion_gender"] if s["companion_id"] else s["gender"]
        n = len(nights(s["check_in"], s["check_out"]))
        arrival = " ".join(filter(None, ((s["arrival_at"] or "")[5:16].replace("T", " "),
                                         s["arrival_transport"])))
        notes = "；".join(filter(None, (s["notes"], s["dietary"], s["desk_notes"])))
        sheet.rows.append({
            "no": str(i), "name": name, "gender": str(_lbl(GENDERS, gender)) if gender else "",
            "organisation": s["organisation"], "room_type": str(_lbl(ROOM_TYPES, s["type"])),
            "room": s["room_number"] or "", "check_in": s["check_in"][5:],
            "check_out": s["check_out"][5:], "nights": str(n),
            "sharing": _sharing(s, stays), "arrival": arrival, "notes": notes,
            "@check_in": s["check_in"][:10], "@check_out": s["check_out"][:10],
            **({"@arrival": s["arrival_at"], "@arrival+": s["arrival_transport"] or ""}
               if s["arrival_at"] else {})})
        if s["room_id"]:  # a room shared by two is one room-night a night, not two
            fresh = {(s["room_id"], night) for night in nights(s["check_in"], s["check_out"])}
            room_nights[s["type"]] += len(fresh - booked)
            booked |= fresh
        elif not _shares_roomless(s, stays):
            room_nights[s["type"]] += n
    totals = "，".join(f"{_lbl(ROOM_TYPES, code).zh} {k} 间夜" for code, k in sorted(room_nights.items()))
    totals_en = ", ".join(f"{_lbl(ROOM_TYPES, code).en} {k} room-nights"
                          for code, k in sorted(room_nights.items()))
    sheet.notes.append(Text(f"共 {len(stays)} 人。{totals}", f"{len(stays)} people. {totals_en}"))
    return sheet


def _overlap(a: Row, b: Row) -> bool:
    return a["check_in"] < b["check_out"] and b["check_in"] < a["check_out"]


def _mates(s: Row, stays: list[Row]) -> list[Row]:
    if s["room_id"]:
        return [o for o in stays if o is not s and o["room_id"] == s["room_id"] and _overlap(s, o)]
    if TYPE_CAPACITY.get(s["type"], 1) < 2:
        return []
    return [o for o in stays if o is not s and not o["room_id"] and o["guest_id"] == s["guest_id"]
            and o["type"] == s["type"] and _overlap(s, o)]


def _sharing(s: Row, stays: list[Row]) -> str:
    return "、".join(o["companion_name"] or o["guest_name"] for o in _mates(s, stays))


def _shares_roomless(s: Row, stays: list[Row]) -> bool:
    """A roomless companion sharing with the party's first stay adds no room-nights."""
    mates = _mates(s, stays)
    return bool(mates) and not s["room_id"] and stays.index(mates[0]) < stays.index(s)


# --- dispatch sheets ----------------------------------------------------------------------------
DISPATCH_COLUMNS = [
    ("time", Text("时间", "Time"), 22), ("purpose", Text("任务", "Task"), 18),
    ("route", Text("起点 → 终点", "From → to"), 52), ("flight", Text("航班/车次", "Flight/train"), 22),
    ("passengers", Text("乘车人（电话）", "Passengers (phone)"), 76),
    ("escort", Text("陪同", "Escort"), 34), ("notes", Text("备注", "Notes"), 53),
]


def _riders(fair: Fair, trips: list[Row]) -> dict[str, list[str]]:
    """Each trip's passengers, "name phone"; where a run serves several hotels, each with
    the hotel they get off at ("张伟 138… → 海港大酒店"), or, on a run that starts at the
    hotels (a departure drop-off), the one they board at ("张伟 138… 上车：海港大酒店")."""
    trip_ids = [x["id"] for x in trips]
    boarding = {x["id"] for x in trips if _starts_at_hotels(x)}
    marks = ", ".join("?" * len(trip_ids)) or "NULL"
    seats: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in fair.rows(
            f"SELECT p.trip_id, g.name, g.phone, c.name AS cname, c.phone AS cphone,"
            f" (SELECT h.name FROM stays s JOIN hotels h ON h.id = s.hotel_id"
            f"  WHERE s.guest_id = p.guest_id ORDER BY s.check_in LIMIT 1) AS hotel,"
            f" (SELECT coalesce(nullif(h.name_en, ''), h.name) FROM stays s JOIN hotels h"
            f"  ON h.id = s.hotel_id WHERE s.guest_id = p.guest_id ORDER BY s.check_in LIMIT 1)"
            f" AS hotel_en"
            f" FROM trip_passengers p JOIN guests g ON g.id = p.guest_id LEFT JOIN companions c"
            f" ON c.id = p.companion_id WHERE p.trip_id IN ({marks}) ORDER BY g.name, c.name",
            trip_ids):
        name, phone = (r["cname"], r["cphone"]) if r["cname"] else (r["name"], r["phone"])
        seats[r["trip_id"]].append((f"{name} {phone}".strip(),
                                    t(r["hotel"] or "", r["hotel_en"] or "")))
    out: dict[str, list[str]] = defaultdict(list)
    for trip, people in seats.items():
        several = len({h for _p, h in people if h}) > 1
        out[trip] = [who if not (several and hotel) else
                     t("{w} 上车：{h}", "{w} boards at {h}", w=who, h=hotel) if trip in boarding
                     else f"{who} → {hotel}" for who, hotel in people]
    return out


def _starts_at_hotels(trip: Row) -> bool:
    """A run that collects its passengers at their hotels: a departure drop-off, or one
    whose start names a hotel its end does not ("海港大酒店、滨江宾馆 → 机场")."""
    start, end = trip["from_place"] or "", trip["to_place"] or ""
    return trip["purpose"] == "dropoff" or ("酒店" in start or "宾馆" in start) and not (
        "酒店" in end or "宾馆" in end)


def _trip_row(trip: Row, riders: list[str], names: EnglishNames) -> dict[str, str]:
    return {"time": f"{hhmm(trip['starts_at'])}–{hhmm(trip['ends_at'])}",
            "@time": trip["starts_at"], "@time>": trip["ends_at"],
            "purpose": str(_lbl(TRIP_PURPOSES, trip["purpose"])),
            "route": f"{names.text(trip['from_place'])} → {names.text(trip['to_place'])}",
            "flight": trip["flight_or_train"],
            "passengers": "\n".join(riders) + (t("\n（{n} 人）", "\n({n} people)", n=len(riders))
                                               if len(riders) > 3 else ""),
            "escort": " ".join(filter(None, (trip["escort_name"], trip["escort_phone"]))),
            "notes": trip["notes"]}


def dispatch_sheets(fair: Fair, day: str, driver: str | None = None) -> list[Sheet]:
    """One sheet per driver with trips on ``day`` (or the driver named/with this id).

    Without a driver named, trips nobody drives yet come last on a sheet of their own.
    Raises NotFoundError for an unknown driver."""
    trips = fair.rows(f"SELECT * FROM ({TRIP_SQL}) WHERE substr(starts_at, 1, 10) = ?"
                      " ORDER BY starts_at", [day])
    drivers = {d["id"]: d for d in fair.rows("SELECT * FROM drivers ORDER BY name")}
    if driver:
        wanted = {d["id"] for d in named(list(drivers.values()), driver, ("id", "name"),
                                         f"没有名为“{driver}”的驾驶员。",
                                         f"No driver named '{driver}'.")}
        trips = [t for t in trips if t["driver_id"] in wanted]
    riders = _riders(fair, trips)
    per: dict[str, list[Row]] = defaultdict(list)
    for trip in trips:
        per[trip["driver_id"] or ""].append(trip)
    names = EnglishNames.of(fair)
    sheets = [_driver_sheet(fair, day, drivers[did], per[did], riders, names)
              for did in sorted((d for d in per if d), key=lambda d: drivers[d]["name"])]
    if per.get(""):
        sheet = Sheet(Text("待派驾驶员的行程", "Trips without a driver"), Text(day, day),
                      DISPATCH_COLUMNS, fair_name=fair_title(fair), printed_at=fair_now(fair), key=t("待派驾驶员", "No driver"))
        sheet.rows = [{**_trip_row(x, riders[x["id"]], names),
                       "notes": " ".join(filter(None, (x["plate"], x["notes"])))}
                      for x in per[""]]
        sheet.notes.append(Text(f"共 {len(per[''])} 趟尚未安排驾驶员。",
                                f"{len(per[''])} trips have no driver yet."))
        sheets.append(sheet)
    return sheets


def _driver_sheet(fair: Fair, day: str, d: Row, rows: list[Row],
                  riders: dict[str, list[str]], names: EnglishNames) -> Sheet:
    plates = "、".join(dict.fromkeys(
        f"{x['plate']}（{_lbl(VEHICLE_KINDS, x['vehicle_kind']).zh}）" for x in rows
        if x["plate"]))
    plates_en = ", ".join(dict.fromkeys(
        f"{x['plate']} ({_lbl(VEHICLE_KINDS, x['vehicle_kind']).en})" for x in rows
        if x["plate"]))
    sheet = Sheet(Text("派车单", "Dispatch sheet"),
                  Text(f"{day}　驾驶员 {d['name']} {d['phone']}　车辆 {plates or '未定'}",
                       f"{day}  Driver {d['name']} {d['phone']}  Vehicle {plates_en or 'none yet'}"),
                  DISPATCH_COLUMNS, fair_name=fair_title(fair), printed_at=fair_now(fair), key=d["name"])
    sheet.rows = [_trip_row(x, riders[x["id"]], names) for x in rows]
    sheet.notes.append(Text(f"共 {len(rows)} 趟。出车前请核对航班/车次动态。",
                            f"{len(rows)} trips. Check flight/train times before leaving."))
    return sheet


# --- escort sheets ------------------------------------------------------------------------------
ESCORT_COLUMNS = [
    ("time", Text("时间", "Time"), 30), ("what", Text("任务", "Duty"), 70),
    ("guests", Text("嘉宾（电话）", "Guests (phone)"), 80), ("car", Text("车辆 / 驾驶员", "Car / driver"), 55),
    ("notes", Text("备注", "Notes"), 42),
]


def escort_sheets(fair: Fair, day: str | None = None, escort: str | None = None) -> list[Sheet]:
    """One sheet per escort: their guests and duties (trips, timed and session assignments)."""
    escorts = fair.rows("SELECT * FROM escorts ORDER BY name")
    if escort:
        escorts = named(escorts, escort, ("id", "name"),
                        f"没有名为“{escort}”的陪同人员。", f"No escort named '{escort}'.")
    assignments = fair.rows(
        f"SELECT a.*, g.name, g.phone, g.title, g.organisation, x.hotel_name, x.hotel_name_en,"
        f" x.room_number,"
        f" s.title AS session_title, s.starts_at AS s_start, s.ends_at AS s_end"
        f" FROM escort_assignments a JOIN guests g ON g.id = a.guest_id LEFT JOIN agenda_sessions"
        f" s ON s.id = a.session_id LEFT JOIN ({STAY_SQL}) x ON x.guest_id = a.guest_id AND"
        f" x.companion_id IS NULL ORDER BY coalesce(a.starts_at, s.starts_at, ''), g.name")
    trips = fair.rows(f"SELECT * FROM ({TRIP_SQL}) WHERE escort_id IS NOT NULL ORDER BY starts_at")
    if day:
        trips = [t for t in trips if t["starts_at"][:10] == day]
    riders = _riders(fair, trips)
    names = EnglishNames.of(fair)
    sheets = []
    for e in escorts:
        mine = [a for a in assignments if a["escort_id"] == e["id"]]
        rides = [t for t in trips if t["escort_id"] == e["id"]]
        if not mine and not rides:
            continue
        sheets.append(_escort_sheet(fair, e, mine, rides, riders, day, names))
    return sheets


def span(start: str, end: str | None) -> str:
    """'05-18 14:50–16:00' within a day; '05-18 14:50–05-21 10:00' over several."""
    begin = start[5:16].replace("T", " ")
    if not end:
        return begin
    if end[:10] != start[:10]:
        return f"{begin}–{end[5:16].replace('T', ' ')}"
    return f"{begin}–{hhmm(end)}"


def _escort_sheet(fair: Fair, e: Row, mine: list[Row], rides: list[Row],
                  riders: dict[str, list[str]], day: str | None, names: EnglishNames) -> Sheet:
    guests = "、".join(dict.fromkeys(
        f"{a['name']}（{names.name(a['hotel_name'] or '', a['hotel_name_en'])}"
        f" {a['room_number'] or ''}）".replace("（ ）", "")
        for a in mine))
    sheet = Sheet(Text("陪同任务单", "Escort sheet"),
                  Text(f"{day or '全程'}　陪同 {e['name']} {e['phone']}　{e['unit']}　"
                       f"陪同嘉宾：{guests or '—'}",
                       f"{day or 'Whole fair'}  Escort {e['name']} {e['phone']}"
                       f"  {names.text(e['unit'], 'en')}  "
                       f"Guests: {guests or '—'}"),
                  ESCORT_COLUMNS, fair_name=fair_title(fair), printed_at=fair_now(fair), key=e["name"])
    items = []
    for a in mine:
        start, end = a["starts_at"] or a["s_start"], a["ends_at"] or a["s_end"]
        if day and start and not start[:10] <= day <= (end or start)[:10]:
            continue  # an assignment over several days is on each of their sheets
        what = t("出席“{s}”", "At '{s}'", s=a["session_title"]) if a["session_title"] else (
            a["role"] or t("全程陪同", "Whole visit"))
        items.append((start or "", {
            "time": span(start, end) if start else t("全程", "All"),
            **({"@time": start, "@time>": end or ""} if start else {}),
            "what": what, "guests": f"{a['name']} {a['phone']}".strip(),
            "car": "", "notes": " ".join(filter(None, (a["title"], a["notes"])))}))
    for tr in rides:
        items.append((tr["starts_at"], {
            "time": span(tr["starts_at"], tr["ends_at"]),
            "@time": tr["starts_at"], "@time>": tr["ends_at"],
            "what": f"{_lbl(TRIP_PURPOSES, tr['purpose'])} {names.text(tr['from_place'])} →"
                    f" {names.text(tr['to_place'])}"
                    + (f" {tr['flight_or_train']}" if tr["flight_or_train"] else ""),
            "guests": "\n".join(riders[tr["id"]]),
            "car": " ".join(filter(None, (tr["plate"], tr["driver_name"], tr["driver_phone"]))),
            "notes": tr["notes"]}))
    sheet.rows = [r for _, r in sorted(items, key=lambda x: x[0])]
    return sheet


# --- arrivals board -------------------------------------------------------------------------------
ARRIVAL_COLUMNS = [
    ("time", Text("抵达", "Arrives"), 14), ("name", Text("姓名", "Name"), 34),
    ("category", Text("类别", "Category"), 17), ("organisation", Text("单位", "Organisation"), 35),
    ("transport", Text("航班/车次", "Flight/train"), 20), ("place", Text("地点", "Place"), 30),
    ("pickup", Text("接站车辆", "Pickup"), 62), ("stay", Text("住宿", "Room"), 38),
    ("escort", Text("陪同", "Escort"), 27),
]


def arrivals_sheet(fair: Fair, day: str) -> Sheet:
    rows = arrivals_board(fair, day)
    sheet = Sheet(Text("抵达一览", "Arrivals board"), Text(f"{day}", f"{day}"),
                  ARRIVAL_COLUMNS, fair_name=fair_title(fair), printed_at=fair_now(fair), key=day)
    for r in rows:
        sheet.rows.append(_arrival(r))
    missing_car = sum(1 for r in rows if not r.pickup)
    missing_room = sum(1 for r in rows if not r.hotel)
    sheet.notes.append(Text(
        f"共 {len(rows)} 位嘉宾抵达（另有随行 {sum(r.companions for r in rows)} 人）；"
        f"未派车 {missing_car} 人，未安排住宿 {missing_room} 人。",
        f"{len(rows)} guests arrive (with {sum(r.companions for r in rows)} companions); "
        f"{missing_car} without a pickup, {missing_room} without a room."))
    return sheet


def _arrival(r: ArrivalRow) -> dict[str, str]:
    name = r.name + (f" +{r.companions}" if r.companions else "")
    return {"time": r.arrival_at[11:16], "@time": r.arrival_at, "name": name, "category": r.category_label,
            "organisation": r.organisation, "transport": r.transport, "place": r.place,
            "pickup": r.pickup or t("【未派车】", "【no pickup】"),
            "stay": f"{r.hotel} {r.room}".strip() or t("【未安排】", "【no room】"),
            "escort": r.escort, "hour": r.hour}


__all__ = ["Sheet", "TablePlan", "arrivals_sheet", "dispatch_sheets", "escort_sheets",
           "fair_title", "meal_counts_sheets", "rooming_lists", "table_plan"]
