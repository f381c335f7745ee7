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

Two moves are not transitions, and have their own rule: the check-in desk
registers an arrival from any state but declined, cancelled, arrived and
departed (:func:`check_desk_arrival`), and undoing a check-in takes the guest
back the way they came (:func:`check_undo`). Each state is an
:class:`~fairdesk.core.guests.states.InvitationState`, stored as its value.
"""

from __future__ import annotations

from typing import NoReturn

from fairdesk.base.errors import ConflictError
from fairdesk.core.guests.states import InvitationState
from fairdesk.core.vocab import INVITATION_STATES

_S = InvitationState
STATES: tuple[InvitationState, ...] = tuple(InvitationState)
REPLY_STATES = (_S.ATTENDING, _S.DECLINED, _S.UNDECIDED)
ATTENDING_STATES = (_S.ATTENDING, _S.CONFIRMED, _S.ARRIVED, _S.DEPARTED)
INVITED_STATES = (_S.INVITED, _S.ATTENDING, _S.DECLINED, _S.UNDECIDED, _S.CONFIRMED, _S.ARRIVED,
                  _S.DEPARTED)
ARRIVED_STATES = (_S.ARRIVED, _S.DEPARTED)
REPLIED_STATES = (_S.ATTENDING, _S.DECLINED, _S.UNDECIDED, _S.CONFIRMED, _S.ARRIVED, _S.DEPARTED)
# Turned away at the check-in desk (no arrival, no session sign-in).
REFUSED_STATES = (_S.CANCELLED, _S.DECLINED)
# The desk registers an arrival from these: a valid badge at the desk is proof the guest
# came, even before a reply was recorded (the desk cannot send a guest holding one away to
# reply first). Wider than the transitions into ARRIVED.
DESK_ARRIVAL_FROM = tuple(s for s in STATES if s not in REFUSED_STATES + ARRIVED_STATES)


def sql_states(states: tuple[str, ...]) -> str:
    """``('a', 'b')``: a state list for an SQL ``IN`` (the codes are ours, never user text)."""
    return "(" + ", ".join(f"'{s}'" for s in states) + ")"

_FORWARD: dict[str, tuple[InvitationState, ...]] = {
    _S.TO_INVITE: (_S.INVITED,),
    _S.INVITED: (_S.ATTENDING, _S.DECLINED, _S.UNDECIDED),
    _S.UNDECIDED: (_S.ATTENDING, _S.DECLINED),
    _S.DECLINED: (_S.ATTENDING,),
    _S.ATTENDING: (_S.CONFIRMED, _S.ARRIVED, _S.DECLINED),
    _S.CONFIRMED: (_S.ARRIVED, _S.DECLINED),
    _S.ARRIVED: (_S.DEPARTED,),
    _S.DEPARTED: (),
    _S.CANCELLED: (_S.TO_INVITE,),
}
TRANSITIONS: dict[str, tuple[InvitationState, ...]] = {
    state: targets + ((_S.CANCELLED,) if state != _S.CANCELLED else ())
    for state, targets in _FORWARD.items()
}

# Why a target cannot be reached, by target (the usual mistakes), in Chinese and English.
_HINTS: dict[str, tuple[str, str]] = {
    _S.INVITED: ("只有待邀请的嘉宾才能发出邀请函。", "only a guest still to invite can be sent a letter."),
    _S.ATTENDING: ("须先发出邀请函。", "the invitation letter must be sent first."),
    _S.DECLINED: ("须先发出邀请函。", "the invitation letter must be sent first."),
    _S.UNDECIDED: ("须先发出邀请函，回执待定只能在收到回执时登记。",
                   "the letter must be sent first; 'undecided' is recorded when a reply comes in."),
    _S.CONFIRMED: ("只有回执为参加的嘉宾才能确认。", "only a guest who replied 'attending' can be confirmed."),
    _S.ARRIVED: ("只有回执参加或已确认的嘉宾才能报到。",
                 "only a guest who replied 'attending' or is confirmed can arrive."),
    _S.DEPARTED: ("只有已报到的嘉宾才能离会。", "only a guest who arrived can depart."),
    _S.TO_INVITE: ("只有已取消的嘉宾才能恢复为待邀请。", "only a cancelled guest can be put back on the list."),
}


def state_label(state: str) -> tuple[str, str]:
    return INVITATION_STATES.get(state, (state, state))


def allowed_transitions(state: str) -> tuple[InvitationState, ...]:
    """The states a guest in ``state`` may move to, in workflow order."""
    return TRANSITIONS.get(state, ())


def is_allowed(from_state: str, to_state: str) -> bool:
    return to_state in allowed_transitions(from_state)


def check_transition(from_state: str, to_state: str, guest_name: str = "") -> None:
    """Raise ConflictError with the reason in words unless the move is allowed.

    Raises ConflictError also for an unknown state.
    """
    if to_state not in STATES:
        raise ConflictError(f"未知的邀请状态：{to_state}。", f"Unknown invitation state: {to_state}.")
    if is_allowed(from_state, to_state):
        return
    hint_zh, hint_en = _HINTS.get(to_state, ("", ""))
    if from_state == _S.CANCELLED:
        hint_zh, hint_en = "已取消的嘉宾须先恢复为待邀请。", "a cancelled guest must first be put back to 'to invite'."
    elif from_state == _S.DEPARTED:
        hint_zh, hint_en = "已离会的嘉宾只能取消。", "a guest who departed can only be cancelled."
    _refuse(from_state, to_state, guest_name, hint_zh, hint_en)


def check_desk_arrival(from_state: str, guest_name: str = "") -> None:
    """Raise ConflictError unless the check-in desk may register the guest's arrival.

    Wider than :func:`check_transition`: see ``DESK_ARRIVAL_FROM``.
    """
    if from_state in DESK_ARRIVAL_FROM:
        return
    if from_state in ARRIVED_STATES:
        hint = ("该嘉宾已报到过。", "the guest has already arrived.")
    else:
        hint = ("回执不参加或已取消的嘉宾不能报到。", "a guest who declined or was cancelled cannot arrive.")
    _refuse(from_state, _S.ARRIVED, guest_name, *hint)


def check_undo(from_state: str, to_state: str, guest_name: str = "") -> None:
    """Raise ConflictError unless going back from ``from_state`` to ``to_state`` undoes a step
    the workflow allows (``to_state -> from_state``: a transition, or an arrival at the desk).

    Undo runs the workflow backwards, so it is not one of :data:`TRANSITIONS`: a check-in's
    undo takes an arrived guest back to the state they arrived from.
    """
    if to_state not in STATES:
        raise ConflictError(f"未知的邀请状态：{to_state}。", f"Unknown invitation state: {to_state}.")
    desk_arrival = from_state == _S.ARRIVED and to_state in DESK_ARRIVAL_FROM
    if is_allowed(to_state, from_state) or desk_arrival:
        return
    _refuse(from_state, to_state, guest_name, "这不是撤销上一步。", "that does not undo the last step.")


def _refuse(from_state: str, to_state: str, guest_name: str, hint_zh: str,
            hint_en: str) -> NoReturn:
    (fzh, fen), (tzh, ten) = state_label(from_state), state_label(to_state)
    who_zh = f"嘉宾“{guest_name}”" if guest_name else "该嘉宾"
    who_en = f"Guest '{guest_name}'" if guest_name else "The guest"
    raise ConflictError(
        f"{who_zh}不能从“{fzh}”改为“{tzh}”：{hint_zh}",
        f"{who_en} cannot go from '{fen}' to '{ten}': {hint_en}")
