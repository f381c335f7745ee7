"""Exported workbooks and CSV files read back; the guest command line."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from fairdesk.cli import main
from fairdesk.core.context import Operator
from fairdesk.core.fair import Fair
from fairdesk.core.guests.export import export_guests, export_unit_progress
from fairdesk.core.guests.importing import import_file

DATA = Path(__file__).parent / "data"
TESTER = Operator("测试员", "desk-1", "test-laptop")


@pytest.fixture
def filled(fair):
    import_file(fair, DATA / "guests-clean.xlsx")
    return fair


def test_guest_workbook_has_header_panes_dates_and_no_sensitive_columns(filled, tmp_path):
    path = tmp_path / "guests.xlsx"
    assert export_guests(filled, path) == 40
    ws = openpyxl.load_workbook(path).active
    header = [c.value for c in ws[1]]
    assert header[:3] == ["参考码", "姓名", "拼音/外文名"]
    assert "电话" not in header and "证件号码" not in header and "电子邮箱" not in header
    assert ws.freeze_panes == "C2"
    assert ws["A1"].font.bold and ws.column_dimensions["F"].width > 20
    assert ws.max_row == 41
    arrival = header.index("抵达时间") + 1
    cells = [ws.cell(r, arrival).value for r in range(2, 42)]
    assert datetime(2026, 5, 18, 19, 0) in cells  # a real date, in the fair's time
    names = {ws.cell(r, 2).value for r in range(2, 42)}
    assert "Anna Müller" in names and "何炎谦" in names


def test_sensitive_columns_only_when_asked(filled, tmp_path):
    path = tmp_path / "guests.xlsx"
    export_guests(filled, path, include_sensitive=True)
    ws = openpyxl.load_workbook(path).active
    header = [c.value for c in ws[1]]
    phones = {ws.cell(r, header.index("电话") + 1).value for r in range(2, 42)}
    assert "17796669725" in phones
    assert "证件号码" in header


def test_selected_guests_to_csv_opens_in_excel(filled, tmp_path):
    ids = [r["id"] for r in filled.rows("SELECT id FROM guests WHERE country != 'CN'")]
    path = tmp_path / "foreign.csv"
    assert export_guests(filled, path, ids=ids) == len(ids) == 12
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][1] == "姓名" and len(rows) == 13
    assert "电话" not in rows[0]


def test_unit_progress_workbook(filled, tmp_path):
    unit = filled.guests.unit_by_name("南山县")
    filled.guests.update("inviting_units", unit["id"], target_guests=30, target_foreign=10)
    path = tmp_path / "progress.xlsx"
    assert export_unit_progress(filled, path) == 1
    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in ws[1]][:5] == ["邀请单位", "邀请目标", "境外目标", "已邀请", "参加"]
    assert [c.value for c in ws[2]][:5] == ["南山县", 30, 10, 40, 22]
    assert ws.cell(3, 1).value == "合计" and ws.cell(3, 1).font.bold
    assert ws.freeze_panes == "C2"


def test_cli_imports_and_prints_counts(tmp_path, capsys):
    path = tmp_path / "f.fair"
    Fair.create(path, TESTER).close()
    county = str(DATA / "guests-county.xlsx")
    assert main(["import-guests", str(path), county]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "第 67 行“姓名”列：姓名为空" in err
    rejects = tmp_path / "rejects.csv"
    assert main(["import-guests", str(path), county, "--skip-invalid", "--rejects",
                 str(rejects)]) == 0
    out = capsys.readouterr().out
    assert "读取 62 行名单。" in out and "新增嘉宾 60 人。" in out
    assert "文件内重复 1 行" in out and "有问题未导入 1 行" in out
    assert "第 67 行“姓名”列：姓名为空。" in out and rejects.exists()
    assert main(["import-guests", str(path), county, "--skip-invalid"]) == 0
    assert "新增嘉宾 0 人。" in capsys.readouterr().out
    assert main(["find", str(path), "muller"]) == 0
    assert "Anna Müller" in capsys.readouterr().out
    assert main(["unit-progress", str(path)]) == 0
    assert "市商务局" in capsys.readouterr().out
    assert main(["follow-up", str(path)]) == 0
    assert "回执待定: 8" in capsys.readouterr().out
    out_xlsx = tmp_path / "out.xlsx"
    assert main(["export-guests", str(path), str(out_xlsx)]) == 0 and out_xlsx.exists()


def test_cli_bad_file_is_one_sentence(tmp_path):
    path = tmp_path / "f.fair"
    Fair.create(path, TESTER).close()
    bad = tmp_path / "list.xlsx"
    bad.write_text("this is not a workbook")
    proc = subprocess.run([sys.executable, "-m", "fairdesk", "import-guests", str(path),
                           str(bad)], capture_output=True, text=True,
                          env={"PYTHONPATH": str(Path(__file__).parents[1]), "FAIRDESK_LANG": "en"})
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith("fairdesk: Cannot read 'list.xlsx'")
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


@pytest.mark.parametrize("name", ["out.xlsx", "out.csv"])
def test_export_into_a_missing_folder_is_one_sentence(tmp_path, capsys, name):
    path = tmp_path / "f.fair"
    Fair.create(path, TESTER).close()
    target = tmp_path / "no" / "such" / name
    assert main(["export-guests", str(path), str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"fairdesk: 无法读写文件 {target}")
    assert "意外错误" not in err and not target.exists()


def test_find_refuses_a_blank_query_and_a_zero_limit(tmp_path, capsys):
    path = tmp_path / "f.fair"
    Fair.create(path, TESTER).close()
    assert main(["find", str(path), "  "]) == 1
    assert capsys.readouterr().err == "fairdesk: 请给出要找的姓名、拼音、单位或电话。\n"
    with pytest.raises(SystemExit):
        main(["find", str(path), "张", "--limit", "0"])
    assert "参数 --limit：至少应为 1" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--lang", "en", "find", str(path), "张", "--limit", "0"])
    assert "--limit: must be at least 1" in capsys.readouterr().err
