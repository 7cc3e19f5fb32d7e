"""Grid layout of a slide figure: every axes gets the room its decorations need, measured once or twice.

matplotlib's constrained layout gives up on crowded pages with only a warning and costs several
passes per figure.  This engine measures each axes' decorations (ticks, labels, title, a
legend beside or above it, colour bars) against its box, sizes the grid's rows and columns so
the largest decoration of each fits, and reports failure instead of letting boxes overlap.
"""

from __future__ import annotations

import re
import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np

from lab.figures import spec as fs
from lab.figures.placement import legend_columns, legend_spot

#: Gap between grid cells and around the page, as a share of the page height.
PAD_SHARE = 0.012
#: The smallest plot area (inner axes box), in multiples of the base font size.
MIN_AXES_FONTS = 3.5


#: The matplotlib internals the layout leans on for speed.  Each is looked up by name, and each
#: use falls back to matplotlib's public path when its attribute is missing (a matplotlib
#: upgrade then makes exports slower, never wrong); tests force the fallbacks by renaming these.
UPDATE_TICKS = "_update_ticks"  # Axis: the ticks it draws (what get_majorticklocs etc. recompute)
LAST_KEY = "_lastKey"  # FigureCanvasAgg: the size its cached renderer was made for
FIND_FONTS = "_find_fonts_by_props"  # FontManager: the font files of a FontProperties
FONT_METRICS = "_get_font_height_metrics"  # a renderer answering it: text layout asks it for line metrics


class LayoutError(ValueError):
    """The page is too small for the figure at the smallest allowed text."""


@dataclass
class Placed:
    """A drawn axes and where its spec puts it on the grid."""

    spec: fs.Axes
    ax: Any


@contextmanager
def _ticks_once(axes: list[Any]) -> Iterator[None]:
    """While nothing moves, each axis of ``axes`` works out its ticks once.

    Measuring one axes asks matplotlib for its ticks about eight times (the axis' tight box,
    its label position, each spine, the title position, the offset text), each time running
    the locator and formatter and laying out every tick label again: the largest share of
    a layout's time.  Within one measurement the limits and the box stay put, so the first
    answer (and the first tight box of each axis) is reused.
    """
    patched = []
    for ax in axes:
        for axis in (ax.xaxis, ax.yaxis):
            ticks: list[Any] = []
            boxes: dict[tuple[Any, ...], Any] = {}
            original_ticks = getattr(axis, UPDATE_TICKS, None)

            def update_ticks(original: Any = original_ticks, ticks: list[Any] = ticks) -> Any:
                if not ticks:
                    ticks.append(original())
                return ticks[0]

            def tightbbox(renderer: Any = None, *, for_layout_only: bool = False, original: Any = axis.get_tightbbox,
                          boxes: dict[tuple[Any, ...], Any] = boxes) -> Any:
                key = (id(renderer), for_layout_only)  # the title position asks again for the y axis' box
                if key not in boxes:
                    boxes[key] = original(renderer, for_layout_only=for_layout_only)
                return boxes[key]

            if original_ticks is not None:
                setattr(axis, UPDATE_TICKS, update_ticks)
            axis.get_tightbbox = tightbbox  # a public method: wrapping it on the instance is safe
            patched.append((axis, original_ticks is not None))
    try:
        yield
    finally:
        for axis, ticks_patched in patched:
            del axis.get_tightbbox
            if ticks_patched:
                delattr(axis, UPDATE_TICKS)


#: Agg renderers by page size and DPI, per thread (see :func:`shared_renderer`).
_RENDERERS = threading.local()
_RENDERERS_KEPT = 4


def shared_renderer(mfig: Any) -> Any:
    """The canvas of ``mfig`` draws with this thread's renderer for its page size and DPI.

    matplotlib caches text extents (and parsed mathtext) per renderer; a fresh renderer per
    figure measures every tick label, title and Σ matrix from scratch at every shrink step,
    page and figure.  Reusing one renderer per page size keeps those caches warm; its pixel
    buffer is cleared by every draw, so a figure's pixels must be read (as the exporter
    does) before the next figure of that size is drawn on the same thread.
    """
    from matplotlib.backends.backend_agg import RendererAgg

    canvas = mfig.canvas
    if not hasattr(canvas, LAST_KEY):  # another matplotlib: its own renderer per figure
        return canvas.get_renderer()
    w, h = canvas.get_width_height(physical=True)
    key = (w, h, mfig.dpi)  # as FigureCanvasAgg.get_renderer() keys its renderer
    pool: dict[tuple[float, float, float], Any] = _RENDERERS.__dict__.setdefault("pool", {})
    renderer = pool.pop(key, None) or RendererAgg(w, h, mfig.dpi)
    pool[key] = renderer  # the most recently used last
    while len(pool) > _RENDERERS_KEPT:
        del pool[next(iter(pool))]
    canvas.renderer = renderer
    setattr(canvas, LAST_KEY, key)  # what FigureCanvasAgg.get_renderer() reuses
    return canvas.get_renderer()


