"""fairdesk badges / table-cards / checkin from the command line."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from bench.crowd import make_crowd
from fairdesk.cli import main
from fairdesk.core.badges.issuing import current_badge
from fairdesk.core.context import Operator
from fairdesk.core.fair import Fair

TESTER = Operator("测试员", "desk-1", "test-laptop")


@pytest.fixture
def fair_file(fair_path: Path) -> Path:
    fair = Fair.open(fair_path, TESTER)
    make_crowd(fair, 30)
    fair.close()
    return fair_path


def _code(path: Path) -> tuple[str, str]:
    fair = Fair.open(path)
    gid = fair.scalar("SELECT guest_id FROM badges b JOIN guests g ON g.id = b.guest_id "
                      "WHERE b.voided_at IS NULL AND g.state = 'confirmed' LIMIT 1")
    code = current_badge(fair, gid).code
    fair.close()
    return gid, code


def test_badges_prints_then_warns_on_reprint(fair_file: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "b.pdf"
    assert main(["badges", str(fair_file), "--out", str(out), "--size", "a4-8up",
                 "--category", "vip", "--category", "investor", "--sort", "name"]) == 0
    said = capsys.readouterr().out
    assert "已打印" in said and out.exists()
    assert len(pdfium.PdfDocument(str(out))) >= 1
    assert main(["badges", str(fair_file), "--out", str(out), "--category", "vip"]) == 0
    assert "注意" in capsys.readouterr().out
    assert main(["badges", str(fair_file), "--out", str(out), "--category", "vip",
                 "--skip-printed"]) == 0


def test_checkin_exit_codes(fair_file: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    main(["badges", str(fair_file), "--out", str(tmp_path / "b.pdf"), "--size", "a6"])
    _gid, code = _code(fair_file)
    assert main(["checkin", str(fair_file), code, "--desk", "东门"]) == 0
    assert main(["checkin", str(fair_file), code, "--desk", "东门"]) == 4
    assert "东门" in capsys.readouterr().out
    assert main(["checkin", str(fair_file), code[:-4] + "0000"]) == 3
    assert main(["checkin", str(fair_file), "--undo", "--desk", "东门"]) == 0
    assert main(["checkin", str(fair_file), code, "--desk", "东门"]) == 0


def test_bad_input_is_one_sentence(fair_file: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    assert main(["badges", str(fair_file), "--out", str(tmp_path / "x.pdf"), "--size", "a9"]) == 1
    assert "a9" in capsys.readouterr().err
    assert main(["table-cards", str(fair_file), "--out", str(tmp_path / "t.pdf"),
                 "--guests", "NOSUCH"]) == 1
    assert not (tmp_path / "t.pdf").exists()
