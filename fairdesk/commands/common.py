"""Helpers shared by the subcommands."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
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
    """The fair at ``path``, changes stamped with :func:`cli_operator`. Raises FairFileError."""
    return Fair.open(Path(path), cli_operator())


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
