"""Rebuild the fallback fonts in resources/fonts/ from Debian's packages (a maintainer's tool).

The files are committed; this says how they were made, so a newer package can replace
them. Needs network access to Debian's archive (``apt-get download``), ``dpkg-deb`` and
fontTools (``pip install fonttools``; not a dependency of fairdesk).

    python tools/subset_fonts.py /tmp/fonts-work

* Noto Sans Arabic, Hebrew, Thai, Devanagari (fonts-noto-core): copied as they are
  (TrueType outlines: ReportLab embeds glyf fonts, not CFF).
* HanaMinA-ExtA.ttf (fonts-hanazono): only the CJK ideographs WenQuanYi Micro Hei lacks
  (Extension A, compatibility ideographs, radicals, a few basic ones), ~3.4 MB.
* HanaMinB-ExtB.ttf (fonts-hanazono): Extension B, U+20000-2A6DF, ~22 MB (the whole
  HanaMinB, Extensions B-F, is 31 MB; names outside Extension B are flagged instead).
* Symbola.ttf (fonts-symbola): emoji and symbols in outline, hinting removed, ~2.3 MB.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
PACKAGES = ("fonts-noto-core", "fonts-hanazono", "fonts-symbola")
NOTO = ("NotoSansArabic", "NotoSansHebrew", "NotoSansThai", "NotoSansDevanagari")
HAN_RANGES = ((0x2E80, 0x2FE0), (0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


def main(work: Path) -> None:
    from fontTools.ttLib import TTFont

    work.mkdir(parents=True, exist_ok=True)
    subprocess.run(["apt-get", "download", *PACKAGES], cwd=work, check=True)
    for deb in work.glob("*.deb"):
        subprocess.run(["dpkg-deb", "-x", str(deb), str(work / "x")], check=True)
    share = work / "x" / "usr" / "share" / "fonts" / "truetype"
    for name in NOTO:
        shutil.copy(share / "noto" / f"{name}-Regular.ttf", FONTS)
    main_cmap = set(TTFont(FONTS / "wqy-microhei.ttc", fontNumber=0, lazy=True).getBestCmap())
    hana_a = share / "hanazono" / "HanaMinA.ttf"
    wanted = sorted(c for c in set(TTFont(hana_a, lazy=True).getBestCmap()) - main_cmap
                    if any(lo <= c < hi for lo, hi in HAN_RANGES))
    (work / "hana-a.txt").write_text("\n".join(f"U+{c:04X}" for c in wanted))
    _subset(hana_a, FONTS / "HanaMinA-ExtA.ttf", f"--unicodes-file={work / 'hana-a.txt'}")
    _subset(share / "hanazono" / "HanaMinB.ttf", FONTS / "HanaMinB-ExtB.ttf",
            "--unicodes=U+20000-2A6DF")
    _subset(share / "ancient-scripts" / "Symbola_hint.ttf", FONTS / "Symbola.ttf",
            "--unicodes=*", "--layout-features=*")


def _subset(source: Path, out: Path, *options: str) -> None:
    layout = () if any(o.startswith("--layout-features") for o in options) else (
        "--layout-features=",)
    subprocess.run([sys.executable, "-m", "fontTools.subset", str(source), *options, *layout,
                    "--no-hinting", f"--output-file={out}"], check=True)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/fairdesk-fonts"))
