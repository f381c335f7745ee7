"""The ``fairdesk`` command: opens the window, or runs a headless job.

Errors are one sentence on stderr and a non-zero exit, never a traceback
(set FAIRDESK_DEBUG=1 to see the traceback of an unexpected error).
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sqlite3
import sys
from collections.abc import Sequence

from fairdesk import __version__
from fairdesk.base.errors import FairdeskError
from fairdesk.base.i18n import set_language, system_language, t
from fairdesk.commands import MODULES

GUI_HELP = """\
fairdesk runs a city's investment fair on site, offline.

  fairdesk                 open the window
  fairdesk FILE.fair       open that fair in the window
  fairdesk --demo          open a fresh demo fair in the window
  fairdesk COMMAND ...     run a job without the window (see below)

Messages are in Chinese unless the language is English (set --lang en, or
FAIRDESK_LANG=en, or an English LANG).
"""

HELP_FLAGS = ("-h", "--help", "--version")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fairdesk", formatter_class=argparse.RawDescriptionHelpFormatter,
        description=GUI_HELP,
        epilog="Run 'fairdesk COMMAND --help' for the options of one command.")
    parser.add_argument("--version", action="version", version=f"fairdesk {__version__}")
    parser.add_argument("--lang", choices=("zh", "en"),
                        help="language of messages: zh (Chinese) or en (English)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name in MODULES:
        importlib.import_module(name).register(sub)
    return parser


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    return set(parser._subparsers._group_actions[0].choices)  # noqa: SLF001


def _gui_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="fairdesk", add_help=False)
    parser.add_argument("file", nargs="?")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--guests", type=int, default=600)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--lang", choices=("zh", "en"))
    return parser.parse_args(argv)


def _take_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """Pull a leading ``--lang X`` / ``--lang=X`` off ``argv`` (it may come before a command)."""
    if argv[:1] == ["--lang"] and len(argv) > 1:
        return argv[1], argv[2:]
    if argv and argv[0].startswith("--lang="):
        return argv[0].split("=", 1)[1], argv[1:]
    return None, argv


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(system_language())
    lang, rest = _take_lang(argv)
    if lang in ("zh", "en"):
        set_language(lang)
    parser = build_parser()
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
    except sqlite3.Error as exc:
        return _fail(t("数据文件出错：{e}", "Data file error: {e}", e=exc))
    except Terminated:
        return 128 + signal.SIGTERM
    except KeyboardInterrupt:  # Ctrl+C: the open fair was closed on the way out
        return 130
    except BrokenPipeError:  # `fairdesk info x.fair | head`: the reader has gone
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # the system's reason (strerror) comes in the system's language
        reason = exc.strerror or str(exc)
        if exc.filename:
            return _fail(t("无法读写文件 {f}：{e}", "Cannot read or write {f}: {e}",
                           f=exc.filename, e=reason))
        return _fail(t("文件操作失败：{e}", "File error: {e}", e=reason))
    except Exception as exc:  # noqa: BLE001 - the last line of defence against a traceback
        if os.environ.get("FAIRDESK_DEBUG"):
            raise
        return _fail(t("意外错误：{e}（设置 FAIRDESK_DEBUG=1 可查看详情）",
                       "Unexpected error: {e} (set FAIRDESK_DEBUG=1 for details)",
                       e=f"{type(exc).__name__}: {exc}"), code=2)


class Terminated(KeyboardInterrupt):
    """SIGTERM (logout, shutdown, kill): unwinds like Ctrl+C, so the open fair is closed
    (checkpointed into the file) by the ``with`` blocks on the way out."""


def _on_sigterm(_signum: int, _frame: object) -> None:
    raise Terminated


def _looks_like_command(word: str) -> bool:
    """A bare word that is neither an option, a fair file name nor an existing path."""
    return (not word.startswith("-") and not word.lower().endswith(".fair")
            and not os.path.exists(word) and os.sep not in word)


def _run_gui(argv: list[str]) -> int:
    args = _gui_args(argv)
    from fairdesk.gui.app import run_gui

    return run_gui(file=args.file, demo=args.demo, guests=args.guests, seed=args.seed,
                   lang=args.lang)


def _fail(sentence: str, code: int = 1) -> int:
    print(f"fairdesk: {sentence}", file=sys.stderr)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
