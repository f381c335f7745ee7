"""Whole-fair commands: new, demo, info, check."""

from __future__ import annotations

import argparse
import sqlite3
import time
from pathlib import Path

from fairdesk.base.errors import FairdeskError, FairFileError
from fairdesk.base.files import write_error
from fairdesk.base.i18n import t
from fairdesk.commands.common import cli_operator, opened_fair, say
from fairdesk.commands.layout import AREA_LABELS, TABLE_LABELS, label, wrap_items
from fairdesk.core.fair import Fair
from fairdesk.storage import sqlerrors


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "new", help="create an empty fair file",
        description="Create a new, empty fair file. An existing file is never overwritten.")
    p.add_argument("file", help="the new fair file, e.g. 2026-fair.fair")
    p.add_argument("--name", help="the fair's name, e.g. '2026 临港投资洽谈会'")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser(
        "demo", help="create a fair file filled with made-up demo data",
        description="Create a fair file with made-up guests, hotels, cars, checklists and "
                    "signing projects, to try fairdesk or to train staff. The same seed "
                    "always makes the same fair.")
    p.add_argument("file", help="the new fair file (must not exist yet)")
    p.add_argument("--guests", type=_guest_count, default=600, metavar="N",
                   help="how many guests to make (default: 600)")
    p.add_argument("--seed", type=int, default=2026, metavar="S",
                   help="seed for the made-up data (default: 2026)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "info", help="show a fair's headline figures and record counts",
        description="Show the fair's name, its headline figures (guests, reception, "
                    "security, signing) and how many records each area holds.")
    p.add_argument("file", help="the fair file")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser(
        "copy", help="copy a fair to another file (a USB stick), safely while in use",
        description="Write a consistent copy of the fair (SQLite's backup API), whole in "
                    "one file, even while a desk has it open. An existing file is never "
                    "overwritten. Copying the .fair with a file manager may miss the "
                    "latest changes, which live in its -wal until written in.")
    p.add_argument("file", help="the fair file")
    p.add_argument("dest", help="the copy: a new file name, or a folder")
    p.set_defaults(func=cmd_copy)

    p = sub.add_parser(
        "backups", help="list a fair's backups (newest first), or make one now",
        description="List the fair's automatic backups, newest first (made every 10 "
                    "minutes while the window changes it, and before each import and "
                    "restore). With --now, make one first.")
    p.add_argument("file", help="the fair file")
    p.add_argument("--now", action="store_true", help="make a backup now")
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser(
        "restore", help="restore a fair from one of its backups",
        description="Replace the fair's content by a backup's. The current state is "
                    "backed up first, so a restore can itself be undone.")
    p.add_argument("file", help="the fair file")
    p.add_argument("backup", help="the backup file (see 'fairdesk backups')")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser(
        "check", help="check a fair file's integrity, links and schema",
        description="Check that a fair file is sound: SQLite integrity, links between "
                    "records (foreign keys), and tables and columns. Changes nothing. "
                    "Exit status 0 when sound, 1 when problems are found.")
    p.add_argument("file", help="the fair file")
    p.set_defaults(func=cmd_check)


def _guest_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(t("不是整数：{v!r}", "not a whole number: {v!r}",
                                           v=text)) from None
    if not 1 <= value <= 100_000:
        raise argparse.ArgumentTypeError(t("应在 1 到 100000 之间", "must be between 1 and 100000"))
    return value


def cmd_new(args: argparse.Namespace) -> int:
    settings = {"fair.name": args.name} if args.name else {}
    Fair.create(args.file, cli_operator(), **settings).close()
    say(t("已创建 {f}", "Created {f}", f=args.file))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from fairdesk.core.dashboard import table_counts

    path = Path(args.file)
    if path.exists():
        raise FairFileError(f"文件已存在：{path}", f"The file already exists: {path}")
    started = time.perf_counter()
    fair = _make_demo(path, guests=args.guests, seed=args.seed)
    elapsed = time.perf_counter() - started
    try:
        counts = table_counts(fair)
    finally:
        fair.close()
    say(t("已创建演示投洽会 {f}（{s:.1f} 秒）：", "Created demo fair {f} in {s:.1f} s:",
          f=path, s=elapsed))
    for line in _made_lines(counts):
        say(line)
    return 0


