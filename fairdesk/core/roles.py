"""Operators' roles and the committee's PINs: who may do the risky things.

Roles are reception, transport, security (with the liaison's department), signing and
committee. The committee sets PINs in the fair's settings (``roles.pins``), one per role
or one per operator for a role; a role with a PIN is taken only with it. A fair with no
PIN set works as before roles existed: every operator may do everything. Once PINs are
set, the actions in :class:`Action` need the committee role, and a security liaison signs
off only for their own department. A refusal is a :class:`PermissionDenied` sentence.

PINs are stored as salted PBKDF2 hashes, never as typed.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING, Any

from fairdesk.base.errors import FairdeskError, ValidationError

if TYPE_CHECKING:
    from fairdesk.core.changes import Changes
    from fairdesk.core.context import Operator
    from fairdesk.core.fair import Fair

PINS_KEY = "roles.pins"
# Rows that link two records (a passenger on a trip, a guest in a seat): the desks add and
# remove them all day; removing one is not "deleting a record".
LINK_TABLES = frozenset({"trip_passengers", "escort_assignments", "stays", "banquet_seats",
                         "attendance", "dietary_needs", "inspection_photos", "signing_parties",
                         "ceremony_slots"})
ITERATIONS = 60_000  # ~30 ms on a venue laptop: nothing at sign-in, slow for a guesser
PIN_DIGITS = (4, 12)


class Role(enum.StrEnum):
    """What an operator does at the fair (stored as the value)."""

    #: Reception desks: check-in, lodging, escorts.
    RECEPTION = "reception"
    #: The transport desk: cars, drivers, pickups.
    TRANSPORT = "transport"
    #: A security liaison, for one department.
    SECURITY = "security"
    #: The signing desk.
    SIGNING = "signing"
    #: The organising committee: may do everything.
    COMMITTEE = "committee"


ROLE_NAMES: dict[str, tuple[str, str]] = {
    Role.RECEPTION: ("接待", "Reception"),
    Role.TRANSPORT: ("车辆保障", "Transport"),
    Role.SECURITY: ("安全保卫", "Security"),
    Role.SIGNING: ("签约", "Signing"),
    Role.COMMITTEE: ("组委会", "Committee"),
}


class Action(enum.StrEnum):
    """The risky actions: only the committee may do them once PINs are set."""

    #: A state change or field change applied to many records at once.
    BULK = "bulk"
    #: Printing again a badge that was already printed (voids the old one).
    REPRINT = "reprint"
    #: Deleting a record.
    DELETE = "delete"
    #: Changing the fair's settings (names, dates, PINs).
    SETTINGS = "settings"
    #: Merging another desk's changes.
    MERGE = "merge"
    #: Replacing the fair by a backup.
    RESTORE = "restore"
    #: Seeing ID numbers in full.
    SEE_ID_NUMBERS = "see-id-numbers"
    #: Seeing phone numbers in full.
    SEE_PHONES = "see-phones"


ACTION_NAMES: dict[str, tuple[str, str]] = {
    Action.BULK: ("批量修改", "changing many records at once"),
    Action.REPRINT: ("重印已发放的证件", "reprinting a badge already issued"),
    Action.DELETE: ("删除记录", "deleting a record"),
    Action.SETTINGS: ("修改投洽会设置", "changing the fair's settings"),
    Action.MERGE: ("合并其他报到台的数据", "merging another desk's changes"),
    Action.RESTORE: ("从备份恢复", "restoring a backup"),
    Action.SEE_ID_NUMBERS: ("查看完整证件号码", "seeing ID numbers in full"),
    Action.SEE_PHONES: ("查看完整电话号码", "seeing phone numbers in full"),
}

# Who besides the committee may do an action. Reception and transport call guests;
# security checks identities.
ALSO_ALLOWED: dict[str, frozenset[str]] = {
    Action.SEE_PHONES: frozenset({Role.RECEPTION, Role.TRANSPORT}),
    Action.SEE_ID_NUMBERS: frozenset({Role.SECURITY}),
}


class PermissionDenied(FairdeskError):
    """The operator's role may not do this; the sentence names the role needed."""


def role_name(role: str, department: str = "") -> tuple[str, str]:
    """The role in words, Chinese and English, with the liaison's department."""
    if not role:
        return ("未选角色", "no role")
    zh, en = ROLE_NAMES.get(role, (role, role))
    if department:
        from fairdesk.core.vocab import DEPARTMENTS

        dept_zh, dept_en = DEPARTMENTS.get(department, (department, department))
        return (f"{zh}（{dept_zh}）", f"{en} ({dept_en})")
    return (zh, en)


# --- PINs ------------------------------------------------------------------------------
def _hash(pin: str, salt: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), ITERATIONS).hex()


def pin_entries(fair: Fair) -> list[dict[str, Any]]:
    """The PINs set, as stored: role, operator ('' for the whole role), salt, hash."""
    return list(fair.setting(PINS_KEY) or [])


def roles_in_force(fair: Fair) -> bool:
    """True once the committee has set a PIN: before that, everyone may do everything."""
    return bool(pin_entries(fair))


def _check_pin_text(pin: str) -> None:
    low, high = PIN_DIGITS
    if not (pin.isdigit() and low <= len(pin) <= high):
        raise ValidationError("pin", f"PIN 须为 {low} 到 {high} 位数字。",
                              f"A PIN is {low} to {high} digits.")


