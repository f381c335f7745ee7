"""A small fair with data in every area, built through the core services (for GUI tests)."""

from __future__ import annotations

import random

from fairdesk.core.fair import Fair
from fairdesk.core.vocab import DEPARTMENTS, GUEST_CATEGORIES

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明", "超"]
STATES = ["to_invite", "invited", "invited", "attending", "declined", "undecided", "confirmed",
          "arrived", "arrived", "arrived", "departed", "cancelled"]


def _id(changes: object, table: str) -> str:
    return changes.ids(table)[0]  # type: ignore[attr-defined]


def fill_fair(fair: Fair, *, guests: int = 60, seed: int = 7) -> Fair:
    """Add inviting units, guests, reception, security, signing and agenda records."""
    rng = random.Random(seed)
    fair.set_settings(**{"fair.name": "第十届海滨投资洽谈会", "fair.name_en": "10th Coastal Investment Fair",
                         "fair.city": "海滨市", "fair.venue": "海滨国际会展中心",
                         "fair.starts_on": "2026-05-18", "fair.ends_on": "2026-05-20"})
    units = [_id(fair.guests.create("inviting_units", name=n, kind="county", target_guests=40),
                 "inviting_units") for n in ("东港区", "西山县", "南湖市")]
    guest_ids = _add_guests(fair, rng, units, guests)
    _add_reception(fair, rng, guest_ids)
    _add_security(fair, rng)
    _add_signing(fair, units)
    _add_agenda(fair)
    return fair


def _add_guests(fair: Fair, rng: random.Random, units: list[str], count: int) -> list[str]:
    ids = []
    for n in range(count):
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if n % 2 else "")
        changes = fair.guests.create(
            "guests", name=name, category=rng.choice(list(GUEST_CATEGORIES)),
            country=rng.choice(["CN", "CN", "HK", "SG", "DE"]), organisation="海滨集团",
            inviting_unit_id=rng.choice(units), state=rng.choice(STATES))
        ids.append(_id(changes, "guests"))
    return ids


def _add_reception(fair: Fair, rng: random.Random, guest_ids: list[str]) -> None:
    svc = fair.reception
    hotel = _id(svc.create("hotels", name="海滨大酒店", stars=5), "hotels")
    rooms = [_id(svc.create("rooms", hotel_id=hotel, number=f"8{n:02d}", room_type="king",
                            capacity=1), "rooms") for n in range(1, 21)]
    attending = [r["id"] for r in fair.rows(
        "SELECT id FROM guests WHERE state IN ('attending','confirmed','arrived','departed')")]
    for guest, room in zip(attending, rooms, strict=False):
        svc.create("stays", guest_id=guest, hotel_id=hotel, room_id=room,
                   check_in="2026-05-17", check_out="2026-05-20")
    vehicles = [_id(svc.create("vehicles", plate=f"闽A·{n}8888", kind="sedan", seats=4),
                    "vehicles") for n in range(1, 4)]
    driver = _id(svc.create("drivers", name="郑师傅", vehicle_id=vehicles[0]), "drivers")
    escort = _id(svc.create("escorts", name="林晓", languages="英语"), "escorts")
    for n, vehicle in enumerate(vehicles):
        svc.create("trips", vehicle_id=vehicle, driver_id=driver if n == 0 else None,
                   purpose="pickup", from_place="海滨机场", to_place="海滨大酒店",
                   starts_at=f"2026-05-17 {n + 8:02d}:00", ends_at=f"2026-05-17 {n + 8:02d}:50")
    for guest in rng.sample(guest_ids, 3):
        svc.create("escort_assignments", escort_id=escort, guest_id=guest)


def _add_security(fair: Fair, rng: random.Random) -> None:
    svc = fair.security
    site = _id(svc.create("sites", name="海滨国际会展中心", kind="venue"), "sites")
    for code, (zh, en) in DEPARTMENTS.items():
        dept = _id(svc.create("departments", code=code, name=zh, name_en=en), "departments")
        for n in range(rng.randint(2, 5)):
            status = rng.choice(["open", "done", "done", "na"])
            due = "2020-01-01 12:00" if status == "open" and n % 2 else "2099-05-17 12:00"
            svc.create("checklist_items", department_id=dept, site_id=site,
                       title=f"{zh}检查事项{n + 1}", status=status, due_at=due)


def _add_signing(fair: Fair, units: list[str]) -> None:
    svc = fair.signing
    for unit in units:
        svc.create("county_targets", inviting_unit_id=unit, target_projects=4,
                   target_investment_cents=50_0000_0000_00, target_foreign_cents=20_0000_0000_00)
    projects = [("临港石化项目", "foreign", "USD", 3_0000_0000_00, "signed"),
                ("滨海文旅小镇", "domestic", "CNY", 25_0000_0000_00, "signed"),
                ("智慧物流园", "domestic", "CNY", 8_0000_0000_00, "signed"),
                ("海上风电装备", "foreign", "EUR", 1_0000_0000_00, "planned")]
    for name, capital, currency, cents, status in projects:
        svc.create("signing_projects", name=name, sector="coastal_industry",
                   contract_type="contract", capital=capital, currency=currency,
                   total_investment_cents=cents, contract_amount_cents=cents // 2,
                   county_id=units[0], status=status,
                   signed_at="2026-05-18 10:00" if status == "signed" else None)


def _add_agenda(fair: Fair) -> None:
    svc = fair.agenda
    venue = _id(svc.create("venues", name="海滨国际会展中心", capacity=800), "venues")
    # one venue: the forum follows the opening (a venue holds one session at a time)
    for title, kind, day, hour in (("开幕式", "opening", 18, 9), ("发展论坛", "forum", 18, 13),
                                   ("签约仪式", "signing", 19, 9)):
        svc.create("agenda_sessions", title=title, kind=kind, venue_id=venue,
                   starts_at=f"2026-05-{day} {hour:02d}:00",
                   ends_at=f"2026-05-{day} {hour + 2:02d}:00")