def cache_font_metrics(renderer: Any) -> Any:
    """Give ``renderer`` a cache of each font's line metrics; returns ``renderer``.

    matplotlib's text layout looks up the font file and reads its ascent, descent and line gap
    (the OS/2 or hhea table) on every extent it measures, unless the renderer answers
    ``_get_font_height_metrics`` itself (as the PDF/PS renderers do).  A slide's few fonts and
    sizes are asked for tens of thousands of times while laying out, so the Agg renderer we
    measure and draw with answers from a cache, computed exactly as matplotlib does.
    """
    from matplotlib.font_manager import fontManager, get_font

    find_fonts = getattr(fontManager, FIND_FONTS, None)
    if hasattr(renderer, FONT_METRICS) or find_fonts is None:  # answered already, or no way to do it here
        return renderer

    cache: dict[tuple[Any, ...], tuple[float | None, float | None, float | None]] = {}

    def metrics(prop: Any) -> tuple[float | None, float | None, float | None]:
        key = (tuple(prop.get_family()), prop.get_slant(), prop.get_variant(), prop.get_weight(),
               prop.get_stretch(), prop.get_size_in_points(), prop.get_file(), prop.get_math_fontfamily(),
               renderer.dpi)
        found = cache.get(key)
        if found is None:
            found = cache[key] = _font_metrics(get_font(find_fonts(prop)), prop.get_size_in_points(), renderer.dpi)
        return found

    setattr(renderer, FONT_METRICS, metrics)
    return renderer


