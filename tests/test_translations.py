"""Chinese first: every string the window shows through tr() has its Chinese."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "fairdesk_zh_CN.ts"
HOW = ("add the Chinese to tools/zh_CN.py and run `python tools/translations.py` "
       "(commit the .ts and .qm)")


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            found[(context.findtext("name"), message.findtext("source"))] = (
                (translation.text or "") if finished else "")
    return found


def test_every_gui_string_has_chinese_in_the_committed_translation(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "fairdesk" / "gui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    committed = _messages(TS)
    missing = [key for key in _messages(fresh) if not committed.get(key)]
    assert not missing, f"{len(missing)} strings without Chinese, e.g. {missing[:5]}: {HOW}"


def test_the_compiled_translation_exists_and_is_complete():
    qm = TS.with_suffix(".qm")
    assert qm.is_file() and qm.stat().st_size > 1000
    assert not any(m == "" for m in _messages(TS).values()), HOW


def _tr_in_fstrings(path: Path) -> list[int]:
    """Lines of ``path`` with a tr() call inside an f-string's braces."""
    import ast

    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FormattedValue):
            lines += [call.lineno for call in ast.walk(node.value)
                      if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                      and call.func.attr == "tr"]
    return lines


def test_no_tr_inside_an_f_string():
    """pyside6-lupdate does not always see a tr() inside an f-string: the agenda's legend
    "clash (hover for the reason)" stayed English in the Chinese window. Call tr() first."""
    found = {str(p.relative_to(ROOT)): lines for p in sorted((ROOT / "fairdesk" / "gui")
                                                              .rglob("*.py"))
             if (lines := _tr_in_fstrings(p))}
    assert found == {}
