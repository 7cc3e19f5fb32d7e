"""Images arriving by drag and drop, the clipboard or a file dialog: local files, or pixels saved to a PNG."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QWidget

from lab.augment.loading import IMAGE_SUFFIXES
from lab.paths import classify_drop
from ui.i18n import tr

#: A drop of more files than this is routed by the window without looking at each one here.
_CLASSIFY_LIMIT = 50


def save_pasted(image: QImage) -> Path | None:
    """Save pasted pixels as a PNG in the app's data folder (``None`` if there are none)."""
    from ui.errors import data_dir

    if image.isNull():
        return None
    folder = data_dir() / "pasted"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"pasted-{time.strftime('%Y%m%d-%H%M%S')}-{int(time.monotonic() * 1000) % 1000:03d}.png"
    return path if image.save(str(path), "PNG") else None


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files a drop or the clipboard names."""
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []


def image_formats(mime: QMimeData) -> list[str]:
    """The ``image/…`` formats ``mime`` carries as bytes (a browser drags a picture this way)."""
    return [f for f in mime.formats() if f.lower().startswith("image/")]


def image_from_mime(mime: QMimeData) -> QImage:
    """The pixels ``mime`` carries: Qt's own image, else the first ``image/…`` bytes that decode."""
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            return image
    for fmt in image_formats(mime):
        image = QImage.fromData(bytes(mime.data(fmt).data()))
        if not image.isNull():
            return image
    return QImage()


def has_images(mime: QMimeData) -> bool:
    """Whether ``mime`` carries only images for this panel: image files (or folders), or pixels."""
    paths = local_paths(mime)
    if paths:
        return len(paths) > _CLASSIFY_LIMIT or all(classify_drop(p).kind == "image" for p in paths)
    return mime.hasImage() or bool(image_formats(mime))


def paths_from_mime(mime: QMimeData) -> list[Path]:
    """The local files ``mime`` names, else its pixels (decoded, saved to a PNG), else nothing."""
    paths = local_paths(mime)
    if not paths:
        saved = save_pasted(image_from_mime(mime))
        paths = [saved] if saved else []
    return paths


class ImageDrops(QObject):
    """Makes ``target`` take images: dropped on it, pasted (Ctrl+V) into it, or chosen in a dialog.

    ``open_paths(paths, add) -> bool`` receives them (``add``: keep the images loaded so far, as
    a drop with Ctrl held asks); ``say(text)`` reports an empty clipboard.  A drop holding
    anything but images (a CSV, a session) is left to the window, which routes each file.
    """

    def __init__(self, target: QWidget, open_paths: Callable[[list[Path], bool], bool],
                 say: Callable[[str], None]) -> None:
        super().__init__(target)
        self._target, self._open, self._say = target, open_paths, say
        self._judged: tuple[tuple[str, ...], bool] | None = None  # a drag's URLs and whether they are images
        target.setAcceptDrops(True)
        target.installEventFilter(self)
        self.shortcut(QKeySequence.StandardKey.Paste, self.paste)

    def shortcut(self, keys: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], None]) -> None:
        """A shortcut active while focus is anywhere inside the target."""
        shortcut = QShortcut(QKeySequence(keys), self._target)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def choose_files(self, add: bool = False) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))
        title = tr("Add image(s)") if add else tr("Open image(s)")
        names, _ = QFileDialog.getOpenFileNames(self._target, title, "",
                                                tr("Images ({patterns})").format(patterns=patterns) + ";;" + tr("All files (*)"))
        if names:
            self._open([Path(n) for n in names], add)

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        paths = paths_from_mime(mime) if mime is not None else []
        if paths:
            self._open(paths, False)
        else:
            self._say(tr("The clipboard holds no image or image file"))

    def _only_images(self, mime: QMimeData) -> bool:
        """:func:`has_images`, judged once per drag (a move event comes with every mouse move)."""
        key = tuple(u.toString() for u in mime.urls()) + tuple(mime.formats())
        if self._judged is None or self._judged[0] != key:
            self._judged = (key, has_images(mime))
        return self._judged[1]

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if obj is not self._target or kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        assert isinstance(event, QDropEvent)  # QDragEnterEvent and QDragMoveEvent derive from it
        if not self._only_images(event.mimeData()):
            event.ignore()
            return False  # not (only) images: the window takes the drop and routes each file
        if kind == QEvent.Type.Drop:
            add = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            ok = self._open(paths_from_mime(event.mimeData()), add)
        else:
            ok = True
        event.acceptProposedAction() if ok else event.ignore()
        return True
