"""Venues, the two-day agenda and who signed in at each session so far."""

from __future__ import annotations

import json
import random
from datetime import datetime
from typing import TYPE_CHECKING

from fairdesk.core.demo import data
from fairdesk.core.demo.base import DAY1, DAY2, SNAPSHOT, Demo, at, iso, minutes

if TYPE_CHECKING:
    from fairdesk.core.demo.guests import Guest

ALL = ("vip", "official", "investor", "guest", "expert", "media", "staff", "security")
GUESTS = ("vip", "official", "investor", "guest", "expert", "media")
# key, title, title_en, kind, venue, day, start, end (h, m), admitted, share of those admitted
SESSIONS = (
    ("opening", "2026投洽会开幕式", "Opening Ceremony", "opening", "main", DAY1, (9, 0),
     (10, 0), ALL, 0.85),
    ("forum", "海滨开放发展论坛", "Haibin Open Development Forum", "forum", "forum", DAY1,
     (10, 30), (12, 0), GUESTS, 0.55),
    ("lunch1", "自助午餐", "Buffet lunch", "meal", "main", DAY1, (12, 0), (13, 30), ALL, 0.0),
    ("signing", "重大项目集中签约仪式", "Signing Ceremony of Major Projects", "signing", "main",
     DAY1, (14, 30), (16, 0), ("vip", "official", "investor", "media"), 0.5),
    ("banquet", "欢迎晚宴", "Welcome Banquet", "banquet", "banquet", DAY1, (18, 30), (20, 30),
     ("vip", "official", "investor", "expert"), 0.6),
    ("visit_port", "项目考察（线路一：临港经济开发区）", "Site visit, route 1: Lingang Zone",
     "visit", None, DAY2, (8, 30), (12, 0), GUESTS, 0.0),
    ("visit_resort", "项目考察（线路二：滨海旅游度假区）", "Site visit, route 2: Coastal Resort",
     "visit", None, DAY2, (8, 30), (12, 0), GUESTS, 0.0),
    ("visit_park", "项目考察（线路三：高新区科创园）", "Site visit, route 3: Innovation Park",
     "visit", None, DAY2, (8, 30), (12, 0), GUESTS, 0.0),
    ("promotion", "文旅产业推介会", "Culture and Tourism Investment Promotion", "meeting", "hall",
     DAY2, (9, 0), (11, 30), GUESTS, 0.2),
    ("lunch2", "自助午餐", "Buffet lunch", "meal", "main", DAY2, (12, 0), (13, 30), ALL, 0.0),
    ("signing2", "县区专场签约活动", "County Signing Session", "signing", "hall", DAY2, (14, 30),
     (16, 0), ("vip", "official", "investor", "media"), 0.0),
)
VISITS = ("visit_port", "visit_resort", "visit_park")
BANQUET_CAPACITY = 1100
_HOSTS = {"opening": "海滨市人民政府副市长", "forum": "瀛洲大学经济学院院长",
          "signing": "海滨市商务局局长", "signing2": "海滨市商务局副局长",
          "promotion": "海滨市文旅局局长"}
_HOSTS_EN = {"opening": "Vice Mayor of Haibin", "forum": "Dean, School of Economics, Yingzhou "
             "University", "signing": "Director, Haibin Commerce Bureau",
             "signing2": "Deputy Director, Haibin Commerce Bureau",
             "promotion": "Director, Haibin Culture and Tourism Bureau"}
_DRESS = {"opening": "正装", "signing": "正装", "banquet": "正装（深色西装）"}
_DRESS_EN = {"opening": "Formal", "signing": "Formal", "banquet": "Formal (dark suit)"}
_ABOUT = {
    "opening": ("市领导致辞，发布海滨市投资环境白皮书，为重点招商项目揭牌。",
                "Speeches by the city's leaders, the Haibin investment-climate white paper, "
                "and the unveiling of the key projects."),
    "forum": ("围绕“开放合作·共赢发展”，中外专家与企业家对话产业链合作与营商环境。",
              "'Open cooperation, shared growth': experts and business leaders from home and "
              "abroad on supply-chain partnerships and the business environment."),
    "signing": ("重大招商项目集中签约，发布签约总额。",
                "Major investment projects signed on stage; the totals announced."),
    "banquet": ("市政府欢迎晚宴，按桌签就座。", "The city's welcome banquet; please sit as your "
                "table card shows."),
    "promotion": ("文旅重点项目推介与对接洽谈。",
                  "Culture and tourism projects presented, with one-to-one talks."),
}
VISIT_TRACK = "day2-visits"
MEETING = ("07:50 各接待酒店大堂集合", "Meet in your hotel lobby at 07:50")


