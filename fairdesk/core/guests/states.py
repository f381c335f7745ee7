"""Where a guest stands in the invitation workflow: the states themselves.

Apart from :mod:`.invitations` (the transitions) so that :mod:`fairdesk.core.vocab` can key
its labels by them without importing the workflow.
"""

from __future__ import annotations

import enum


class InvitationState(enum.StrEnum):
    """Where a guest stands in the invitation workflow (stored as the value, ``guests.state``)."""

    #: On the list; no letter sent yet.
    TO_INVITE = "to_invite"
    #: The invitation letter went out; no reply yet.
    INVITED = "invited"
    #: Replied: attending.
    ATTENDING = "attending"
    #: Replied: not attending.
    DECLINED = "declined"
    #: Replied: not sure yet.
    UNDECIDED = "undecided"
    #: The committee confirmed the guest (travel and stay settled).
    CONFIRMED = "confirmed"
    #: Registered at a desk on arrival.
    ARRIVED = "arrived"
    #: Left the fair.
    DEPARTED = "departed"
    #: Taken off the list (can be put back to ``TO_INVITE``).
    CANCELLED = "cancelled"
