"""The application icon and desktop identity, from ``resources/icons`` and the desktop file."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from lab.resources import ICON_NAME, ICON_SIZES, resource_path


def app_icon() -> QIcon:
    """The window and task-bar icon at every bundled size (null if the PNGs are missing)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"{ICON_NAME}-{size}.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


def set_app_icon(app: QGuiApplication) -> None:
    """Give every window the lab's icon and tie the app to ``nn-training-lab.desktop``."""
    app.setDesktopFileName(ICON_NAME)  # how Wayland compositors find the desktop file (and its icon)
    app.setWindowIcon(app_icon())
