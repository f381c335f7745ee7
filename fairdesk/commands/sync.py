"""Exchange with other desks of the fair: sync-export, sync-import, and dump."""

from __future__ import annotations

import argparse
from pathlib import Path

from fairdesk.base.errors import FairFileError
from fairdesk.base.files import write_error
from fairdesk.base.i18n import t
from fairdesk.commands.common import opened_fair, say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sync-export", help="write what this desk has for another desk (a .fairsync file)",
        description="Write this desk's changes to a .fairsync file for another desk of the "
                    "same fair (a USB stick). It is encrypted with the fair's key. With "
                    "--since-peer, only what was not yet sent to that desk.")
    p.add_argument("file", help="the fair file")
    p.add_argument("out", help="the .fairsync file to write")
    p.add_argument("--since-peer", metavar="NAME",
                   help="the other desk's name: send only what is new since the last export "
                        "to it")
    p.set_defaults(func=cmd_sync_export)

    p = sub.add_parser(
        "sync-import", help="merge a .fairsync file from another desk, then list the review",
        description="Merge another desk's .fairsync file in one transaction (after a backup), "
                    "then print what arrived and what needs review. Importing a file twice, "
                    "or files in any order, gives the same fair.")
    p.add_argument("file", help="the fair file")
    p.add_argument("inp", metavar="in", help="the .fairsync file")
    p.set_defaults(func=cmd_sync_import)

    p = sub.add_parser(
        "sync-serve", help="exchange with the desks of this fair over the LAN, every few seconds",
        description="Serve this desk's changes on the LAN and merge the other desks' every "
                    "few seconds (encrypted with the fair's key), until Ctrl+C. Peers are "
                    "given with --peer HOST:PORT or found with --discover (zeroconf).")
    p.add_argument("file", help="the fair file")
    p.add_argument("--host", default="127.0.0.1", help="the address to serve on")
    p.add_argument("--port", type=int, default=0, help="the port to serve on (default: any)")
    p.add_argument("--peer", action="append", default=[], metavar="HOST:PORT",
                   help="another desk to exchange with (may be repeated)")
    p.add_argument("--discover", action="store_true", help="find desks with zeroconf")
    p.add_argument("--every", type=float, default=3.0, metavar="S", help="seconds between rounds")
    p.add_argument("--rounds", type=int, default=0, help="stop after N rounds (0: never)")
    p.set_defaults(func=cmd_sync_serve)

    p = sub.add_parser(
        "dump", help="write every record as canonical, sorted JSON",
        description="Every record of the fair as sorted JSON (the form desks compare after "
                    "exchanging; also an archive). To the screen, or to --out.")
    p.add_argument("file", help="the fair file")
    p.add_argument("--out", metavar="X.json", help="write to this file")
    p.set_defaults(func=cmd_dump)


def cmd_sync_export(args: argparse.Namespace) -> int:
    from fairdesk.core.sync.exchange import export_file

    with opened_fair(args.file) as fair:
        try:
            done = export_file(fair, args.out, since_peer=args.since_peer)
        except OSError as exc:
            raise write_error(args.out, exc) from exc
    say(t("已写入 {f}：{n} 条记录的变更，{a} 条修改记录，{k} KB。",
          "Wrote {f}: changes of {n} records, {a} history rows, {k} KB.",
          f=done.path, n=done.records, a=done.audit_rows, k=max(1, done.size // 1024)))
    return 0


def cmd_sync_import(args: argparse.Namespace) -> int:
    from fairdesk.core.sync.exchange import import_file

    with opened_fair(args.file) as fair:
        done = import_file(fair, args.inp)
        arrived = ", ".join(f"{table} {n}" for table, n in sorted(done.merged.arrived.items()))
        say(t("已合并来自 {d} 的变更：{a}（修改记录 {h} 条）。",
              "Merged the changes from desk {d}: {a} ({h} history rows).",
              d=done.desk, a=arrived or t("没有新内容", "nothing new"),
              h=done.merged.audit_rows))
        if done.backup:
            say(t("合并前的备份：{f}", "Backup before the merge: {f}", f=done.backup))
        if not done.review:
            say(t("没有需要核对的冲突。", "Nothing needs review."))
        else:
            say(t("需要核对 {n} 项：", "{n} items need review:", n=len(done.review)))
            for item in done.review:
                say(f"  - {item.message}")
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    from fairdesk.core.sync.dump import dumps

    with opened_fair(args.file) as fair:
        text = dumps(fair)
    if not args.out:
        say(text)
        return 0
    try:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise write_error(args.out, exc) from exc
    except ValueError as exc:  # pragma: no cover - a path with a NUL
        raise FairFileError(f"无法写入 {args.out}。", f"Cannot write {args.out}.") from exc
    say(t("已写入 {f}", "Wrote {f}", f=args.out))
    return 0


def cmd_sync_serve(args: argparse.Namespace) -> int:
    import time

    from fairdesk.core.sync.lan import LanDesk

    with opened_fair(args.file) as fair:
        lan = LanDesk(fair, host=args.host, port=args.port)
        host, port = lan.start()
        say(t("本机在 {h}:{p} 提供交换。", "Serving this desk on {h}:{p}.", h=host, p=port))
        for peer in args.peer:
            peer_host, _, peer_port = peer.rpartition(":")
            lan.add_peer(peer_host, int(peer_port))
        try:
            if args.discover:
                lan.advertise()
                lan.discover()
            done = 0
            while not args.rounds or done < args.rounds:
                merged = lan.step()
                for state in lan.peers.values():
                    h, p = state.address
                    say(t("{h}:{p} 最近同步 {w} {e}", "{h}:{p} last in step {w} {e}", h=h, p=p,
                          w=state.last_in_step or "-", e=state.error))
                if merged:
                    say(t("合并了 {n} 条记录。", "Merged {n} records.", n=merged))
                done += 1
                time.sleep(args.every)
        except KeyboardInterrupt:
            pass
        finally:
            lan.stop()
    return 0
