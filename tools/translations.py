"""Extract, fill and build the window's Chinese translation.

    python tools/translations.py          # lupdate -> fill from tools/zh_CN.py -> lrelease
    python tools/translations.py --check  # also fail if any source has no Chinese

Writes resources/translations/fairdesk_zh_CN.ts and .qm (commit both). The .ts
carries no source locations, so it changes only when strings change (fewer merge
conflicts); on a conflict in it, take either side and run this script again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from zh_CN import BY_CONTEXT, ZH_CN  # noqa: E402

TS = ROOT / "resources" / "translations" / "fairdesk_zh_CN.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    """The pyside6 tool beside the running Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "fairdesk" / "gui").rglob("*.py"))


def run_lupdate() -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations",
                    "none", "-target-language", "zh_CN", "-ts", str(TS.relative_to(ROOT))],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def fill() -> list[tuple[str, str]]:
    """Put the Chinese into the .ts; returns (context, source) pairs left untranslated."""
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            chinese = BY_CONTEXT.get((name, source)) or ZH_CN.get(source)
            translation = message.find("translation")
            if chinese:
                translation.text = chinese
                translation.attrib.pop("type", None)
            else:
                missing.append((name, source))
    ET.indent(tree)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return missing


def run_lrelease() -> None:
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True,
                   stdout=subprocess.DEVNULL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a source has no Chinese")
    args = parser.parse_args(argv)
    TS.parent.mkdir(parents=True, exist_ok=True)
    run_lupdate()
    missing = fill()
    run_lrelease()
    for context, source in missing:
        print(f"no Chinese: {context}: {source!r}")
    print(f"{TS.relative_to(ROOT)}: {len(missing)} untranslated; built {QM.relative_to(ROOT)}")
    return 1 if missing and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
