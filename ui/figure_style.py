"""Pieces of FigureView's look: colour lookup tables, fast scatter updates, unchanged-item checks."""

from __future__ import annotations

import dataclasses
from functools import cache

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from lab.figures import spec as fs

_LUTS: dict[str, np.ndarray] = {}

# ColorBrewer RdBu (11 classes), the stops matplotlib's "RdBu" interpolates: kept here so a
# diverging map does not import matplotlib (≈0.9 s through pyqtgraph's bridge) at start-up.
_RDBU = ("#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7",
         "#d1e5f0", "#92c5de", "#4393c3", "#2166ac", "#053061")


def lookup_table(name: str) -> np.ndarray:
    """A 256-entry RGB lookup table; matplotlib is imported only for unusual maps."""
    if name not in _LUTS:
        if name in ("gray", "grey"):
            ramp = np.arange(256, dtype=np.uint8)
            _LUTS[name] = np.stack([ramp, ramp, ramp], axis=1)
        elif name in ("RdBu", "RdBu_r"):
            stops = [QColor(c).getRgb()[:3] for c in (_RDBU[::-1] if name == "RdBu_r" else _RDBU)]
            cmap = pg.ColorMap(np.linspace(0.0, 1.0, len(stops)), np.array(stops, dtype=np.ubyte))
            _LUTS[name] = cmap.getLookupTable(nPts=256, alpha=False)
        elif name in pg.colormap.listMaps():
            _LUTS[name] = pg.colormap.get(name).getLookupTable(nPts=256, alpha=False)
        else:
            _LUTS[name] = pg.colormap.get(name, source="matplotlib").getLookupTable(nPts=256, alpha=False)
    return _LUTS[name]


def move_scatter(g: pg.ScatterPlotItem, x: np.ndarray, y: np.ndarray, style: tuple) -> bool:
    """Write the positions ``x``, ``y`` (in view units) straight into ``g``'s records when its style is unchanged.

    ``ScatterPlotItem.setData`` re-derives each point's style and looks its symbol up in the
    atlas (≈1.6 µs a point); when size and colour are unchanged we write the positions into
    the item's record array instead (≈100× faster), which is what a drag or a slider needs.
    Returns False when a full ``setData`` is needed (then call :func:`remember_style`).
    """
    if getattr(g, "_lab_style", None) != style or len(g.data) == 0 or not g.data["sourceRect"]["w"][0] > 0:
        return False
    if len(g.data) != x.size:
        # Every point has the same style, hence the same pre-rendered symbol: copy the
        # first record instead of letting setData look the symbol up point by point.
        rec = np.empty(x.size, dtype=g.data.dtype)
        rec[:] = g.data[0]
        rec["item"] = None
        g.data = rec
    g.data["x"] = x
    g.data["y"] = y
    g.prepareGeometryChange()
    g.informViewBoundsChanged()
    g.bounds = [None, None]
    g.invalidate()
    return True


def remember_style(g: pg.ScatterPlotItem, style: tuple) -> None:
    g._lab_style = style


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def same_item(old: fs.Item | None, new: fs.Item) -> bool:
    """Whether ``new`` draws exactly what ``old`` drew (so its graphics need no update).

    Plain-data items compare by value; arrays first by identity, then by shape and contents
    (a few µs for a 4096-point curve, far less than pyqtgraph re-deriving its path).
    """
    if old is new:
        return True
    if old is None or type(old) is not type(new):
        return False
    for name in _field_names(type(new)):
        a, b = getattr(old, name), getattr(new, name)
        if a is b:
            continue
        if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
            if not (isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and a.shape == b.shape
                    and a.dtype == b.dtype and np.array_equal(a, b, equal_nan=a.dtype.kind in "fc")):
                return False
        elif a != b:
            return False
    return True
