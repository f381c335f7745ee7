"""Save a picture of the main window on a demo fair (for the README).

    QT_QPA_PLATFORM=offscreen python scripts/screenshot.py docs/screenshot.png [--lang zh]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", type=Path)
    parser.add_argument("--lang", default="zh", choices=("zh", "en"))
    parser.add_argument("--guests", type=int, default=600)
    parser.add_argument("--size", default="1440x900")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["FAIRDESK_LANG"] = args.lang

    from fairdesk.base.i18n import set_language
    from fairdesk.core.context import Operator
    from fairdesk.core.demo import create_demo_fair
    from fairdesk.gui.app import create_application, open_main_window

    set_language(args.lang)
    operator = Operator("演示", "desk-1", "demo-laptop")
    width, height = (int(n) for n in args.size.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.fair"
        create_demo_fair(path, guests=args.guests, seed=2026, operator=operator).close()
        app = create_application(args.lang)
        window = open_main_window(path, operator)
        window.resize(width, height)
        window.show()
        for _ in range(5):
            app.processEvents()
        args.target.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.target))
        window.close()
    print(f"saved {args.target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
