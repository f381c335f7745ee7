"""What a merge asks a person to look at: every item found from the merged fair itself,
so each desk lists the same items whatever order the exchanges came in.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fairdesk.base.i18n import Text
from fairdesk.core.guests.importing.dedupe import DuplicateIndex, Keys
from fairdesk.core.guests.merging import merge_guests as merge_guests  # the "merge" action
from fairdesk.core.sync.engine import HELD_PARENT, HELD_UNIQUE
from fairdesk.core.sync.records import RecordDoc
from fairdesk.core.sync.tables import pk
from fairdesk.storage.schema import AREA_TABLES

if TYPE_CHECKING:
    from fairdesk.core.fair import Fair

STAMPS = {"created_at", "updated_at", "updated_by"}
#: Columns computed from others (the guests' folded keys): their clash is the source's.
DERIVED = {"name_fold", "org_fold", "phone_norm", "id_norm"}
#: The moment something was done (voided, undone, printed): two desks that both did it
#: agree, whatever their clocks said; only done at one desk against not done is a clash.
DONE_AT = {"voided_at", "undone_at", "printed_at"}
#: Roster clashes a merge can make: the same room, car, driver, seat given at two desks.
ROSTER_KINDS = ("room_over_capacity", "guest_double_stay", "vehicle_double_booked",
                "driver_double_booked", "escort_double_booked", "seat_double",
                "guest_double_trip")
#: The tables those clashes are made of (a guest's own fields only name the people in them):
#: a merge that brought none of them cannot have added one.
ROSTER_TABLES = frozenset({*AREA_TABLES["reception"], "companions"})


@dataclass(frozen=True)
class ReviewItem:
    """One thing to review. ``key`` is the same on every desk; ``action`` names what
    resolves it (``take_other``: write ``value``; ``merge_guests``; ``open``)."""

    kind: str
    key: str
    message: Text
    table: str
    record_ids: tuple[str, ...]
    action: str = "open"
    field: str = ""
    value: Any = None


def review(fair: Fair, arrived: Iterable[str] | None = None) -> list[ReviewItem]:
    """What to review in the merged fair. ``arrived``: the tables a merge just changed
    (the roster's rules run only when one of theirs is among them); None: everything."""
    dismissed = {r[0] for r in fair.db.execute("SELECT key FROM sync_dismissed").fetchall()}
    roster = arrived is None or not ROSTER_TABLES.isdisjoint(arrived)
    items = [*double_check_ins(fair), *same_people(fair), *same_field_edits(fair),
             *held_records(fair), *two_valid_badges(fair),
             *(roster_clashes(fair) if roster else ())]
    return [i for i in items if i.key not in dismissed]


def _name(fair: Fair, guest_id: str) -> str:
    """The guest's name; a guest deleted (at another desk) by the name the deletion saw."""
    name = fair.scalar("SELECT name FROM guests WHERE id = ?", [guest_id])
    if name is None:
        before = fair.scalar("SELECT before FROM audit_log WHERE entity = 'guests' AND "
                             "entity_id = ? AND action = 'delete' ORDER BY at DESC LIMIT 1",
                             [guest_id])
        name = json.loads(before or "{}").get("name")
    return str(name or guest_id)


class Words:
    """Records and fields as the people at the desk call them: "Guest 王明: Phone", never
    the table's or the column's name."""

    def __init__(self, fair: Fair) -> None:
        from fairdesk.core.audit import entity_specs

        self.fair, self.specs = fair, entity_specs(fair)

    def field(self, table: str, name: str) -> tuple[str, str]:
        from fairdesk.core.audit import field_words

        return field_words(self.specs.get(table), name)

    def fields(self, table: str, names: Iterable[str]) -> tuple[str, str]:
        words = [self.field(table, n) for n in names]
        return "、".join(w[0] for w in words), ", ".join(w[1] for w in words)

    def value(self, table: str, name: str, value: Any) -> tuple[str, str]:
        """A stored value in the desk's words (a choice's label, "05-18 14:30", a
        referenced record's name)."""
        from fairdesk.core.audit import value_words

        return value_words(self.fair, self.specs.get(table), name, value, self.specs)

    def kind(self, table: str) -> tuple[str, str]:
        from fairdesk.core.audit import entity_words

        return entity_words(self.specs.get(table), table)

    def record(self, table: str, rec: str, values: dict[str, Any] | None = None
               ) -> tuple[str, str]:
        """("嘉宾 王明", "Guest 王明"): the kind of record and its title (a record of a
        guest without a title of its own: the guest's name)."""
        if values is None:
            found = self.fair.rows(f"SELECT * FROM [{table}] WHERE [{pk(table)}] = ?", [rec])
            values = found[0] if found else {}
        spec = self.specs.get(table)
        title = values.get(spec.title if spec is not None else "name")
        if not title and values.get("guest_id"):
            title = _name(self.fair, values["guest_id"])
        zh, en = self.kind(table)
        return (f"{zh} {title}", f"{en} {title}") if title else (zh, en)


def double_check_ins(fair: Fair) -> list[ReviewItem]:
    out = []
    for gid, n, desks in fair.db.execute(
            "SELECT guest_id, count(*), group_concat(desk, ', ') FROM (SELECT guest_id, desk "
            "FROM check_ins WHERE kind = 'registration' AND undone_at IS NULL "
            "ORDER BY desk, id) GROUP BY guest_id "
            "HAVING count(*) > 1 ORDER BY guest_id").fetchall():
        name = _name(fair, gid)
        out.append(ReviewItem(
            "double_check_in", f"double_check_in:{gid}",
            Text(f"{name} 在两个报到台各报到了一次（{n} 次：{desks}）：一张证件被放行两次，请门口核实。",
                 f"{name} was checked in at two desks ({n} times: {desks}): one badge was "
                 "admitted twice; the door should check."), "guests", (gid,)))
    return out


def same_people(fair: Fair) -> list[ReviewItem]:
    """Guests the duplicate rules (ID number, phone, name + organisation) call one person."""
    from fairdesk.core.guests.importing.preview import RULE_WORDS  # the import's words

    index, out = DuplicateIndex(), []
    for gid, name, name_f, org_f, phone_n, id_n in fair.db.execute(
            "SELECT id, name, name_fold, org_fold, phone_norm, id_norm FROM guests "
            "ORDER BY id").fetchall():
        keys = Keys.from_folded({"name_fold": name_f, "org_fold": org_f,
                                 "phone_norm": phone_n, "id_norm": id_n})
        match, _ = index.find(keys)
        if match is not None:
            kept = str(match.ref)
            zh, en = RULE_WORDS.get(match.rule, (match.rule, match.rule))
            out.append(ReviewItem(
                "same_person", f"same_person:{kept}:{gid}",
                Text(f"嘉宾 {name} 似乎被录入了两次（{zh}）：可合并为一位嘉宾。",
                     f"Guest {name} seems to be entered twice ({en}): merge the two guests."),
                "guests", (kept, gid), action="merge_guests"))
        index.add(gid, keys)
    return out


def same_field_edits(fair: Fair) -> list[ReviewItem]:
    """One field of one record changed at two desks, neither having seen the other's
    change (each change's *before* is not the other's *after*); the newest change of the
    field is one of the two (a later edit resolves it)."""
    rows = fair.rows(
        "SELECT a.id, a.at, a.origin, a.operator, a.entity, a.entity_id, a.before, a.after "
        "FROM audit_log a JOIN (SELECT entity, entity_id FROM audit_log "
        "WHERE action = 'update' AND origin != '' GROUP BY entity, entity_id "
        "HAVING count(DISTINCT origin) > 1) m USING (entity, entity_id) "
        "WHERE a.action = 'update' ORDER BY a.at, a.id")
    by_field: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        before, after = json.loads(r["before"] or "{}"), json.loads(r["after"] or "{}")
        for f in set(before) | set(after):
            if f not in STAMPS | DERIVED and before.get(f) != after.get(f):
                by_field[(r["entity"], r["entity_id"], f)].append(
                    {**r, "old": before.get(f), "new": after.get(f)})
    out = []
    for (table, rec, f), changes in sorted(by_field.items()):
        item = _field_clash(fair, table, rec, f, changes)
        if item:
            out.append(item)
    return out


def _field_clash(fair: Fair, table: str, rec: str, f: str,
                 changes: list[dict[str, Any]]) -> ReviewItem | None:
    last = changes[-1]
    for other in reversed(changes[:-1]):
        if other["origin"] == last["origin"]:
            continue
        if f in DONE_AT and last["new"] is not None and other["new"] is not None:
            return None
        if last["old"] != other["new"] and other["old"] != last["new"]:
            current = fair.rows(f"SELECT [{f}] AS v FROM [{table}] WHERE id = ?", [rec])
            if not current:
                return None
            won = current[0]["v"]
            lost = other["new"] if won == last["new"] else last["new"]
            if lost == won:
                return None
            words = Words(fair)
            (rzh, ren), (fzh, fen) = words.record(table, rec), words.field(table, f)
            (wzh, wen), (lzh, len_) = words.value(table, f, won), words.value(table, f, lost)
            ops = f"{other['operator']} / {last['operator']}"
            return ReviewItem(
                "same_field", f"same_field:{table}:{rec}:{f}:{last['id']}:{other['id']}",
                Text(f"{rzh}：{fzh}在两台电脑上都改了，保留「{wzh}」，另一个值是「{lzh}」（{ops}）。",
                     f"{ren}: {fen} was changed at two desks; “{wen}” was kept, the other "
                     f"value is “{len_}” ({ops})."),
                table, (rec,), action="take_other", field=f, value=lost)
        return None
    return None


def held_records(fair: Fair) -> list[ReviewItem]:
    out, words = [], Words(fair)
    for table, rec, state, held in fair.db.execute(
            "SELECT tbl, rec_id, state, held FROM sync_records WHERE held != '' "
            "ORDER BY tbl, rec_id").fetchall():
        values = RecordDoc(0, state).values()
        if held == HELD_PARENT:
            gone = [words.kind(p) for c, p in _parents(fair, table)
                    if values.get(c) is not None and _absent(fair, p, values[c])]
            gzh, gen = "、".join(g[0] for g in gone), ", ".join(g[1].lower() for g in gone)
            rzh, ren = words.record(table, rec, values)
            out.append(ReviewItem(
                "deleted_referenced", f"held:{table}:{rec}",
                Text(f"{rzh}：它所属的{gzh}在另一台电脑上已删除，这条记录已保留但未生效。",
                     f"{ren}: the {gen} it belongs to was deleted at another desk; it is "
                     "kept but not in effect."), table, (rec,)))
        elif held == HELD_UNIQUE:
            kind = "two_valid_badges" if table == "badges" else "duplicate_number"
            rzh, ren = words.record(table, rec, values)
            text = (Text(f"{rzh}：两台电脑各补发了一张证件，保留一张，另一张作废，门口扫码时会提示。",
                         f"{ren}: the badge was reissued at two desks; one stays valid, "
                         "the other is void, and the door is told when it is scanned.")
                    if kind == "two_valid_badges" else
                    Text(f"{words.record(table, rec, values)[0]}：编号在两台电脑上重复了"
                         f"（{_show(words, table, values)[0]}），这一条未生效，请改一个编号。",
                         f"{words.record(table, rec, values)[1]}: a number that must be unique "
                         f"was given at two desks ({_show(words, table, values)[1]}); this "
                         "record is not in effect: give it another."))
            out.append(ReviewItem(kind, f"held:{table}:{rec}", text, table, (rec,)))
    out += _edited_after_delete(fair)
    return out


def _edited_after_delete(fair: Fair) -> list[ReviewItem]:
    """Records deleted at one desk while another desk edited them: the edit stays in
    the history (and in the record's document)."""
    out, words = [], Words(fair)
    for entity, rec, d_origin, d_before in fair.db.execute(
            "SELECT entity, entity_id, origin, before FROM audit_log WHERE action='delete' "
            "AND entity_id IN (SELECT entity_id FROM audit_log WHERE action='update') "
            "ORDER BY entity, entity_id").fetchall():
        seen = json.loads(d_before or "{}")
        for e_after, op in fair.db.execute(
                "SELECT after, operator FROM audit_log WHERE action='update' AND "
                "entity=? AND entity_id=? AND origin != ?", [entity, rec, d_origin]).fetchall():
            after = json.loads(e_after or "{}")
            missed = [k for k, v in after.items()
                      if k not in STAMPS | DERIVED and seen.get(k) != v]
            if missed:
                rzh, ren = words.record(entity, rec, seen)
                fzh, fen = words.fields(entity, missed)
                out.append(ReviewItem(
                    "deleted_edited", f"deleted_edited:{entity}:{rec}",
                    Text(f"{rzh}：在一台电脑上被删除，而 {op} 在另一台电脑上修改了它（{fzh}），"
                         "修改保留在历史记录中。",
                         f"{ren}: deleted at one desk while {op} edited it at another "
                         f"({fen}); the edit is kept in the history."),
                    entity, (rec,)))
                break
    return out


def two_valid_badges(fair: Fair) -> list[ReviewItem]:
    out = []
    for gid, n in fair.db.execute(
            "SELECT guest_id, count(*) FROM badges WHERE voided_at IS NULL GROUP BY guest_id "
            "HAVING count(*) > 1 ORDER BY guest_id").fetchall():
        name = _name(fair, gid)
        out.append(ReviewItem(
            "two_valid_badges", f"badges:{gid}",
            Text(f"{name} 有 {n} 张有效证件：请作废多余的。",
                 f"{name} has {n} valid badges: void the extra ones."), "guests", (gid,)))
    return out


def roster_clashes(fair: Fair) -> list[ReviewItem]:
    from fairdesk.core.reception.conflicts import find_conflicts

    return [ReviewItem(c.kind, f"roster:{c.kind}:{','.join(sorted(c.record_ids))}", c.message,
                       c.entity, tuple(c.record_ids))
            for c in find_conflicts(fair, ROSTER_KINDS)]


def _parents(fair: Fair, table: str) -> list[tuple[str, str]]:
    return [(fk[3], fk[2]) for fk in fair.db.execute(
        f"PRAGMA foreign_key_list([{table}])").fetchall()]


def _absent(fair: Fair, table: str, value: Any) -> bool:
    return fair.db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [value]).fetchone() is None


