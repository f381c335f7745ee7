"""The bench runner finds its modules and names an unknown one (no timings here)."""

from __future__ import annotations

from bench.__main__ import discover, main


def test_bench_modules_are_discovered():
    assert "foundation" in discover()


def test_an_unknown_bench_is_named(capsys):
    assert main(["nosuch"]) == 2
    assert "no bench module nosuch" in capsys.readouterr().err
