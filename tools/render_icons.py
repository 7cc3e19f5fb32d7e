"""Render resources/icons/nn-training-lab.svg to the PNG sizes the app and the desktop use.

Run after changing the SVG: ``QT_QPA_PLATFORM=offscreen python tools/render_icons.py``;
commit the PNGs (the app and the wheel do not need Qt's SVG plugin at run time).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt  # noqa: TID251 - a build tool, not lab/
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: TID251
from PySide6.QtSvg import QSvgRenderer  # noqa: TID251

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lab.resources import ICON_NAME, ICON_SIZES  # noqa: E402 - after the checkout is on the path


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent ``size``×``size`` ARGB image, antialiased."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage text/fonts need it
    icons = ROOT / "resources" / "icons"
    svg = icons / f"{ICON_NAME}.svg"
    for size in ICON_SIZES:
        out = icons / f"{ICON_NAME}-{size}.png"
        if not render(svg, size).save(str(out)):
            raise SystemExit(f"could not write {out}")
        print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
