"""Draw yjfield's application icon and write it as PNG, ICO (Windows) and ICNS (macOS).

The icons are committed in resources/icons; run this again only to change the design:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
"""

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.06
    box = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1f5f73"))
    painter.drawRoundedRect(box, size * 0.2, size * 0.2)
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(int(size * 0.46))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "yj")
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv)
    ICONS.mkdir(parents=True, exist_ok=True)
    big = draw(512)
    for name, fmt, image in (("yjfield.png", "PNG", draw(256)),
                             ("yjfield.ico", "ICO", draw(256)),
                             ("yjfield.icns", "ICNS", big)):
        if not image.save(str(ICONS / name), fmt):
            print(f"could not write {name}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
