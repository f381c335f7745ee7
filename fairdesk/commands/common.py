"""Helpers shared by the subcommands."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fairdesk.core import roles
from fairdesk.core.context import Operator, laptop_name
from fairdesk.core.fair import Fair


def cli_operator() -> Operator:
    """Changes made from the command line are stamped with the OS user at this laptop, in the
    role named by FAIRDESK_ROLE (and FAIRDESK_DEPARTMENT for a security liaison)."""
    import getpass

    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # pragma: no cover
        user = "cli"
    role = os.environ.get("FAIRDESK_ROLE", "").strip()
    department = os.environ.get("FAIRDESK_DEPARTMENT", "").strip() if role == "security" else ""
    return Operator(user, "cli", laptop_name(), role, department)


def open_fair(path: str | Path) -> Fair:
    """The fair at ``path``, changes stamped with :func:`cli_operator`.

    The role is taken only with its PIN (FAIRDESK_PIN) when the committee set one.
    Raises FairFileError, PermissionDenied (a wrong PIN).
    """
    fair = Fair.open(Path(path))
    operator = cli_operator()
    try:
        roles.verify(fair, operator, os.environ.get("FAIRDESK_PIN", "").strip())
    except BaseException:
        fair.close()
        raise
    fair.operator = operator
    return fair


@contextmanager
def opened_fair(path: str | Path) -> Iterator[Fair]:
    """:func:`open_fair` for a ``with`` block: the file is closed however the block ends."""
    fair = open_fair(path)
    try:
        yield fair
    finally:
        fair.close()


def say(text: str) -> None:
    print(text, file=sys.stdout, flush=True)
