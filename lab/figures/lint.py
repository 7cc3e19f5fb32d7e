"""The figure lint: measurable rules a slide figure must keep (used by the exporter and the tests).

On a drawn matplotlib figure it checks that no two text boxes overlap, that nothing sticks out
of the page, that no legend box covers a data point, that no label drawn in a plot sits on its
data (a line, bar outline or point running through the text), and that the smallest text is at
least :data:`~lab.figures.placement.MIN_TEXT_SHARE` of the page height.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from lab.figures.placement import smallest_text_pt

#: Boxes may touch: overlaps up to this many pixels (at 100 DPI; scaled with the DPI) are allowed.
TOLERANCE_PX = 1.0
_DENSIFY = 6  # points sampled on each polyline segment when looking for data under a legend


@dataclass(frozen=True)
class Problem:
    """One broken rule, in words."""

    rule: str  # "overlap", "outside", "legend", "on-data", "small"
    detail: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.detail}"


def _visible_ticks(axis: Any) -> list[Any]:
    from lab.figures.layout import UPDATE_TICKS

    drawn = getattr(axis, UPDATE_TICKS, None)  # the ticks matplotlib actually draws (inside the view)
    if drawn is not None:
        return list(drawn())
    lo, hi = sorted(axis.get_view_interval())  # another matplotlib: the major ticks within the view
    span = 1e-9 * max(abs(lo), abs(hi), 1e-300)
    return [t for t, v in zip(axis.get_major_ticks(), axis.get_majorticklocs(), strict=False)
            if lo - span <= v <= hi + span]


def all_axes(mfig: Any) -> list[Any]:
    """The figure's axes and their child axes (colour bars drawn as insets)."""
    out: list[Any] = []
    todo = list(mfig.axes)
    while todo:
        ax = todo.pop(0)
        out.append(ax)
        todo[:0] = list(getattr(ax, "child_axes", ()))
    return out


def text_artists(mfig: Any) -> list[tuple[str, Any]]:
    """``(where, Text)`` for every visible, non-empty text drawn on ``mfig``."""
    found: list[tuple[str, Any]] = []
    seen: set[int] = set()

    def add(where: str, text: Any) -> None:
        if text is not None and id(text) not in seen and text.get_visible() and text.get_text().strip():
            seen.add(id(text))
            found.append((where, text))

    add("suptitle", getattr(mfig, "_suptitle", None))
    add("caption", getattr(mfig, "_supxlabel", None))
    for t in mfig.texts:
        add("figure text", t)
    for i, ax in enumerate(all_axes(mfig)):
        if not ax.get_visible():
            continue
        name = ax.get_label() or f"axes {i}"
        for t in (ax.title, getattr(ax, "_left_title", None), getattr(ax, "_right_title", None)):
            add(f"{name} title", t)
        if ax.axison:
            for axis, which in ((ax.xaxis, "x"), (ax.yaxis, "y")):
                add(f"{name} {which}label", axis.label)
                add(f"{name} {which} offset", axis.get_offset_text())
                for tick in _visible_ticks(axis):
                    add(f"{name} {which}tick", tick.label1)
                    add(f"{name} {which}tick", tick.label2)
        for t in ax.texts:
            add(f"{name} text", t)
        legend = ax.get_legend()
        if legend is not None:
            for t in legend.get_texts():
                add(f"{name} legend", t)
    return found


def _boxes(items: list[tuple[str, Any]], renderer: Any) -> np.ndarray:
    out = np.empty((len(items), 4))
    for k, (_, t) in enumerate(items):
        b = t.get_window_extent(renderer)
        out[k] = (b.x0, b.y0, b.x1, b.y1)
    return out


def _label(where: str, text: Any) -> str:
    return f"{where} {text.get_text()!r}"


