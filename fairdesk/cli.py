"""The ``fairdesk`` command: opens the window, or runs a headless job.

Errors are one sentence on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Sequence

from fairdesk import __version__
from fairdesk.commands import MODULES
from fairdesk.core.errors import FairdeskError
from fairdesk.core.i18n import set_language, system_language, t

GUI_HELP = """\
fairdesk runs a city's investment fair on site, offline.

  fairdesk                 open the window
  fairdesk FILE.fair       open that fair in the window
  fairdesk --demo          open a fresh demo fair in the window
  fairdesk COMMAND ...     run a job without the window (see below)
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fairdesk", formatter_class=argparse.RawDescriptionHelpFormatter,
        description=GUI_HELP,
        epilog="Run 'fairdesk COMMAND --help' for the options of one command.")
    parser.add_argument("--version", action="version", version=f"fairdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name in MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _gui_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="fairdesk", add_help=False)
    parser.add_argument("file", nargs="?")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--guests", type=int, default=600)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--lang", choices=("zh", "en"))
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(system_language())
    parser = build_parser()
    commands = set(parser._subparsers._group_actions[0].choices)  # noqa: SLF001
    try:
        if not argv or argv[0] not in commands and argv[0] not in ("-h", "--help", "--version"):
            args = _gui_args(argv)
            from fairdesk.gui.app import run_gui

            return run_gui(file=args.file, demo=args.demo, guests=args.guests, seed=args.seed,
                           lang=args.lang)
        args = parser.parse_args(argv)
        return int(args.func(args) or 0)
    except FairdeskError as exc:
        print(f"fairdesk: {exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        print("fairdesk: " + t("数据文件出错：{e}", "Data file error: {e}", e=exc), file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"fairdesk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
