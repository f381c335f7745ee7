"""--lang after the command: `fairdesk demo x.fair --lang en` speaks English, for every
command without a --lang of its own; `programme --lang` stays the printout's language."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from fairdesk import cli
from fairdesk.core.demo import create_demo_fair


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lang-after") / "demo.fair"
    create_demo_fair(path, guests=60, seed=3).close()
    return path


def test_demo_then_lang_en_is_english(capsys, tmp_path):
    code, said, err = run(capsys, "demo", str(tmp_path / "x.fair"), "--lang", "en")
    assert code == 0 and err == ""
    assert "Badges and check-in" in said and "证件" not in said
    code, said, _ = run(capsys, "demo", str(tmp_path / "y.fair"))  # Chinese, as before
    assert code == 0 and "证件与报到" in said


@pytest.mark.parametrize("form", [["--lang", "en"], ["--lang=en"]])
def test_every_command_takes_lang_after_it(capsys, tmp_path, form):
    code, _, err = run(capsys, "info", str(tmp_path / "missing.fair"), *form)
    assert code == 1 and "No such file" in err
    with pytest.raises(SystemExit) as done:  # argparse's own words in English too
        cli.main(["info", *form])
    assert done.value.code == 2
    assert "error: the following arguments are required: file" in capsys.readouterr().err
    commands = cli.build_parser()._subparsers._group_actions[0].choices  # noqa: SLF001
    without = [name for name, p in commands.items()
               if not any("--lang" in a.option_strings for a in p._actions)]  # noqa: SLF001
    assert without == []


def test_lang_after_the_command_wins_and_a_bad_one_is_named(capsys, tmp_path):
    code, _, err = run(capsys, "--lang", "en", "info", str(tmp_path / "missing.fair"),
                       "--lang", "zh")
    assert code == 1 and "找不到文件" in err
    with pytest.raises(SystemExit):
        cli.main(["info", str(tmp_path / "missing.fair"), "--lang", "fr"])
    assert "参数 --lang：无效的选项：'fr'" in capsys.readouterr().err


def test_programme_keeps_its_own_lang_for_the_printout(capsys, demo_path, tmp_path):
    out = tmp_path / "p.pdf"
    code, said, _ = run(capsys, "programme", str(demo_path), "--out", str(out), "--lang", "en")
    assert code == 0 and "天" in said  # the messages stay Chinese
    pdf = pdfium.PdfDocument(str(out))
    text = "".join(p.get_textpage().get_text_range() for p in pdf)
    pdf.close()
    assert "Opening Ceremony" in text and "开幕式" not in text