def overlaps(mfig: Any, renderer: Any, items: list[tuple[str, Any]], boxes: np.ndarray) -> list[Problem]:
    """Every pair of text boxes that overlap by more than the tolerance, and texts running into
    a legend's box (its line samples included) other than the legend's own."""
    tol = TOLERANCE_PX * mfig.dpi / 100.0
    x0, y0, x1, y1 = (boxes[:, i] for i in range(4))
    w = np.minimum(x1[:, None], x1[None, :]) - np.maximum(x0[:, None], x0[None, :])
    h = np.minimum(y1[:, None], y1[None, :]) - np.maximum(y0[:, None], y0[None, :])
    hit = (w > tol) & (h > tol)
    i, j = np.nonzero(np.triu(hit, 1))
    out = [Problem("overlap", f"{_label(*items[a])} overlaps {_label(*items[b])}") for a, b in zip(i, j, strict=True)]
    for ax in all_axes(mfig):
        legend = ax.get_legend()
        if legend is None or not legend.get_visible() or not legend.get_texts():
            continue
        own = {id(t) for t in legend.get_texts()}
        # what the legend draws: its frame's width, its entries' height (the padding above and
        # below may meet a title over it: that is fine)
        from matplotlib.transforms import Bbox

        frame = legend.get_window_extent(renderer)
        rows = Bbox.union([t.get_window_extent(renderer) for t in legend.get_texts()])
        b = Bbox.from_extents(frame.x0, rows.y0, frame.x1, rows.y1)
        w = np.minimum(x1, b.x1) - np.maximum(x0, b.x0)
        h = np.minimum(y1, b.y1) - np.maximum(y0, b.y0)
        out += [Problem("overlap", f"{_label(*items[k])} runs into the legend of {ax.get_label()!r}")
                for k in np.flatnonzero((w > tol) & (h > tol)) if id(items[k][1]) not in own]
    return out


def outside(mfig: Any, items: list[tuple[str, Any]], boxes: np.ndarray, renderer: Any) -> list[Problem]:
    """Texts and axes that stick out of the page."""
    tol = TOLERANCE_PX * mfig.dpi / 100.0
    width, height = mfig.bbox.width, mfig.bbox.height
    bad = (boxes[:, 0] < -tol) | (boxes[:, 1] < -tol) | (boxes[:, 2] > width + tol) | (boxes[:, 3] > height + tol)
    out = [Problem("outside", f"{_label(*items[k])} leaves the page") for k in np.flatnonzero(bad)]
    for ax in all_axes(mfig):
        b = ax.get_window_extent(renderer)
        if b.x0 < -tol or b.y0 < -tol or b.x1 > width + tol or b.y1 > height + tol:
            out.append(Problem("outside", f"axes {ax.get_label()!r} leaves the page"))
    return out


def _densify(xy: np.ndarray) -> np.ndarray:
    xy = np.asarray(xy, dtype=np.float64)
    xy = np.where(np.isfinite(xy), xy, np.nan)  # log axes map 0 to −inf: a break in the line
    if xy.shape[0] < 2:
        return xy
    t = np.linspace(0.0, 1.0, _DENSIFY, endpoint=False)
    a, b = xy[:-1], xy[1:]
    with np.errstate(invalid="ignore"):
        pts = a[:, None, :] + t[None, :, None] * (b - a)[:, None, :]
    return np.vstack([pts.reshape(-1, 2), xy[-1:]])


def data_points(ax: Any) -> np.ndarray:
    """Display coordinates of the data drawn in ``ax`` (lines densified), clipped to the axes box."""
    chunks = []
    for line in ax.get_lines():
        if line.get_visible():
            chunks.append(_densify(line.get_transform().transform(line.get_xydata())))
    for coll in ax.collections:
        if not coll.get_visible():
            continue
        offsets = np.asarray(coll.get_offsets())
        if offsets.size and len(coll.get_paths()) <= 1:  # a scatter: one marker at many offsets
            chunks.append(coll.get_offset_transform().transform(offsets))
        else:  # fills (bands): their outlines
            for path in coll.get_paths():
                chunks.append(_densify(coll.get_transform().transform(path.vertices)))
    for patch in ax.patches:
        if patch.get_visible():
            chunks.append(_densify(patch.get_transform().transform(patch.get_path().vertices)))
    if not chunks:
        return np.empty((0, 2))
    pts = np.vstack(chunks)
    pts = pts[np.isfinite(pts).all(axis=1)]
    box = ax.bbox
    keep = (pts[:, 0] >= box.x0) & (pts[:, 0] <= box.x1) & (pts[:, 1] >= box.y0) & (pts[:, 1] <= box.y1)
    return pts[keep]


