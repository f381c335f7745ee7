"""The demo fair: deterministic, consistent, and every dashboard figure has something to show."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from fairdesk.base.errors import ConflictError
from fairdesk.core import dashboard
from fairdesk.core.demo import SNAPSHOT, create_demo_fair, generate_demo
from fairdesk.core.demo.people import id_check_digit
from fairdesk.core.fair import Fair
from fairdesk.core.guests.service import REF_ALPHABET, derived_name_fields
from fairdesk.core.vocab import DEPARTMENTS, INVITATION_STATES
from fairdesk.storage.fairfile import check_file
from fairdesk.storage.schema import AREA_TABLES

SIZE = 400
SNAPSHOT_AT = SNAPSHOT.replace(tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture(scope="module")
def demo() -> Fair:
    """One demo fair shared by the read-only tests of this module."""
    fair = Fair.memory()
    fair.counts = generate_demo(fair, guests=SIZE)  # type: ignore[attr-defined]
    yield fair
    fair.close()


def _guest_keys(fair: Fair) -> list[tuple]:
    return [tuple(r.values()) for r in fair.rows(
        "SELECT id, name, ref_code, state, arrival_at FROM guests ORDER BY id")]


def test_same_seed_same_fair_other_seed_other_fair(demo):
    again = Fair.memory()
    other = Fair.memory()
    generate_demo(again, guests=SIZE)
    generate_demo(other, guests=SIZE, seed=7)
    assert _guest_keys(again) == _guest_keys(demo)
    assert (again.rows("SELECT id, plate FROM vehicles ORDER BY id")
            == demo.rows("SELECT id, plate FROM vehicles ORDER BY id"))
    assert (again.rows("SELECT id, total_investment_cents FROM signing_projects ORDER BY id")
            == demo.rows("SELECT id, total_investment_cents FROM signing_projects ORDER BY id"))
    theirs = _guest_keys(other)
    assert {k[0] for k in theirs}.isdisjoint(k[0] for k in _guest_keys(demo))
    assert [k[1] for k in theirs] != [k[1] for k in _guest_keys(demo)]


def test_every_area_has_data_and_counts_are_returned(demo):
    counts = demo.counts
    for tables in AREA_TABLES.values():
        for table in tables:
            assert counts[table] == demo.count(table)
            if table not in ("guest_photos", "inspection_photos"):  # no pictures in the demo
                assert counts[table] > 0, table
    assert counts["guests"] == SIZE


def test_file_is_sound_and_settings_describe_the_fair(demo):
    assert check_file(demo.db) == []
    assert demo.name == "2026中国（海滨市）投资贸易洽谈会"
    assert demo.setting("fair.starts_on") == "2026-05-18"
    assert demo.setting("fair.ends_on") == "2026-05-19"
    assert demo.count("audit_log", "action = 'bulk-create'") >= 30


def test_rows_pass_the_services_own_validation(demo):
    services = (demo.guests, demo.agenda, demo.reception, demo.security, demo.signing)
    for service in services:
        for entity, spec in service.entities.items():
            step = max(1, demo.count(spec.table) // 40)  # about 40 rows of each table
            for row in demo.rows(f"SELECT * FROM [{spec.table}] WHERE rowid % ? = 0", [step]):
                values = {f.name: row[f.name] for f in spec.fields}
                service.validate(entity, values)  # raises ValidationError


def test_guests_are_varied_and_well_formed(demo):
    guests = demo.rows("SELECT * FROM guests")
    states = Counter(g["state"] for g in guests)
    assert set(states) == set(INVITATION_STATES)
    assert states["arrived"] > SIZE / 3
    countries = Counter(g["country"] for g in guests)
    assert countries["CN"] > SIZE / 2 and {"HK", "TW", "US", "DE"} <= set(countries)
    assert len(countries) >= 10
    assert {"investor", "guest", "vip", "official", "expert", "media", "staff"} <= {
        g["category"] for g in guests}
    assert any("ü" in g["name"] or "ç" in g["name"] or "é" in g["name"] for g in guests)
    assert any(g["name"][:2] in ("欧阳", "司徒", "上官", "诸葛", "东方", "司马", "慕容")
               for g in guests)
    assert len({g["ref_code"] for g in guests}) == SIZE
    for g in guests:
        assert len(g["ref_code"]) == 6 and set(g["ref_code"]) <= set(REF_ALPHABET)
        derived = derived_name_fields(g["name"])
        assert (g["name_latin"], g["search_key"]) == (derived["name_latin"], derived["search_key"])
        assert g["language"] == ("zh" if g["country"] in ("CN", "HK", "MO", "TW") else "en")
        if g["id_type"] == "id_card":
            number = g["id_number"]
            assert len(number) == 18 and number[-1] == id_check_digit(number[:17])
            assert int(number[16]) % 2 == (1 if g["gender"] == "M" else 0)


def test_invitation_dates_and_history_follow_the_state(demo):
    last: dict[str, str | None] = {}
    for step in demo.rows("SELECT * FROM invitation_history ORDER BY guest_id, at"):
        assert step["from_state"] == last.get(step["guest_id"]), step
        last[step["guest_id"]] = step["to_state"]
    for g in demo.rows("SELECT * FROM guests"):
        assert last[g["id"]] == g["state"]
        if g["state"] == "to_invite" or g["category"] in ("staff", "security"):
            assert g["letter_sent_on"] is None and g["replied_on"] is None
            continue
        assert g["letter_sent_on"] < "2026-05-18"
        if g["state"] == "invited":
            assert g["replied_on"] is None
        else:
            assert g["replied_on"] >= g["letter_sent_on"]
        if g["arrival_at"] and g["departure_at"]:
            assert g["departure_at"] > g["arrival_at"]
    arrived = demo.count("guests", "state IN ('arrived', 'departed')")
    assert demo.scalar("SELECT count(DISTINCT guest_id) FROM check_ins") == arrived
    assert demo.count("guests", "state = 'arrived' AND arrival_at > ?",
                      [SNAPSHOT_AT.isoformat()]) == 0


def test_no_vehicle_or_driver_is_on_two_trips_at_once(demo):
    for column in ("vehicle_id", "driver_id"):
        clashes = demo.scalar(f"""SELECT count(*) FROM trips a JOIN trips b
            ON a.{column} = b.{column} AND a.id < b.id
            WHERE a.starts_at < b.ends_at AND b.starts_at < a.ends_at""")
        assert clashes == 0, column
    assert demo.count("trips", "vehicle_id IS NOT NULL") > 0
    purposes = {r["purpose"] for r in demo.rows("SELECT DISTINCT purpose FROM trips")}
    assert {"pickup", "shuttle", "visit", "dropoff"} <= purposes
    over = demo.scalar("""SELECT count(*) FROM trips t JOIN vehicles v ON v.id = t.vehicle_id
        WHERE (SELECT count(*) FROM trip_passengers p WHERE p.trip_id = t.id) > v.seats""")
    assert over == 0


def test_rooms_are_never_overbooked(demo):
    capacity = {r["id"]: r["capacity"] for r in demo.rows("SELECT id, capacity FROM rooms")}
    per_night: Counter = Counter()
    stays = demo.rows("SELECT room_id, check_in, check_out FROM stays WHERE room_id IS NOT NULL")
    for stay in stays:
        night, last = date.fromisoformat(stay["check_in"]), date.fromisoformat(stay["check_out"])
        while night < last:
            per_night[(stay["room_id"], night)] += 1
            night += timedelta(days=1)
    assert per_night and all(n <= capacity[room] for (room, _), n in per_night.items())
    assert max(per_night.values()) == 2  # some rooms are shared


def test_vips_have_their_own_escort_and_a_designated_hotel(demo):
    vips = demo.rows("""SELECT g.id, count(a.id) AS n FROM guests g LEFT JOIN escort_assignments a
        ON a.guest_id = g.id AND a.role = '全程陪同' WHERE g.category = 'vip'
        AND g.state IN ('attending', 'confirmed', 'arrived', 'departed') GROUP BY g.id""")
    assert vips and all(v["n"] == 1 for v in vips)
    assert demo.scalar("""SELECT max(n) FROM (SELECT count(*) AS n FROM escort_assignments
        WHERE role = '全程陪同' GROUP BY escort_id)""") == 1
    assert demo.scalar("""SELECT count(*) FROM stays s JOIN guests g ON g.id = s.guest_id
        JOIN hotels h ON h.id = s.hotel_id WHERE g.category = 'vip' AND h.designated = 0""") == 0


def test_projects_foreign_and_domestic_in_several_currencies(demo):
    projects = demo.rows("SELECT * FROM signing_projects")
    by_capital = Counter((p["capital"], p["currency"]) for p in projects)
    assert by_capital[("domestic", "CNY")] and by_capital[("foreign", "USD")]
    assert all(p["currency"] != "CNY" for p in projects if p["capital"] == "foreign")
    statuses = Counter(p["status"] for p in projects)
    assert statuses["signed"] and statuses["ready"] and statuses["planned"]
    rates = demo.rates
    for p in projects:
        yuan = p["total_investment_cents"] / 100 * float(rates.get(p["currency"], 1))
        assert 0.45e8 <= yuan <= 101e8
        assert 0 < p["contract_amount_cents"] <= p["total_investment_cents"]
    slots = demo.rows("""SELECT s.position, p.status, a.kind FROM ceremony_slots s
        JOIN signing_projects p ON p.id = s.project_id
        JOIN agenda_sessions a ON a.id = s.session_id""")
    assert all(s["kind"] == "signing" for s in slots)
    # one project not yet ready is left in the county session for the desk to fix
    assert Counter(s["status"] for s in slots)["planned"] == 1
    assert all(s["status"] in ("signed", "ready", "planned") for s in slots)
    assert {p["currency"] for p in projects} >= {"CNY", "USD", "HKD"}
    signed = [p for p in projects if p["status"] == "signed"]
    assert all(p["total_cny_fen"] and p["rate_at_signing"] for p in signed)
    assert demo.count("signing_parties", "side = 'investor' AND guest_id IS NOT NULL") > 0
    absent = demo.scalar("""SELECT count(*) FROM signing_parties sp
        JOIN signing_projects p ON p.id = sp.project_id AND p.status = 'signed'
        JOIN ceremony_slots c ON c.project_id = p.id
        WHERE sp.guest_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM attendance a
          WHERE a.session_id = c.session_id AND a.guest_id = sp.guest_id)""")
    assert absent == 0


def test_running_orders_leave_a_few_problems_for_the_desk(demo):
    from fairdesk.core.signing.ceremony import checked_order, signing_sessions

    first, county = (checked_order(demo, s["id"]) for s in signing_sessions(demo))
    assert first[1] == []  # the ceremony of day 1 went as planned
    texts = " ".join(i.text for i in county[1])
    assert "尚未报到" in texts and "缺少投资方签约人" in texts and "尚未标记为拟签约" in texts
    assert all(slot.witnesses for slot in first[0].slots)


def test_dashboard_figures_are_all_non_zero(demo):
    guests = dashboard.guest_figures(demo)
    assert guests.total == SIZE
    for column in ("total", "invited", "replied", "attending", "arrived"):
        assert guests.column(column) > 0
    reception = dashboard.reception_figures(demo)
    assert all(value > 0 for value in vars(reception).values()), reception
    assert reception.lodged >= reception.attending * 0.6
    security = dashboard.security_figures(demo, now=SNAPSHOT_AT)
    assert [d.code for d in security] == sorted(DEPARTMENTS)
    assert all(d.total > d.done > 0 for d in security)
    assert sum(d.overdue for d in security) > 0 and sum(d.open_rectifications for d in security)
    assert sum(d.overdue for d in security) < sum(d.total - d.done for d in security)
    signing = dashboard.signing_figures(demo)
    for name in ("projects", "signed", "foreign_yi", "domestic_yi", "contract_yi",
                 "target_projects", "target_yi", "target_foreign_yi"):
        assert getattr(signing, name) > 0, name
    agenda = dashboard.agenda_figures(demo)
    assert agenda.days == 2 and agenda.sessions >= 8 and agenda.attendance and agenda.venues


def test_badges_and_check_ins(demo):
    assert demo.count("badges", "version = 2") > 0
    assert demo.count("badges", "version = 1 AND voided_at IS NOT NULL") == demo.count(
        "badges", "version = 2")
    late = demo.scalar("""SELECT count(*) FROM check_ins c JOIN badges b ON b.id = c.badge_id
        WHERE b.printed_at > c.at OR b.voided_at IS NOT NULL""")
    assert late == 0


def test_only_an_empty_fair_is_filled(demo):
    with pytest.raises(ConflictError):
        generate_demo(demo, guests=100)


def test_progress_and_a_larger_fair_on_disk(tmp_path):
    calls: list[tuple[int, int]] = []
    fair = Fair.create(tmp_path / "big.fair")
    counts = generate_demo(fair, guests=2000, seed=11, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (100, 100) and len(calls) > 20
    assert [done for done, _ in calls] == sorted({done for done, _ in calls})
    assert counts["guests"] == 2000 and check_file(fair.db) == []
    assert counts["hotels"] >= 8 and counts["signing_projects"] >= 30
    fair.close()
    reopened = Fair.open(tmp_path / "big.fair")
    assert reopened.count("guests") == 2000 and reopened.name.startswith("2026中国")
    reopened.close()
    with pytest.raises(ValueError):
        create_demo_fair(tmp_path / "tiny.fair", guests=10)
    assert list(tmp_path.glob("tiny*")) == []
    again = create_demo_fair(tmp_path / "small.fair", guests=100)
    assert again.count("guests") == 100 and again.count("trips") > 0
    again.close()


def test_demo_does_not_import_qt():
    code = ("import sys, fairdesk.core.demo; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_snapshot_is_during_the_fair():
    assert datetime(2026, 5, 18) < SNAPSHOT < datetime(2026, 5, 20)


def test_meal_counts_print_each_need_once_and_the_staff_meal_from_the_staff(demo, tmp_path):
    """Issue 15, point 8: "素食（素食（蛋奶可））" (the label built twice) and a staff meal
    counted from the guests (930 guests + 197 companions)."""
    import pypdfium2 as pdfium

    from fairdesk.core.reception.meal_lists import meal_counts_sheets
    from fairdesk.reports.reception.lists import render_sheets

    doubled = demo.scalar("SELECT count(*) FROM guests WHERE dietary LIKE '%（素食%'")
    assert doubled == 0 and demo.scalar("SELECT count(*) FROM guests WHERE dietary LIKE"
                                        " '素食（蛋奶可）%'") > 0  # the guests table too
    counts, needs = meal_counts_sheets(demo)
    staff_row = next(r for r in counts.rows if r["sitting"] == "工作人员工作餐")
    from fairdesk.core.reception.model import ATTENDING

    staff = demo.scalar(
        "SELECT count(*) FROM guests WHERE category IN ('staff', 'security') AND state IN"
        f" ({', '.join('?' * len(ATTENDING))})", list(ATTENDING)) + demo.scalar(
        "SELECT (SELECT count(*) FROM escorts) + (SELECT count(*) FROM drivers)")
    assert staff_row["guests"] == "0" and staff_row["companions"] == "0"
    assert int(staff_row["staff"]) == int(staff_row["total"]) > 0
    assert int(staff_row["staff"]) <= staff
    lunch = next(r for r in counts.rows if r["sitting"].startswith("自助午餐"))
    assert int(lunch["guests"]) > int(staff_row["total"]) // 2 and lunch["staff"] == "0"
    out = render_sheets([counts, needs], tmp_path / "meals.pdf", printed_by="x")
    doc = pdfium.PdfDocument(str(out))
    pages = [p.get_textpage().get_text_range() for p in doc]
    text = "".join(pages)
    assert "素食（素食" not in text and "素食（蛋奶可）" in text
    last = needs.rows[-1]["name"]
    assert last in pages[-1]  # the last page holds the list's last person: no blank page
    doc.close()


def test_english_printouts_name_records_in_english(demo, tmp_path):
    """Issue 15, point 10: English printouts kept Chinese where the fair has English —
    hotels on dispatch and escort sheets (a trip's places), sittings ("欢迎晚宴" on a guest's
    chain), inviting units on sign-in sheets and itineraries."""
    import pypdfium2 as pdfium

    from fairdesk.base.i18n import set_language
    from fairdesk.core.agenda.itinerary import itineraries
    from fairdesk.core.agenda.sheets import sign_in_sheet
    from fairdesk.core.reception import lists as S
    from fairdesk.core.reception.chain import guest_chain
    from fairdesk.reports.agenda.itinerary import render_itineraries
    from fairdesk.reports.reception.lists import render_sheets

    def text(path):
        doc = pdfium.PdfDocument(str(path))
        out = "".join(p.get_textpage().get_text_range() for p in doc)
        doc.close()
        return out

    places = {r["name"]: r["name_en"] for r in demo.rows(
        "SELECT name, name_en FROM hotels WHERE name_en != '' UNION"
        " SELECT name, name_en FROM venues WHERE name_en != ''")}
    units = {r["name"]: r["name_en"] for r in demo.rows("SELECT name, name_en FROM inviting_units")}
    day = demo.scalar("SELECT substr(starts_at, 1, 10) FROM trips GROUP BY 1 ORDER BY count(*)"
                      " DESC LIMIT 1")
    session = demo.scalar("SELECT session_id FROM session_guests GROUP BY 1 LIMIT 1") or \
        demo.scalar("SELECT id FROM agenda_sessions LIMIT 1")
    seated = demo.scalar("SELECT b.guest_id FROM banquet_seats b JOIN banquet_tables t"
                         " ON t.id = b.table_id JOIN meal_sittings m ON m.id = t.sitting_id"
                         " WHERE m.name = '欢迎晚宴' LIMIT 1")
    english = [r["id"] for r in demo.rows(
        "SELECT g.id FROM guests g JOIN stays s ON s.guest_id = g.id AND s.companion_id IS NULL"
        " WHERE g.language = 'en' AND g.inviting_unit_id IS NOT NULL"
        " AND g.state IN ('attending', 'confirmed', 'arrived') LIMIT 5")]
    set_language("en")
    try:
        sheets = S.dispatch_sheets(demo, day) + S.escort_sheets(demo, day)
        lists = text(render_sheets(sheets, tmp_path / "lists.pdf", printed_by="x"))
        signin = sign_in_sheet(demo, session)
        chain = " ".join(str(x) for x in guest_chain(demo, seated).lines())
        trips = text(render_itineraries(tmp_path / "it.pdf", itineraries(demo, english)))
    finally:
        set_language("zh")
    for zh in places:
        assert zh not in lists and zh not in trips, zh
    assert any(en in lists for en in places.values())
    assert signin.rows and all(r["unit"] not in units or not units[r["unit"]]
                               for r in signin.rows)
    assert "欢迎晚宴" not in chain and "Welcome banquet" in chain
    assert english and not any(zh in trips for zh in units if units[zh])


def test_attendance_workbook_writes_times_and_rates_as_numbers(demo, tmp_path):
    """Issue 15, point 11, for the attendance report: real date-times with their year and
    real percentages, not "05-18 09:00–10:00" and "80%" as text."""
    import openpyxl

    from fairdesk.core.agenda.sheets import attendance_sheets
    from fairdesk.reports.reception.workbooks import HEADER_ROW, write_sheets

    sheets = attendance_sheets(demo)
    book = openpyxl.load_workbook(write_sheets(sheets[:2], tmp_path / "attendance.xlsx"))
    ws = book.worksheets[0]
    header = [c.value for c in ws[HEADER_ROW + 1]]
    assert header[:3] == ["议程", "时间", "止"]
    rows = [r for r in ws.iter_rows(min_row=HEADER_ROW + 2) if r[0].value]
    assert rows and all(r[1].is_date and r[1].value.year == 2026 and r[2].value > r[1].value
                        for r in rows)
    rate = header.index("到场率")
    rates = [r[rate] for r in rows if r[rate].value not in (None, "—")]
    assert rates and all(c.number_format == "0%" and 0 <= c.value <= 1.5 for c in rates)
    detail = book.worksheets[1]
    cells = [r[4] for r in detail.iter_rows(min_row=HEADER_ROW + 2) if r[0].value]
    assert cells and all(c.number_format == "0%" for c in cells if c.value is not None)
