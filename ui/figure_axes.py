"""The axes of a live figure: the exporter's tick rules and the settings and limits of one plot."""

from __future__ import annotations

import html
import math
import weakref
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGraphicsItem

from lab.figures import Theme
from lab.figures import spec as fs
from lab.figures.log_ticks import log_label, log_ticks
from lab.figures.numbers import minus

#: The largest |log10| an axis range is taken from (10**400 does not fit a float).
_LOG_CAP = 300.0


class LabAxis(pg.AxisItem):
    """An axis labelled as the exported slide is: a log axis labels only ticks that fit its
    length (whole decades, every k-th over many, else 1-2-5 multiples; :mod:`lab.figures.log_ticks`),
    never pyqtgraph's nine minor ticks per decade; numbers use the proper minus, never ``−0``.

    A left axis can be widened to the widest of its grid column (:meth:`align_to`), so the view
    boxes of a column line up as in the exported slide.
    """

    _aligned = 0.0  # the width of the widest axis of the column (0: none)
    _natural = 0.0  # the width this axis' own labels need
    #: called when the width this axis' own labels need changes (the column must align again)
    on_natural_width: Callable[[], None] | None = None

    def natural_width(self) -> float:
        """The width this axis' own tick labels and title need."""
        return self._natural

    def align_to(self, width: float) -> None:
        """Be at least ``width`` wide (unchanged: nothing done)."""
        if width != self._aligned:
            self._aligned = width
            self._updateWidth()

    def _updateWidth(self) -> None:
        super()._updateWidth()  # fixes the width to what the labels need
        natural = self.minimumWidth()
        if natural != self._natural:
            self._natural = natural
            if self.on_natural_width is not None:
                self.on_natural_width()
        if self._aligned > natural and self.isVisible():
            self.setMaximumWidth(self._aligned)
            self.setMinimumWidth(self._aligned)

    def setRange(self, mn: float, mx: float) -> None:
        """The view's range; the same range again repaints nothing (a size change repaints
        through the axis' own resize event)."""
        if [mn, mx] != list(getattr(self, "range", ())):  # (set first by the constructor)
            super().setRange(mn, mx)

    def updateAutoSIPrefix(self) -> None:
        """Never an SI prefix (pyqtgraph would show 0.6 as 600 m…); re-render the label's
        HTML only when the scale had changed, not on every range change."""
        if self.autoSIPrefixScale != 1.0 or self.labelUnitPrefix != "":
            self.autoSIPrefixScale, self.labelUnitPrefix = 1.0, ""
            self._updateLabel()
        else:  # what pyqtgraph's setRange does without an SI prefix: the ticks follow the new range
            self.picture = None
            self.update()

    def _label_px(self) -> float:
        font = self.style.get("tickFont") or self.font()
        height = QFontMetrics(font).height()
        # a label like 10⁻¹⁵ is about three font sizes wide; stacked labels need ~2 heights each
        return height * (3.2 if self.orientation in ("bottom", "top") else 2.3)

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list:
        """pyqtgraph's spacing, widened along a horizontal axis (1-2-5 steps) until the labels
        of neighbouring ticks no longer run together ("950 10001050" on a narrow plot)."""
        levels = super().tickSpacing(minVal, maxVal, size)
        lo, hi = sorted((minVal, maxVal))
        if self.logMode or not levels or self.orientation not in ("bottom", "top") or size <= 0 \
                or not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
            return levels
        metrics = QFontMetrics(self.style.get("tickFont") or self.font())
        gap = metrics.horizontalAdvance("0")  # a digit between neighbouring labels
        step = levels[0][0]
        for _ in range(8):
            first, last = math.ceil(lo / step) * step, math.floor(hi / step) * step
            widest = max((metrics.horizontalAdvance(t) for t in self.tickStrings([first, last], 1.0, step)), default=0)
            if step / (hi - lo) * size >= widest + gap:
                break
            mantissa = step / 10.0 ** math.floor(math.log10(step))
            step *= 2.5 if 1.5 < mantissa < 3.0 else 2.0
        return [(step, 0.0), *levels[1:]] if step != levels[0][0] else levels

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        if not self.logMode:
            return super().tickValues(minVal, maxVal, size)
        lo, hi = sorted((minVal, maxVal))
        if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
            return []
        lo, hi = max(lo, -_LOG_CAP), min(hi, _LOG_CAP)
        ticks, decades = log_ticks(10.0**lo, 10.0**hi, max(2, int(size // self._label_px())))
        self._decades = decades
        return [(1.0, [math.log10(t) for t in ticks])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.logMode:
            decades = getattr(self, "_decades", True)
            return [log_label(10.0 ** min(v, _LOG_CAP), decades) for v in values]
        out = []
        for text in super().tickStrings(values, scale, spacing):
            if text.lstrip("-").strip("0.") == "" and text.startswith("-"):
                text = text[1:]  # rounding noise around zero prints as 0, never −0
            out.append(minus(text))
        return out


def lab_axes() -> dict[str, LabAxis]:
    """The axis items a live plot is built with."""
    return {name: LabAxis(name) for name in ("left", "bottom")}


def style_plot(plot: pg.PlotItem, theme: Theme) -> None:
    """Fonts, colours and caching of a new plot's axes."""
    font = QFont()
    font.setPointSizeF(theme.font_size * 0.9)
    label = QFont()
    label.setPointSizeF(theme.font_size)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(theme.foreground))
        axis.setTextPen(pg.mkPen(theme.foreground))
        axis.setTickFont(font)
    # The hidden top and right axes follow no range: a plain axis re-renders its label's HTML on
    # every range change (≈0.1 ms each; a PCA drag changes three plots' ranges every frame).
    for name in ("top", "right"):
        plot.getAxis(name).unlinkFromView()
    # pyqtgraph sizes the bottom axis for its default font: make room for the theme's
    # tick labels plus the axis title so the two never overlap.
    plot.getAxis("bottom").setHeight(QFontMetrics(font).height() + QFontMetrics(label).height() + 14)


def apply_settings(plot: pg.PlotItem, ax: fs.Axes, theme: Theme, has_photo: bool) -> None:
    """Titles, labels, scales, grid and aspect of ``ax`` (re-applying these costs half a frame:
    call only when they changed)."""
    label_style = {"color": theme.foreground, "font-size": f"{theme.font_size:.0f}pt"}
    # pyqtgraph renders titles and labels as HTML: escape them so "<" and "&" show.
    plot.setTitle(html.escape(ax.title) or None, color=theme.foreground, size=f"{theme.title_size:.0f}pt")
    plot.setLabel("bottom", html.escape(ax.xlabel), **label_style)
    plot.setLabel("left", html.escape(ax.ylabel), **label_style)
    for name in ("left", "bottom"):
        # No automatic SI scaling: pyqtgraph applies it to any range inside (0, 1) even
        # without units, so 0.6 would read 600.  (enableAutoSIPrefix(False) computes one
        # last scale and then freezes it; no enable ranges means scale 1.  Must follow
        # setLabel, which resets the ranges.)
        axis = plot.getAxis(name)
        axis.setSIPrefixEnableRanges(())
        axis.updateAutoSIPrefix()
        # Ticks and grid at major steps only, as in the exported slide; the minor grid
        # doubled the paint time.
        axis.setStyle(maxTickLevel=0)
        plot.showAxis(name, ax.show_axes)
    plot.setLogMode(x=ax.xscale == "log", y=ax.yscale == "log")
    plot.showGrid(x=ax.grid, y=ax.grid, alpha=0.25)
    for name in ("left", "bottom"):
        # An axis with a grid paints its ticks and grid lines by replaying a QPicture (~1–2 ms of
        # antialiased lines across the plot); cached as a pixmap, a frame in which only the data
        # change blits it instead (it re-renders when its range or style changes).  Without a
        # grid the cache costs more than it saves: a PCA drag re-ranges three plots a frame, and
        # re-rendering six axis pixmaps cost ≈2 ms more than painting the axes directly.
        plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache if ax.grid
                                        else QGraphicsItem.CacheMode.NoCache)
    plot.setAspectLocked(ax.equal_aspect)
    plot.invertY(has_photo)


def _shown(lim: tuple[float, float], scale: str) -> tuple[float, float]:
    if scale == "log":
        return (math.log10(max(lim[0], 1e-300)), math.log10(max(lim[1], 1e-300)))
    return (float(lim[0]), float(lim[1]))


def _same(a: tuple[float, float], b: list[float] | tuple[float, float]) -> bool:
    tol = 1e-9 * max(abs(a[1] - a[0]), 1e-300)
    return abs(a[0] - b[0]) <= tol and abs(a[1] - b[1]) <= tol


def apply_limits(plot: pg.PlotItem, ax: fs.Axes) -> None:
    """Show ``ax``'s limits (or autorange where it has none).

    A range already shown is not set again: setting it re-lays out the view and repaints
    the axes, a third of a frame for nothing.  (A range the user panned away from is reset.)
    """
    _set_limits(plot, ax)
    # The view's new range (set here or autoranged) and transform, now: done during the
    # paint (pyqtgraph's default), the items' geometry changes it causes schedule a second
    # paint of the whole view.  Cheap when nothing changed.
    plot.vb.prepareForPaint()


def _set_limits(plot: pg.PlotItem, ax: fs.Axes) -> None:
    vb = plot.vb
    shown = vb.viewRange()
    if ax.equal_aspect and ax.xlim is not None and ax.ylim is not None:
        # One call: with a locked aspect a second setYRange would shift the x range.
        xr, yr = _shown(ax.xlim, ax.xscale), _shown(ax.ylim, ax.yscale)
        if not (vb.state["autoRange"] == [False, False] and _contains(shown[0], xr) and _contains(shown[1], yr)
                and (_same(xr, shown[0]) or _same(yr, shown[1]))):
            vb.setRange(xRange=xr, yRange=yr, padding=0)
        return
    for k, (lim, scale, name) in enumerate(((ax.xlim, ax.xscale, "x"), (ax.ylim, ax.yscale, "y"))):
        auto = vb.state["autoRange"][k] is not False
        if lim is None:
            if not auto:
                plot.enableAutoRange(axis=name)
            continue
        target = _shown(lim, scale)
        if auto or not _same(target, shown[k]):
            (plot.setXRange if k == 0 else plot.setYRange)(*target, padding=0)


def _contains(outer: tuple[float, float], inner: tuple[float, float]) -> bool:
    tol = 1e-9 * max(abs(inner[1] - inner[0]), 1e-300)
    return outer[0] <= inner[0] + tol and outer[1] >= inner[1] - tol


def link_range(a: pg.PlotItem, b: pg.PlotItem, axis: int) -> None:
    """Keep ``a``'s and ``b``'s ranges along ``axis`` (0: x, 1: y) equal, as a shared axis is in
    the exported slide.

    Not pyqtgraph's link: that lines the two views up on screen, rounded to whole pixels, and
    so showed 0…1117 beside 0…1120 (the columns' view boxes line up: :meth:`LabAxis.align_to`).
    """
    busy = False

    def follow(plot: pg.PlotItem) -> Callable[[object, list[float]], None]:
        # a weak reference: the connection lives in C++, out of sight of Python's collector, and a
        # strong one would keep both plots alive after the figure replaced them
        ref = weakref.ref(plot)

        def sync(_vb: object, shown: list[float]) -> None:
            nonlocal busy
            target = ref()
            if target is None or busy or _same((float(shown[0]), float(shown[1])), target.vb.viewRange()[axis]):
                return
            busy = True
            try:
                (target.setXRange if axis == 0 else target.setYRange)(*shown, padding=0)
            finally:
                busy = False
        return sync

    signal = "sigXRangeChanged" if axis == 0 else "sigYRangeChanged"
    getattr(a.vb, signal).connect(follow(b))
    getattr(b.vb, signal).connect(follow(a))
