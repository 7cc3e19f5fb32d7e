"""The PCA panel's point picker: click to follow a point, drag to move it."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent

from ui.figure_view import FigureView


class PointPicker(QObject):
    """Clicks select, and drags move, the point nearest the cursor in a :class:`FigureView`.

    Points are registered per axes key with their indices and positions.  A press within
    ``radius`` pixels of a point is taken (the view does not pan); anywhere else the press
    goes on to pyqtgraph as usual.
    """

    picked = Signal(str, int)  # axes key, point index
    dragged = Signal(int, float, float)  # index, x, y (data coordinates of the draggable axes)
    drag_finished = Signal(int, float, float)

    def __init__(self, view: FigureView, radius: float = 10.0) -> None:
        super().__init__(view)
        self._view = view
        self._radius = radius
        self._points: dict[str, tuple[np.ndarray, np.ndarray, bool]] = {}
        self._drag: tuple[str, int] | None = None
        self._last = (0.0, 0.0)
        view.viewport().installEventFilter(self)

    def set_points(self, key: str, indices: np.ndarray, points: np.ndarray, *, draggable: bool = False) -> None:
        """Register the points shown in axes ``key``: point ``indices[j]`` is at ``points[indices[j]]``
        (the shown ones are looked up on a press, not on every frame of a drag)."""
        self._points[key] = (indices, points, draggable)

    def clear(self) -> None:
        self._points.clear()

    @property
    def dragging(self) -> bool:
        return self._drag is not None

    def _locate(self, pos: QPointF) -> tuple[str, QPointF] | None:
        scene = self._view.mapToScene(pos.toPoint())
        for key in self._points:
            try:
                vb = self._view.plot(key).vb
            except KeyError:
                continue
            if vb.sceneBoundingRect().contains(scene):
                return key, vb.mapSceneToView(scene)
        return None

    def nearest(self, key: str, x: float, y: float) -> int | None:
        """Index of the registered point of ``key`` nearest ``(x, y)`` within the pixel radius."""
        indices, points, _ = self._points[key]
        if indices.size == 0:
            return None
        xy = points[indices]
        sx, sy = self._view.plot(key).vb.viewPixelSize()
        if not (sx > 0 and sy > 0):
            return None
        d2 = ((xy[:, 0] - x) / sx) ** 2 + ((xy[:, 1] - y) / sy) ** 2
        j = int(np.argmin(d2))
        return int(indices[j]) if d2[j] <= self._radius**2 else None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        et = event.type()
        if et == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            hit = self._locate(event.position())
            if hit is None:
                return False
            key, p = hit
            idx = self.nearest(key, p.x(), p.y())
            if idx is None:
                return False
            self.picked.emit(key, idx)
            if self._points[key][2]:
                self._drag = (key, idx)
                self._last = (p.x(), p.y())
            return True
        if self._drag is not None and isinstance(event, QMouseEvent):
            key, idx = self._drag
            if et == QEvent.Type.MouseMove:
                p = self._view.plot(key).vb.mapSceneToView(self._view.mapToScene(event.position().toPoint()))
                self._last = (p.x(), p.y())
                self.dragged.emit(idx, p.x(), p.y())
                return True
            if et == QEvent.Type.MouseButtonRelease:
                self._drag = None
                self.drag_finished.emit(idx, *self._last)
                return True
        return False
