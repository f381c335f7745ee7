"""Security: the departments, every guest hotel, venue and visit site, checklists, inspections."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from fairdesk.core.demo import data
from fairdesk.core.demo.base import DAY1, DAY2, SNAPSHOT, Demo, at, iso, minutes
from fairdesk.core.demo.people import chinese_name, cn_mobile
from fairdesk.core.vocab import DEPARTMENTS

# chance that an item is still open, by department: some report faster than others
OPEN_SHARE = {"police": 0.12, "traffic": 0.18, "fire": 0.15, "petitions": 0.35,
              "work_safety": 0.22, "health": 0.2, "sanitation": 0.4}


def build_security(demo: Demo) -> None:
    rng = demo.rng("security")
    departments = {code: demo.add("departments", code=code, name=zh, name_en=en,
                                  contact=data.DEPARTMENT_CONTACTS[code][1],
                                  phone=cn_mobile(rng))
                   for code, (zh, en) in DEPARTMENTS.items()}
    sites = _sites(demo)
    items: dict[tuple[str, str], list[dict]] = {}
    for site, kind in sites:
        for code, templates in data.CHECKLIST.items():
            found = [_item(demo, rng, departments[code], site, code, t)
                     for t in templates if kind in t[3] and rng.random() < 0.9]
            items[(code, site["id"])] = found
    _inspections(demo, rng, departments, sites, items)
    for code in departments:
        _some_open(rng, [i for (c, _s), found in items.items() if c == code for i in found])


def _some_open(rng: random.Random, items: list[dict]) -> None:
    """Every department still has some work open: reopen one done item if none is."""
    if items and not any(i["status"] == "open" for i in items):
        item = rng.choice([i for i in items if i["status"] == "done"] or items)
        item.update(status="open", done_at=None, done_by="", signed_off_by="",
                    signed_off_at=None)


def _sites(demo: Demo) -> list[tuple[dict, str]]:
    """Sites with the letter of their kind in the checklist templates (h, v, s)."""
    sites = []
    for hotel in demo.refs["hotels"]:
        sites.append((demo.add("sites", name=hotel["name"], name_en=hotel["name_en"],
                               kind="hotel", hotel_id=hotel["id"], address=hotel["address"]),
                      "h"))
    for venue in demo.refs["venues"].values():
        sites.append((demo.add("sites", name=venue["name"], name_en=venue["name_en"],
                               kind="venue", venue_id=venue["id"], address=venue["address"]),
                      "v"))
    for _key, name, name_en, address in data.VISIT_SITES:
        sites.append((demo.add("sites", name=name, name_en=name_en, kind="visit",
                               address=address), "s"))
    return sites


def _item(demo: Demo, rng: random.Random, department: dict, site: dict, code: str,
          template: tuple[str, str, str, str]) -> dict:
    title, title_en, detail, _kinds = template
    due = _due(rng, site)
    status = "open" if rng.random() < OPEN_SHARE[code] else (
        "na" if rng.random() < 0.03 else "done")
    done_at = signed_at = None
    done_by = signed_by = ""
    if status == "done":
        day = (due - timedelta(days=rng.choice((-1, 0, 0, 1, 1, 2, 3, 4)))).date()
        done = at(day, rng.randint(8, 17), rng.randrange(0, 60, 5))
        done_at, done_by = iso(min(done, SNAPSHOT - minutes(30))), department["contact"]
        if rng.random() < 0.7:
            signed_by = "安保组 " + rng.choice(("李卫东", "王建军", "张立新"))
            signed_at = iso(min(done + timedelta(hours=rng.randint(2, 30)), SNAPSHOT))
    return demo.add("checklist_items", department_id=department["id"], site_id=site["id"],
                    title=title, title_en=title_en, detail=detail, due_at=iso(due),
                    status=status, done_at=done_at, done_by=done_by, signed_off_by=signed_by,
                    signed_off_at=signed_at)


def _due(rng: random.Random, site: dict) -> datetime:
    """Most items are due in the week before the fair; visit sites the evening before day 2."""
    if site["kind"] == "visit" and rng.random() < 0.5:
        return at(DAY1, 18)
    if rng.random() < 0.1:
        return at(DAY2, 12)  # still ahead at the snapshot
    return at(DAY1, 18) - timedelta(days=rng.randint(1, 8))


def _inspections(demo: Demo, rng: random.Random, departments: dict[str, dict],
                 sites: list[tuple[dict, str]], items: dict[tuple[str, str], list[dict]]) -> None:
    for site, _kind in sites:
        for code, department in departments.items():
            found = items.get((code, site["id"]), [])
            if not found or rng.random() > 0.4:
                continue
            when = at(DAY1, 10) - timedelta(days=rng.randint(2, 7), minutes=rng.randrange(360))
            issues = rng.random() < 0.35
            inspection = demo.add(
                "inspections", department_id=department["id"], site_id=site["id"],
                at=iso(when), inspector=chinese_name(rng, rng.choice("MF")),
                result="issues" if issues else "pass",
                notes="发现问题，已下达整改通知" if issues else "检查合格")
            if issues:
                for item in rng.sample(found, k=min(len(found), rng.randint(1, 2))):
                    _rectification(demo, rng, inspection, item, when)


def _rectification(demo: Demo, rng: random.Random, inspection: dict, item: dict,
                   when: datetime) -> None:
    problem, action = rng.choice(data.RECTIFICATION_PROBLEMS)
    due = when + timedelta(days=rng.randint(1, 3))
    status = rng.choices(("open", "fixed", "verified"), weights=(30, 25, 45))[0]
    fixed_at = iso(due - timedelta(hours=rng.randint(1, 20))) if status != "open" else None
    if status == "open":  # the item cannot be done while its problem is open
        item["status"], item["done_at"], item["done_by"] = "open", None, ""
        item["signed_off_by"], item["signed_off_at"] = "", None
    demo.add("rectifications", inspection_id=inspection["id"], checklist_item_id=item["id"],
             problem=problem, action_required=action, due_at=iso(due), status=status,
             fixed_at=fixed_at, verified_by=inspection["inspector"] if status == "verified"
             else "")
