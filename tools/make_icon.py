"""Draw the application icon (resources/icons/fairdesk.png and .ico) with the bundled font.

    QT_QPA_PLATFORM=offscreen python tools/make_icon.py
"""

from __future__ import annotations

from PIL import Image

from fairdesk.gui.qt import (
    QApplication,
    QColor,
    QFont,
    QFontDatabase,
    QPainter,
    QPixmap,
    QRect,
    Qt,
)
from fairdesk.resources import FONT_FILE, resource_path


def draw(size: int = 256) -> QPixmap:
    family = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(resource_path(FONT_FILE))))[0]
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1f3a5f"))
    painter.drawRoundedRect(QRect(8, 8, size - 16, size - 16), size * 0.18, size * 0.18)
    painter.setBrush(QColor("#c0392b"))
    painter.drawRect(QRect(8, int(size * 0.70), size - 16, int(size * 0.12)))
    painter.setPen(QColor("white"))
    font = QFont(family)
    font.setPixelSize(int(size * 0.52))
    painter.setFont(font)
    painter.drawText(QRect(0, 0, size, int(size * 0.74)), Qt.AlignmentFlag.AlignCenter, "洽")
    painter.end()
    return pixmap


def main() -> None:
    app = QApplication([])  # noqa: F841 - fonts and pixmaps need it
    target = resource_path("icons/fairdesk.png")
    target.parent.mkdir(parents=True, exist_ok=True)
    draw().save(str(target))
    Image.open(target).save(resource_path("icons/fairdesk.ico"),
                            sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(f"wrote {target} and fairdesk.ico")


if __name__ == "__main__":
    main()
