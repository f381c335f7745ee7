"""Guests, companions, inviting units and the invitation state of each guest."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import NotFoundError, ValidationError
from fairdesk.core import roles
from fairdesk.core.countries import COUNTRIES
from fairdesk.core.entity import AreaService, Entity, Field, entities
from fairdesk.core.guests.invitations import (
    ARRIVED_STATES,
    REPLY_STATES,
    check_desk_arrival,
    check_transition,
    check_undo,
)
from fairdesk.core.guests.invitations import allowed_transitions as _allowed
from fairdesk.core.guests.keys import guest_keys, phone_check
from fairdesk.core.guests.names import fold_latin, name_forms
from fairdesk.core.guests.states import InvitationState
from fairdesk.core.ids import is_id
from fairdesk.core.vocab import (
    DIETARY,
    GENDERS,
    GUEST_CATEGORIES,
    ID_TYPES,
    INVITATION_STATES,
    UNIT_KINDS,
)

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.tx import Row, Tx

REF_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud at a desk
KEY_SOURCES = ("name", "organisation", "phone", "id_number")
# A random byte -> one code letter (its low 5 bits; 256 is a multiple of 32, so uniform).
_BYTE_TO_REF = bytes((REF_ALPHABET.encode() * 8)[b] for b in range(256))

def _foreign_within_target(_fair: Any, v: dict) -> None:
    if (v.get("target_foreign") or 0) > (v.get("target_guests") or 0):
        raise ValidationError("target_foreign", "境外客商目标不能超过邀请目标。",
                              "The foreign-guest target cannot exceed the guest target.")


INVITING_UNIT = Entity("inviting_units", "邀请单位", "Inviting unit", (
    Field("name", "名称", "Name", required=True, max_len=100),
    Field("name_en", "英文名称", "English name", max_len=200),
    Field("kind", "类型", "Kind", "choice", choices=tuple(UNIT_KINDS)),
    Field("target_guests", "邀请目标（人）", "Target guests", "int", minimum=0),
    Field("target_foreign", "境外客商目标（人）", "Target foreign guests", "int", minimum=0),
    Field("contact", "联系人", "Contact"),
    Field("phone", "联系电话", "Phone"),
    Field("sort_order", "排序", "Order", "int"),
    Field("notes", "备注", "Notes"),
), order_by="sort_order, name", checks=(_foreign_within_target, phone_check()))




def _departure_after_arrival(_fair: Any, v: dict) -> None:
    if v.get("arrival_at") and v.get("departure_at") and v["departure_at"] <= v["arrival_at"]:
        raise ValidationError("departure_at", "离会时间须晚于抵达时间。",
                              "Departure must be after arrival.")


def _email(_fair: Any, v: dict) -> None:
    email = v.get("email") or ""
    if email and ("@" not in email or "." not in email.split("@")[-1]):
        raise ValidationError("email", f"电子邮箱：“{email}”格式不对。",
                              f"Email: '{email}' is not an address.")


GUEST = Entity("guests", "嘉宾", "Guest", (
    Field("name", "姓名", "Name", required=True, max_len=120),
    Field("name_roman", "外文名/罗马字", "Romanised name", max_len=120),
    Field("gender", "性别", "Gender", "choice", choices=tuple(GENDERS)),
    Field("honorific", "称谓", "Honorific", max_len=40),
    Field("organisation", "单位", "Organisation", max_len=200),
    Field("title", "职务", "Title", max_len=200),
    Field("category", "类别", "Category", "choice", required=True,
          choices=tuple(GUEST_CATEGORIES)),
    Field("country", "国家或地区", "Country or region", "choice", required=True,
          choices=tuple(COUNTRIES)),
    Field("province", "省份", "Province", max_len=60),
    Field("city", "城市", "City", max_len=60),
    Field("phone", "电话", "Phone", max_len=40),
    Field("email", "电子邮箱", "Email", max_len=200),
    Field("wechat", "微信", "WeChat", max_len=80),
    Field("id_type", "证件类型", "ID type", "choice", choices=tuple(ID_TYPES)),
    Field("id_number", "证件号码", "ID number", max_len=40),
    Field("inviting_unit_id", "邀请单位", "Inviting unit", "ref", ref="inviting_units"),
    Field("invited_by", "邀请人", "Invited by", max_len=60),
    Field("language", "语言", "Language", "choice", choices=("zh", "en")),
    Field("state", "邀请状态", "Invitation state", "choice", choices=tuple(INVITATION_STATES)),
    Field("letter_sent_on", "邀请函发出日期", "Letter sent on", "date"),
    Field("replied_on", "回执日期", "Replied on", "date"),
    Field("arrival_at", "抵达时间", "Arrival", "datetime"),
    Field("arrival_transport", "抵达航班/车次", "Arrival flight/train", max_len=20),
    Field("arrival_place", "抵达机场/车站", "Arrival airport/station", max_len=60),
    Field("departure_at", "离开时间", "Departure", "datetime"),
    Field("departure_transport", "离开航班/车次", "Departure flight/train", max_len=20),
    Field("departure_place", "离开机场/车站", "Departure airport/station", max_len=60),
    Field("dietary", "饮食要求", "Dietary needs", max_len=200),
    Field("notes", "备注", "Notes"),
    Field("desk_notes", "报到台提示", "Notes for the desk", max_len=300),
), order_by="search_key", checks=(_departure_after_arrival, _email, phone_check()))

COMPANION = Entity("companions", "随行人员", "Companion", (
    Field("guest_id", "随行嘉宾", "Guest", "ref", required=True, ref="guests"),
    Field("name", "姓名", "Name", required=True, max_len=120),
    Field("relation", "身份", "Relation", max_len=60),
    Field("gender", "性别", "Gender", "choice", choices=tuple(GENDERS)),
    Field("phone", "电话", "Phone", max_len=40),
    Field("id_type", "证件类型", "ID type", "choice", choices=tuple(ID_TYPES)),
    Field("id_number", "证件号码", "ID number", max_len=40),
    Field("dietary", "饮食要求", "Dietary needs", max_len=200),
    Field("notes", "备注", "Notes"),
), checks=(phone_check(),))

DIETARY_NEED = Entity("dietary_needs", "饮食需求", "Dietary need", (
    Field("guest_id", "嘉宾", "Guest", "ref", required=True, ref="guests"),
    Field("companion_id", "随行人员", "Companion", "ref", ref="companions"),
    Field("kind", "类型", "Kind", "choice", required=True, choices=tuple(DIETARY)),
    Field("detail", "说明", "Detail", max_len=200),
), title="kind")


def derived_name_fields(name: str, roman: str = "") -> dict[str, str]:
    """``name_latin`` and ``search_key`` stored beside the name for sorting and search;
    the guest's own romanisation, when given, is their Latin name."""
    latin, key = _derived_name_fields(name, " ".join((roman or "").split()))
    return {"name_latin": latin, "search_key": key}


