"""The invitation workflow: states, the transitions allowed between them, and why not.

::

    to_invite -> invited (letter sent) -> attending | declined | undecided (reply)
    undecided -> attending | declined          declined -> attending (changed mind)
    attending -> confirmed | declined          confirmed -> arrived | declined
    attending -> arrived (walked in with a reply but never confirmed)
    arrived -> departed
    any state -> cancelled                     cancelled -> to_invite (reinstated)

``attending -> arrived`` is allowed because reception cannot turn away a guest
who replied yes and turns up before the committee confirmed them; refusing it
would only make the desk click "confirmed" first. A cancelled guest can be put
back on the list (to invite): nothing is lost, the history shows both steps.
"""

from __future__ import annotations

from fairdesk.base.errors import ConflictError
from fairdesk.core.vocab import INVITATION_STATES

STATES: tuple[str, ...] = tuple(INVITATION_STATES)
REPLY_STATES = ("attending", "declined", "undecided")
ATTENDING_STATES = ("attending", "confirmed", "arrived", "departed")
INVITED_STATES = ("invited", "attending", "declined", "undecided", "confirmed", "arrived",
                  "departed")
ARRIVED_STATES = ("arrived", "departed")
REPLIED_STATES = ("attending", "declined", "undecided", "confirmed", "arrived", "departed")


def sql_states(states: tuple[str, ...]) -> str:
    """``('a', 'b')``: a state list for an SQL ``IN`` (the codes are ours, never user text)."""
    return "(" + ", ".join(f"'{s}'" for s in states) + ")"

_FORWARD: dict[str, tuple[str, ...]] = {
    "to_invite": ("invited",),
    "invited": ("attending", "declined", "undecided"),
    "undecided": ("attending", "declined"),
    "declined": ("attending",),
    "attending": ("confirmed", "arrived", "declined"),
    "confirmed": ("arrived", "declined"),
    "arrived": ("departed",),
    "departed": (),
    "cancelled": ("to_invite",),
}
TRANSITIONS: dict[str, tuple[str, ...]] = {
    state: targets + (("cancelled",) if state != "cancelled" else ())
    for state, targets in _FORWARD.items()
}

# Why a target cannot be reached, by target (the usual mistakes), in Chinese and English.
_HINTS: dict[str, tuple[str, str]] = {
    "invited": ("只有待邀请的嘉宾才能发出邀请函。", "only a guest still to invite can be sent a letter."),
    "attending": ("须先发出邀请函。", "the invitation letter must be sent first."),
    "declined": ("须先发出邀请函。", "the invitation letter must be sent first."),
    "undecided": ("须先发出邀请函，回执待定只能在收到回执时登记。",
                  "the letter must be sent first; 'undecided' is recorded when a reply comes in."),
    "confirmed": ("只有回执为参加的嘉宾才能确认。", "only a guest who replied 'attending' can be confirmed."),
    "arrived": ("只有回执参加或已确认的嘉宾才能报到。",
                "only a guest who replied 'attending' or is confirmed can arrive."),
    "departed": ("只有已报到的嘉宾才能离会。", "only a guest who arrived can depart."),
    "to_invite": ("只有已取消的嘉宾才能恢复为待邀请。", "only a cancelled guest can be put back on the list."),
}


def state_label(state: str) -> tuple[str, str]:
    return INVITATION_STATES.get(state, (state, state))


def allowed_transitions(state: str) -> tuple[str, ...]:
    """The states a guest in ``state`` may move to, in workflow order."""
    return TRANSITIONS.get(state, ())


def is_allowed(from_state: str, to_state: str) -> bool:
    return to_state in TRANSITIONS.get(from_state, ())


def check_transition(from_state: str, to_state: str, guest_name: str = "") -> None:
    """Raise ConflictError with the reason in words unless the move is allowed.

    Raises ConflictError also for an unknown state.
    """
    if to_state not in INVITATION_STATES:
        raise ConflictError(f"未知的邀请状态：{to_state}。", f"Unknown invitation state: {to_state}.")
    if is_allowed(from_state, to_state):
        return
    (fzh, fen), (tzh, ten) = state_label(from_state), state_label(to_state)
    who_zh = f"嘉宾“{guest_name}”" if guest_name else "该嘉宾"
    who_en = f"Guest '{guest_name}'" if guest_name else "The guest"
    hint_zh, hint_en = _HINTS.get(to_state, ("", ""))
    if from_state == "cancelled":
        hint_zh, hint_en = "已取消的嘉宾须先恢复为待邀请。", "a cancelled guest must first be put back to 'to invite'."
    elif from_state == "departed":
        hint_zh, hint_en = "已离会的嘉宾只能取消。", "a guest who departed can only be cancelled."
    raise ConflictError(
        f"{who_zh}不能从“{fzh}”改为“{tzh}”：{hint_zh}",
        f"{who_en} cannot go from '{fen}' to '{ten}': {hint_en}")
