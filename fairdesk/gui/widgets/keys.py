"""The window's editing keys, as people expect them on any page.

The main window's Edit menu holds Find (Ctrl+F), Save (Ctrl+S) and Delete (Del) and hands
each to what has the focus: Find to the shown page's search box, Save to the page's form
(a page or widget with ``save_requested()``), Delete to the record table holding the focus
(or a page's ``delete_requested()``). Ctrl+Z is left for Undo. Esc in a search box clears
it; a dialog's Esc cancels it (Qt's own) and its Ctrl+S saves it.
"""

from __future__ import annotations

from collections.abc import Callable

from fairdesk.gui.qt import QKeySequence, QLineEdit, QShortcut, Qt, QTabWidget, QWidget

OWNS_EDIT_KEYS = "fairdesk_owns_edit_keys"  # property of a window whose Edit menu has them


def clear_on_escape(box: QLineEdit) -> None:
    """Esc in ``box`` clears what was typed (once per box)."""
    if box.property("fairdesk_escape"):
        return
    box.setProperty("fairdesk_escape", True)
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), box)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(box.clear)


def save_shortcut(widget: QWidget, slot: Callable[[], object]) -> QShortcut:
    """Ctrl+S on ``widget`` and its children calls ``slot``; it stands aside inside a window
    whose Edit menu owns Ctrl+S (one key, one owner: two would cancel each other out)."""
    shortcut = QShortcut(QKeySequence.StandardKey.Save, widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def stand_aside_in(widget: QWidget, shortcut: QShortcut) -> None:
    """Switch ``shortcut`` off when ``widget`` is shown in a window that owns the key."""
    shortcut.setEnabled(not widget.window().property(OWNS_EDIT_KEYS))


def ancestor(widget: QWidget | None, kind: type) -> QWidget | None:
    """``widget`` or its nearest parent that is a ``kind``, or None."""
    while widget is not None and not isinstance(widget, kind):
        widget = widget.parentWidget()
    return widget


def bring_into_view(widget: QWidget) -> None:
    """Show the tabs ``widget`` is on (a search box on a tab not chosen, for Ctrl+F)."""
    tab, stack = widget, widget.parentWidget()  # a tab's page sits in the tabs' own stack
    while stack is not None:
        tabs = stack.parentWidget()
        if isinstance(tabs, QTabWidget) and tabs.indexOf(tab) >= 0:
            tabs.setCurrentWidget(tab)
        tab, stack = stack, tabs
