"""Starting the window (filled in by the GUI work)."""

from __future__ import annotations


def run_gui(*, file: str | None = None, demo: bool = False, guests: int = 600,
            seed: int = 2026, lang: str | None = None) -> int:
    raise NotImplementedError
