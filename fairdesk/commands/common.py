"""Helpers shared by the subcommands."""

from __future__ import annotations

import sys
from pathlib import Path

from fairdesk.core.context import Operator, laptop_name
from fairdesk.core.fair import Fair


def cli_operator() -> Operator:
    """Changes made from the command line are stamped with the OS user at this laptop."""
    import getpass

    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # pragma: no cover
        user = "cli"
    return Operator(user, "cli", laptop_name())


def open_fair(path: str | Path) -> Fair:
    return Fair.open(Path(path), cli_operator())


def say(text: str) -> None:
    print(text, file=sys.stdout, flush=True)