def _font_metrics(font: Any, size_pt: float, dpi: float) -> tuple[float | None, float | None, float | None]:
    """(ascent, descent, line gap) in pixels from the font's tables, as matplotlib's text layout reads them."""
    for table_name, gap_key, ascent_key, descent_key in (
            ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"), ("hhea", "lineGap", "ascent", "descent")):
        table = font.get_sfnt_table(table_name)
        if table is None:
            continue
        scale = 1 / font.get_sfnt_table("head")["unitsPerEm"] * size_pt * dpi / 72
        return table[ascent_key] * scale, -table[descent_key] * scale, table[gap_key] * scale
    return None, None, None


def margins(ax: Any, renderer: Any) -> tuple[float, float, float, float]:
    """Pixels the decorations of ``ax`` need left, right, below and above its box."""
    ax.apply_aspect()  # equal-aspect plots (images) shrink inside their box: measure the real one
    for child in ax.child_axes:  # colour bars: placed first, as matplotlib does before measuring them
        locator = child.get_axes_locator()
        child.apply_aspect(locator(child, renderer) if locator else None)
    with _ticks_once([ax, *ax.child_axes]):
        return _margins(ax, renderer)


def _margins(ax: Any, renderer: Any) -> tuple[float, float, float, float]:
    box = ax.get_window_extent(renderer)
    # The title counts only upwards: it is fitted to its cell afterwards, and its width must not
    # widen the cell it is fitted to.
    title = ax.title
    shown = title.get_visible()
    legend = ax.get_legend()
    # a legend above that fits its cell counts upwards only: it may run on over the cell's right
    # margin, and counting its width would narrow the plot under it
    above = (legend is not None and getattr(legend, "_lab_above", False)
             and legend.get_window_extent(renderer).width <= getattr(legend, "_lab_room", 0.0))
    if above:
        legend.set_in_layout(False)
    try:
        tight = _ink(ax, box, renderer)  # all ink: a tall y label pokes above a short plot
    finally:
        if above:
            legend.set_in_layout(True)
    if tight is None:
        return 0.0, 0.0, 0.0, 0.0
    top = max(tight.y1, legend.get_window_extent(renderer).y1) if above else tight.y1
    if shown and title.get_text():
        update = getattr(ax, "_update_title_position", None)  # where the title goes above the ticks
        if update is not None:
            update(renderer)
        top = max(top, title.get_window_extent(renderer).y1)
    return (max(0.0, box.x0 - tight.x0), max(0.0, tight.x1 - box.x1),
            max(0.0, box.y0 - tight.y0), max(0.0, top - box.y1))


def _ink(ax: Any, box: Any, renderer: Any) -> Any:
    """``ax.get_tightbbox(renderer)`` without the titles (``box`` is the axes' window extent).

    The same boxes matplotlib unites, minus its title placement (``_update_title_position``
    updates every tick of every axes in the figure: a third of a layout's time, wasted here
    because :func:`margins` measures the title itself when it has one).
    """
    from matplotlib.transforms import Bbox

    if not ax.get_visible():
        return None
    boxes = [box]
    if ax.axison:
        for axis in (ax.xaxis, ax.yaxis):
            if axis.get_visible():
                b = axis.get_tightbbox(renderer)
                if b:
                    boxes.append(b)
    for artist in ax.get_default_bbox_extra_artists():
        b = artist.get_tightbbox(renderer)
        if b is not None and np.isfinite(b.get_points()).all():
            boxes.append(b)
    return Bbox.union([b for b in boxes if b.width != 0 or b.height != 0])


def fit_text(text: Any, room: float, renderer: Any, smallest_pt: float, along: str = "width") -> None:
    """Shrink ``text`` (not below ``smallest_pt``), then wrap it, until it is at most ``room`` px
    long ``along`` its ``"width"`` (or ``"height"``, for a rotated y label)."""
    if not text.get_text() or room <= 0:
        return

    def extent() -> float:
        return float(getattr(text.get_window_extent(renderer), along))

    for _ in range(4):  # text extents are not quite linear in the font size (hinting): iterate
        width = extent()
        if width <= room:
            return
        size = text.get_fontsize()
        if size <= smallest_pt * 1.001:
            break
        text.set_fontsize(max(smallest_pt, size * 0.98 * room / width))
    flat = " ".join(re.split(r"[ \t\n]+", text.get_text().strip()))  # no-break spaces stay
    chars = max(10, int(len(flat) * room / width * 0.95))
    for _ in range(4):
        text.set_text(textwrap.fill(flat, chars, break_on_hyphens=False))
        if extent() <= room or chars <= 10:
            return
        chars = max(10, int(chars * 0.9))


def _ratios(given: tuple[float, ...], n: int) -> np.ndarray:
    r = np.asarray(given if len(given) == n else (1.0,) * n, dtype=np.float64)
    return r / r.sum()


@dataclass
class Grid:
    """Inner boxes (pixels) of the grid's columns and rows."""

    x0: np.ndarray
    x1: np.ndarray
    y0: np.ndarray
    y1: np.ndarray
    ok: bool
    left: np.ndarray | None = None
    right: np.ndarray | None = None

    def cell_width(self, p: Placed) -> float:
        """The plot's width plus the margin right of it."""
        last = p.spec.col + p.spec.colspan - 1
        return float(self.x1[last] + (self.right[last] if self.right is not None else 0.0) - self.x0[p.spec.col])

    def title_room(self, p: Placed, renderer: Any) -> float:
        """Width a title centred on ``p``'s (possibly shrunk) box may take within its cell."""
        s = p.spec
        lo = self.x0[s.col] - (self.left[s.col] if self.left is not None else 0.0)
        hi = self.x1[s.col + s.colspan - 1] + (self.right[s.col + s.colspan - 1] if self.right is not None else 0.0)
        p.ax.apply_aspect()
        box = p.ax.get_window_extent(renderer)
        centre = 0.5 * (box.x0 + box.x1)
        return max(0.0, 2.0 * min(centre - lo, hi - centre))


def solve_grid(fig: fs.Figure, placed: list[Placed], measured: list[tuple[float, float, float, float]],
               width: float, height: float, top: float, bottom: float, min_px: float) -> Grid:
    """Column and row boxes so the largest decoration on each side of each column/row fits."""
    pad = PAD_SHARE * height
    left, right = np.zeros(fig.ncols), np.zeros(fig.ncols)
    above, below = np.zeros(fig.nrows), np.zeros(fig.nrows)
    for p, (ml, mr, mb, mt) in zip(placed, measured, strict=True):
        s = p.spec
        left[s.col] = max(left[s.col], ml)
        right[s.col + s.colspan - 1] = max(right[s.col + s.colspan - 1], mr)
        above[s.row] = max(above[s.row], mt)
        below[s.row + s.rowspan - 1] = max(below[s.row + s.rowspan - 1], mb)
    avail_w = width - 2 * pad - left.sum() - right.sum() - pad * (fig.ncols - 1)
    avail_h = height - top - bottom - 2 * pad - above.sum() - below.sum() - pad * (fig.nrows - 1)
    widths = avail_w * _ratios(fig.width_ratios, fig.ncols)
    heights = avail_h * _ratios(fig.height_ratios, fig.nrows)
    ok = bool(widths.min() >= min_px and heights.min() >= min_px)
    widths, heights = np.maximum(widths, 1.0), np.maximum(heights, 1.0)
    x0, x1 = np.empty(fig.ncols), np.empty(fig.ncols)
    x = pad
    for k in range(fig.ncols):
        x0[k] = x + left[k]
        x1[k] = x0[k] + widths[k]
        x = x1[k] + right[k] + pad
    y0, y1 = np.empty(fig.nrows), np.empty(fig.nrows)
    y = height - top - pad
    for r in range(fig.nrows):
        y1[r] = y - above[r]
        y0[r] = y1[r] - heights[r]
        y = y0[r] - below[r] - pad
    return Grid(x0, x1, y0, y1, ok, left, right)


def position(p: Placed, grid: Grid, width: float, height: float) -> None:
    s = p.spec
    x0, x1 = grid.x0[s.col], grid.x1[s.col + s.colspan - 1]
    y1, y0 = grid.y1[s.row], grid.y0[s.row + s.rowspan - 1]
    p.ax.set_position([x0 / width, y0 / height, (x1 - x0) / width, (y1 - y0) / height])


def place_legend(ax: Any, legend: Any, renderer: Any, sizes_legend: float, room: float) -> bool:
    """Put a legend beside its axes, or above it in columns when beside would squeeze the plot.

    ``room`` is the width of the axes' cell (plot plus the margin right of it).  Returns True
    when the legend changed (the layout must be measured again).
    """
    handles, labels = legend.legend_handles, [t.get_text() for t in legend.get_texts()]
    dpi = ax.figure.dpi

    def entry() -> float:
        return max(t.get_window_extent(renderer).width for t in legend.get_texts()) + 3.0 * sizes_legend * dpi / 72

    if getattr(legend, "_lab_above", False):  # already above: only its columns may change
        ncol = legend_columns(len(labels), entry(), room)
        if ncol == getattr(legend, "_lab_ncol", 0) and legend.get_window_extent(renderer).width <= room:
            legend._lab_room = room
            return False
    else:  # the shared rule (the live view's too)
        box = ax.get_window_extent(renderer)
        lw = legend.get_window_extent(renderer).width
        texts = legend.get_texts()
        row = texts[0].get_window_extent(renderer).height * 1.35 if texts else 0.0  # with the label spacing
        place, ncol = legend_spot(box.width, lw, ax.figure.bbox.width, len(labels), entry, room, box.height, row)
        if place == "right":
            return False

    def make(n: int) -> Any:
        return ax.legend(handles, labels, loc="lower left", bbox_to_anchor=(0.0, 1.0), borderaxespad=0.3,
                         frameon=False, fontsize=sizes_legend, ncols=n, columnspacing=1.0, handlelength=1.6)

    new = make(ncol)
    while ncol > 1 and new.get_window_extent(renderer).width > room:
        ncol -= 1
        new = make(ncol)
    new._lab_above, new._lab_ncol, new._lab_room = True, ncol, room
    lift = new.get_window_extent(renderer).height * 72.0 / dpi
    ax.set_title(ax.get_title(), pad=lift + 0.3 * sizes_legend, fontsize=ax.title.get_fontsize())
    return True


def declutter_ticks(ax: Any, renderer: Any) -> bool:
    """Thin a linear axis whose tick labels touch each other (long labels on a short axis);
    True when a locator changed."""
    from matplotlib.ticker import FixedLocator, MaxNLocator

    changed = False
    for axis, horizontal in ((ax.xaxis, True), (ax.yaxis, False)):
        if not ax.axison or isinstance(axis.get_major_locator(), FixedLocator):
            continue  # log axes have their own fitted ticks
        lo, hi = sorted(axis.get_view_interval())
        locs = [v for v in axis.get_majorticklocs() if lo - 1e-9 * (hi - lo) <= v <= hi + 1e-9 * (hi - lo)]
        labels = [t for t in axis.get_ticklabels() if t.get_text()]
        if len(labels) < 2:
            continue
        boxes = sorted((t.get_window_extent(renderer) for t in labels), key=lambda b: b.x0 if horizontal else b.y0)
        gap = 0.4 * labels[0].get_fontsize() * ax.figure.dpi / 72.0
        crowded = any((b.x0 - a.x1 if horizontal else b.y0 - a.y1) < gap for a, b in zip(boxes, boxes[1:], strict=False))
        if crowded:
            integer = getattr(axis.get_major_locator(), "_integer", False)
            axis.set_major_locator(MaxNLocator(nbins=max(1, len(locs) // 2), integer=integer, min_n_ticks=2))
            changed = True
    return changed
