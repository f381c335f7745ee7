"""Security: departments, every guest hotel, venue and visit site, the bundled templates
issued to them, inspections with their answers, rectifications and re-inspections, and
sign-offs, as they stood the evening before opening.

Most cells (a department at a site) are inspected and passed, many signed off; some
failed with a rectification still open (a few past their deadline), some were fixed
and closed on re-inspection, the slower departments have items not yet inspected
(overdue by the snapshot); the first hotel is never cleared.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta

from fairdesk.core.demo import data
from fairdesk.core.demo.base import DAY1, Demo, at, iso
from fairdesk.core.demo.people import chinese_name, cn_mobile
from fairdesk.core.security.default_templates import DEFAULT_TEMPLATES
from fairdesk.core.vocab import DEPARTMENTS

# chance that a department has not inspected a site yet: some report faster than others
NOT_INSPECTED = {"police": 0.0, "traffic": 0.03, "fire": 0.0, "petitions": 0.12,
                 "work_safety": 0.05, "health": 0.03, "sanitation": 0.15}
FAILS = 0.25  # chance an inspection finds a problem
LATE = 0.35  # chance an open rectification is already past its deadline
EVE = at(DAY1, 0) - timedelta(hours=4)  # the evening before opening, 20:00
PROBLEMS = {  # item: ((problem found, action required), ...); only these items fail
    "视频监控全覆盖": (("电梯厅监控探头角度偏移，存在盲区", "调整角度并复核画面"),),
    "警卫岗位设置": (("贵宾通道岗交接班记录缺失", "补齐记录，明确交接班制度"),),
    "停车场及落客区": (("落客区标线不清，无指示牌", "重新施划标线并设置指示牌"),),
    "考察线路路况": (("沿线一处施工路段未设警示", "设置警示和绕行标志"),),
    "安全出口和疏散通道畅通": (("二层东侧安全出口堆放杂物", "立即清理，保持畅通"),
                        ("疏散指示标志方向错误", "更正指示标志")),
    "灭火器配置有效": (("三楼部分灭火器压力不足", "更换灭火器并登记"),),
    "临时舞台和展位用电": (("临时舞台配电箱无漏电保护", "加装漏电保护器并复测"),),
    "已知信访案件跟进": (("一起劳资纠纷尚未落实包案领导", "落实包案领导，会前化解"),),
    "临时搭建物验收": (("展台背景板斜撑不足", "加装斜撑，重新验收"),),
    "电梯特种设备检验": (("货梯检验合格证过期", "停用并申请检验"),),
    "应急预案和演练": (("疏散演练未形成书面记录", "补充演练并形成记录"),),
    "食品留样48小时": (("留样冰箱温度超标", "维修冰箱，温度控制在0-8℃"),),
    "从业人员健康证": (("两名厨师健康证过期", "停岗并补办健康证"),),
    "道路清扫保洁": (("周边道路占道经营未清理", "清理并安排专人巡查"),),
    "户外广告加固": (("道旗固定螺栓松动", "紧固螺栓并加装防风绳"),),
}


def build_security(demo: Demo) -> None:
    rng = demo.rng("security")
    departments = {code: demo.add("departments", code=code, name=zh, name_en=en,
                                  contact=data.DEPARTMENT_CONTACTS[code][1],
                                  phone=cn_mobile(rng))
                   for code, (zh, en) in DEPARTMENTS.items()}
    templates = [demo.add("checklist_templates", department_code=d, title=title, title_en=en,
                          requirement=req, requirement_en=req_en, site_kinds=kinds,
                          due_days=days, position=i, version=1, active=1)
                 for i, (d, title, en, req, req_en, kinds, days) in enumerate(DEFAULT_TEMPLATES)]
    numbers = iter(range(1, 10_000))
    for n, site in enumerate(_sites(demo)):
        for code, department in departments.items():
            found = [_item(demo, department, site, t) for t in templates
                     if t["department_code"] == code and site["kind"] in t["site_kinds"]]
            if found:  # every third site is all done: its departments have all signed
                _inspect(demo, rng, department, site, found, numbers, keep_open=n == 0,
                         clean=n % 3 == 1)


def _sites(demo: Demo) -> list[dict]:
    sites = [demo.add("sites", name=h["name"], name_en=h["name_en"], kind="hotel",
                      hotel_id=h["id"], address=h["address"]) for h in demo.refs["hotels"]]
    sites += [demo.add("sites", name=v["name"], name_en=v["name_en"], kind="venue",
                       venue_id=v["id"], address=v["address"])
              for v in demo.refs["venues"].values()]
    sites += [demo.add("sites", name=name, name_en=name_en, kind="visit", address=address)
              for _key, name, name_en, address in data.VISIT_SITES]
    return sites


def _item(demo: Demo, department: dict, site: dict, template: dict) -> dict:
    due = at(DAY1, 18) - timedelta(days=template["due_days"])
    return demo.add("checklist_items", department_id=department["id"], site_id=site["id"],
                    title=template["title"], title_en=template["title_en"],
                    detail=template["requirement"], detail_en=template["requirement_en"],
                    due_at=iso(due), status="open",
                    template_id=template["id"], template_version=1)


def _inspect(demo: Demo, rng: random.Random, department: dict, site: dict, items: list[dict],
             numbers: Iterator[int], *, keep_open: bool, clean: bool) -> None:
    code = department["code"]
    if rng.random() < NOT_INSPECTED[code] and not (keep_open or clean):
        return
    when = at(DAY1, 16) - timedelta(days=rng.randint(2, 6), minutes=rng.randrange(0, 420, 30))
    can_fail = [i for i in items if i["title"] in PROBLEMS]
    failing = rng.sample(can_fail, 1) if can_fail and (keep_open or rng.random() < FAILS) else []
    inspector = chinese_name(rng, rng.choice("MF"))
    inspection = demo.add("inspections", department_id=department["id"], site_id=site["id"],
                          at=iso(when), inspector=inspector,
                          result="issues" if failing else "pass",
                          notes="发现问题，已下达整改通知书" if failing else "检查合格")
    for item in items:
        answer = "fail" if item in failing else ("na" if rng.random() < 0.03 else "pass")
        note = "" if answer == "pass" else ("本点位无此项" if answer == "na" else "见整改通知书")
        demo.add("inspection_answers", inspection_id=inspection["id"],
                 checklist_item_id=item["id"], answer=answer, note=note)
        item.update(status={"pass": "done", "na": "na", "fail": "failed"}[answer],
                    done_at=None if answer == "fail" else iso(when),
                    done_by="" if answer == "fail" else inspector)
    closed = all([_rectify(demo, rng, inspection, site, item, when, next(numbers),
                           keep_open=keep_open, clean=clean) for item in failing])
    if closed and not keep_open and (clean or rng.random() < 0.75):
        signed = max(when + timedelta(hours=rng.randint(2, 30)), when)
        demo.add("site_signoffs", site_id=site["id"], department_id=department["id"],
                 signed_by=department["contact"], signed_at=iso(min(signed, EVE)))


def _rectify(demo: Demo, rng: random.Random, inspection: dict, site: dict, item: dict,
             when: datetime, number: int, *, keep_open: bool, clean: bool) -> bool:
    """A rectification for the failed item; True when it was closed on re-inspection."""
    problem, action = rng.choice(PROBLEMS[item["title"]])
    due = at(when.date(), 18) + timedelta(days=rng.randint(1, 3))
    closed = clean or (not keep_open and rng.random() < 0.55)
    if not closed and rng.random() > LATE:  # a fix agreed for the first day of the fair
        due = at(DAY1, 0) + timedelta(days=1, hours=rng.choice((12, 18)))
    fixed = closed or rng.random() < 0.3
    rect = demo.add("rectifications", inspection_id=inspection["id"],
                    checklist_item_id=item["id"], problem=problem, action_required=action,
                    due_at=iso(due), status="verified" if closed else ("fixed" if fixed else "open"),
                    fixed_at=iso(due - timedelta(hours=rng.randint(2, 8))) if fixed else None,
                    verified_by=inspection["inspector"] if closed else "",
                    responsible_unit=site["name"], responsible_person=chinese_name(rng, "M"),
                    number=number, year=when.year,
                    closed_at=iso(due - timedelta(hours=rng.choice((1, 2, 3)))) if closed else None)
    if closed:
        demo.add("reinspections", rectification_id=rect["id"], at=rect["closed_at"],
                 inspector=inspection["inspector"], passed=1, note="已按要求整改，复查合格")
        item.update(status="done", done_at=rect["closed_at"], done_by=inspection["inspector"])
    elif fixed:
        demo.add("reinspections", rectification_id=rect["id"],
                 at=iso(due - timedelta(hours=1)), inspector=inspection["inspector"], passed=0,
                 note="整改尚未到位，需再次复查")
    return closed
