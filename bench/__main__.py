"""Run the bench modules and print one JSON line per figure.

    python -m bench                 every bench/bench_*.py
    python -m bench foundation      only bench/bench_foundation.py

Each module exposes ``run() -> list[dict]``; a figure is
``{"figure": name, "value": x, "unit": "s"|"ms"|"MB", "floor": y?, "goal": "..."?, "met": bool?}``.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).parent


def discover() -> list[str]:
    """Names of the bench modules, e.g. ``["foundation", "guests"]``."""
    return sorted(m.name.removeprefix("bench_") for m in pkgutil.iter_modules([str(HERE)])
                  if m.name.startswith("bench_"))


def run_module(area: str) -> list[dict]:
    module = importlib.import_module(f"bench.bench_{area.removeprefix('bench_')}")
    return list(module.run())


def main(argv: list[str]) -> int:
    known = discover()
    wanted = [a.removeprefix("bench_") for a in argv] or known
    unknown = [a for a in wanted if a not in known]
    if unknown:
        print(f"bench: no bench module {', '.join(unknown)}; there are: {', '.join(known)}",
              file=sys.stderr)
        return 2
    failed = 0
    for area in wanted:
        try:
            for figure in run_module(area):
                print(json.dumps({"area": area, **figure}, ensure_ascii=False), flush=True)
        except Exception as exc:  # noqa: BLE001 - one broken bench must not hide the others
            failed += 1
            traceback.print_exc(file=sys.stderr)
            print(json.dumps({"area": area, "figure": "error", "value": None,
                              "error": f"{type(exc).__name__}: {exc}"}), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
