"""The look: calm colours, clear type, Chinese first. One stylesheet for the whole app."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for the hints only: this module needs no Qt to be imported
    from fairdesk.gui.qt import QWidget

NAVY = "#1f3556"
NAVY_LIGHT = "#2c4a74"
ACCENT = "#b0302a"  # the red of official seals, used sparingly
INK = "#1d2733"
MUTED = "#5d6b7a"
LINE = "#d5dce4"
PAPER = "#f3f5f8"
GOOD = "#2e7d4f"
WARN = "#c0392b"

# A dashboard card's texts, in pixels: the stylesheet's size, then smaller steps for a figure
# or note that would not fit a card an eighth of a laptop wide (FigureCard picks the step).
FIGURE_SIZES = {"figureValue": (28, 24, 20, 17), "figureLabel": (13, 12, 11),
                "figureNote": (12, 11, 10)}
FIGURE_FIT_RULES = "".join(f'QLabel#{name}[fit="{step}"] {{ font-size: {px}px; }}\n'
                           for name, sizes in FIGURE_SIZES.items()
                           for step, px in enumerate(sizes) if step)

STYLESHEET = f"""
QMainWindow, QDialog {{ background: {PAPER}; }}
QWidget {{ color: {INK}; }}
QListWidget#navigation {{
    background: {NAVY}; border: none; color: #e6ecf3; outline: 0;
    padding-top: 8px; font-size: 15px;
}}
QListWidget#navigation::item {{ padding: 11px 18px; border-left: 4px solid transparent; }}
QListWidget#navigation::item:selected {{
    background: {NAVY_LIGHT}; color: white; border-left: 4px solid {ACCENT};
}}
QListWidget#navigation::item:hover:!selected {{ background: #27426a; }}
QLabel#navigationHeader {{
    background: {NAVY}; color: white; font-size: 17px; font-weight: bold;
    padding: 18px 18px 10px 18px;
}}
QLabel#pageTitle {{ font-size: 22px; font-weight: bold; color: {NAVY}; }}
QLabel#pageSubtitle {{ color: {MUTED}; font-size: 13px; }}
QFrame#figureCard {{
    background: white; border: 1px solid {LINE}; border-top: 3px solid {NAVY};
    border-radius: 4px;
}}
QFrame#figureCard[accent="true"] {{ border-top: 3px solid {ACCENT}; }}
QLabel#figureValue {{ font-size: 28px; font-weight: bold; color: {NAVY}; }}
QLabel#figureLabel {{ color: {MUTED}; font-size: 13px; }}
QLabel#figureNote {{ color: {MUTED}; font-size: 12px; }}
{FIGURE_FIT_RULES}QGroupBox {{
    background: white; border: 1px solid {LINE}; border-radius: 4px;
    margin-top: 14px; padding: 12px 10px 10px 10px; font-size: 14px; font-weight: bold;
}}
QGroupBox::title {{
    subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {NAVY};
}}
QGroupBox QLabel, QGroupBox QTableView {{ font-weight: normal; }}
QTableView {{
    background: white; border: none; gridline-color: #e7ebf0;
    selection-background-color: #dbe5f1; selection-color: {INK}; font-size: 13px;
}}
QHeaderView::section {{
    background: #eef2f6; color: {INK}; border: none; border-bottom: 1px solid {LINE};
    padding: 5px 8px; font-weight: bold;
}}
QProgressBar {{
    border: 1px solid {LINE}; border-radius: 3px; background: #eef2f6; height: 16px;
    text-align: center; font-size: 12px; font-weight: normal; color: {INK};
}}
QProgressBar::chunk {{ background: #a9c1de; border-radius: 2px; }}
QProgressBar[complete="true"]::chunk {{ background: #9fd0b0; }}
QStatusBar {{ background: white; border-top: 1px solid {LINE}; color: {MUTED}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QPushButton#startButton {{
    background: {NAVY}; color: white; border: none; border-radius: 4px;
    padding: 12px 28px; font-size: 15px;
}}
QPushButton#startButton:hover {{ background: {NAVY_LIGHT}; }}
QLabel#startTitle {{ font-size: 30px; font-weight: bold; color: {NAVY}; }}
QLabel#startNote {{ color: {MUTED}; font-size: 14px; }}
QListWidget#recentList {{
    background: white; border: 1px solid {LINE}; border-radius: 4px; font-size: 14px;
}}
QListWidget#recentList::item {{ padding: 6px 10px; border-bottom: 1px solid #eef2f6; }}
QListWidget#recentList::item:selected {{ background: #dbe5f1; color: {INK}; }}
QLabel#dialogTitle {{ font-size: 18px; font-weight: bold; color: {NAVY}; }}
QPushButton[role="primary"] {{
    background: {NAVY}; color: white; border: 1px solid {NAVY}; border-radius: 3px;
    padding: 5px 18px; font-weight: bold;
}}
QPushButton[role="primary"]:disabled {{
    background: #e6e9ed; color: #8a96a3; border: 1px dashed #a7b1bc; font-weight: normal;
}}
QScrollArea#dashboardScroll, QWidget#dashboardBody {{ background: {PAPER}; border: none; }}
"""

# --- the looks pages ask for by name -------------------------------------------------------------
# A page marks a widget with a role (what it is: a heading, a banner) or a tone (how things
# stand: an error, all good) through set_role() / set_tone(); the rules below give the look,
# so pages hold no style text. Property selectors outrank the type rules above
# (``QGroupBox QLabel`` keeps its normal weight for every other label).
ERROR_RED = "#c62828"
OK_GREEN = "#2e7d32"
CAUTION_BROWN = "#8d5300"

STYLESHEET += f"""
QLabel[role="pageHeading"] {{ font-size: 15px; font-weight: bold; }}
QLabel[role="sectionTitle"] {{ font-weight: bold; }}
QLabel[role="formHeading"] {{ font-size: 17px; font-weight: 600; }}
QLabel[role="chainName"] {{ font-size: 14px; font-weight: bold; }}
QLabel[role="chainHeading"] {{ color: #455a64; font-weight: bold; margin-top: 6px; }}
QLabel[role="detail"] {{ color: #616161; }}
QLabel[role="hint"] {{ color: #757575; }}
QLabel[role="legend"] {{ color: #424242; }}
QLabel[role="photoInfo"] {{ color: #5f6b77; }}
QLabel[role="photoFrame"] {{ background: white; border: 1px solid #C9D0D8; color: #8A96A3; }}
QLabel[role="result"] {{ font-size: 14px; }}
QLabel[role="fieldError"] {{ color: {ERROR_RED}; font-size: 11px; }}
QLabel[role="banner"] {{
    color: #8e0000; background: #fdecea; border: 1px solid #f5c2bd;
    border-radius: 3px; padding: 6px;
}}
QLabel[tone="error"] {{ color: {ERROR_RED}; }}
QLabel[tone="ok"] {{ color: {OK_GREEN}; }}
QLabel[tone="caution"] {{ color: {CAUTION_BROWN}; }}
QLabel[tone="missing"] {{ color: {ERROR_RED}; font-weight: 600; }}
QLabel[tone="warning"], QLabel#figureNote[tone="warning"] {{ color: {WARN}; font-weight: bold; }}
QWidget#wallView {{ background: #0f2740; }}
QWidget#wallView QLabel {{ color: white; }}
QWidget#wallView QLabel#wallTitle {{ font-size: 34px; }}
QWidget#wallView QLabel#wallFigure {{ font-size: 96px; font-weight: bold; }}
QWidget#wallView QLabel#wallCaption {{ font-size: 26px; color: #b0c4de; }}
QWidget#wallView QLabel#wallNote {{ font-size: 20px; color: #b0c4de; }}
QWidget#checkInPage QLabel#pageTitle {{ font-size: 22px; font-weight: bold; color: {NAVY}; }}
QWidget#checkInPage QLabel#deskTotal {{ font-size: 18px; font-weight: bold; color: {NAVY}; }}
QWidget#checkInPage QLabel#sideTitle {{ font-size: 14px; font-weight: bold; color: {NAVY}; }}
QWidget#checkInPage QLabel#categoryCount {{
    color: white; padding: 4px 8px; border-radius: 3px; font-size: 13px;
}}
QWidget#checkInPage QLineEdit#search {{ font-size: 16px; padding: 6px; }}
QWidget#checkInPage QPushButton {{ padding: 6px 12px; font-size: 14px; }}
"""

# The sign-off matrix: a cell's background by how the department stands at the site
# (keys are fairdesk.core.security.statuses.CellState values).
SECURITY_CELL_COLOURS = {
    "none": "#f3f5f8", "not_started": "#ffffff", "in_progress": "#e3ecf7",
    "overdue": "#f8d3cf", "rectification_open": "#ffe7b3", "ready": "#d8efe0",
    "signed_off": "#8fd19e",
}


def colour_legend(items: list[tuple[str, str]]) -> str:
    """Rich text for a label: each (colour, words) as a small swatch and its words."""
    return "　".join(f'<span style="background:{colour}; border:1px solid #c9d0d8;">'
                     f"&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{words}" for colour, words in items)

# Marks on an editor with a refused value: set on the editor itself (tests read it there).
INVALID_EDITOR = f"border: 1.5px solid {ERROR_RED}; border-radius: 3px; background: #fff5f5;"
INVALID_RECORD_FIELD = f"border: 1px solid {ERROR_RED}; border-radius: 2px;"


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` the look of ``role`` in the app stylesheet (``"sectionTitle"``…)."""
    _set_look(widget, "role", role)


def set_tone(widget: QWidget, tone: str) -> None:
    """Colour ``widget`` by how things stand: ``"error"``, ``"ok"``… or ``""`` for plain."""
    _set_look(widget, "tone", tone)


def set_fit(widget: QWidget, step: int) -> None:
    """Set ``widget`` in its smaller size number ``step`` (0: its normal size)."""
    _set_look(widget, "fit", str(step) if step else "")


def _set_look(widget: QWidget, name: str, value: str) -> None:
    if (widget.property(name) or "") == value:  # unset reads as None: plain already
        return
    widget.setProperty(name, value)
    # a dynamic property is read when the widget is polished: polish again to show a change
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


# --- looks that depend on the data: a colour per category or invitation state ------------------
def category_chip(colour: str) -> str:
    """A check-in desk's category chip in the category's colour."""
    return f"background: {colour};"


def category_badge(colour: str) -> str:
    """The category band on the check-in card: white on the category's colour."""
    return f"background: {colour}; color: white;"


def state_pill(colour: str) -> str:
    """A guest's invitation state, as a rounded pill in the state's colour."""
    return f"background: {colour}; padding: 3px 10px; border-radius: 9px; font-weight: 600;"


def state_button(colour: str) -> str:
    """A button that moves a guest to a state, in that state's colour."""
    return (f"background: {colour}; padding: 3px 8px; border: 1px solid #9e9e9e;"
            " border-radius: 3px;")


def check_in_card(strong: str) -> str:
    """The check-in card's sheet for one result colour (border and banner in ``strong``)."""
    return (
        "QFrame#checkInCard { background: transparent; "
        f"border: 3px solid {strong}; border-radius: 6px; }}"
        f"QLabel#cardBanner {{ background: {strong}; color: white; font-size: 26px; "
        "font-weight: bold; padding: 14px 20px; border-radius: 0; }"
        f"QLabel#cardDetail {{ background: {strong}; color: white; font-size: 18px; "
        "padding: 0 20px 12px 58px; border-radius: 0; }"
        "QLabel#cardName { font-size: 54px; font-weight: bold; color: #111; }"
        "QLabel#cardLatin { font-size: 20px; color: #444; }"
        "QLabel#cardCategory { font-size: 18px; font-weight: bold; padding: 3px 10px;"
        " border-radius: 3px; }"
        "QLabel#cardVip { font-size: 20px; font-weight: bold; color: #B3141B; }"
        "QLabel#cardOrganisation { font-size: 18px; color: #222; }"
        "QLabel#cardPhoto { background: white; border: 1px solid #C9D0D8; color: #8A96A3; }"
        "QFrame#factTile { background: rgba(255, 255, 255, 190); border: 1px solid #D5DCE4;"
        " border-radius: 4px; }"
        "QLabel#factCaption { font-size: 13px; color: #5D6B7A; }"
        "QLabel#factValue { font-size: 19px; color: #111; }")