def _show(words: Words, table: str, values: dict[str, Any]) -> tuple[str, str]:
    """The record's unique values, each with its field's label."""
    from fairdesk.core.sync.tables import shape

    names = [c for cols in shape(words.fair.db, table).uniques for c in cols
             if values.get(c) not in (None, "") and not c.endswith("_id")]
    shown = [(words.field(table, c), words.value(table, c, values[c]))
             for c in dict.fromkeys(names)]
    return ("、".join(f"{w[0]} {v[0]}" for w, v in shown),
            ", ".join(f"{w[1]} {v[1]}" for w, v in shown))


def take_other(fair: Fair, item: ReviewItem) -> None:
    """Resolve a same-field clash by writing the value that lost (audited, and sent to the
    other desks like any edit). Raises NotFoundError when the record is gone."""
    if item.action != "take_other":
        raise ValueError(f"{item.kind} is not resolved by taking the other value")
    with fair.transaction() as tx:
        tx.update(item.table, item.record_ids[0], {item.field: item.value})


def dismiss(fair: Fair, item: ReviewItem) -> None:
    """Hide an item this desk has looked at (its own note, not a change of the fair)."""
    fair.db.execute("INSERT OR IGNORE INTO sync_dismissed (key, at) VALUES (?, "
                    "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))", [item.key])
    if fair.db.conn.in_transaction:
        fair.db.conn.commit()
