"""Who is making changes: the operator signed in at this laptop's desk."""

from __future__ import annotations

import os
from dataclasses import dataclass


def laptop_name() -> str:
    """This computer's name (what ``socket.gethostname`` says, without importing socket:
    a window's start-up does not need the network stack)."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return uname().nodename or "laptop"
    return os.environ.get("COMPUTERNAME") or "laptop"  # Windows


@dataclass(frozen=True)
class Operator:
    name: str
    desk: str = ""
    laptop: str = ""
    role: str = ""  # a fairdesk.core.roles.Role value, or "" (none chosen)
    department: str = ""  # a security liaison's department (its code)

    @property
    def role_stamp(self) -> str:
        """The audit log's ``role``: ``security:police`` for a liaison, else the role."""
        return f"{self.role}:{self.department}" if self.role and self.department else self.role

    @property
    def stamp(self) -> str:
        """The ``updated_by`` value: ``name@desk/laptop``."""
        return f"{self.name}@{self.desk}/{self.laptop or laptop_name()}"


SYSTEM = Operator("system", "cli", laptop_name())
