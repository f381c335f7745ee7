"""The command line's help and argparse's own messages follow the user's language."""

from __future__ import annotations

import pytest

from fairdesk import cli
from fairdesk.base.i18n import set_language
from fairdesk.commands import language
from fairdesk.commands.help_zh import ARGPARSE
from fairdesk.commands.help_zh import COMMANDS as HELP_ZH

COMMANDS = sorted(cli.command_names(cli.build_parser()))


def help_of(capsys: pytest.CaptureFixture, *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        cli.main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def test_lang_zh_help_is_chinese(capsys):
    out = help_of(capsys, "--lang", "zh")
    assert out.startswith("用法：fairdesk")
    for words in ("打开窗口", "选项", "显示本帮助并退出", "命令", "新建一个空的投洽会文件",
                  "凭证件码为客商报到"):
        assert words in out
    assert "show this help" not in out and "create an empty fair file" not in out


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_is_chinese_and_fits_80_columns(capsys, command, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = help_of(capsys, "--lang", "zh", command)
    assert out.startswith(f"用法：fairdesk {command}") and "位置参数" in out
    assert "show this help message" not in out
    too_wide = [line for line in out.splitlines()
                if language.columns(line) > 80 and not line.startswith(("用法", " " * 10, "  -"))]
    assert too_wide == []


def test_every_help_text_has_its_chinese():
    set_language("en")
    english = language.help_texts(cli.build_parser())
    missing = [text for text in english if text not in {**ARGPARSE, **HELP_ZH}]
    assert missing == [], f"add these to fairdesk/commands/help_zh.py: {missing}"


def test_every_argument_says_what_it_is():
    """A newcomer reading `fairdesk find --help` learns what TEXT and --limit are: no
    argument of any command is listed bare."""
    import argparse

    parser = cli.build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    bare = [f"{name} {a.option_strings[0] if a.option_strings else a.dest}"
            for name, p in sub.choices.items() for a in p._actions
            if not a.help and a.dest != "help"]
    assert bare == []


@pytest.mark.parametrize(("env", "expected"), [
    ({"FAIRDESK_LANG": "en"}, "usage: fairdesk"),
    ({"FAIRDESK_LANG": "", "LANG": "en_GB.UTF-8"}, "usage: fairdesk"),
    ({"FAIRDESK_LANG": "", "LANG": "zh_CN.UTF-8"}, "用法：fairdesk"),
    ({"FAIRDESK_LANG": "", "LANG": "C.UTF-8"}, "用法：fairdesk"),  # Chinese first
])
def test_help_follows_the_environment(capsys, monkeypatch, env, expected):
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert help_of(capsys, "info").startswith(expected)


def test_argparse_errors_in_chinese_and_english(capsys, tmp_path):
    with pytest.raises(SystemExit) as done:
        cli.main(["demo"])
    err = capsys.readouterr().err
    assert done.value.code == 2 and "fairdesk demo：错误：缺少必需的参数：file" in err
    with pytest.raises(SystemExit):
        cli.main(["--lang", "en", "badges", str(tmp_path / "x.fair"), "--state", "gone"])
    err = capsys.readouterr().err
    assert "error: argument --state: invalid choice: 'gone'" in err
    with pytest.raises(SystemExit):
        cli.main(["badges", str(tmp_path / "x.fair"), "--state", "gone"])
    assert "参数 --state：无效的选项：'gone'" in capsys.readouterr().err


def test_wrap_breaks_between_chinese_characters_and_keeps_latin_words():
    lines = language.wrap("新建一个投洽会文件，用于试用 fairdesk 或培训工作人员。", 20)
    assert all(language.columns(line) <= 20 for line in lines)
    assert "".join(lines).replace(" ", "") == "新建一个投洽会文件，用于试用fairdesk或培训工作人员。"
    assert any("fairdesk" in line for line in lines)  # never cut mid-word
