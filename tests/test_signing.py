"""The signing register as the desk uses it: money to the fen, frozen at signing, the
summary's lines adding up, a county's messy list, every running-order check."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from fairdesk.base.errors import ValidationError
from fairdesk.core.fair import Fair
from fairdesk.core.money import apportion, cny_fen, hundredths, yi_text
from fairdesk.core.signing import ceremony
from fairdesk.core.signing.importing import import_projects, parse_amount
from fairdesk.core.signing.summary import printed, signing_summary
from tests.signing_lists import write_messy_list

YI = 10**10  # fen in 1 亿元


@pytest.fixture
def counties(fair: Fair) -> dict[str, str]:
    ids = {}
    for name in ("东港区", "西山县"):
        ids[name] = fair.guests.create("inviting_units", name=name, kind="county").ids()[0]
    return ids


def _project(fair: Fair, county: str, **values) -> str:
    base = {"name": "项目", "sector": "energy", "contract_type": "contract", "county_id": county,
            "total_investment_cents": YI, "contract_amount_cents": 0, "currency": "CNY",
            "status": "ready", "investor": "某公司"}
    return fair.signing.create("signing_projects", **{**base, **values}).ids()[0]


# --- money -------------------------------------------------------------------------------
def test_conversion_is_exact_and_rounds_half_up_only_when_printed():
    rates = {"JPY": Decimal("0.048"), "USD": Decimal("7.10")}
    assert cny_fen(1_234_567, "JPY", rates) == Decimal("59259.216")  # no rounding inside
    assert yi_text(Decimal(YI) * Decimal("1.005")) == "1.01"  # half-up, not banker's
    assert yi_text(Decimal(YI) * Decimal("1.0049")) == "1.00"


def test_apportioned_lines_add_up_to_the_rounded_total():
    # three lines of 0.334 亿: rounded alone 0.33 + 0.33 + 0.33 = 0.99, but the sum is 1.002
    values = [Decimal(YI) * Decimal("0.334")] * 3
    lines, total = apportion(values, YI // 100)
    assert hundredths(total) == "1.00"
    assert sum(lines) == total and sorted(lines) == [33, 33, 34]


def test_signing_freezes_the_cny_value_and_a_rate_change_is_audited(fair, counties):
    pid = _project(fair, counties["东港区"], currency="USD", investor_country="US",
                   total_investment_cents=100_000_000_00, contract_amount_cents=40_000_000_00)
    assert fair.get("signing_projects", pid)["capital"] == "foreign"  # derived from the country
    fair.signing.mark_signed(pid)
    before = signing_summary(fair).total.total_fen
    assert before == Decimal(100_000_000_00) * Decimal("7.10")
    fair.signing.set_rate("USD", "7.30")
    assert signing_summary(fair).total.total_fen == before  # the reported result stays
    changes = [r for r in fair.rows("SELECT action, before, after FROM audit_log WHERE entity ="
                                    " 'fair_settings' AND entity_id = 'money.rates'")
               if r["action"] == "update"]  # the first change stores the defaults it replaces
    assert len(changes) == 1
    before, after = (json.loads(json.loads(changes[0][k])["value"]) for k in ("before", "after"))
    assert (before["USD"], after["USD"]) == ("7.10", "7.30")
    # a project signed after the change uses the new rate
    other = _project(fair, counties["西山县"], currency="USD", investor_country="US",
                     total_investment_cents=100_000_000_00, name="二")
    fair.signing.mark_signed(other)
    assert fair.get("signing_projects", other)["total_cny_fen"] == 730_000_000_00


def test_rates_refuse_what_is_not_a_rate(fair):
    with pytest.raises(ValidationError, match="不是正数"):
        fair.signing.set_rate("USD", "-1")
    with pytest.raises(ValidationError, match="币种"):
        fair.signing.set_rate("XYZ", "2")


def test_letters_of_intent_are_shown_apart_unless_the_fair_counts_them(fair, counties):
    _project(fair, counties["东港区"], status="signed", signed_at="2026-05-18 15:00")
    _project(fair, counties["东港区"], name="意向", contract_type="intent", status="signed",
             signed_at="2026-05-18 15:00", total_investment_cents=3 * YI)
    summary = signing_summary(fair)
    assert summary.total.projects == 1 and summary.intents.projects == 1
    assert yi_text(summary.intents.total_fen) == "3.00"
    fair.set_settings(signing__count_intents=True)
    assert signing_summary(fair).total.projects == 2


def test_summary_lines_add_up_and_targets_give_percent_and_shortfall(fair, counties):
    fair.signing.create("county_targets", inviting_unit_id=counties["东港区"],
                        target_projects=4, target_investment_cents=10 * YI)
    for i in range(3):  # 0.334 亿 each: the lines must still add up to the printed total
        _project(fair, counties["西山县" if i else "东港区"], name=f"p{i}", status="signed",
                 signed_at="2026-05-18 15:00", total_investment_cents=334 * YI // 1000)
    summary = signing_summary(fair)
    dg = next(c for c in summary.counties if c.name == "东港区")
    assert dg.projects_pct == Decimal("25.0") and dg.shortfall_projects == 3
    lines, total = printed([c.name for c in summary.counties],
                           [c.signed for c in summary.counties], "合计")
    assert total.total == "1.00"
    assert sum(Decimal(x.total) for x in lines) == Decimal(total.total)


# --- import ------------------------------------------------------------------------------
def test_amounts_read_with_units_from_header_or_cell():
    assert parse_amount("3.5亿", None) == (350_000_000_00, None)
    assert parse_amount("2,000万", None) == (20_000_000_00, None)
    assert parse_amount("１２亿", None) == (1_200_000_000_00, None)
    assert parse_amount(500, (10**6, "USD")) == (500_000_000, "USD")
    assert parse_amount("1.2亿美元", (10**6, None)) == (120_000_000_00, "USD")


def test_messy_county_list_imports_with_units_totals_and_notes(fair, counties, tmp_path):
    path = write_messy_list(tmp_path / "东港区.xlsx")
    result = import_projects(fair, path, county="东港区")
    assert (result.imported, result.skipped_lines, result.rejected) == (4, 2, 0)
    rows = {r["name"]: r for r in fair.rows("SELECT * FROM signing_projects")}
    assert rows["东港区海上风电运维基地项目"]["total_investment_cents"] == 350_000_000_00
    assert rows["东港区海上风电运维基地项目"]["contract_amount_cents"] == 200_000_000_00
    cold = rows["东港区冷链物流中心项目"]
    assert (cold["currency"], cold["total_investment_cents"], cold["capital"]) == (
        "USD", 50_000_000_00, "foreign")
    spa = rows["西山县温泉康养度假区项目"]
    assert spa["county_id"] == counties["西山县"] and spa["capital"] == "foreign"  # Hong Kong
    assert spa["contract_type"] == "intent" and spa["total_investment_cents"] == 12 * YI
    assert rows["东港区集成电路封装项目"]["county_id"] == counties["东港区"]  # --county
    again = import_projects(fair, path, county="东港区")
    assert again.imported == 0 and again.already_listed == 4


def test_an_unreadable_amount_refuses_the_list_naming_row_and_column(fair, counties, tmp_path):
    path = write_messy_list(tmp_path / "bad.xlsx", bad_amount=True)
    with pytest.raises(ValidationError) as info:
        import_projects(fair, path, county="东港区")
    assert "第 7 行" in str(info.value) and "总投资（亿元）" in str(info.value)
    assert "abc" in str(info.value) and fair.count("signing_projects") == 0
    rejects = tmp_path / "rejects.csv"
    result = import_projects(fair, path, county="东港区", skip_invalid=True,
                             rejects_path=rejects)
    assert result.imported == 3 and result.rejected == 1
    assert "abc" in rejects.read_text("utf-8-sig") and "第 7 行" in rejects.read_text("utf-8-sig")


def test_an_amount_without_unit_is_refused_never_guessed(fair, counties, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("项目名称,投资方,所属县区,产业类别,总投资\n风电项目,某公司,东港区,新能源,35000\n",
                    "utf-8")
    with pytest.raises(ValidationError, match="没有单位"):
        import_projects(fair, path)


# --- running order -------------------------------------------------------------------------
@pytest.fixture
def ceremony_fair(fair, counties):
    def session(title, start, end):
        return fair.agenda.create("agenda_sessions", title=title, kind="signing",
                                  starts_at=start, ends_at=end).ids()[0]

    s1 = session("集中签约", "2026-05-18 14:30", "2026-05-18 15:00")
    s2 = session("分会场签约", "2026-05-18 14:30", "2026-05-18 15:00")

    def guest(name, state):
        return fair.guests.create("guests", name=name, category="investor", state=state,
                                  country="CN",
                                  inviting_unit_id=counties["东港区"]).ids()[0]

    here = guest("王来了", "arrived")
    ids = {"here": here, "away": guest("李未到", "confirmed"), "no": guest("赵不来", "declined")}
    projects = {}
    for key, status, signer in (("ok", "ready", "here"), ("late", "ready", "away"),
                                ("declined", "ready", "no"), ("nobody", "ready", None),
                                ("unready", "planned", "here")):
        pid = _project(fair, counties["东港区"], name=key, status=status)
        projects[key] = pid
        if signer:
            fair.signing.create("signing_parties", project_id=pid, side="investor",
                                organisation="某公司", guest_id=ids[signer],
                                signatory=fair.get("guests", ids[signer])["name"])
            fair.signing.create("signing_parties", project_id=pid, side="local",
                                organisation="东港区人民政府", signatory="区长甲")
        fair.signing.place_project(pid, s1)
    clash = _project(fair, counties["西山县"], name="clash")
    fair.signing.create("signing_parties", project_id=clash, side="investor", organisation="某公司",
                        guest_id=ids["here"], signatory="王来了")
    fair.signing.create("signing_parties", project_id=clash, side="local",
                        organisation="西山县人民政府", signatory="县长乙")
    fair.signing.place_project(clash, s2)
    return fair, s1, projects


def _issues_by_project(fair, session):
    order, issues = ceremony.checked_order(fair, session)
    names = {s.id: s.name for s in order.slots}
    found: dict[str, list[str]] = {}
    for issue in issues:
        found.setdefault(names[issue.slot_id], []).append(f"{issue.severity}:{issue.text}")
    return order, found


def test_every_running_order_check(ceremony_fair):
    fair, s1, _ = ceremony_fair
    order, found = _issues_by_project(fair, s1)
    assert [s.name for s in order.slots] == ["ok", "late", "declined", "nobody", "unready"]
    assert [s.starts_at.strftime("%H:%M") for s in order.slots] == [
        "14:30", "14:33", "14:36", "14:39", "14:42"]
    assert found["late"] == ["warning:签约人李未到尚未报到。"]
    assert found["declined"] == ["error:签约人赵不来不参会。"]
    assert found["nobody"] == ["error:没有签约人。"]
    assert "warning:项目尚未标记为拟签约。" in found["unready"]
    # 王来了 signs "ok" at 14:30 here and "clash" at 14:30 in the other hall
    assert any("同时" in text for text in found["ok"])


def test_dragging_a_slot_reorders_and_retimes(ceremony_fair):
    fair, s1, projects = ceremony_fair
    slot = fair.rows("SELECT id FROM ceremony_slots WHERE project_id = ?", [projects["ok"]])[0]
    fair.signing.move_slot(slot["id"], 3)
    order, found = _issues_by_project(fair, s1)
    assert [s.name for s in order.slots] == ["late", "declined", "ok", "nobody", "unready"]
    assert order.slots[2].starts_at.strftime("%H:%M") == "14:36"
    assert "ok" not in found  # no longer at the same time as the other hall's slot


def test_mc_script_reads_the_order_and_closes_with_what_counts(ceremony_fair):
    from fairdesk.core.signing.script import mc_script, ordinal

    fair, s1, projects = ceremony_fair
    fair.signing.update("signing_projects", projects["nobody"], contract_type="intent")
    order = ceremony.running_order(fair, s1)
    text = mc_script(fair, order, signing_summary(fair)).text()
    # each project numbered （一）（二）… under the sections 一、二、三、, in running order
    at = [text.index(f"（{ordinal(n)}）{s.county}{s.name}。") for n, s in enumerate(order.slots, 1)]
    assert at == sorted(at) and text.index("二、项目签约") < at[0]
    assert "请某公司王来了和东港区人民政府区长甲上台签约" in text
    # four count (the letter of intent apart); none was signed before: the fair's total is 4
    assert "刚才，4个项目成功签约，总投资4.00亿元" in text
    assert "另签订投资意向1个" in text and "累计签约项目4个" in text
    assert ordinal(12) == "十二" and ordinal(20) == "二十"


def test_the_fixed_rejects_file_imports_as_it_is(fair, counties, tmp_path):
    import openpyxl

    path = write_messy_list(tmp_path / "bad.xlsx", bad_amount=True)
    rejects = tmp_path / "rejects.xlsx"
    import_projects(fair, path, county="东港区", skip_invalid=True, rejects_path=rejects)
    book = openpyxl.load_workbook(rejects)
    sheet = book.active
    assert [c.value for c in sheet[1]][0] == "原行号" and sheet[1][-1].value == "问题"
    for cell in sheet[2]:
        if cell.value == "abc":
            cell.value = "8亿"  # the clerk's correction
    book.save(rejects)
    result = import_projects(fair, rejects, county="东港区")
    assert (result.imported, result.rejected) == (1, 0)
    chip = fair.rows("SELECT * FROM signing_projects WHERE name = '东港区集成电路封装项目'")[0]
    assert chip["total_investment_cents"] == 8 * YI and chip["notes"] == ""


def test_press_figures_and_the_mc_closing_say_the_summary_total_line(fair, counties):
    """Foreign and domestic each 0.005 亿元: the summary prints 0.01 + 0.01 = 0.02; the
    exact sum alone would round to 0.01. The press text and the MC's closing say what the
    summary prints, not a total of their own that disagrees with it."""
    from fairdesk.core.signing.script import closing_zh, press_figures

    half_hundredth = YI // 200  # 0.005 亿元 = 50万元
    for name, country in (("港资项目", "HK"), ("内资项目", "CN")):
        pid = _project(fair, counties["东港区"], name=name, investor_country=country,
                       total_investment_cents=half_hundredth)
        fair.signing.mark_signed(pid)
    summary = signing_summary(fair)
    _, total = printed([c.label for c in summary.counties],
                       [c.signed for c in summary.counties], "合计")
    assert (total.total, total.foreign, total.domestic) == ("0.02", "0.01", "0.01")
    press = press_figures(fair, summary)
    assert "总投资0.02亿元" in press and "投资0.01亿元，内资项目1个、投资0.01亿元" in press
    session = fair.agenda.create("agenda_sessions", title="签约仪式", kind="signing",
                                 starts_at="2026-05-18 14:30",
                                 ends_at="2026-05-18 15:00").ids()[0]
    closing = closing_zh(ceremony.running_order(fair, session), summary)
    assert "累计签约项目2个，总投资0.02亿元，其中外资0.01亿元、内资0.01亿元" in closing


def test_the_intents_note_says_one_letter_in_english(fair, counties):
    from fairdesk.base.i18n import set_language
    from fairdesk.core.signing.notes import intents_note, rates_note

    pid = _project(fair, counties["东港区"], contract_type="intent")
    fair.signing.mark_signed(pid)
    set_language("en")
    summary = signing_summary(fair)
    assert intents_note(summary).startswith("Also 1 letter of intent, 1.00 hundred million")
    assert "，" not in rates_note(summary) and "EUR 7.75, GBP" in rates_note(summary)


def test_a_messy_csv_list_units_duplicates_and_a_missing_sector(fair, counties, tmp_path):
    """A .csv as a county sends it: title lines over the header, 元 / 万 / 亿美元 in the
    cells, 万美元 in the header with full-width digits, a project already listed, a totals
    and a note line; a list with no sector column names the missing field."""
    _project(fair, counties["东港区"], name="东港区海上风电项目", investor="深圳远洋新能源有限公司")
    path = tmp_path / "east.csv"
    path.write_text(
        "东港区2026年投洽会拟签约项目表,,,,,,,,\n填报单位：东港区投资促进局,,,,,,,,\n"
        "序号,项目名称,投资方,国家或地区,产业类别,签约类型,总投资,合同外资（万美元）,币种\n"
        '1,东港区氢能产业园项目,上海氢途科技有限公司,中国,新能源,合同,"2,000万",,\n'
        '2,东港区邮轮母港项目,Harbour Cruise Holdings,中国香港,文旅,协议,1.2亿美元,"５,０００",美元\n'
        "3,东港区数据中心项目,某数据公司,中国,高新技术,合同,350000000元,,\n"
        "4,东港区海上风电项目,深圳远洋新能源有限公司,中国,新能源,协议,40亿,,\n"
        "合计,,,,,,,,\n注：金额请注明单位。,,,,,,,,\n", encoding="utf-8")
    result = import_projects(fair, path, county="东港区", dry_run=True)
    assert (result.imported, result.already_listed, result.skipped_lines) == (3, 1, 2)
    assert fair.count("signing_projects") == 1  # a dry run writes nothing
    import_projects(fair, path, county="东港区")
    got = {r["name"]: r for r in fair.rows("SELECT * FROM signing_projects")}
    assert got["东港区氢能产业园项目"]["total_investment_cents"] == 20_000_000_00
    cruise = got["东港区邮轮母港项目"]
    assert (cruise["currency"], cruise["capital"], cruise["total_investment_cents"],
            cruise["contract_amount_cents"]) == ("USD", "foreign", 120_000_000_00, 50_000_000_00)
    assert got["东港区数据中心项目"]["total_investment_cents"] == 350_000_000_00
    bare = tmp_path / "bare.csv"
    bare.write_text("项目名称,投资方,总投资（万元）\n好项目,某公司,500\n", encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        import_projects(fair, bare, county="东港区")
    assert "第 2 行" in str(refused.value) and "缺少产业类别（可选：" in str(refused.value)


def test_a_two_row_header_with_merged_cells_is_read_as_counties_draw_it(fair, counties,
                                                                         tmp_path):
    """金额（万元） merged over 总投资 | 合同金额, the other headers merged down two rows."""
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["东港区拟签约项目"])
    ws.append(["序号", "项目名称", "投资方", "金额（万元）", "", "产业类别"])
    ws.append(["", "", "", "总投资", "合同金额", ""])
    for cells in ("A1:F1", "D2:E2", "A2:A3", "B2:B3", "C2:C3", "F2:F3"):
        ws.merge_cells(cells)
    ws.append([1, "东港区冷链项目", "某物流公司", 30000, "2,000", "物流"])
    ws.append(["合计", "", "", 30000, 2000, ""])
    book.save(tmp_path / "two-rows.xlsx")
    result = import_projects(fair, tmp_path / "two-rows.xlsx", county="东港区")
    assert (result.imported, result.rejected, result.skipped_lines) == (1, 0, 1)
    row = fair.rows("SELECT * FROM signing_projects WHERE name = '东港区冷链项目'")[0]
    assert (row["total_investment_cents"], row["contract_amount_cents"]) == (
        300_000_000_00, 20_000_000_00)  # 30000万元 = 3亿元, 2,000万元