def set_pin(fair: Fair, role: str, pin: str, *, operator: str = "") -> Changes:
    """Set (or replace) the PIN of ``role``, or of one ``operator`` in that role.

    The committee's own PIN comes first, so that roles are never in force with no one
    able to change them. Raises ValidationError (not a role, not 4–12 digits, committee
    PIN missing) and PermissionDenied (not the committee, once PINs are set).
    """
    require(fair, Action.SETTINGS)
    if role not in ROLE_NAMES:
        raise ValidationError("role", f"没有角色 “{role}”。", f"There is no role '{role}'.")
    _check_pin_text(pin)
    entries = pin_entries(fair)
    if role != Role.COMMITTEE and not any(e["role"] == Role.COMMITTEE for e in entries):
        raise ValidationError("role", "请先设置组委会的 PIN，再设置其他角色的 PIN。",
                              "Set the committee's PIN first, then the other roles' PINs.")
    salt = secrets.token_hex(16)
    kept = [e for e in entries if (e["role"], e.get("operator", "")) != (role, operator)]
    kept.append({"role": role, "operator": operator.strip(), "salt": salt,
                 "hash": _hash(pin, salt)})
    return fair.set_settings(roles__pins=kept)


def clear_pin(fair: Fair, role: str, *, operator: str = "") -> Changes:
    """Remove one PIN. The committee's last PIN goes only when it is the last PIN of all.
    Raises ValidationError, PermissionDenied."""
    require(fair, Action.SETTINGS)
    entries = pin_entries(fair)
    kept = [e for e in entries if (e["role"], e.get("operator", "")) != (role, operator)]
    if any(e["role"] != Role.COMMITTEE for e in kept) and \
            not any(e["role"] == Role.COMMITTEE for e in kept):
        raise ValidationError("role", "其他角色仍有 PIN 时，不能删除组委会的 PIN。",
                              "The committee's PIN cannot be removed while other roles "
                              "have PINs.")
    return fair.set_settings(roles__pins=kept)


def verify(fair: Fair, operator: Operator, pin: str) -> None:
    """Let ``operator`` take their role only with its PIN (the role's, or their own).

    A role with no PIN needs none; nor does any role while no PIN is set. A security
    role needs a department once roles are in force. Raises PermissionDenied.
    """
    entries = pin_entries(fair)
    if not entries:
        return
    if operator.role and operator.role not in ROLE_NAMES:
        raise PermissionDenied(f"没有角色 “{operator.role}”。",
                               f"There is no role '{operator.role}'.")
    if operator.role == Role.SECURITY and not operator.department:
        raise PermissionDenied("安全保卫角色须选择所在部门。",
                               "The security role needs your department.")
    mine = [e for e in entries if e["role"] == operator.role
            and e.get("operator", "") in ("", operator.name)]
    if not mine:
        return
    if not any(hmac.compare_digest(_hash(pin, e["salt"]), e["hash"]) for e in mine):
        zh, en = role_name(operator.role)
        raise PermissionDenied(f"“{zh}”角色的 PIN 不对，请重新输入或请组委会确认。",
                               f"That is not the PIN of the {en} role; type it again or "
                               "ask the committee.")


# --- what a role may do ------------------------------------------------------------------
def allowed(fair: Fair, action: str, operator: Operator | None = None) -> bool:
    """May the operator (the fair's, by default) do ``action``?"""
    if not roles_in_force(fair):
        return True
    role = (operator or fair.operator).role
    return role == Role.COMMITTEE or role in ALSO_ALLOWED.get(action, ())


def require(fair: Fair, action: str) -> None:
    """Raise PermissionDenied (a sentence naming the action and the role) unless allowed."""
    if allowed(fair, action):
        return
    zh_action, en_action = ACTION_NAMES[action]
    zh_role, en_role = role_name(fair.operator.role, fair.operator.department)
    zh_now = f"您当前的角色是“{zh_role}”" if fair.operator.role else "您登录时未选角色"
    en_now = f"you are signed in as {en_role}" if fair.operator.role else \
        "you are signed in with no role"
    raise PermissionDenied(
        f"{zh_action}需要组委会角色；{zh_now}。请组委会成员登录后再做。",
        f"{en_action[0].upper()}{en_action[1:]} needs the committee role; {en_now}. Ask a "
        "committee member to sign in and do it.")


def require_department(fair: Fair, department: dict[str, Any],
                       doing: tuple[str, str] = ("签字", "signs off for it")) -> None:
    """A security liaison signs off (or ``doing``: inspects, re-inspects) only for their own
    department (code or name)."""
    op = fair.operator
    if not roles_in_force(fair) or op.role == Role.COMMITTEE:
        return
    names = {department.get("code"), department.get("name"), department.get("name_en"),
             department.get("id")}
    if op.role == Role.SECURITY and op.department in names:
        return
    name = department.get("name") or department.get("code") or ""
    zh_role, en_role = role_name(op.role, op.department)
    raise PermissionDenied(
        f"只有{name}的安全保卫联络员（或组委会）可以为{name}{doing[0]}；您当前的角色是“{zh_role}”。",
        f"Only {department.get('name_en') or name}'s security liaison (or the committee) "
        f"{doing[1]}; you are signed in as {en_role}.")
