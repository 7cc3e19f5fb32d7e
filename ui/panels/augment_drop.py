"""Images arriving by drag and drop or the clipboard: local files, or pixels saved to a PNG."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QImage


def save_pasted(image: QImage) -> Path | None:
    """Save pasted pixels as a PNG in the app's data folder (``None`` if there are none)."""
    from ui.errors import data_dir

    if image.isNull():
        return None
    folder = data_dir() / "pasted"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"pasted-{time.strftime('%Y%m%d-%H%M%S')}-{int(time.monotonic() * 1000) % 1000:03d}.png"
    return path if image.save(str(path), "PNG") else None


def has_images(mime: QMimeData) -> bool:
    """Whether ``mime`` carries local files or pixels (to accept a drag)."""
    return (mime.hasUrls() and any(u.isLocalFile() for u in mime.urls())) or mime.hasImage()


def paths_from_mime(mime: QMimeData) -> list[Path]:
    """The local files ``mime`` names, else its pixels saved to a PNG, else nothing."""
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
    if not paths and mime.hasImage():
        saved = save_pasted(QImage(mime.imageData()))
        paths = [saved] if saved else []
    return paths
