"""Draw one plain-data item (line, band, histogram, image, text, …) onto a matplotlib axes."""

from __future__ import annotations

from typing import Any

import numpy as np

from lab.figures import spec as fs
from lab.figures.numbers import minus
from lab.figures.placement import NOTE, TextSizes
from lab.figures.themes import Theme

_LINESTYLE = {"solid": "-", "dashed": "--", "dotted": ":"}

_MARKERS = {"circle": "o", "square": "s", "triangle": "^", "diamond": "D", "plus": "P", "cross": "X"}


def draw_item(ax: Any, item: fs.Item, spec: fs.Axes, theme: Theme, sizes: TextSizes) -> None:
    """Draw ``item`` on ``ax`` with the page's text sizes; lines and markers scale with the text."""
    c = theme.color
    lw = theme.line_width * sizes.base / theme.font_size  # lines scale with the text
    ms = theme.marker_size * sizes.base / theme.font_size
    label = minus(getattr(item, "label", "")) or None
    if isinstance(item, fs.Line):
        ax.plot(item.x, item.y, color=c(item.color), lw=lw * item.width, ls=_LINESTYLE[item.style], label=label)
    elif isinstance(item, fs.Band):
        ax.fill_between(item.x, item.y_low, item.y_high, color=c(item.color), alpha=item.alpha, lw=0, label=label)
    elif isinstance(item, fs.Span):
        span = ax.axvspan if item.orientation == "vertical" else ax.axhspan
        span(item.start, item.stop, color=c(item.color), alpha=item.alpha, lw=0, label=label, zorder=0)
    elif isinstance(item, fs.VLine):
        ax.axvline(item.x, color=c(item.color), lw=lw * item.width, ls=_LINESTYLE[item.style], label=label)
    elif isinstance(item, fs.HLine):
        ax.axhline(item.y, color=c(item.color), lw=lw * item.width, ls=_LINESTYLE[item.style], label=label)
    elif isinstance(item, fs.Histogram):
        baseline = 0.0
        if spec.yscale == "log":  # a fill down to 0 is undefined on a log axis
            positive = item.counts[item.counts > 0]
            baseline = float(positive.min()) / 2.0 if positive.size else 1.0
        if item.fill:
            ax.stairs(item.counts, item.edges, fill=True, color=c(item.color), alpha=item.alpha, lw=0,
                      baseline=baseline, label=label)
        ax.stairs(item.counts, item.edges, color=c(item.color), lw=max(0.8, lw * item.width), baseline=baseline,
                  label=None if item.fill else label)
    elif isinstance(item, fs.Scatter):
        ax.scatter(
            item.x, item.y, s=(ms * item.size) ** 2 * 0.5, color=c(item.color), marker=_MARKERS[item.marker],
            alpha=item.alpha, linewidths=0, label=label, rasterized=item.x.size > 5000,
            zorder=2.5 if item.size >= 2 else 2,
        )
    elif isinstance(item, fs.Arrow):
        ax.add_patch(_arrow((item.x, item.y), (item.x + item.dx, item.y + item.dy), head_pt=6 + 3 * lw,
                            arrowstyle="-|>", color=c(item.color), lw=lw * item.width, shrinkA=0, shrinkB=0,
                            zorder=4))
        ax.update_datalim([(item.x, item.y), (item.x + item.dx, item.y + item.dy)])
        if label:
            ax.plot([], [], color=c(item.color), lw=lw * item.width, label=label)
    elif isinstance(item, fs.Ellipse):
        x, y = item.outline(256)
        ax.plot(x, y, color=c(item.color), lw=lw * item.line_width, ls=_LINESTYLE[item.style], label=label)
    elif isinstance(item, fs.Image):
        _draw_image(ax, item, spec, sizes)
    elif isinstance(item, fs.Text):
        if not (item.math or item.text):
            return
        transform = ax.transAxes if item.coords == "axes" else ax.transData
        va = "top" if item.valign == "center" and item.coords == "axes" and item.y >= 0.9 else item.valign
        ax.text(item.x, item.y, item.math or minus(item.text), transform=transform, ha=item.anchor, va=va,
                color=c(item.color), fontsize=sizes.base * max(item.size, NOTE), zorder=5)
    else:  # pragma: no cover - the Item union is closed
        raise TypeError(f"cannot render {type(item).__name__}")


#: An arrowhead is at most this share of its arrow's drawn length (a short arrow keeps a visible shaft).
HEAD_SHARE = 0.3


def _arrow_class() -> type:
    from matplotlib.patches import FancyArrowPatch

    class Arrow(FancyArrowPatch):
        """An arrow whose head is ``head_pt`` points long, or :data:`HEAD_SHARE` of the arrow
        when that is shorter, measured at every draw (the arrow's length on the page is known
        only once the layout has placed its axes)."""

        def __init__(self, start: Any, end: Any, *, head_pt: float, **kwargs: Any) -> None:
            super().__init__(start, end, mutation_scale=head_pt, **kwargs)
            self._head_pt, self._ends = head_pt, (start, end)

        def draw(self, renderer: Any) -> None:
            (x0, y0), (x1, y1) = self.get_transform().transform(self._ends)
            length_pt = float(np.hypot(x1 - x0, y1 - y0)) * 72.0 / self.figure.dpi
            # "-|>" draws a head 0.4 × mutation_scale long (matplotlib's default head_length)
            self.set_mutation_scale(min(self._head_pt, HEAD_SHARE * length_pt / 0.4))
            super().draw(renderer)

    return Arrow


def _arrow(start: Any, end: Any, **kwargs: Any) -> Any:  # the class is made on first use (matplotlib imports late)
    global _ARROW
    if _ARROW is None:
        _ARROW = _arrow_class()
    return _ARROW(start, end, **kwargs)


_ARROW: type | None = None


def _draw_image(ax: Any, item: fs.Image, spec: fs.Axes, sizes: TextSizes) -> None:
    from lab.figures.ticks import LectureFormatter

    data = item.data
    if data.ndim == 3 and data.dtype != np.uint8:
        data = np.clip(np.nan_to_num(data.astype(np.float64)), 0.0, 1.0)
    kwargs: dict[str, Any] = {"interpolation": "nearest" if max(data.shape[:2]) < 64 else "antialiased"}
    if data.ndim == 2:
        kwargs.update(cmap=item.cmap, vmin=item.vmin, vmax=item.vmax)
    if item.extent is not None:
        # The live view puts row 0 at y0 when an extent is given; do the same here.
        kwargs.update(extent=item.extent, origin="lower", aspect="equal" if spec.equal_aspect else "auto")
    shown = ax.imshow(data, **kwargs)
    if item.colorbar and data.ndim == 2:
        # an inset beside the image: every map of a row keeps the same size, with or without a bar
        cax = ax.inset_axes((1.04, 0.0, 0.06, 1.0))
        bar = ax.figure.colorbar(shown, cax=cax)
        bar.ax.tick_params(labelsize=sizes.tick)
        bar.ax.yaxis.set_major_formatter(LectureFormatter())
        if item.label:
            bar.set_label(item.label, fontsize=sizes.base)
