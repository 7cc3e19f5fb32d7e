"""The original beside a grid of augmented samples, painted in one widget with per-tile tooltips."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from lab.figures import LIGHT, Theme
from ui.i18n import tr


def to_qimage(pixels: np.ndarray) -> QImage:
    """A deep-copied RGB888 QImage of an ``(H, W, 3)`` uint8 array (safe to build in a worker)."""
    arr = np.ascontiguousarray(pixels)
    h, w = arr.shape[:2]
    return QImage(arr.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def grid_shape(n: int, width: float, height: float) -> tuple[int, int]:
    """Rows and columns for ``n`` tiles that make the tiles largest in a ``width x height`` area."""
    best, best_side = (1, max(1, n)), -1.0
    for rows in range(1, max(1, n) + 1):
        cols = math.ceil(n / rows)
        side = min(width / cols, height / rows)
        if side > best_side + 1e-9:
            best, best_side = (rows, cols), side
    return best


class SampleGrid(QWidget):
    """Paints the original (left) and the sample tiles; hover shows a tile's drawn parameters.

    Click or arrow keys select a tile (``tile_selected``); the selection is the sample
    exported as the single-sample figure.
    """

    tile_selected = Signal(int)

    _GAP = 8
    _TITLE = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Augmented samples"))
        self._theme: Theme = LIGHT
        self._original: QImage | None = None
        self._original_title = ""
        self._original_tip = ""
        self._tiles: list[tuple[QImage, str, str]] = []
        self._captions: list[str] = []
        self._show_captions = True
        self._selected = 0
        self._placeholder = tr("Drop images or a folder here")

    # --- content ---------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.update()

    def set_content(self, original: QImage, title: str, tip: str, tiles: list[tuple[QImage, str, str]],
                    captions: list[str] | None = None) -> None:
        """Show ``original`` and ``tiles`` (image, title, tooltip), each with its caption line."""
        self._original, self._original_title, self._original_tip = original, title, tip
        self._tiles = list(tiles)
        self._captions = list(captions) if captions is not None else [""] * len(self._tiles)
        self._selected = min(self._selected, max(0, len(self._tiles) - 1))
        self.update()

    def set_captions_shown(self, shown: bool) -> None:
        """Show or hide the caption line under each tile (off: a clean slide)."""
        self._show_captions = shown
        self.update()

    def tile_caption(self, index: int) -> str:
        """The caption painted under tile ``index`` ("" when captions are off)."""
        return self._captions[index] if self._show_captions else ""

    def tile_count(self) -> int:
        return len(self._tiles)

    def tile_tooltip(self, index: int) -> str:
        return self._tiles[index][2]

    def selected(self) -> int:
        return self._selected

    def set_selected(self, index: int) -> None:
        if self._tiles:
            self._selected = max(0, min(index, len(self._tiles) - 1))
            self.update()

    # --- geometry --------------------------------------------------------------------------
    def _areas(self) -> tuple[QRect, QRect]:
        r = self.rect().adjusted(self._GAP, self._GAP, -self._GAP, -self._GAP)
        left_w = int(r.width() * 0.34)
        return QRect(r.left(), r.top(), left_w, r.height()), QRect(r.left() + left_w + self._GAP, r.top(),
                                                                    r.width() - left_w - self._GAP, r.height())

    def tile_rect(self, index: int) -> QRect:
        """The cell of tile ``index`` (title strip included)."""
        _, area = self._areas()
        n = len(self._tiles)
        rows, cols = grid_shape(n, area.width(), area.height())
        cw = (area.width() - (cols - 1) * self._GAP) / cols
        ch = (area.height() - (rows - 1) * self._GAP) / rows
        r, c = divmod(index, cols)
        return QRect(int(area.left() + c * (cw + self._GAP)), int(area.top() + r * (ch + self._GAP)), int(cw), int(ch))

    def tile_at(self, pos: QPoint) -> int | None:
        for i in range(len(self._tiles)):
            if self.tile_rect(i).contains(pos):
                return i
        return None

    def sizeHint(self) -> QSize:
        return QSize(900, 520)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 200)

    # --- painting --------------------------------------------------------------------------
    @staticmethod
    def _fit(image: QImage, box: QRect) -> QRectF:
        w, h = image.width(), image.height()
        scale = min(box.width() / max(1, w), box.height() / max(1, h))
        dw, dh = w * scale, h * scale
        return QRectF(box.left() + (box.width() - dw) / 2, box.top() + (box.height() - dh) / 2, dw, dh)

    def _draw_cell(self, p: QPainter, image: QImage, title: str, cell: QRect, selected: bool,
                   caption: str = "") -> None:
        below = self._TITLE if caption else 0
        box = cell.adjusted(0, self._TITLE + 2, 0, -below)
        target = self._fit(image, box)
        p.setPen(QColor(self._theme.foreground))
        # the title sits right above the image, not at the top of a tall cell
        p.drawText(QRect(cell.left(), int(target.top()) - self._TITLE - 2, cell.width(), self._TITLE),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                   p.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, cell.width()))
        p.drawImage(target, image)
        if caption:
            p.drawText(QRect(cell.left(), int(target.bottom()) + 2, cell.width(), self._TITLE),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                       p.fontMetrics().elidedText(caption, Qt.TextElideMode.ElideRight, cell.width()))
        if selected:
            pen = QPen(QColor(self._theme.palette[0]), 3)
            p.setPen(pen)
            p.drawRect(target.adjusted(-2, -2, 2, 2))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        p.fillRect(self.rect(), QColor(self._theme.background))
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, self._theme.font_size))
        p.setFont(font)
        if self._original is None:
            p.setPen(QColor(self._theme.foreground))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._placeholder)
            p.end()
            return
        left, _ = self._areas()
        self._draw_cell(p, self._original, self._original_title, left, False)
        for i, (img, title, _tip) in enumerate(self._tiles):
            self._draw_cell(p, img, title, self.tile_rect(i), i == self._selected, self.tile_caption(i))
        p.end()

    # --- interaction -----------------------------------------------------------------------
    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            pos = e.pos()
            index = self.tile_at(pos)
            if index is not None:
                QToolTip.showText(e.globalPos(), self._tiles[index][2], self, self.tile_rect(index))
            elif self._original is not None and self._areas()[0].contains(pos):
                QToolTip.showText(e.globalPos(), self._original_tip, self, self._areas()[0])
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

    def mousePressEvent(self, e: QMouseEvent) -> None:
        index = self.tile_at(e.position().toPoint())
        if index is not None and e.button() == Qt.MouseButton.LeftButton:
            self.set_selected(index)
            self.tile_selected.emit(index)
        super().mousePressEvent(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(e.key()))
        if step is not None and self._tiles:
            self.set_selected((self._selected + step) % len(self._tiles))
            self.tile_selected.emit(self._selected)
            return
        super().keyPressEvent(e)
