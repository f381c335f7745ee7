"""Roster printouts and exports: the text a reader sees, A4 pages, embedded fonts; the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
import pytest

from fairdesk.cli import main
from fairdesk.core.fair import Fair
from fairdesk.core.reception import lists as S
from fairdesk.core.reception.meals import apply_seating, plan_seating
from fairdesk.core.reception.pickup_plan import apply_pickups, plan_pickups
from fairdesk.core.reception.room_plan import apply_plan, plan_auto_assign
from fairdesk.core.reception.sample import build_sample
from fairdesk.reports.frame import PrintCancelled
from fairdesk.reports.reception.lists import render_sheets
from fairdesk.reports.reception.table_plan import render_table_plan
from fairdesk.reports.reception.workbooks import write_sheets, write_table_plan

DAY = "2026-05-17"
A4_LANDSCAPE = (841.89, 595.28)


@pytest.fixture(scope="module")
def roster_fair(tmp_path_factory):
    path = tmp_path_factory.mktemp("roster") / "roster.fair"
    fair = Fair.create(path, **{"fair.name": "测试投洽会"})
    build_sample(fair, guests=160, vehicles=20)
    apply_plan(fair, plan_auto_assign(fair))
    apply_pickups(fair, plan_pickups(fair))
    sitting = fair.scalar("SELECT id FROM meal_sittings WHERE kind = 'banquet'")
    apply_seating(fair, plan_seating(fair, sitting))
    escort = fair.scalar("SELECT id FROM escorts ORDER BY name")
    vip = fair.scalar("SELECT id FROM guests WHERE category = 'vip' ORDER BY name")
    fair.reception.assign_escort(escort, vip, role="一对一陪同")
    yield fair, path
    fair.close()


def _pdf(path: Path) -> tuple[list[str], list[tuple[float, float]]]:
    doc = pdfium.PdfDocument(str(path))
    texts = [page.get_textpage().get_text_range() for page in doc]
    sizes = [tuple(round(x, 2) for x in page.get_size()) for page in doc]
    doc.close()
    return texts, sizes


def _fonts_embedded(path: Path) -> None:
    data = path.read_bytes()
    assert b"/FontFile2" in data and b"WenQuanYi" in data
    assert b"/Helvetica" not in data  # no unembedded standard font sneaks in


def test_rooming_list_pdf(roster_fair, tmp_path):
    fair, _ = roster_fair
    sheets = S.rooming_lists(fair, "西湖国宾馆")
    out = render_sheets(sheets, tmp_path / "rooming.pdf", printed_by="测试员")
    texts, sizes = _pdf(out)
    text = "".join(texts)
    stay = fair.rows("SELECT g.name, r.number FROM stays s JOIN guests g ON g.id = s.guest_id"
                     " JOIN rooms r ON r.id = s.room_id JOIN hotels h ON h.id = s.hotel_id"
                     " WHERE h.name = '西湖国宾馆' AND s.companion_id IS NULL LIMIT 1")[0]
    assert "住宿名单" in text and "西湖国宾馆" in text and "测试投洽会" in text
    assert stay["name"] in text and stay["number"] in text
    assert "房型" in text and "同住" in text and "晚数" in text
    assert f"第 1 页 / 共 {len(texts)} 页" in texts[0] and "操作员 测试员" in texts[0]
    assert all(s == A4_LANDSCAPE for s in sizes)
    assert "房型" in texts[-1]  # the header repeats on every page
    _fonts_embedded(out)


def test_dispatch_sheet_names_trips_passengers_and_phones(roster_fair, tmp_path):
    fair, _ = roster_fair
    sheets = S.dispatch_sheets(fair, DAY)
    assert sheets
    first = sheets[0]
    out = render_sheets([first], tmp_path / "dispatch.pdf", printed_by="测试员")
    text = "".join(_pdf(out)[0]).replace("\r\n", "\n")
    driver = fair.rows("SELECT * FROM drivers WHERE name = ?", [first.key])[0]
    assert "派车单" in text and driver["name"] in text and driver["phone"] in text
    trip = fair.rows("SELECT t.*, g.name, g.phone FROM trips t JOIN trip_passengers p"
                     " ON p.trip_id = t.id JOIN guests g ON g.id = p.guest_id"
                     " WHERE t.driver_id = ? AND substr(t.starts_at, 1, 10) = ?"
                     " ORDER BY t.starts_at LIMIT 1", [driver["id"], DAY])[0]
    assert trip["name"] in text and trip["phone"] in text and trip["from_place"] in text
    assert trip["starts_at"][11:16] in text and trip["flight_or_train"][:5] in text


def test_escort_sheet_and_arrivals_board(roster_fair, tmp_path):
    fair, _ = roster_fair
    escorts = S.escort_sheets(fair)
    assert escorts and any("一对一陪同" in r["what"] for s in escorts for r in s.rows)
    out = render_sheets(escorts, tmp_path / "escorts.pdf", printed_by="测试员")
    assert "陪同任务单" in "".join(_pdf(out)[0])
    board = S.arrivals_sheet(fair, DAY)
    out = render_sheets([board], tmp_path / "arrivals.pdf", printed_by="测试员")
    text = "".join(_pdf(out)[0])
    first = fair.rows("SELECT * FROM guests WHERE substr(arrival_at, 1, 10) = ?"
                      " ORDER BY arrival_at LIMIT 1", [DAY])[0]
    assert "抵达一览" in text and first["name"] in text and first["arrival_transport"] in text
    assert f"{first['arrival_at'][11:13]}:00" in text  # the hour band


def test_missing_pickup_is_printed_in_words(fair, tmp_path):
    fair.guests.create("guests", name="未接", category="investor", country="CN",
                       state="confirmed", arrival_at=f"{DAY} 09:00", arrival_place="杭州东站")
    out = render_sheets([S.arrivals_sheet(fair, DAY)], tmp_path / "a.pdf", printed_by="x")
    text = "".join(_pdf(out)[0])
    assert "未接" in text and "【未派车】" in text and "未安排住宿 1 人" in text


def test_printed_at_is_the_fairs_local_time(fair, tmp_path):
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    fair.set_settings(**{"fair.timezone": "Pacific/Kiritimati"})  # UTC+14: never the laptop's
    sheet = S.arrivals_sheet(fair, DAY)
    there = datetime.now(ZoneInfo("Pacific/Kiritimati")).replace(tzinfo=None)
    stamped = datetime.strptime(sheet.printed_at, "%Y-%m-%d %H:%M")
    assert timedelta(0) <= there - stamped < timedelta(minutes=2)
    out = render_sheets([sheet], tmp_path / "a.pdf", printed_by="x")
    assert sheet.printed_at.replace(" ", "") in "".join(_pdf(out)[0]).replace(" ", "")


def test_table_plan_draws_every_seated_name(roster_fair, tmp_path):
    fair, _ = roster_fair
    plan = S.table_plan(fair, "欢迎晚宴")
    out = render_table_plan(plan, tmp_path / "tables.pdf", printed_by="测试员")
    texts, sizes = _pdf(out)
    text = "".join(texts)
    names = fair.rows("SELECT g.name FROM banquet_seats s JOIN guests g ON g.id = s.guest_id")
    assert names and all(n["name"] in text for n in names)
    assert "宴会桌次图" in text and "主桌" in texts[0]
    assert all(s == A4_LANDSCAPE for s in sizes)
    _fonts_embedded(out)
    book = openpyxl.load_workbook(write_table_plan(plan, tmp_path / "tables.xlsx"))
    rows = list(book.active.iter_rows(min_row=5, values_only=True))
    assert rows[0][:3] == (1, "主桌", 1) and rows[0][3]


def test_cancel_writes_nothing(roster_fair, tmp_path):
    fair, _ = roster_fair
    with pytest.raises(PrintCancelled):
        render_sheets(S.rooming_lists(fair), tmp_path / "x.pdf", printed_by="x",
                      cancelled=lambda: True)
    assert not (tmp_path / "x.pdf").exists()


def test_xlsx_reads_back(roster_fair, tmp_path):
    fair, _ = roster_fair
    sheets = S.rooming_lists(fair)
    out = write_sheets(sheets, tmp_path / "rooming.xlsx")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [s.key for s in sheets]
    sheet = next(s for s in sheets if s.rows)
    ws = book[sheet.key]
    assert ws.freeze_panes == "A5"
    assert [c.value for c in ws[4]][:3] == ["序号", "姓名", "性别"]
    assert ws.cell(5, 1).value == 1 and ws.cell(5, 2).value == sheet.rows[0]["name"]
    assert ws.max_row >= 4 + len(sheet.rows)
    assert ws.cell(1, 1).value.startswith("测试投洽会")


def test_commands(roster_fair, tmp_path, capsys):
    _, path = roster_fair
    assert main(["roster-check", str(path)]) == 0
    assert "未发现冲突" in capsys.readouterr().out
    out = tmp_path / "d.pdf"
    assert main(["dispatch", str(path), "--day", DAY, "--out", str(out)]) == 0
    assert out.exists() and "派车单" in capsys.readouterr().out
    assert main(["rooming-list", str(path), "--hotel", "无此酒店", "--out", str(out)]) == 1
    assert "无此酒店" in capsys.readouterr().err
    assert main(["arrivals", str(path), "--day", DAY, "--out", str(tmp_path / "a.txt")]) == 1
    assert main(["auto-assign", str(path)]) == 0
    assert "可安排 0 人" in capsys.readouterr().out


def test_roster_check_exits_1_on_a_clash(fair_path, capsys):
    fair = Fair.open(fair_path)
    car = fair.reception.create("vehicles", plate="浙A·9", seats=4, kind="sedan").items[0].after
    with fair.transaction() as tx:
        for start in ("08:00", "08:30"):
            tx.insert("trips", {"vehicle_id": car["id"], "purpose": "shuttle", "from_place": "A",
                                "to_place": "B", "starts_at": f"{DAY}T{start}:00+08:00",
                                "ends_at": f"{DAY}T09:00:00+08:00"})
    fair.close()
    assert main(["roster-check", str(fair_path)]) == 1
    out = capsys.readouterr().out
    assert "车辆冲突" in out and "浙A·9" in out


def test_roster_core_and_reports_never_import_qt():
    code = ("import sys, fairdesk.core.reception.conflicts, fairdesk.core.reception.room_plan, "
            "fairdesk.core.reception.pickup_plan, fairdesk.core.reception.lists, "
            "fairdesk.reports.reception.lists, fairdesk.reports.reception.table_plan, "
            "fairdesk.reports.reception.workbooks, fairdesk.commands.roster; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_trips_without_a_driver_get_their_own_sheet(fair):
    fair.reception.add_trip(purpose="shuttle", from_place="海景酒店", to_place="会展中心",
                            starts_at=f"{DAY} 08:00", ends_at=f"{DAY} 08:40")
    sheets = S.dispatch_sheets(fair, DAY)
    assert [s.key for s in sheets] == ["待派驾驶员"]
    assert sheets[0].rows[0]["route"] == "海景酒店 → 会展中心"
    assert S.dispatch_sheets(fair, "2026-05-20") == []


def test_meal_counts_for_the_kitchen(fair, tmp_path):
    fair.reception.create("meal_sittings", name="欢迎晚宴", kind="banquet",
                          starts_at="2026-05-18 18:00", ends_at="2026-05-18 20:00")
    gid = fair.guests.create("guests", name="马哈迪", category="vip", country="MY",
                             state="confirmed", dietary="清真").items[0].after["id"]
    fair.guests.create("dietary_needs", guest_id=gid, kind="nut_allergy", detail="花生过敏")
    counts, needs = S.meal_counts_sheets(fair)
    assert counts.rows[0]["total"] == "1" and counts.rows[0]["halal"] == "1"
    assert "坚果过敏 1" in counts.rows[0]["allergies"]
    assert needs.rows[0]["name"] == "马哈迪" and "花生过敏" in needs.rows[0]["detail"]
    out = render_sheets([counts, needs], tmp_path / "meals.pdf", printed_by="x")
    text = "".join(_pdf(out)[0])
    assert "用餐人数及饮食需求" in text and "特殊饮食名单" in text and "马哈迪" in text


def test_unknown_names_are_one_sentence(roster_fair, capsys):
    from fairdesk.base.errors import NotFoundError

    fair, path = roster_fair
    assert main(["plan-seating", str(path), "--sitting", "无此人"]) == 1
    assert capsys.readouterr().err.strip().endswith("没有名为“无此人”的用餐场次。")
    for make, words in ((lambda: S.dispatch_sheets(fair, DAY, "无此人"), "驾驶员"),
                        (lambda: S.escort_sheets(fair, escort="无此人"), "陪同人员"),
                        (lambda: S.table_plan(fair, "无此人"), "用餐场次"),
                        (lambda: S.rooming_lists(fair, "无此人"), "酒店")):
        with pytest.raises(NotFoundError) as err:
            make()
        assert err.value.text.zh.startswith("没有名为“无此人”的" + words)
    assert [s.key for s in S.escort_sheets(fair, escort=S.escort_sheets(fair)[0].key)]
