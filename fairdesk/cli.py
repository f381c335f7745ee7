"""The ``fairdesk`` command: opens the window, or runs a headless job.

Errors are one sentence on stderr and a non-zero exit, never a traceback
(set FAIRDESK_DEBUG=1 to see the traceback of an unexpected error).
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import signal
import sqlite3
import sys
from collections.abc import Sequence

from fairdesk import __version__
from fairdesk.base.errors import FairdeskError
from fairdesk.base.files import os_reason
from fairdesk.base.i18n import language, set_language, system_language, t
from fairdesk.commands import MODULES
from fairdesk.commands import language as cli_language
from fairdesk.storage import sqlerrors

GUI_HELP = """\
fairdesk runs a city's investment fair on site, offline.

  fairdesk                 open the window
  fairdesk FILE.fair       open that fair in the window
  fairdesk --demo          open this laptop's demo fair in the window
  fairdesk --demo --guests N   ... made afresh with N guests
  fairdesk COMMAND ...     run a job without the window (see below)

Messages are in Chinese unless the language is English (set --lang en, or
FAIRDESK_LANG=en, or an English LANG).
"""

HELP_FLAGS = ("-h", "--help", "--version")
LANG_HELP = "language of messages: zh (Chinese) or en (English)"
# Exit statuses: 0 done, 1 refused (a sentence says why), 2 bad arguments (argparse's),
# 3 and 4 red and amber at `checkin`, 70 a bug (EX_SOFTWARE), 130/143 interrupted.
EXIT_BUG = 70
_DRIVE = re.compile(r"^[A-Za-z]:")  # D:fair, D:\\fairs on Windows


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser, its help in the current language (``set_language``)."""
    cli_language.install()
    parser = argparse.ArgumentParser(
        prog="fairdesk", formatter_class=argparse.RawDescriptionHelpFormatter,
        description=GUI_HELP,
        epilog="Run 'fairdesk COMMAND --help' for the options of one command.")
    parser.add_argument("--version", action="version", version=f"fairdesk {__version__}")
    parser.add_argument("--lang", choices=("zh", "en"), help=LANG_HELP)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name in MODULES:
        importlib.import_module(name).register(sub)
    for command in set(sub.choices.values()) - set(_own_lang(parser).values()):
        # after the command too (`fairdesk demo x.fair --lang en`); SUPPRESS: unless given
        # here, the value before the command stands
        added = command.add_argument("--lang", choices=("zh", "en"),
                                     default=argparse.SUPPRESS, help=LANG_HELP)
        added.messages_language = True
    return cli_language.localize(parser)


