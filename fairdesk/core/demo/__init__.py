"""A deterministic demo fair: every area filled with realistic, bilingual made-up data.

``generate_demo(fair, guests=600, seed=2026)`` fills an empty fair; the same seed
and size give the same records, ids and ref codes. The data describes the
2026 fair in the fictional city of 海滨市 as seen on the second morning
(``SNAPSHOT``): most guests have arrived, the first signing ceremony is done,
some security items are still open and overdue.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fairdesk.base import files
from fairdesk.base.errors import ConflictError, FairFileError
from fairdesk.core.context import SYSTEM, Operator
from fairdesk.core.demo import data
from fairdesk.core.demo.agenda import build_agenda
from fairdesk.core.demo.badges import build_badges
from fairdesk.core.demo.base import BUILT, GUESTS_DONE, SNAPSHOT, Demo, iso
from fairdesk.core.demo.guests import build_guests, build_units
from fairdesk.core.demo.lodging import build_lodging
from fairdesk.core.demo.meals import build_meals
from fairdesk.core.demo.security import build_security
from fairdesk.core.demo.signing import build_signing
from fairdesk.core.demo.transport import build_transport
from fairdesk.core.fair import Fair
from fairdesk.storage.schema import AREA_TABLES

Progress = Callable[[int, int], None]

# The operators who "entered" the demo data, one laptop each.
OPERATORS = (Operator("王敏", "组委会办公室", "laptop-01"), Operator("陈晓燕", "报到台", "laptop-02"),
             Operator("李强", "报到台", "laptop-03"), Operator("赵静", "车辆保障", "laptop-04"),
             Operator("孙丽华", "安全保卫组", "laptop-05"), Operator("周文博", "签约组", "laptop-06"))
# after the units and guests, in this order: each uses what the ones before made
BUILDERS: tuple[Callable[[Demo], None], ...] = (
    build_agenda, build_lodging, build_transport, build_meals, build_security, build_signing,
    build_badges)
TABLES = tuple(t for tables in AREA_TABLES.values() for t in tables)  # in foreign-key order

__all__ = ["OPERATORS", "SNAPSHOT", "create_demo_fair", "generate_demo"]


def generate_demo(fair: Fair, *, guests: int = 600, seed: int = 2026,
                  progress: Progress | None = None) -> dict[str, int]:
    """Fill the empty, open ``fair`` with a demo fair of about ``guests`` guests.

    ``progress(percent, 100)`` is called as the work advances, last with (100, 100).
    Returns the number of rows written per table. Everything is written in one
    transaction (one summary audit row per table). Raises ValueError for a size
    below 50 and ConflictError when the fair already holds guests or hotels.
    """
    if guests < 50:
        raise ValueError("a demo fair needs at least 50 guests")
    if fair.count("guests") or fair.count("hotels") or fair.count("inviting_units"):
        raise ConflictError("演示数据只能写入空的投洽会文件。",
                            "Demo data can only be written into an empty fair.")
    demo = Demo(fair, guests, seed, progress)
    demo.refs["operator_stamps"] = [op.stamp for op in OPERATORS]
    demo.refs["operator_names"] = [op.name for op in OPERATORS]
    build_units(demo)
    build_guests(demo)  # the longest part: it reports its own progress
    for done, build in enumerate(BUILDERS, 1):
        build(demo)
        demo.tick(GUESTS_DONE + (BUILT - GUESTS_DONE) * done // len(BUILDERS))
    _operators(demo)
    counts: dict[str, int] = {}
    total, written = sum(len(rows) for rows in demo.rows.values()), 0
    with fair.transaction() as tx:
        for key, value in _settings(demo).items():
            fair.settings_set(tx, key, value)
        for table in TABLES:
            counts[table] = tx.insert_many(table, demo.rows.get(table, []), audit_each=False)
            written += counts[table]
            demo.tick(BUILT + (100 - BUILT) * written // total)
    return counts


def create_demo_fair(path: str | Path, *, guests: int = 600, seed: int = 2026,
                     operator: Operator = SYSTEM) -> Fair:
    """A new fair file at ``path`` filled with demo data; on failure no file is left behind.

    Raises FairFileError if ``path`` exists, ValueError for a size below 50.
    """
    path = Path(path)
    if path.exists():
        raise FairFileError(f"文件已存在：{path}", f"The file already exists: {path}")
    # Built under a hidden name and renamed when whole: a demo killed half-way leaves no
    # empty or half-built fair under the user's name (it would pass as an older schema).
    partial = files.partial_path(path)
    _remove_fair(partial)
    fair = Fair.create(partial, operator, shown_as=path)  # its sentences name the user's file
    try:
        generate_demo(fair, guests=guests, seed=seed)
        fair.close()  # checkpointed: the file alone holds it all (else its -wal moves too)
        for suffix in ("-wal", "-shm"):
            if Path(f"{partial}{suffix}").exists():
                Path(f"{partial}{suffix}").replace(f"{path}{suffix}")
        files.finish(partial, path)
    except BaseException:
        fair.db.close()
        _remove_fair(partial)
        raise
    return Fair.open(path, operator)


def _remove_fair(path: Path) -> None:
    for leftover in (path, *(Path(f"{path}{end}") for end in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)


def _operators(demo: Demo) -> None:
    for op in OPERATORS:
        demo.add("operators", name=op.name, desk=op.desk, laptop=op.laptop,
                 last_seen_at=iso(SNAPSHOT))


def _settings(demo: Demo) -> dict[str, object]:
    targets = demo.rows["county_targets"]
    return {
        **data.FAIR_SETTINGS,
        "signing.target_projects": sum(t["target_projects"] for t in targets),
        "signing.target_total_cents": sum(t["target_investment_cents"] for t in targets),
        "signing.target_foreign_cents": sum(t["target_foreign_cents"] for t in targets),
    }
