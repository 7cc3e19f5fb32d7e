"""Images arriving by drag and drop, the clipboard or a file dialog: local files, or pixels saved to a PNG."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QWidget

from lab.augment.loading import IMAGE_SUFFIXES


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


class ImageDrops(QObject):
    """Makes ``target`` take images: dropped on it, pasted (Ctrl+V) into it, or chosen in a dialog.

    ``open_paths(paths) -> bool`` receives them; ``say(text)`` reports an empty clipboard.
    """

    def __init__(self, target: QWidget, open_paths: Callable[[list[Path]], bool], say: Callable[[str], None]) -> None:
        super().__init__(target)
        self._target, self._open, self._say = target, open_paths, say
        target.setAcceptDrops(True)
        target.installEventFilter(self)
        self.shortcut(QKeySequence.StandardKey.Paste, self.paste)

    def shortcut(self, keys: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], None]) -> None:
        """A shortcut active while focus is anywhere inside the target."""
        shortcut = QShortcut(QKeySequence(keys), self._target)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def choose_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))
        names, _ = QFileDialog.getOpenFileNames(self._target, "Open image(s)", "", f"Images ({patterns});;All files (*)")
        if names:
            self._open([Path(n) for n in names])

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        paths = paths_from_mime(mime) if mime is not None else []
        if paths:
            self._open(paths)
        else:
            self._say("The clipboard holds no image or image file")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if obj is not self._target or kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        assert isinstance(event, QDropEvent)  # QDragEnterEvent and QDragMoveEvent derive from it
        if kind == QEvent.Type.Drop:
            ok = self._open(paths_from_mime(event.mimeData()))
        else:
            ok = has_images(event.mimeData())
        event.acceptProposedAction() if ok else event.ignore()
        return True