def legends_on_data(mfig: Any, renderer: Any) -> list[Problem]:
    """Legends whose box covers a data point of any axes."""
    legends = [(ax.get_label(), ax.get_legend()) for ax in all_axes(mfig) if ax.get_legend() is not None]
    legends += [("figure", leg) for leg in mfig.legends]
    if not legends:
        return []
    points = [(ax.get_label(), data_points(ax)) for ax in all_axes(mfig)]
    out = []
    for name, legend in legends:
        b = legend.get_window_extent(renderer)
        for ax_name, pts in points:
            inside = (pts[:, 0] > b.x0) & (pts[:, 0] < b.x1) & (pts[:, 1] > b.y0) & (pts[:, 1] < b.y1)
            if inside.any():
                out.append(Problem("legend", f"the legend of {name!r} covers {int(inside.sum())} data points "
                                             f"of {ax_name!r}"))
    return out


def _trace(xy: np.ndarray, step: float) -> np.ndarray:
    """Points along the polyline ``xy`` (display coordinates) at most ``step`` pixels apart."""
    xy = np.asarray(xy, dtype=np.float64)
    xy = np.where(np.isfinite(xy), xy, np.nan)
    if xy.shape[0] < 2:
        return xy
    a, b = xy[:-1], xy[1:]
    with np.errstate(invalid="ignore"):
        n = np.nan_to_num(np.ceil(np.hypot(*(b - a).T) / step), nan=0.0).clip(1, 4000).astype(np.intp)
    k = np.repeat(np.arange(len(a)), n)
    t = (np.arange(k.size) - np.repeat(np.cumsum(n) - n, n)) / np.repeat(n, n)
    return np.vstack([a[k] + t[:, None] * (b - a)[k], xy[-1:]])


def _traced_data(ax: Any, step: float) -> np.ndarray:
    """Display coordinates along everything drawn in ``ax`` (lines, bar and band outlines, points)."""
    chunks = [_trace(line.get_transform().transform(line.get_xydata()), step)
              for line in ax.get_lines() if line.get_visible()]
    for coll in ax.collections:
        if not coll.get_visible():
            continue
        offsets = np.asarray(coll.get_offsets())
        if offsets.size and len(coll.get_paths()) <= 1:
            chunks.append(coll.get_offset_transform().transform(offsets))
        else:
            chunks += [_trace(coll.get_transform().transform(path.vertices), step) for path in coll.get_paths()]
    chunks += [_trace(patch.get_transform().transform(patch.get_path().vertices), step)
               for patch in ax.patches if patch.get_visible()]
    pts = np.vstack(chunks) if chunks else np.empty((0, 2))
    pts = pts[np.isfinite(pts).all(axis=1)]
    box = ax.bbox
    return pts[(pts[:, 0] >= box.x0) & (pts[:, 0] <= box.x1) & (pts[:, 1] >= box.y0) & (pts[:, 1] <= box.y1)]


def texts_on_data(mfig: Any, renderer: Any) -> list[Problem]:
    """Labels drawn in a plot (its texts, not titles or ticks) that a line, outline or point runs through.

    Lines are traced every two pixels, so a label on a straight two-point rule is caught as
    surely as one on a curve.
    """
    tol = TOLERANCE_PX * mfig.dpi / 100.0
    out = []
    for ax in all_axes(mfig):
        texts = [t for t in ax.texts if t.get_visible() and t.get_text().strip()]
        if not texts or not ax.get_visible():
            continue
        pts = _traced_data(ax, 2.0 * mfig.dpi / 100.0)
        for t in texts:
            b = t.get_window_extent(renderer)
            inside = ((pts[:, 0] > b.x0 + tol) & (pts[:, 0] < b.x1 - tol)
                      & (pts[:, 1] > b.y0 + tol) & (pts[:, 1] < b.y1 - tol))
            if inside.any():
                out.append(Problem("on-data", f"{_label(ax.get_label() + ' text', t)} sits on the plot's data"))
    return out


def small_text(mfig: Any, items: list[tuple[str, Any]]) -> list[Problem]:
    """Texts below the smallest size allowed on this page."""
    limit = smallest_text_pt(mfig.get_figheight())
    return [Problem("small", f"{_label(where, t)} is {t.get_fontsize():.1f} pt < {limit:.1f} pt")
            for where, t in items if t.get_fontsize() < limit * 0.999]


def lint(mfig: Any, renderer: Any | None = None) -> list[Problem]:
    """Every broken rule of a drawn figure (an empty list: the figure is clean)."""
    renderer = renderer or mfig.canvas.get_renderer()
    items = text_artists(mfig)
    boxes = _boxes(items, renderer)
    return [*overlaps(mfig, renderer, items, boxes), *outside(mfig, items, boxes, renderer),
            *legends_on_data(mfig, renderer), *texts_on_data(mfig, renderer), *small_text(mfig, items)]
