"""A quick, deterministic crowd of guests with rooms, cars and escorts, for benches and tests.

(The demo fair of ``fairdesk.core.demo`` is richer; this one is only what badges and
the check-in desk need, and fast to build at 10,000 guests.)
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from fairdesk.core.fair import Fair
from fairdesk.core.guests.service import REF_ALPHABET, derived_name_fields
from fairdesk.core.ids import new_id

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红海峰晓东雪梅玉林"
LATIN = ["Maximilian Alexander von Hohenzollern-Sigmaringen", "Jean-Baptiste Dubois",
         "Anna Schmidt", "Kenji Watanabe", "Maria Fernanda Rodrigues da Silva", "Lee Min-jun",
         "Oliver Thompson", "Priya Raghunathan", "Søren Kierkegaard-Madsen", "Ahmed Al-Mansouri"]
LONG_HAN = ["欧阳娜娜", "司马相如", "爱新觉罗·启星", "诸葛明远", "阿卜杜热合曼·买买提"]
ORGS = ["中国建筑第八工程局有限公司", "海港集团", "Siemens Ltd., China", "市商务局", "县人民政府",
        "新华社", "华润置地（华东）有限公司", "Mitsubishi Corporation (Shanghai)", "市公安局",
        "省投资促进中心", "长江实业集团有限公司"]
TITLES = ["董事长", "总经理", "副市长", "局长", "记者", "首席代表", "Chief Executive Officer",
          "Vice President, Asia Pacific", "处长", "工作人员", ""]
CATEGORIES = ["investor"] * 6 + ["guest"] * 3 + ["vip", "official", "expert", "media", "staff",
                                                "security"]
UNITS = ["市商务局", "东港区", "西湖县", "南山县", "北川市", "高新区", "经开区", "市外办"]


def _name(rnd: random.Random, i: int) -> str:
    if i % 50 == 7:
        return LATIN[(i // 50) % len(LATIN)]
    if i % 97 == 3:
        return LONG_HAN[(i // 97) % len(LONG_HAN)]
    return rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2, 2))))


def _ref(i: int) -> str:
    chars = []
    for _ in range(6):
        chars.append(REF_ALPHABET[i % 32])
        i //= 32
    return "".join(reversed(chars))


def _plus_days(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def make_crowd(fair: Fair, n: int = 200, seed: int = 2026, day: str = "2026-05-18") -> list[str]:
    """Add ``n`` guests (most attending) with stays, trips and escorts; returns guest ids."""
    rnd = random.Random(seed)
    with fair.transaction() as tx:
        units = [{"id": new_id(), "name": u, "sort_order": k} for k, u in enumerate(UNITS)]
        tx.insert_many("inviting_units", units, audit_each=False)
        guests = []
        for i in range(n):
            name = _name(rnd, i)
            guests.append({
                "id": new_id(), "ref_code": _ref(40_000 + i * 7919), "name": name,
                **derived_name_fields(name), "organisation": rnd.choice(ORGS),
                "title": rnd.choice(TITLES), "category": rnd.choice(CATEGORIES),
                "state": "confirmed" if i % 20 else rnd.choice(("attending", "declined",
                                                                 "cancelled", "invited")),
                "inviting_unit_id": rnd.choice(units)["id"],
                "arrival_at": f"{day}T{9 + i % 10:02d}:00:00+08:00" if i % 3 else None,
                "desk_notes": "请引导至贵宾通道" if i % 41 == 0 else ""})
        tx.insert_many("guests", guests, audit_each=False)
        _reception(tx, rnd, guests, day)
    return [g["id"] for g in guests]


def _reception(tx, rnd: random.Random, guests: list[dict], day: str) -> None:  # noqa: ANN001
    hotels = [{"id": new_id(), "name": h} for h in ("海港大酒店", "国际会展中心酒店", "滨江宾馆")]
    tx.insert_many("hotels", hotels, audit_each=False)
    rooms, stays = [], []
    for k, g in enumerate(guests[: len(guests) * 2 // 3]):
        hotel = hotels[k % 3]
        room = {"id": new_id(), "hotel_id": hotel["id"], "number": f"{8 + k // 300}{k % 300:03d}",
                "room_type": "king"}
        rooms.append(room)
        stays.append({"guest_id": g["id"], "hotel_id": hotel["id"], "room_id": room["id"],
                      "check_in": day, "check_out": _plus_days(day, 2)})
    tx.insert_many("rooms", rooms, audit_each=False)
    tx.insert_many("stays", stays, audit_each=False)
    vehicles = [{"id": new_id(), "plate": f"浙B·{10000 + v}", "seats": 6} for v in range(40)]
    drivers = [{"id": new_id(), "name": f"司机{v + 1:02d}", "phone": f"1390000{v:04d}",
                "vehicle_id": vehicles[v]["id"]} for v in range(40)]
    escorts = [{"id": new_id(), "name": f"陪同{v + 1:02d}", "phone": f"1380000{v:04d}"}
               for v in range(60)]
    tx.insert_many("vehicles", vehicles, audit_each=False)
    tx.insert_many("drivers", drivers, audit_each=False)
    tx.insert_many("escorts", escorts, audit_each=False)
    trips, passengers, assigns = [], [], []
    for k, g in enumerate(guests[::4]):
        trip = {"id": new_id(), "vehicle_id": vehicles[k % 40]["id"],
                "driver_id": drivers[k % 40]["id"], "purpose": "shuttle",
                "from_place": "海港大酒店", "to_place": "国际会展中心",
                "starts_at": f"{day}T{8 + k % 10:02d}:{k % 6 * 10:02d}:00+08:00",
                "ends_at": f"{day}T{8 + k % 10:02d}:{k % 6 * 10 + 5:02d}:00+08:00"}
        trips.append(trip)
        passengers.append({"trip_id": trip["id"], "guest_id": g["id"]})
        if g["category"] in ("vip", "official", "investor"):
            assigns.append({"escort_id": rnd.choice(escorts)["id"], "guest_id": g["id"]})
    tx.insert_many("trips", trips, audit_each=False)
    tx.insert_many("trip_passengers", passengers, audit_each=False)
    tx.insert_many("escort_assignments", assigns, audit_each=False)
