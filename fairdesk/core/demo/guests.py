"""Inviting units and guests: who they are, where from, where in the invitation workflow."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from fairdesk.core.demo import data
from fairdesk.core.demo.base import GUESTS_DONE, SNAPSHOT, Demo, Weights, at, iso, minutes
from fairdesk.core.demo.people import (
    chinese_name,
    cn_id_number,
    cn_mobile,
    domain_of,
    email_local,
    fill_digits,
    foreign_name,
    passport_number,
    permit_number,
    regional_name,
)
from fairdesk.core.demo.travel import plan_travel
from fairdesk.core.guests.keys import guest_keys
from fairdesk.core.guests.names import pinyin_keys
from fairdesk.core.guests.service import REF_ALPHABET, derived_name_fields
from fairdesk.core.vocab import DIETARY

STATES = Weights((("to_invite", 4), ("invited", 6), ("declined", 7), ("undecided", 4),
                  ("attending", 6), ("confirmed", 10), ("arrived", 55), ("departed", 5),
                  ("cancelled", 3)))
STAFF_STATES = Weights((("confirmed", 10), ("arrived", 90)))
CATEGORIES = Weights((("investor", 55), ("guest", 19), ("vip", 4), ("official", 4),
                      ("expert", 5), ("media", 5), ("staff", 7), ("security", 1)))
FOREIGN_CATEGORIES = Weights((("investor", 75), ("guest", 12), ("vip", 5), ("expert", 5),
                              ("media", 3)))
ORIGINS = Weights(((p, c), w) for p, c, w in data.ORIGINS)
REGIONS = Weights(data.REGIONS.items())
COUNTRIES = Weights((c, v[0]) for c, v in data.FOREIGN.items())
REGION_SHARE, FOREIGN_SHARE = 0.07, 0.18
_REPLIED = {"declined", "undecided", "attending", "confirmed", "arrived", "departed", "cancelled"}
_CONFIRMED = {"confirmed", "arrived", "departed", "cancelled"}
ATTENDING = ("attending", "confirmed", "arrived", "departed")
DIETS = Weights((("vegetarian", 35), ("no_pork", 10), ("no_beef", 8), ("seafood_allergy", 15),
                 ("nut_allergy", 8), ("diabetic", 10), ("vegan", 4), ("other", 10)))


@dataclass(slots=True)
class Guest:
    """What later areas need to know about a guest, beside the stored row."""

    id: str
    name: str
    gender: str
    category: str
    country: str
    state: str
    language: str
    local: bool  # lives in the fair city: no hotel, no pickup
    arrival: datetime | None = None
    departure: datetime | None = None
    place: str = ""
    departure_place: str = ""
    transport: str = ""
    organisation: str = ""
    title: str = ""
    checked_in: datetime | None = None  # registration at the desk
    companions: list[str] = field(default_factory=list)

    @property
    def arrived(self) -> bool:
        return self.state in ("arrived", "departed")

    @property
    def attending(self) -> bool:
        return self.state in ATTENDING


def build_units(demo: Demo) -> None:
    rng = demo.rng("units")
    target_total = round(demo.size * 0.95)
    units = []
    for order, (name, name_en, kind, share, foreign) in enumerate(data.INVITING_UNITS, 1):
        target = max(5, round(target_total * share))
        contact = chinese_name(rng, rng.choice("MF"))
        units.append(demo.add(
            "inviting_units", name=name, name_en=name_en, kind=kind, target_guests=target,
            target_foreign=round(target * foreign), contact=contact, phone=cn_mobile(rng),
            sort_order=order * 10, notes="" if kind == "county" else "市直部门"))
    demo.refs["units"] = units


def build_guests(demo: Demo) -> None:
    rng = demo.rng("guests")
    units = demo.refs["units"]
    unit_weights = Weights((u, u["target_guests"]) for u in units)
    foreign_units = Weights((u, u["target_foreign"] + 1) for u in units)
    orgs = _OrgPool(rng, demo.size)
    codes: set[str] = set()
    guests: list[Guest] = []
    for count in range(demo.size):
        if count % 256 == 0:
            demo.tick(GUESTS_DONE * count // demo.size)
        roll = rng.random()
        origin = "CN" if roll >= REGION_SHARE + FOREIGN_SHARE else (
            "region" if roll < REGION_SHARE else "foreign")
        unit = (foreign_units if origin != "CN" else unit_weights).pick(rng)
        guests.append(_guest(demo, rng, origin, unit, orgs, codes))
    demo.refs["guests"] = guests
    _notes(demo, rng)


def _guest(demo: Demo, rng: random.Random, origin: str, unit: dict, orgs: _OrgPool,
           codes: set[str]) -> Guest:
    gender = "M" if rng.random() < 0.68 else "F"
    row = {"gender": gender, "inviting_unit_id": unit["id"], "invited_by": unit["contact"]}
    if origin == "CN":
        _mainland(rng, row, orgs)
    elif origin == "region":
        _regional(rng, row, orgs)
    else:
        _foreign(rng, row, orgs)
    category = row["category"]
    state = (STAFF_STATES if category in ("staff", "security") else STATES).pick(rng)
    row.update(derived_name_fields(row["name"]))
    row.update(guest_keys(row["name"], row.get("organisation", ""), row.get("phone", ""),
                          row.get("id_number", "")))
    row.update(ref_code=_ref_code(rng, codes), state=state,
               language="zh" if row["country"] in ("CN", "HK", "MO", "TW") else "en")
    guest = Guest("", row["name"], gender, category, row["country"], state, row["language"],
                  local=row["city"] == data.CITY, organisation=row["organisation"],
                  title=row["title"])
    times = _invitation(rng, row, guest)
    plan_travel(rng, row, guest)
    diet = _diet(rng, row, guest)
    guest.id = demo.add("guests", **row)["id"]
    _history(demo, rng, guest, times)
    _companions(demo, rng, guest)
    for kind in diet:
        demo.add("dietary_needs", guest_id=guest.id, companion_id=None, kind=kind,
                 detail=data.DIETARY_DETAIL[kind])
    return guest


def _ref_code(rng: random.Random, codes: set[str]) -> str:
    while True:
        code = "".join(rng.choices(REF_ALPHABET, k=6))
        if code not in codes:
            codes.add(code)
            return code


def _mainland(rng: random.Random, row: dict, orgs: _OrgPool) -> None:
    province, city = ORIGINS.pick(rng)
    category = CATEGORIES.pick(rng)
    name = chinese_name(rng, row["gender"])
    if category == "official":
        org, title = orgs.official()
        province, city = ((data.PROVINCE, data.CITY) if "海滨" in org else
                          (data.PROVINCE, "瀛洲市") if "瀛洲" in org else ("北京市", "北京市"))
    elif category == "expert":
        org, title = rng.choice(data.EXPERTS)
    elif category == "media":
        org, title = rng.choice(data.MEDIA)
    elif category in ("staff", "security"):
        org = "组委会办公室" if category == "staff" else "海滨市公安局"
        title = rng.choice(data.STAFF_TITLES) if category == "staff" else "民警"
        province, city = data.PROVINCE, data.CITY
    else:
        org, domain = orgs.mainland(city)
        title = rng.choice(data.INVESTOR_TITLES_ZH)
        if category == "vip":
            title = rng.choice(("董事长", "总裁", "首席执行官"))
    honorific = {"expert": "教授" if title == "教授" else "博士"}.get(
        category, "先生" if row["gender"] == "M" else "女士")
    latin = derived_name_fields(name)["name_latin"]
    if category not in ("investor", "guest", "vip"):
        domain = {"official": "haibin.gov.cn", "staff": "haibin.gov.cn",
                  "security": "gaj.haibin.gov.cn"}.get(category, "mail.example.cn")
    born = rng.randint(1958, 1998)
    has_id = rng.random() < 0.65
    row.update(
        name=name, honorific=honorific, organisation=org, title=title, category=category,
        country="CN", province=province, city=city, phone=_mainland_phone(rng),
        email=f"{email_local(latin).replace('.', '')}@{domain}" if rng.random() < 0.8 else "",
        wechat=f"wxid_{rng.randrange(16**10):010x}" if rng.random() < 0.6 else "",
        id_type="id_card" if has_id else "",
        id_number=cn_id_number(rng, city if city in data.ID_AREAS else "海滨市", row["gender"],
                               born) if has_id else "")


def _mainland_phone(rng: random.Random) -> str:
    """Mostly as people type it (13812345678); some lists carry the +86 prefix."""
    number = cn_mobile(rng)
    if rng.random() < 0.08:
        return f"+86 {number[:3]} {number[3:7]} {number[7:]}"
    return number


def _regional(rng: random.Random, row: dict, orgs: _OrgPool) -> None:
    region = REGIONS.pick(rng)
    category = FOREIGN_CATEGORIES.pick(rng)
    org, domain = orgs.regional(region)
    id_type, number = permit_number(rng, region)
    has_id = rng.random() < 0.6
    name = regional_name(rng, row["gender"])
    latin = derived_name_fields(name)["name_latin"]
    row.update(
        name=name, honorific="先生" if row["gender"] == "M" else "女士", organisation=org,
        title=rng.choice(data.REGION_TITLES), category=category, country=region,
        province="", city={"HK": "香港", "MO": "澳门", "TW": "台北"}[region],
        phone=fill_digits(rng, data.REGION_PHONES[region]),
        email=f"{email_local(latin)}@{domain}", wechat="",
        id_type=id_type if has_id else "", id_number=number if has_id else "")


def _foreign(rng: random.Random, row: dict, orgs: _OrgPool) -> None:
    country = COUNTRIES.pick(rng)
    category = FOREIGN_CATEGORIES.pick(rng)
    name = foreign_name(rng, country, row["gender"])
    org, domain = orgs.foreign(country)
    if category == "media":
        org, domain = "Asia Business Review", "abr.example.com"
    has_id = rng.random() < 0.55
    title = rng.choice(data.TITLES_EN[:3] if category == "vip" else data.TITLES_EN)
    honorific = "Dr." if category == "expert" else ("Mr." if row["gender"] == "M" else "Ms.")
    row.update(
        name=name, honorific=honorific, organisation=org, title=title, category=category,
        country=country, province="", city=rng.choice(data.FOREIGN_CITIES[country]),
        phone=fill_digits(rng, data.FOREIGN[country][5]),
        email=f"{email_local(name)}@{domain}", wechat="",
        id_type="passport" if has_id else "",
        id_number=passport_number(rng, country) if has_id else "")


class _OrgPool:
    """Organisations reused by several guests, so that delegations come from one company."""

    def __init__(self, rng: random.Random, size: int) -> None:
        self.rng = rng
        self.per_key = max(3, size // 60)
        self.pools: dict[str, list[tuple[str, str]]] = {}

    def _pick(self, key: str, make: object) -> tuple[str, str]:
        pool = self.pools.setdefault(key, [])
        if len(pool) < self.per_key and (not pool or self.rng.random() < 0.6):
            pool.append(make())  # type: ignore[operator]
        return self.rng.choice(pool)

    def official(self) -> tuple[str, str]:
        """A senior post not yet taken, else a post several people hold."""
        taken = self.pools.setdefault("officials", [])
        free = [post for post in data.OFFICIALS if post not in taken]
        if free:
            taken.append(free[0])
            return free[0]
        return self.rng.choice(data.OFFICIALS_MORE)

    def mainland(self, city: str) -> tuple[str, str]:
        def make() -> tuple[str, str]:
            brand = self.rng.choice(data.CN_BRANDS)
            name = (city.removesuffix("市") + brand + self.rng.choice(data.CN_TRADES)
                    + self.rng.choice(data.CN_SUFFIXES))
            return name, f"{pinyin_keys(brand)[0]}.com.cn"
        return self._pick(city, make)

    def regional(self, region: str) -> tuple[str, str]:
        def make() -> tuple[str, str]:
            brand = self.rng.choice(data.REGION_BRANDS)
            name = self.rng.choice(data.REGION_ORGS[region]).format(brand)
            return name, f"{pinyin_keys(brand)[0]}.{data.COUNTRY_DOMAINS[region]}"
        return self._pick(region, make)

    def foreign(self, country: str) -> tuple[str, str]:
        def make() -> tuple[str, str]:
            brand = self.rng.choice(data.FOREIGN_BRANDS + data.FOREIGN[country][3][:3])
            name = f"{brand} {self.rng.choice(data.FOREIGN_TRADES)} {data.FOREIGN[country][4]}"
            return name, domain_of(name, data.COUNTRY_DOMAINS[country])
        return self._pick(country, make)


# --- the invitation workflow -----------------------------------------------------------
def _day_time(rng: random.Random, day: date) -> datetime:
    return at(day, rng.randint(9, 17), rng.randrange(60))


def _invitation(rng: random.Random, row: dict, guest: Guest) -> dict[str, datetime]:
    """letter_sent_on and replied_on consistent with the state."""
    state = guest.state
    created = at(date(2026, 3, 1), 9) + timedelta(days=rng.randint(0, 18),
                                                   minutes=rng.randrange(480))
    letter = created + timedelta(days=rng.randint(2, 40))
    replied = letter + timedelta(days=rng.randint(3, 20))
    guest_times = {"created": created}
    if guest.category in ("staff", "security"):  # staff get no letter: they are assigned
        guest_times["confirmed"] = created + timedelta(days=rng.randint(10, 50))
        row["letter_sent_on"] = row["replied_on"] = None
        return guest_times
    if state != "to_invite":
        guest_times["letter"] = letter
    if state in _REPLIED:
        guest_times["replied"] = min(replied, at(date(2026, 5, 14), 16))
    if state in _CONFIRMED:
        guest_times["confirmed"] = min(guest_times["replied"] + timedelta(days=rng.randint(1, 6)),
                                       at(date(2026, 5, 16), 17))
    row["letter_sent_on"] = letter.date().isoformat() if "letter" in guest_times else None
    row["replied_on"] = guest_times["replied"].date().isoformat() if "replied" in guest_times \
        else None
    return guest_times


def _history(demo: Demo, rng: random.Random, guest: Guest, times: dict[str, datetime]) -> None:
    operators = demo.refs["operator_stamps"]
    steps: list[tuple[datetime, str | None, str, str]] = [
        (times["created"], None, "to_invite", "名单录入")]
    if "letter" in times:
        steps.append((times["letter"], "to_invite", "invited", "邀请函已发出"))
    state = guest.state
    if "replied" in times:
        replied_as = "attending" if state in _CONFIRMED else state
        steps.append((times["replied"], "invited", replied_as, "收到回执"))
    if "confirmed" in times:
        before = "attending" if "replied" in times else "to_invite"
        steps.append((times["confirmed"], before, "confirmed", "行程已确认"))
    if state == "cancelled":
        steps.append((times["confirmed"] + minutes(rng.randrange(60, 1800)), "confirmed",
                      "cancelled", rng.choice(("行程冲突，取消参会", "因公务取消", "Visa delayed"))))
    if guest.arrived and guest.checked_in:
        steps.append((guest.checked_in, "confirmed", "arrived", "报到"))
    if state == "departed":
        steps.append((guest.departure or SNAPSHOT - minutes(60), "arrived", "departed", "离会"))
    for moment, before, after, note in steps:
        demo.add("invitation_history", guest_id=guest.id, at=iso(moment), from_state=before,
                 to_state=after, note=note, operator=rng.choice(operators))


def _companions(demo: Demo, rng: random.Random, guest: Guest) -> None:
    share = 0.35 if guest.category == "vip" else 0.14
    if guest.state not in ("to_invite", "invited") and rng.random() < share:
        for _ in range(1 if rng.random() < 0.8 else 2):
            guest.companions.append(_companion(demo, rng, guest)["id"])


def _diet(rng: random.Random, row: dict, guest: Guest) -> list[str]:
    """Dietary needs (codes), also written as text on the guest."""
    kinds: list[str] = []
    if guest.country == "AE" or (guest.country == "MY" and rng.random() < 0.5):
        kinds.append("halal")
    elif rng.random() < 0.08:
        kinds.append(DIETS.pick(rng))
    if kinds and rng.random() < 0.1:
        extra = rng.choice(("seafood_allergy", "nut_allergy", "diabetic"))
        kinds += [extra] if extra not in kinds else []
    row["dietary"] = "；".join(_diet_text(k) for k in kinds)
    return kinds


def _diet_text(kind: str) -> str:
    """素食（蛋奶可）, 清真（清真餐，请单独备餐）: a detail that starts with the need stands alone."""
    need, detail = DIETARY[kind][0], data.DIETARY_DETAIL[kind]
    return detail if detail.startswith(need) else need + (f"（{detail}）" if detail else "")


def _companion(demo: Demo, rng: random.Random, guest: Guest) -> dict:
    zh = guest.language == "zh"
    relation = rng.choice(data.COMPANION_RELATIONS_ZH if zh else data.COMPANION_RELATIONS_EN)
    if relation in ("夫人", "Spouse"):
        gender = "F" if guest.gender == "M" else "M"
    else:
        gender = "M" if rng.random() < 0.55 else "F"
    id_type, id_number = "", ""
    if guest.country == "CN":
        name, phone = chinese_name(rng, gender), cn_mobile(rng)
        if rng.random() < 0.5:
            id_type = "id_card"
            id_number = cn_id_number(rng, "海滨市", gender, rng.randint(1965, 2000))
    elif guest.country in data.REGIONS:
        name = regional_name(rng, gender)
        phone = fill_digits(rng, data.REGION_PHONES[guest.country])
        if rng.random() < 0.4:
            id_type, id_number = permit_number(rng, guest.country)
    else:
        name, phone = foreign_name(rng, guest.country, gender), ""
        if rng.random() < 0.4:
            id_type, id_number = "passport", passport_number(rng, guest.country)
    diet = "halal" if guest.country == "AE" else "vegetarian" if rng.random() < 0.05 else ""
    row = demo.add("companions", guest_id=guest.id, name=name, relation=relation,
                   gender=gender, phone=phone, id_type=id_type, id_number=id_number,
                   dietary=DIETARY[diet][0] if diet else "")
    if diet:
        demo.add("dietary_needs", guest_id=guest.id, companion_id=row["id"], kind=diet,
                 detail="")
    demo.refs.setdefault("companion_relations", {})[row["id"]] = relation
    return row


def _notes(demo: Demo, rng: random.Random) -> None:
    """A few notes for the desk and about key investors."""
    rows = demo.rows["guests"]
    for row in rng.sample(rows, k=max(3, len(rows) // 50)):
        row["desk_notes"] = rng.choice(data.DESK_NOTES)
    for row in rng.sample(rows, k=max(3, len(rows) // 30)):
        if row["category"] in ("investor", "vip"):
            row["notes"] = rng.choice(data.GUEST_NOTES)