def _own_lang(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The commands with a --lang of their own (``programme``: the printout's language)."""
    found = {}
    for name, command in parser._subparsers._group_actions[0].choices.items():  # noqa: SLF001
        for action in command._actions:  # noqa: SLF001
            if "--lang" in action.option_strings and not getattr(
                    action, "messages_language", False):
                found[name] = command
    return found


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    return set(parser._subparsers._group_actions[0].choices)  # noqa: SLF001


def _gui_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="fairdesk", add_help=False)
    parser.add_argument("file", nargs="?")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--guests", type=int)  # with --demo: a fresh demo fair this size
    parser.add_argument("--seed", type=int)
    parser.add_argument("--lang", choices=("zh", "en"))
    return parser.parse_args(argv)


def _take_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """Pull a leading ``--lang X`` / ``--lang=X`` off ``argv`` (it may come before a command)."""
    if argv[:1] == ["--lang"] and len(argv) > 1:
        return argv[1], argv[2:]
    if argv and argv[0].startswith("--lang="):
        return argv[0].split("=", 1)[1], argv[1:]
    return None, argv


def _lang_after_command(parser: argparse.ArgumentParser, rest: list[str]) -> str | None:
    """``--lang X`` / ``--lang=X`` after a command that has no --lang of its own."""
    if not rest or rest[0] not in command_names(parser) or rest[0] in _own_lang(parser):
        return None
    for number, arg in enumerate(rest[1:], 1):
        if arg == "--":
            break
        if arg == "--lang" and number + 1 < len(rest):
            return rest[number + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _give_streams()
    set_language(system_language())
    lang, rest = _take_lang(argv)
    if lang in ("zh", "en"):
        set_language(lang)
    parser = build_parser()
    after = _lang_after_command(parser, rest)
    if after in ("zh", "en") and after != language():
        set_language(after)
        parser = build_parser()  # its help and argparse's words in that language
    try:
        if not rest or rest[0] not in command_names(parser) and rest[0] not in HELP_FLAGS:
            if rest and _looks_like_command(rest[0]):
                return _fail(t("没有命令 “{c}”，请运行 fairdesk --help 查看命令。",
                               "There is no command '{c}'; run 'fairdesk --help' to see them.",
                               c=rest[0]), code=2)
            return _run_gui(argv)
        args = parser.parse_args(argv)
        signal.signal(signal.SIGTERM, _on_sigterm)
        return int(args.func(args) or 0)
    except FairdeskError as exc:
        return _fail(str(exc))
    except sqlite3.Error as exc:  # SQLite's English stays out: its reason, in our words
        why = sqlerrors.reason(exc)
        return _fail(t("数据文件出错：{e}。", "Data file error: {e}.", e=why.zh if
                       language() == "zh" else why.en))
    except Terminated:
        return 128 + signal.SIGTERM
    except KeyboardInterrupt:  # Ctrl+C: the open fair was closed on the way out
        return 130
    except BrokenPipeError:  # `fairdesk info x.fair | head`: the reader has gone
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # strerror comes in the system's language: ours instead
        reason = str(os_reason(exc))
        if exc.filename:
            return _fail(t("无法读写文件 {f}：{e}", "Cannot read or write {f}: {e}",
                           f=exc.filename, e=reason))
        return _fail(t("文件操作失败：{e}", "File error: {e}", e=reason))
    except Exception as exc:  # noqa: BLE001 - the last line of defence against a traceback
        if os.environ.get("FAIRDESK_DEBUG"):
            raise
        return _fail(t("意外错误：{e}（设置 FAIRDESK_DEBUG=1 可查看详情）",
                       "Unexpected error: {e} (set FAIRDESK_DEBUG=1 for details)",
                       e=f"{type(exc).__name__}: {exc}"), code=EXIT_BUG)


def _give_streams() -> None:
    """The windowed ``fairdesk.exe`` has no console: Python's sys.stdout and sys.stderr are
    None there, and the first print (``fairdesk.exe --help``, a command's output, a warning)
    would raise. They write to nowhere instead; ``fairdesk-cli.exe`` is the one with a console."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


class Terminated(KeyboardInterrupt):
    """SIGTERM (logout, shutdown, kill): unwinds like Ctrl+C, so the open fair is closed
    (checkpointed into the file) by the ``with`` blocks on the way out."""


def _on_sigterm(_signum: int, _frame: object) -> None:
    raise Terminated


def _looks_like_command(word: str) -> bool:
    """A bare word that is neither an option, a fair file name nor an existing path."""
    return (not word.startswith("-") and not word.lower().endswith(".fair")
            and not os.path.exists(word) and os.sep not in word and "/" not in word
            and not _DRIVE.match(word))


def _run_gui(argv: list[str]) -> int:
    args = _gui_args(argv)
    if not has_display():
        return _fail(t("没有可用的显示器（图形界面），无法打开窗口；不带窗口的工作请用命令，"
                       "见 fairdesk --help。",
                       "There is no display to open the window on; for work without the "
                       "window use the commands, see 'fairdesk --help'."))
    from fairdesk.gui.app import run_gui

    return run_gui(file=args.file, demo=args.demo, guests=args.guests, seed=args.seed,
                   lang=args.lang)


def has_display(environ: dict[str, str] | None = None, platform: str = sys.platform) -> bool:
    """False on Linux with no X11 or Wayland display, where Qt would abort (rc 134) with
    "Reinstalling the application may fix this problem". A platform named in
    QT_QPA_PLATFORM other than those two (offscreen, vnc...) needs none."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return True
    named = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if named and named not in ("xcb", "wayland", "wayland-egl"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def _fail(sentence: str, code: int = 1) -> int:
    print(f"fairdesk: {sentence}", file=sys.stderr)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
