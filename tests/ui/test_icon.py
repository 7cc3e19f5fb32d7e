"""The application icon: every bundled size, square and sharp, and set on the application."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage

from lab.resources import ICON_NAME, ICON_SIZES, resource_path
from ui.icon import app_icon, set_app_icon


def test_icon_has_every_size_as_a_square_image_with_transparent_corners(qapp):
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(ICON_SIZES)
    for size in ICON_SIZES:
        image = QImage(str(resource_path("icons", f"{ICON_NAME}-{size}.png")))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0  # rounded corner
        centre = image.pixelColor(size // 2, size // 2)
        assert centre.alpha() == 255  # the tile itself is opaque


def test_set_app_icon_gives_the_application_its_icon_and_desktop_name(qapp):
    before_name = QGuiApplication.desktopFileName()
    before_icon = QGuiApplication.windowIcon()
    try:
        set_app_icon(qapp)
        assert QGuiApplication.desktopFileName() == ICON_NAME
        assert QSize(512, 512) in QGuiApplication.windowIcon().availableSizes()
    finally:
        QGuiApplication.setDesktopFileName(before_name)
        QGuiApplication.setWindowIcon(before_icon)


def test_committed_pngs_match_the_svg(qapp):
    """tools/render_icons.py was re-run after the last change to the SVG."""
    import importlib.util

    import numpy as np

    script = Path(__file__).resolve().parents[2] / "tools" / "render_icons.py"
    spec = importlib.util.spec_from_file_location("render_icons", script)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)

    def rgba(image: QImage) -> np.ndarray:
        image = image.convertToFormat(QImage.Format.Format_RGBA8888)
        return np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())[
            :, : 4 * image.width()].astype(np.int16)

    for size in (16, 64, 512):
        fresh = rgba(tool.render(resource_path("icons", f"{ICON_NAME}.svg"), size))
        committed = rgba(QImage(str(resource_path("icons", f"{ICON_NAME}-{size}.png"))))
        assert fresh.shape == committed.shape
        assert np.abs(fresh - committed).mean() < 0.5, size  # antialiasing may differ a little between Qt versions
