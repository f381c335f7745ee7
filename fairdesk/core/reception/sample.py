"""A reception roster to try things on: hotels with blocks and rooms, a fleet, escorts, guests.

Used by the tests and the bench (the demo fair, when present, builds on the same
services). Deterministic for a seed. Rows are written with ``insert_many`` in one
transaction, so 3,000 guests take a fraction of a second.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from fairdesk.core.guests.names import latin_name
from fairdesk.core.ids import new_id

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair
    from fairdesk.core.tx import Tx

Row = dict[str, Any]
OPENING = date(2026, 5, 18)
PLACES = ("萧山国际机场", "杭州东站", "宁波栎社国际机场")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红志建国文斌林海波宁晨晓东"
TITLES = ("董事长", "总经理", "副总经理", "投资总监", "市长", "副市长", "局长", "处长", "教授",
          "记者", "主任", "副主任", "经理")
FLIGHTS = ("CA", "MU", "CZ", "HU", "ZH", "G", "D")


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _at(day: date, minute: int) -> str:
    return datetime.combine(day, datetime.min.time()).replace(
        hour=minute // 60, minute=minute % 60).isoformat() + "+08:00"


def build_sample(fair: Fair, *, guests: int = 300, vehicles: int = 30, seed: int = 2026,
                 rooms_listed: bool = True) -> dict[str, int]:
    """Fill an empty fair with a roster; returns the counts written."""
    rng = random.Random(seed)
    with fair.transaction() as tx:
        fair.settings_set(tx, "fair.starts_on", OPENING.isoformat())
        fair.settings_set(tx, "fair.ends_on", (OPENING + timedelta(days=2)).isoformat())
        hotels = _hotels(tx, guests, rooms_listed)
        fleet = _fleet(tx, vehicles)
        _escorts(tx, max(4, guests // 40))
        people = _guests(tx, rng, guests)
        _meals(tx, guests)
    return {"hotels": len(hotels), "vehicles": len(fleet), "guests": people}


def _hotels(tx: Tx, guests: int, rooms_listed: bool) -> list[str]:
    specs = [("西湖国宾馆", 1, 2.0), ("海景大酒店", 1, 3.5), ("会展中心酒店", 0, 0.5),
             ("新城假日酒店", 0, 4.0), ("江滨商务酒店", 0, 6.0), ("城市便捷酒店", 0, 8.0)]
    per_hotel = max(10, guests // 4)
    hotel_rows, blocks, rooms = [], [], []
    for i, (name, designated, km) in enumerate(specs):
        hid = new_id()
        hotel_rows.append({"id": hid, "name": name, "designated": designated, "distance_km": km,
                           "address": f"滨江大道 {100 + i * 20} 号", "contact": "前台经理",
                           "phone": f"0571-8800{i:04d}", "stars": 5 if designated else 4})
        floor = 3
        mix = {"suite": 0.2, "king": 0.5, "single": 0.3} if designated else \
            {"king": 0.4, "twin": 0.3, "single": 0.3}
        for room_type, share in mix.items():
            count = max(2, int(per_hotel * share))
            for n in range(-2, 4):
                blocks.append({"hotel_id": hid, "room_type": room_type, "rooms": count,
                               "night": (OPENING + timedelta(days=n)).isoformat(),
                               "rate_cents": 58000 if room_type == "suite" else 38000})
            if rooms_listed and i % 2 == 0:
                rooms += [{"hotel_id": hid, "room_type": room_type, "floor": str(floor + k // 30),
                           "number": f"{floor + k // 30}{k % 30 + 1:02d}",
                           "capacity": 1 if room_type == "single" else 2} for k in range(count)]
                floor += -(-count // 30)
    tx.insert_many("hotels", hotel_rows, audit_each=False)
    tx.insert_many("room_blocks", blocks, audit_each=False)
    tx.insert_many("rooms", rooms, audit_each=False)
    return [h["id"] for h in hotel_rows]


def _fleet(tx: Tx, count: int) -> list[str]:
    kinds = [("sedan", 4)] * 5 + [("mpv", 6)] * 3 + [("minibus", 18)] + [("coach", 45)]
    vehicles, drivers = [], []
    for i in range(count):
        kind, seats = kinds[i % len(kinds)]
        vid = new_id()
        vehicles.append({"id": vid, "plate": f"浙A·{10000 + i * 37 % 90000:05d}", "kind": kind,
                         "seats": seats, "supplier": "市机关事务局" if i % 3 else "公交集团"})
        drivers.append({"name": f"{SURNAMES[i % len(SURNAMES)]}师傅{i + 1}",
                        "phone": f"139{i:08d}", "unit": "车队", "vehicle_id": vid})
    tx.insert_many("vehicles", vehicles, audit_each=False)
    tx.insert_many("drivers", drivers, audit_each=False)
    return [v["id"] for v in vehicles]


def _escorts(tx: Tx, count: int) -> None:
    tx.insert_many("escorts", [{"name": f"陪同{SURNAMES[i % len(SURNAMES)]}{GIVEN[i % len(GIVEN)]}",
                                "unit": "市外办" if i % 2 else "市商务局",
                                "phone": f"137{i:08d}", "languages": "zh,en" if i % 2 else "zh"}
                               for i in range(count)], audit_each=False)


def _guests(tx: Tx, rng: random.Random, count: int) -> int:
    cats = ["vip"] * 3 + ["official"] * 7 + ["investor"] * 60 + ["guest"] * 15 + \
        ["expert"] * 8 + ["media"] * 7
    guests, companions, needs = [], [], []
    for i in range(count):
        gid, name = new_id(), _name(rng)
        day = OPENING + timedelta(days=rng.choice((-2, -1, -1, -1, 0)))
        arrive = _at(day, rng.randrange(7 * 60, 22 * 60, 5))
        leave = _at(OPENING + timedelta(days=rng.choice((1, 2, 2, 3))),
                    rng.randrange(8 * 60, 20 * 60, 5))
        place = rng.choice(PLACES)
        code = rng.choice(FLIGHTS[3:] if "站" in place else FLIGHTS[:5])
        guests.append({
            "id": gid, "ref_code": f"S{i:05d}", "name": name, "name_latin": latin_name(name),
            "category": rng.choice(cats), "country": "CN", "state": rng.choice(
                ("attending", "confirmed", "confirmed", "arrived")),
            "organisation": f"{rng.choice(SURNAMES)}氏集团", "title": rng.choice(TITLES),
            "phone": f"138{i:08d}", "arrival_at": arrive, "arrival_place": place,
            "arrival_transport": f"{code}{rng.randrange(100, 9999)}", "departure_at": leave,
            "departure_place": place, "gender": rng.choice("MF"),
            "dietary": rng.choice(("",) * 12 + ("清真", "素食", "海鲜过敏"))})
        if rng.random() < 0.15:
            companions.append({"guest_id": gid, "name": _name(rng), "relation": "秘书"})
        if rng.random() < 0.03:
            needs.append({"guest_id": gid, "kind": "nut_allergy", "detail": "花生"})
    tx.insert_many("guests", guests, audit_each=False)
    tx.insert_many("companions", companions, audit_each=False)
    tx.insert_many("dietary_needs", needs, audit_each=False)
    return len(guests)


def _meals(tx: Tx, guests: int) -> None:
    sid = new_id()
    tx.insert_many("meal_sittings", [
        {"id": sid, "name": "欢迎晚宴", "name_en": "Welcome banquet", "kind": "banquet",
         "starts_at": _at(OPENING, 18 * 60 + 30), "ends_at": _at(OPENING, 20 * 60 + 30)},
        {"name": "午餐自助", "name_en": "Buffet lunch", "kind": "buffet",
         "starts_at": _at(OPENING, 12 * 60), "ends_at": _at(OPENING, 13 * 60 + 30)}],
        audit_each=False)
    tables = max(3, min(guests // 10, 40))
    tx.insert_many("banquet_tables", [{"sitting_id": sid, "number": n + 1, "seats": 10,
                                       "name": "主桌" if n == 0 else "", "is_head": int(n == 0)}
                                      for n in range(tables)], audit_each=False)


def sample_trips(fair: Fair, count: int = 2000, *, clashes: int = 0, seed: int = 7) -> int:
    """``count`` trips spread over the fleet without clashes (plus ``clashes`` double bookings)."""
    rng = random.Random(seed)
    vehicles = fair.rows("SELECT v.id, d.id AS driver_id FROM vehicles v"
                         " LEFT JOIN drivers d ON d.vehicle_id = v.id ORDER BY v.plate")
    rows, per_vehicle = [], -(-count // len(vehicles))
    for v in vehicles:
        minute = 6 * 60
        day = OPENING - timedelta(days=2)
        for _ in range(per_vehicle):
            if len(rows) >= count:
                break
            length = rng.choice((30, 45, 60, 90))
            if minute + length > 22 * 60:
                day, minute = day + timedelta(days=1), 6 * 60
            rows.append({"vehicle_id": v["id"], "driver_id": v["driver_id"],
                         "purpose": "shuttle", "from_place": "酒店", "to_place": "会展中心",
                         "starts_at": _at(day, minute), "ends_at": _at(day, minute + length)})
            minute += length + 20 + rng.choice((0, 10, 30))
    for k in range(clashes):
        twin = dict(rows[k * 7])
        rows.append(twin)
    with fair.transaction() as tx:
        tx.insert_many("trips", rows, audit_each=False)
    return len(rows)