def _make_demo(path: Path, *, guests: int, seed: int) -> Fair:
    """The demo fair, or FairdeskError; a failed attempt leaves no file behind."""
    try:
        from fairdesk.core.demo import create_demo_fair
    except ImportError as exc:
        raise FairdeskError("此版本没有演示数据。", "This build has no demo data.") from exc
    try:
        return create_demo_fair(path, guests=guests, seed=seed, operator=cli_operator())
    except BaseException as exc:
        _remove_fair_file(path)
        if isinstance(exc, ValueError):  # the generator's limits, e.g. a minimum of guests
            raise FairdeskError(f"无法生成演示投洽会：{exc}",
                                f"Cannot make the demo fair: {exc}") from exc
        raise


def _made_lines(counts: dict[str, int]) -> list[str]:
    """Counts per area, wrapped: ``Guests: inviting units 12, guests 600, ...``."""
    from fairdesk.storage.schema import AREA_TABLES

    lines = []
    for area, tables in AREA_TABLES.items():
        made = [f"{label(TABLE_LABELS, tb)} {counts[tb]}" for tb in tables if counts.get(tb)]
        if made:
            head = f"  {label(AREA_LABELS, area)}{t('：', ': ')}"
            lines += wrap_items(head, made, sep=t("，", ", "))
    return lines


def _remove_fair_file(path: Path) -> None:
    for part in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal"))):
        part.unlink(missing_ok=True)


def cmd_info(args: argparse.Namespace) -> int:
    from fairdesk.commands.info import info_lines

    with opened_fair(args.file) as fair:
        lines = info_lines(fair)
    for line in lines:
        say(line)
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    dest = Path(args.dest)
    if dest.is_dir():
        dest = dest / Path(args.file).name
    if dest.exists() or dest.is_symlink():
        raise FairFileError(f"文件已存在：{dest}（不会覆盖，请换一个文件名）",
                            f"The file already exists: {dest} (never overwritten; "
                            "choose another name)")
    if not dest.parent.is_dir():
        raise FairFileError(f"文件夹不存在：{dest.parent}", f"No such folder: {dest.parent}")
    with opened_fair(args.file) as fair:
        try:
            fair.save_copy(dest, new_desk=True)
        except OSError as exc:
            raise write_error(dest, exc) from exc
        except sqlite3.Error as exc:
            why = sqlerrors.reason(exc)
            raise FairFileError(f"无法写入 {dest}：{why.zh}。",
                                f"Cannot write {dest}: {why.en}.") from exc
    say(t("已复制到 {f}", "Copied to {f}", f=dest))
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from fairdesk.core import backups

    with opened_fair(args.file) as fair:
        if args.now:
            made = backups.back_up(fair, "manual")
            say(t("已备份：{f}", "Backed up: {f}", f=made.path))
        found = backups.list_backups(fair.path)
    if not found:
        say(t("还没有备份。", "No backups yet."))
    for b in found:
        say(f"{b.at:%Y-%m-%d %H:%M:%S}  {b.reason:<8} {b.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from fairdesk.core import backups

    with opened_fair(args.file) as fair:
        before = backups.restore(fair, Path(args.backup))
    say(t("已从 {b} 恢复；恢复前的数据已备份为 {f}。",
          "Restored from {b}; the data before it is backed up as {f}.",
          b=args.backup, f=before.path))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from fairdesk.storage import fairfile

    db = fairfile.open_file(Path(args.file), upgrade=False)
    try:
        problems = fairfile.check_file(db)
        pending = fairfile.pending_names(db)
    except sqlite3.DatabaseError as exc:  # damage that stops the checks themselves
        problems, pending = [t("完整性：{e}", "Integrity: {e}", e=exc)], []
    finally:
        db.close()
    for problem in problems:
        say(problem)
    if pending:
        say(t("数据格式较旧，打开时将自动升级（先保留备份）：{m}",
              "The schema is older; opening the file upgrades it (after a backup copy): {m}",
              m=", ".join(pending)))
    if problems:
        say(t("{f}：发现 {n} 个问题。", "{f}: {n} problems found.", f=args.file, n=len(problems)))
        return 1
    say(t("检查通过：{f} 完好。", "{f} is sound.", f=args.file))
    return 0