@lru_cache(maxsize=65536)
def _derived_name_fields(name: str, roman: str) -> tuple[str, str]:
    latin, full, initials = name_forms(name)
    own = fold_latin(roman) if roman else ""
    return roman or latin, " ".join(x for x in (latin.lower(), own, full, initials) if x)


class GuestService(AreaService):
    """Guests and inviting units; invitation states move only through this service.

    :meth:`transition` (its own transaction) or :meth:`set_state` (inside the caller's)
    follow the workflow; :meth:`mark_arrived` and :meth:`undo_arrival` are the check-in
    desk's two moves (see :mod:`fairdesk.core.guests.invitations`). Each writes a history
    row. A generic ``update("guests", id, state=...)`` obeys the same rules (ConflictError
    for a forbidden move) and is recorded in the history like a transition.
    """

    entities = entities(INVITING_UNIT, GUEST, COMPANION, DIETARY_NEED)

    def before_write(self, tx: Tx, entity: str, current: Row | None, clean: dict) -> None:
        if entity != "guests":
            return
        if current is None:
            clean["state"] = clean.get("state") or InvitationState.TO_INVITE
            clean["language"] = clean.get("language") or (
                "zh" if clean.get("country") in ("CN", "HK", "MO", "TW") else "en")
            clean["ref_code"] = self.new_ref_code()
        elif "state" in clean and clean["state"] != current["state"]:
            check_transition(current["state"], clean["state"], current["name"])
        if "name" in clean or "name_roman" in clean:
            merged = {**(current or {}), **clean}
            clean.update(derived_name_fields(merged["name"], merged.get("name_roman") or ""))
        if current is None or any(k in clean for k in KEY_SOURCES):
            merged = {**(current or {}), **clean}
            clean.update(guest_keys(*(merged.get(k) or "" for k in KEY_SOURCES)))

    def after_write(self, tx: Tx, entity: str, before: Row | None, after: Row) -> None:
        if entity == "guests" and (before is None or before["state"] != after["state"]):
            self.record_history(tx, after["id"], before["state"] if before else None,
                                after["state"])

    def record_history(self, tx: Tx, guest_id: str, from_state: str | None, to_state: str,
                       note: str = "") -> Row:
        return tx.insert("invitation_history", {
            "guest_id": guest_id, "at": tx.fair_now, "operator": self.fair.operator.stamp,
            "from_state": from_state, "to_state": to_state, "note": note})

    def new_ref_code(self, taken: set[str] | None = None) -> str:
        """A fresh 6-character reference code; ``taken`` holds codes given out in this batch."""
        while True:
            code = "".join(secrets.choice(REF_ALPHABET) for _ in range(6))
            if taken is not None and code in taken:
                continue
            if not self.fair.scalar("SELECT 1 FROM guests WHERE ref_code = ?", [code]):
                if taken is not None:
                    taken.add(code)
                return code

    def new_ref_codes(self, count: int) -> list[str]:
        """``count`` fresh reference codes, unlike each other and every code in the fair."""
        taken = {r[0] for r in self.fair.db.execute("SELECT ref_code FROM guests").fetchall()}
        codes: list[str] = []
        while len(codes) < count:
            raw = os.urandom(6 * (count - len(codes))).translate(_BYTE_TO_REF).decode("ascii")
            for start in range(0, len(raw), 6):
                code = raw[start:start + 6]
                if code not in taken:
                    taken.add(code)
                    codes.append(code)
        return codes

    def add_guest(self, **values: Any) -> Changes:
        return self.create("guests", **values)

    # --- the invitation workflow ------------------------------------------------------
    @staticmethod
    def allowed_transitions(state: str) -> tuple[str, ...]:
        """The states a guest in ``state`` may move to."""
        return _allowed(state)

    def transition(self, guest_id: str, to_state: str, *, note: str = "",
                   on: date | None = None) -> Changes:
        """Move one guest to ``to_state``, recording it in the history.

        ``on`` is the day the letter was sent or the reply came (default: today).
        Moving to the state the guest is already in changes nothing.
        Raises NotFoundError, ConflictError (forbidden, with the reason in words).
        """
        return self.transition_many([guest_id], to_state, note=note, on=on)

    def transition_many(self, ids: Iterable[str], to_state: str, *, note: str = "",
                        on: date | None = None) -> Changes:
        """Move many guests at once, in one transaction; guests already there are left alone.

        Raises ConflictError naming the first guest who may not move (nothing is
        changed then), NotFoundError for an unknown id, PermissionDenied (more than one
        guest, roles in force and not the committee).
        """
        guests = self._guests(ids)
        if len(guests) > 1:
            roles.require(self.fair, roles.Action.BULK)
        for guest in guests:
            if guest["state"] != to_state:
                check_transition(guest["state"], to_state, guest["name"])
        day = (on or self.today()).isoformat()
        with self.fair.transaction() as tx:
            for guest in guests:
                self.set_state(tx, guest["id"], to_state, note=note, on=day)
        return tx.changes

    def set_state(self, tx: Tx, guest_id: str, to_state: str, *, note: str = "",
                  on: str | None = None) -> Row | None:
        """Move one guest to ``to_state`` inside the caller's transaction, with a history row.

        ``on`` (an ISO day), when given, is stamped as the day the letter was sent or
        the reply came. Returns the guest as written, or None when already there.
        Raises NotFoundError, ConflictError (a move the workflow forbids).
        """
        guest = self._state_of(guest_id)
        if guest["state"] == to_state:
            return None
        check_transition(guest["state"], to_state, guest["name"])
        values: dict[str, Any] = {}
        if on is not None and to_state == InvitationState.INVITED:
            values["letter_sent_on"] = on
        elif on is not None and to_state in REPLY_STATES:
            values["replied_on"] = on
        return self._write_state(tx, guest, to_state, note, values)

    def mark_arrived(self, tx: Tx, guest_id: str, *, note: str = "") -> Row | None:
        """Record at the check-in desk, inside the caller's transaction, that the guest arrived.

        A valid badge at the desk is proof enough, so this is wider than a transition
        (from any state but declined or cancelled: see ``DESK_ARRIVAL_FROM``). A guest who
        arrived or departed already is left as is (None). Raises NotFoundError,
        ConflictError (declined or cancelled).
        """
        guest = self._state_of(guest_id)
        if guest["state"] in ARRIVED_STATES:
            return None
        check_desk_arrival(guest["state"], guest["name"])
        return self._write_state(tx, guest, InvitationState.ARRIVED, note)

    def undo_arrival(self, tx: Tx, guest_id: str, *, note: str = "") -> Row | None:
        """Undo a check-in's arrival, inside the caller's transaction: the guest goes back to
        the state the history shows they arrived from (confirmed when it shows none).

        A guest no longer arrived (departed, cancelled since) is left as is (None).
        Raises NotFoundError, ConflictError (the history's state is not one the guest
        could have arrived from).
        """
        guest = self._state_of(guest_id)
        if guest["state"] != InvitationState.ARRIVED:
            return None
        before = self.fair.scalar(
            "SELECT from_state FROM invitation_history WHERE guest_id = ? AND to_state = ? "
            "ORDER BY at DESC, rowid DESC LIMIT 1", [guest_id, InvitationState.ARRIVED])
        to_state = before or InvitationState.CONFIRMED
        check_undo(guest["state"], to_state, guest["name"])
        return self._write_state(tx, guest, to_state, note)

    def _state_of(self, guest_id: str) -> Row:
        rows = self.fair.rows("SELECT id, name, state FROM guests WHERE id = ?", [guest_id])
        if not rows:
            raise NotFoundError(f"找不到嘉宾 {guest_id}。", f"No guest {guest_id}.")
        return rows[0]

    def _write_state(self, tx: Tx, guest: Row, to_state: str, note: str,
                     values: dict[str, Any] | None = None) -> Row | None:
        """The state and its history row, written together (the generic ``update`` writes
        them through :meth:`before_write` and :meth:`after_write`)."""
        after = tx.update("guests", guest["id"], {"state": to_state, **(values or {})})
        self.record_history(tx, guest["id"], guest["state"], to_state, note)
        return after

    def _guests(self, ids: Iterable[str]) -> list[Row]:
        ids = list(dict.fromkeys(ids))
        found = {row["id"]: row for row in self.fair.rows_in(
            "SELECT id, name, state FROM guests WHERE id IN (?...)", ids)}
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFoundError(f"找不到嘉宾 {missing[0]}。", f"No guest {missing[0]}.")
        return [found[i] for i in ids]

    def today(self) -> date:
        return datetime.now(self.fair.tz).date()

    def history(self, guest_id: str) -> list[Row]:
        """The guest's invitation history, oldest first (at, operator, from_state, to_state, note)."""
        return self.fair.rows(
            "SELECT * FROM invitation_history WHERE guest_id = ? ORDER BY at, rowid",
            [guest_id])

    def set_inviting_unit(self, ids: Iterable[str], unit_id: str | None) -> Changes:
        """Give many guests the same inviting unit (None clears it), in one transaction.

        Raises NotFoundError for an unknown guest or unit, PermissionDenied (many guests,
        roles in force and not the committee).
        """
        if unit_id is not None:
            self.fair.get("inviting_units", unit_id)
        guests = self._guests(ids)
        if len(guests) > 1:
            roles.require(self.fair, roles.Action.BULK)
        with self.fair.transaction() as tx:
            for guest in guests:
                tx.update("guests", guest["id"], {"inviting_unit_id": unit_id})
        return tx.changes

    def by_id_or_ref(self, value: str) -> Row:
        """The guest with this id or reference code (as typed on the command line or the
        desk). Raises NotFoundError naming ``value``."""
        value = value.strip()
        if is_id(value):
            rows = self.fair.rows("SELECT * FROM guests WHERE id = ?", [value])
            if rows:
                return rows[0]
        rows = self.fair.rows("SELECT * FROM guests WHERE ref_code = ?", [value.upper()])
        if not rows:
            raise NotFoundError(f"找不到嘉宾“{value}”（请给出参会编号或嘉宾 id）。",
                                f"No guest '{value}' (give a reference code or a guest id).")
        return rows[0]

    def unit_by_name(self, name: str) -> Row | None:
        """The inviting unit called ``name`` (simplified/traditional, spacing aside), or None."""
        from fairdesk.core.guests.names import fold_text

        key = fold_text(name)
        for unit in self.fair.rows("SELECT * FROM inviting_units"):
            if fold_text(unit["name"]) == key or (unit["name_en"] and
                                                 fold_text(unit["name_en"]) == key):
                return unit
        return None

    # --- the optional photo (see fairdesk.core.guests.photos) ------------------------------
    def set_photo(self, guest_id: str, data: bytes, mime: str | None = None) -> Changes:
        """See :func:`fairdesk.core.guests.photos.set_photo`.

        Raises NotFoundError, ValidationError (field ``photo``).
        """
        from fairdesk.core.guests.photos import set_photo

        return set_photo(self.fair, guest_id, data, mime)

    def remove_photo(self, guest_id: str) -> Changes:
        """See :func:`fairdesk.core.guests.photos.remove_photo`. Raises NotFoundError."""
        from fairdesk.core.guests.photos import remove_photo

        return remove_photo(self.fair, guest_id)

    def photo(self, guest_id: str) -> tuple[bytes, str] | None:
        """The guest's photo as (bytes, mime), or None."""
        from fairdesk.core.guests.photos import photo

        return photo(self.fair, guest_id)

    def follow_up(self, *, days: int = 7, today: date | None = None):  # noqa: ANN201
        """See :func:`fairdesk.core.guests.progress.follow_up`."""
        from fairdesk.core.guests.progress import follow_up

        return follow_up(self.fair, days=days, today=today)

    def unit_progress(self):  # noqa: ANN201
        """See :func:`fairdesk.core.guests.progress.unit_progress`."""
        from fairdesk.core.guests.progress import unit_progress

        return unit_progress(self.fair)

