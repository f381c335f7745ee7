"""One way to run a core operation from a page: a refusal is a sentence, never a traceback.

    deleted = run_op(self, lambda: service.delete(entity, record_id), title=self.tr("Not deleted"))
    if deleted is FAILED:
        return

The core says no by raising a :class:`FairdeskError` whose text is a translated
sentence; :func:`run_op` shows it (a message box by default, or wherever the
page's ``on_error`` puts it: under a field, in a banner, in a status line) and
returns :data:`FAILED`. Anything else is a bug: it is not caught here and goes on
to the excepthook, which logs it (:mod:`fairdesk.gui.errors`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TypeVar

from fairdesk.base.errors import FairdeskError
from fairdesk.gui.errors import show_error
from fairdesk.gui.qt import QWidget

T = TypeVar("T")
OnError = Callable[[FairdeskError], None]


class Failed(enum.Enum):
    """What :func:`run_op` returns when the core refused (a result may itself be None)."""

    #: the operation raised a FairdeskError and its sentence was shown
    FAILED = "failed"


FAILED = Failed.FAILED


def run_op(parent: QWidget | None, op: Callable[[], T], *, title: str = "",
           on_error: OnError | None = None) -> T | Failed:
    """``op()``'s result, or FAILED once its FairdeskError has been shown.

    ``on_error(err)`` shows the refusal where the page wants it; without it, a
    warning box titled ``title`` over ``parent`` says the sentence.
    """
    try:
        return op()
    except FairdeskError as err:
        if on_error is None:
            show_error(parent, err, title)
        else:
            on_error(err)
        return FAILED