def build_agenda(demo: Demo) -> None:
    venues = {key: demo.add("venues", name=name, name_en=name_en, address=address,
                            capacity=capacity)
              for key, name, name_en, address, capacity in data.VENUES}
    for venue in venues.values():
        venue["address_en"] = data.VENUE_ADDRESSES_EN.get(venue["address"], "")
    sessions = {}
    for key, title, title_en, kind, venue, day, start, end, admitted, _share in SESSIONS:
        visit = kind == "visit"
        about, about_en = _ABOUT.get(key, ("", ""))
        sessions[key] = demo.add(
            "agenda_sessions", title=title, title_en=title_en, kind=kind,
            venue_id=venues[venue]["id"] if venue else None, starts_at=iso(at(day, *start)),
            ends_at=iso(at(day, *end)), admitted_categories=json.dumps(list(admitted)),
            host=_HOSTS.get(key, ""), host_en=_HOSTS_EN.get(key, ""),
            dress_code=_DRESS.get(key, ""), dress_code_en=_DRESS_EN.get(key, ""),
            description=about, description_en=about_en, track=VISIT_TRACK if visit else "",
            notes=MEETING[0] if visit else "", notes_en=MEETING[1] if visit else "")
    demo.refs["venues"], demo.refs["sessions"] = venues, sessions
    rng = demo.rng("agenda")
    _attendance(demo, rng)
    _links(demo, rng)


def _attendance(demo: Demo, rng: random.Random) -> None:
    """Sign-ins of arrived guests at sessions that began before the snapshot."""
    present = [g for g in demo.refs["guests"]
               if g.arrived and g.checked_in and g.category not in ("staff", "security")]
    attended: dict[str, list[Guest]] = {}
    operators = demo.refs["operator_names"]
    for key, _t, _te, _kind, _v, day, start, _e, admitted, share in SESSIONS:
        begins = at(day, *start)
        if begins >= SNAPSHOT:
            continue
        eligible = [g for g in present if g.category in admitted and g.checked_in < begins
                    and (g.departure is None or g.departure > begins)]
        if key == "banquet":
            share = min(share, BANQUET_CAPACITY / max(1, len(eligible)))
        attended[key] = [g for g in eligible if rng.random() < share]
    visitors = [g for g in present if g.category in GUESTS and g.checked_in < at(DAY2, 8)
                and g.state == "arrived" and rng.random() < 0.45]
    for guest in visitors:
        attended.setdefault(rng.choice(VISITS), []).append(guest)
    sessions = demo.refs["sessions"]
    routes = {g.id: key for key in VISITS for g in attended.get(key, [])}
    no_shows = [g for g in demo.refs["guests"] if g.category in GUESTS and g.id not in routes
                and g.state in ("attending", "confirmed", "arrived") and rng.random() < 0.05]
    for guest in no_shows:  # assigned to a route, never boarded
        routes[guest.id] = rng.choice(VISITS)
    demo.refs["routes"] = routes
    for key, guests in attended.items():
        begins = _start_of(key)
        desk = "考察车辆" if key in VISITS else "会场入口"
        for guest in guests:
            demo.add("attendance", session_id=sessions[key]["id"], guest_id=guest.id,
                     at=iso(begins - minutes(rng.randrange(1, 35))), desk=desk,
                     operator=rng.choice(operators))
    demo.refs["attended"] = attended


def _links(demo: Demo, rng: random.Random) -> None:
    """Guests on each site-visit route; the forum's speakers; the opening's guests of honour."""
    sessions = demo.refs["sessions"]
    for guest_id, key in demo.refs["routes"].items():
        demo.add("session_guests", session_id=sessions[key]["id"], guest_id=guest_id,
                 role="assigned")
    routed = set(demo.refs["routes"])
    present = [g for g in demo.refs["guests"] if g.state in ("attending", "confirmed", "arrived")]
    experts = [g for g in present if g.category in ("expert", "investor")]
    for guest in rng.sample(experts, min(5, len(experts))):
        demo.add("session_guests", session_id=sessions["forum"]["id"], guest_id=guest.id,
                 role="speaker")
    vips = [g for g in present if g.category == "vip" and g.id not in routed]
    for guest in rng.sample(vips, min(6, len(vips))):
        demo.add("session_guests", session_id=sessions["opening"]["id"], guest_id=guest.id,
                 role="honour")


def _start_of(key: str) -> datetime:
    for s in SESSIONS:
        if s[0] == key:
            return at(s[5], *s[6])
    raise KeyError(key)
