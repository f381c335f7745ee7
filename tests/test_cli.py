"""The command line as a user meets it: what it prints, its exit codes, its error sentences."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from badfiles import BAD_FILES
from conftest import TESTER

from fairdesk import cli
from fairdesk.core.fair import Fair

COMMANDS = ("new", "demo", "info", "check")


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _small_fair(path: Path) -> Path:
    Fair.create(path, TESTER, **{"fair.name": "2026 临港投洽会"}).close()
    fair = Fair.open(path, TESTER)
    unit = fair.guests.create("inviting_units", name="临港区", target_guests=50).items[0].after
    steps = ("invited", "attending", "arrived")
    for i in range(len(steps)):
        guest = fair.guests.create("guests", name=f"张伟{i}", category="investor",
                                   country="CN", inviting_unit_id=unit["id"]).items[0].after
        for step in steps[:i + 1]:  # walk the workflow to invited / attending / arrived
            fair.guests.transition(guest["id"], step)
    fair.signing.create("signing_projects", name="临港新能源基地", sector="energy",
                        contract_type="contract", capital="foreign", currency="CNY",
                        status="signed", signed_at="2026-05-18 10:00",
                        total_investment_cents=250_000_000_00,
                        contract_amount_cents=120_000_000_00)
    fair.close()
    return path


def test_new_creates_a_fair_and_never_overwrites(tmp_path, capsys):
    path = tmp_path / "2026.fair"
    code, out, _ = run(capsys, "new", str(path), "--name", "2026 临港投洽会")
    assert code == 0 and "已创建" in out and path.is_file()
    before = path.read_bytes()
    code, out, err = run(capsys, "new", str(path))
    assert code == 1 and out == ""
    assert err.strip() == f"fairdesk: 文件已存在：{path}"
    assert path.read_bytes() == before


def test_new_into_a_missing_folder_is_one_sentence(tmp_path, capsys):
    code, _, err = run(capsys, "--lang", "en", "new", str(tmp_path / "no" / "such" / "x.fair"))
    assert code == 1 and err.count("\n") == 1 and err.startswith("fairdesk: No such folder")


def test_info_shows_headline_figures_and_counts(tmp_path, capsys):
    path = _small_fair(tmp_path / "a.fair")
    code, out, err = run(capsys, "info", str(path))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "2026 临港投洽会"
    assert _value(lines, "  总数") == "3" and _value(lines, "  已邀请") == "3"
    assert _value(lines, "  参加") == "2" and _value(lines, "  已报到") == "1"
    assert _value(lines, "  项目 已签约 / 全部") == "1 / 1"
    assert _value(lines, "  总投资（亿元）") == "2.50"
    assert _value(lines, "  合同金额（亿元）") == "1.20"
    assert any("邀请单位" in line and " 1 " in line + " " for line in lines)


def test_info_in_english_aligns_values(tmp_path, capsys):
    path = _small_fair(tmp_path / "a.fair")
    code, out, _ = run(capsys, "--lang", "en", "info", str(path))
    assert code == 0
    lines = out.splitlines()
    guests = lines[lines.index("Guests") + 1: lines.index("  By state")]
    assert [line.split()[-1] for line in guests] == ["3", "3", "2", "2", "1"]
    assert len({len(line) for line in guests}) == 1  # right-aligned column
    by_state = lines[lines.index("  By state") + 1]
    assert by_state.split() == ["Invited", "1", "Replied:", "attending", "1", "Arrived", "1"]
    assert "Records per area" in lines and "    inviting units  1" in out


def _value(lines: list[str], label: str) -> str:
    found = [line for line in lines if line.startswith(label + " ")]
    assert found, f"no line {label!r}"
    return found[0][len(label):].strip()


def test_check_passes_a_sound_file_and_changes_nothing(tmp_path, capsys):
    path = _small_fair(tmp_path / "a.fair")
    before = path.read_bytes()
    code, out, err = run(capsys, "check", str(path))
    assert code == 0 and err == "" and "完好" in out
    assert path.read_bytes() == before


def test_check_names_a_broken_link(tmp_path, capsys):
    path = _small_fair(tmp_path / "a.fair")
    conn = sqlite3.connect(path)  # foreign keys are off in a bare connection
    conn.execute("UPDATE guests SET inviting_unit_id = 'gone' WHERE name = '张伟0'")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--lang", "en", "check", str(path))
    assert code == 1
    assert "Foreign key: guests row" in out and "missing inviting_units" in out
    assert "1 problems found" in out


def test_check_names_a_missing_column(tmp_path, capsys):
    path = _small_fair(tmp_path / "a.fair")
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE hotels DROP COLUMN stars")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--lang", "en", "check", str(path))
    assert code == 1 and "Schema: table hotels has no column stars." in out


@pytest.mark.parametrize("command", ["info", "check"])
def test_every_bad_file_gets_its_own_sentence(tmp_path, capsys, command):
    sentences = {}
    for kind, make in {"missing": lambda p: p, **BAD_FILES}.items():
        path = make(tmp_path / f"{kind}.fair")
        code, out, err = run(capsys, "--lang", "en", command, str(path))
        assert code == 1 and out == "", kind
        assert err.count("\n") == 1 and err.startswith("fairdesk: "), (kind, err)
        assert "Traceback" not in err and f"{kind}.fair" in err
        sentences[kind] = err.split(": ", 1)[1].replace(f"{kind}.fair", "FILE")
    assert len(set(sentences.values())) == len(sentences), sentences
    assert "newer fairdesk" in sentences["newer"]
    assert "text file" in sentences["text"] and "cut short" in sentences["truncated"]
    assert "not a fairdesk fair file" in sentences["foreign"]


def test_bad_file_sentence_in_chinese(tmp_path, capsys):
    path = BAD_FILES["newer"](tmp_path / "n.fair")
    code, _, err = run(capsys, "info", str(path))
    assert code == 1 and err.strip() == (
        "fairdesk: n.fair 由更新版本的 fairdesk 写入，请升级 fairdesk 后再打开。")


def test_errors_reach_the_terminal_without_traceback(tmp_path):
    """The real entry point, in a process of its own, as a user runs it."""
    path = BAD_FILES["random"](tmp_path / "r.fair")
    proc = subprocess.run([sys.executable, "-m", "fairdesk", "--lang", "en", "info", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr == "fairdesk: r.fair is not a fair file (its content is not a database).\n"


def test_an_unknown_command_is_named(capsys):
    code, _, err = run(capsys, "--lang", "en", "chek", "x")
    assert code == 2 and "no command 'chek'" in err


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_in_plain_words(capsys, command):
    with pytest.raises(SystemExit) as done:
        cli.main(["--lang", "en", command, "--help"] if command else ["--lang", "en", "--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0 and out.startswith("usage: fairdesk")
    if command is None:
        assert all(f"    {c}" in out for c in COMMANDS) and "fairdesk --demo" in out
    else:
        assert "file" in out and len(out.split("\n\n")[1]) > 40  # a description, not just usage


@pytest.mark.parametrize(("argv", "expected"), [
    ([], {"file": None, "demo": False}),
    (["2026.fair"], {"file": "2026.fair", "demo": False}),
    (["--demo"], {"file": None, "demo": True, "guests": None, "seed": None}),
    (["--demo", "--guests", "50", "--seed", "3"], {"demo": True, "guests": 50, "seed": 3}),
    (["--lang", "en", "x.fair"], {"file": "x.fair", "lang": "en"}),
])
def test_without_a_command_the_window_opens(monkeypatch, argv, expected):
    import fairdesk.gui.app

    calls = []
    monkeypatch.setattr(fairdesk.gui.app, "run_gui", lambda **kw: calls.append(kw) or 0)
    assert cli.main(argv) == 0
    assert len(calls) == 1 and expected.items() <= calls[0].items()


def test_demo_refuses_an_existing_file(tmp_path, capsys):
    path = tmp_path / "d.fair"
    path.write_bytes(b"keep me")
    code, out, err = run(capsys, "demo", str(path))
    assert code == 1 and "文件已存在" in err and path.read_bytes() == b"keep me"


def test_demo_rejects_a_silly_guest_count(tmp_path, capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["demo", str(tmp_path / "d.fair"), "--guests", "0"])
    assert done.value.code == 2 and "应在 1 到 100000 之间" in capsys.readouterr().err


def test_demo_prints_what_it_made(tmp_path, capsys, monkeypatch):
    """The printing, with a stand-in maker (the real one is tested below when present)."""
    import types

    made = []

    def fake_create_demo_fair(path, *, guests, seed, operator):
        made.append((guests, seed, operator.desk))
        return Fair.open(_small_fair(Path(path)), operator)

    monkeypatch.setitem(sys.modules, "fairdesk.core.demo",
                        types.SimpleNamespace(create_demo_fair=fake_create_demo_fair))
    code, out, _ = run(capsys, "--lang", "en", "demo", str(tmp_path / "d.fair"),
                       "--guests", "3", "--seed", "9")
    assert code == 0 and made == [(3, 9, "cli")]
    assert out.startswith(f"Created demo fair {tmp_path / 'd.fair'} in ")
    assert "guests 3" in out and "signing projects 1" in out


def test_demo_makes_a_real_fair(tmp_path, capsys):
    pytest.importorskip("fairdesk.core.demo")
    path = tmp_path / "d.fair"
    code, out, _ = run(capsys, "--lang", "en", "demo", str(path), "--guests", "60")
    assert code == 0 and "guests 60" in out
    fair = Fair.open(path, TESTER)
    try:
        assert fair.count("guests") == 60
    finally:
        fair.close()
    assert run(capsys, "check", str(path))[0] == 0


def test_a_failed_demo_leaves_no_file(tmp_path, capsys, monkeypatch):
    import types

    def failing_create_demo_fair(path, *, guests, seed, operator):
        Fair.create(path, operator)  # started writing, then gave up
        raise ValueError("a demo fair needs at least 50 guests")

    monkeypatch.setitem(sys.modules, "fairdesk.core.demo",
                        types.SimpleNamespace(create_demo_fair=failing_create_demo_fair))
    path = tmp_path / "d.fair"
    code, _, err = run(capsys, "--lang", "en", "demo", str(path), "--guests", "3")
    assert code == 1
    assert err == "fairdesk: Cannot make the demo fair: a demo fair needs at least 50 guests\n"
    assert list(tmp_path.iterdir()) == []


def test_every_table_has_a_label_in_info():
    from fairdesk.commands.layout import TABLE_LABELS
    from fairdesk.storage.schema import AREA_TABLES

    tables = {t for tables in AREA_TABLES.values() for t in tables}
    assert tables <= set(TABLE_LABELS), sorted(tables - set(TABLE_LABELS))


def test_the_windowed_program_without_a_console_prints_to_nowhere(monkeypatch, tmp_path):
    """fairdesk.exe (windowed, no console) has None for sys.stdout and sys.stderr."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert cli.main(["new", str(tmp_path / "w.fair")]) == 0
    assert cli.main(["info", str(tmp_path / "missing.fair")]) == 1
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0 and (tmp_path / "w.fair").is_file()


@pytest.mark.parametrize("word", ["D:fairs", "E:\\\\投洽会\\\\2026", "fairs/2026", "x.FAIR"])
def test_a_path_is_never_taken_for_a_command(word):
    assert not cli._looks_like_command(word)
