"""The look: calm colours, clear type, Chinese first. One stylesheet for the whole app."""

from __future__ import annotations

NAVY = "#1f3556"
NAVY_LIGHT = "#2c4a74"
ACCENT = "#b0302a"  # the red of official seals, used sparingly
INK = "#1d2733"
MUTED = "#5d6b7a"
LINE = "#d5dce4"
PAPER = "#f3f5f8"
GOOD = "#2e7d4f"
WARN = "#c0392b"

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
QGroupBox {{
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
QScrollArea#dashboardScroll, QWidget#dashboardBody {{ background: {PAPER}; border: none; }}
"""
