"""QR codes drawn as vector rectangles, with a fixed mask and error correction M.

Choosing the mask automatically makes ``qrcode`` build and score all eight
candidates (about 1.5 ms a code); any mask is valid for every decoder, so we fix
one and build each code once (about 0.15 ms).
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfgen.canvas import Canvas

QR_MASK = 4  # any of 0-7 decodes; fixed so the matrix is built once
QUIET_MODULES = 4  # the white margin a scanner needs around the code


def qr_matrix(text: str, mask: int = QR_MASK) -> list[list[bool]]:
    """The module matrix (True = dark), without the quiet zone."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=mask)
    qr.add_data(text, optimize=0)
    qr.make(fit=True)
    return qr.modules


def qr_version(text: str) -> int:
    return (len(qr_matrix(text)) - 17) // 4


def draw_qr(canvas: Canvas, matrix: list[list[bool]], x: float, y: float, size: float) -> None:
    """Draw the code's dark modules in a ``size`` square whose lower-left corner is (x, y).

    One path of horizontal runs per code, written in module units under a scaling
    transform: small integers instead of hundreds of formatted floats (ReportLab formats
    each coordinate in pure Python, which was most of the time of a 1,000-badge batch).
    The caller sets the fill colour and leaves the quiet zone white around the square.
    """
    n = len(matrix)
    m = size / n
    ops = []
    for r, row in enumerate(matrix):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                ops.append(f"{start} {r} {c - start} 1 re")
            else:
                c += 1
    canvas.saveState()
    canvas.transform(m, 0, 0, -m, x, y + size)  # module units, rows going down
    canvas.addLiteral("\n".join(ops) + "\nf")
    canvas.restoreState()
