"""Render a plain-data :class:`~lab.figures.spec.Figure` with matplotlib (PNG, SVG, PDF).

Uses matplotlib's object API only (no pyplot, no GUI backend), so it is safe in a worker
thread and on a machine without a display.  Text stays text in SVG and PDF.
"""

from __future__ import annotations

import io
import os
import tempfile
import textwrap
from pathlib import Path
from typing import Any

import numpy as np

from lab.figures import spec as fs
from lab.figures.themes import SLIDE, Theme

FORMATS = ("png", "svg", "pdf")
_LINESTYLE = {"solid": "-", "dashed": "--", "dotted": ":"}


def _rc(theme: Theme) -> dict[str, Any]:
    from lab.i18n_font import font_families

    return {
        "font.size": theme.font_size,
        "axes.titlesize": theme.title_size,
        "axes.labelsize": theme.font_size,
        "xtick.labelsize": theme.font_size * 0.85,
        "ytick.labelsize": theme.font_size * 0.85,
        "legend.fontsize": theme.font_size * 0.8,
        "figure.titlesize": theme.title_size * 1.1,
        "text.color": theme.foreground,
        "axes.labelcolor": theme.foreground,
        "axes.edgecolor": theme.foreground,
        "xtick.color": theme.foreground,
        "ytick.color": theme.foreground,
        "axes.linewidth": max(0.8, theme.line_width * 0.35),
        "svg.fonttype": "none",  # keep text as <text> in SVG
        "pdf.fonttype": 42,  # embed TrueType: text stays selectable text in PDF
        "axes.spines.top": False,
        "axes.spines.right": False,
        "font.family": font_families(),  # Latin first, Hangul (NanumGothic) as the fallback
    }


def build_matplotlib(fig: fs.Figure, *, theme: Theme = SLIDE, width_in: float = 9.6, height_in: float = 5.4) -> Any:
    """Return a ``matplotlib.figure.Figure`` drawing ``fig`` (rc settings must be active)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as MplFigure

    mfig = MplFigure(figsize=(width_in, height_in), facecolor=theme.background, layout="constrained")
    FigureCanvasAgg(mfig)  # a canvas to measure text with (savefig switches it per format)
    grid = mfig.add_gridspec(fig.nrows, fig.ncols)
    made: dict[str, Any] = {}
    for ax_spec in fig.axes:
        ax = mfig.add_subplot(grid[ax_spec.row : ax_spec.row + ax_spec.rowspan, ax_spec.col : ax_spec.col + ax_spec.colspan])
        made[ax_spec.key] = ax
        _draw_axes(ax, ax_spec, theme)
    for ax_spec in fig.axes:
        if ax_spec.share_x in made and ax_spec.share_x != ax_spec.key:
            made[ax_spec.key].sharex(made[ax_spec.share_x])
        if ax_spec.share_y in made and ax_spec.share_y != ax_spec.key:
            made[ax_spec.key].sharey(made[ax_spec.share_y])
    if fig.title:
        mfig.suptitle(fig.title, color=theme.foreground)
    if fig.caption:
        mfig.supxlabel(fig.caption, fontsize=theme.font_size * 0.75, color=theme.foreground)
    _fit_titles(mfig)
    _fit_legends(mfig)
    return mfig


def _fit_legends(mfig: Any, smallest: float = 0.55) -> None:
    """Shrink a legend that does not fit inside its axes (small panels of a slide).

    ``loc="best"`` only chooses among places inside the axes; a legend taller or wider than
    the axes spills over the tick labels whatever it chooses, so its font is scaled down
    (to ``smallest`` of the theme's legend size at most) until it fits.
    """
    renderer = mfig.canvas.get_renderer()
    changed = False
    for ax in mfig.axes:
        legend = ax.get_legend()
        if legend is None:
            continue
        box = ax.get_window_extent(renderer)
        size = legend.get_window_extent(renderer)
        fill = max(size.width / (0.95 * box.width), size.height / (0.95 * box.height))
        if fill <= 1.0:
            continue
        base = legend.get_texts()[0].get_fontsize() if legend.get_texts() else 10.0
        scale = max(smallest, 1.0 / fill)
        fontsize = base * scale
        handles, labels = ax.get_legend_handles_labels()
        ax.legend(handles, labels, frameon=False, loc="best", fontsize=fontsize,
                  handlelength=max(1.2, 2.0 * scale), borderaxespad=0.3, labelspacing=0.3)
        changed = True
    if changed:
        mfig.draw_without_rendering()


def _fit_titles(mfig: Any, smallest: float = 0.65) -> None:
    """Fit titles and the caption to their room: shrink (down to ``smallest``), then wrap.

    Slide fonts are large and panels can be narrow; a title running into its neighbour or
    off the page is the most common layout fault, so texts are measured after a layout pass.
    """
    mfig.draw_without_rendering()
    renderer = mfig.canvas.get_renderer()
    page = mfig.bbox.width * 0.95
    texts = [(ax.title, ax.get_window_extent(renderer).width) for ax in mfig.axes if ax.title.get_text()]
    texts += [(t, page) for t in (mfig._suptitle, mfig._supxlabel) if t is not None and t.get_text()]
    changed = False
    for text, room in texts:
        width = text.get_window_extent(renderer).width
        if width <= room or room <= 0:
            continue
        scale = max(smallest, room / width)
        text.set_fontsize(text.get_fontsize() * scale)
        if width * scale > room:  # still too wide at the smallest size: break the line
            chars = max(8, int(len(text.get_text()) * room / (width * scale)))
            text.set_text(textwrap.fill(text.get_text(), chars))
        changed = True
    if changed:
        mfig.draw_without_rendering()


def _draw_axes(ax: Any, spec: fs.Axes, theme: Theme) -> None:
    ax.set_facecolor(theme.background)
    for item in spec.items:
        _draw_item(ax, item, spec, theme)
    if spec.title:
        ax.set_title(spec.title)
    if spec.xlabel:
        ax.set_xlabel(spec.xlabel)
    if spec.ylabel:
        ax.set_ylabel(spec.ylabel)
    if spec.xscale == "log":
        ax.set_xscale("log", nonpositive="mask")
    if spec.yscale == "log":
        ax.set_yscale("log", nonpositive="mask")
    if spec.equal_aspect and spec.xlim is not None and spec.ylim is not None:
        # Fixed limits and a fixed aspect over-determine the view (matplotlib then ignores the
        # limits with a warning): make the requested box part of the data limits instead, and
        # let one axis grow to fill the space, as the live view does.
        ax.update_datalim([(spec.xlim[0], spec.ylim[0]), (spec.xlim[1], spec.ylim[1])])
        ax.margins(0.0)
        ax.autoscale_view()
    else:
        if spec.xlim is not None:
            ax.set_xlim(*spec.xlim)
        if spec.ylim is not None:
            ax.set_ylim(*spec.ylim)
    if spec.equal_aspect:
        ax.set_aspect("equal", adjustable="datalim")
    if spec.integer_x and spec.xscale == "linear":
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    if spec.grid and spec.show_axes:
        ax.grid(True, color=theme.grid, linewidth=0.8)
        ax.set_axisbelow(True)
    if not spec.show_axes:
        ax.set_axis_off()
    if spec.legend and ax.get_legend_handles_labels()[0]:
        ax.legend(frameon=False, loc="best")


def _draw_item(ax: Any, item: fs.Item, spec: fs.Axes, theme: Theme) -> None:
    c = theme.color
    lw = theme.line_width
    label = getattr(item, "label", "") or None
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
        ax.stairs(item.counts, item.edges, fill=True, color=c(item.color), alpha=item.alpha, label=label,
                  baseline=baseline)
        ax.stairs(item.counts, item.edges, color=c(item.color), lw=max(0.8, lw * 0.4), baseline=baseline)
    elif isinstance(item, fs.Scatter):
        ax.scatter(
            item.x, item.y, s=(theme.marker_size * item.size) ** 2 * 0.5, color=c(item.color),
            alpha=item.alpha, linewidths=0, label=label, rasterized=item.x.size > 5000,
        )
    elif isinstance(item, fs.Arrow):
        ax.annotate(
            "", xy=(item.x + item.dx, item.y + item.dy), xytext=(item.x, item.y),
            arrowprops={"arrowstyle": "-|>", "color": c(item.color), "lw": lw * item.width,
                        "mutation_scale": 4 + 2 * lw, "shrinkA": 0, "shrinkB": 0},
        )
        ax.update_datalim([(item.x, item.y), (item.x + item.dx, item.y + item.dy)])
        if label:
            ax.plot([], [], color=c(item.color), lw=lw * item.width, label=label)
    elif isinstance(item, fs.Ellipse):
        x, y = item.outline(256)
        ax.plot(x, y, color=c(item.color), lw=lw * item.line_width, ls=_LINESTYLE[item.style], label=label)
    elif isinstance(item, fs.Image):
        _draw_image(ax, item, spec)
    elif isinstance(item, fs.Text):
        transform = ax.transAxes if item.coords == "axes" else ax.transData
        ax.text(item.x, item.y, item.text, transform=transform, ha=item.anchor, va="center",
                color=c(item.color), fontsize=theme.font_size * item.size)
    else:  # pragma: no cover - the Item union is closed
        raise TypeError(f"cannot render {type(item).__name__}")


def _draw_image(ax: Any, item: fs.Image, spec: fs.Axes) -> None:
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
        bar = ax.figure.colorbar(shown, ax=ax, shrink=0.85)
        if item.label:
            bar.set_label(item.label)


def check_page(fmt: str, width_px: int, height_px: int, dpi: float) -> None:
    """Raise ``ValueError`` for an unknown format or a page size/DPI outside what we render."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown figure format {fmt!r} (use one of {', '.join(FORMATS)})")
    if not (16 <= width_px <= 20000 and 16 <= height_px <= 20000):
        raise ValueError(f"figure size {width_px}×{height_px} px is outside 16–20000 px")
    if not 10 <= dpi <= 2400:
        raise ValueError(f"DPI {dpi:g} is outside 10–2400")


def _save(fig: fs.Figure, target: Any, fmt: str, theme: Theme, width_px: int, height_px: int,
          dpi: float, transparent: bool) -> None:
    from matplotlib import rc_context

    from lab.i18n import translate_figure

    fig = translate_figure(fig)  # the one place exports (files, preview, clipboard) get their words
    with rc_context(_rc(theme)):
        mfig = build_matplotlib(fig, theme=theme, width_in=width_px / dpi, height_in=height_px / dpi)
        mfig.savefig(target, format=fmt, dpi=dpi, facecolor="none" if transparent else theme.background,
                     transparent=transparent, metadata=_metadata(fmt, fig))


def render(
    fig: fs.Figure,
    path: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    theme: Theme = SLIDE,
    width_px: int = 1920,
    height_px: int = 1080,
    dpi: float = 200.0,
    transparent: bool = False,
) -> Path:
    """Write ``fig`` to ``path`` as PNG, SVG or PDF and return the path.

    The page is ``width_px × height_px`` pixels at ``dpi`` (so ``width_px / dpi`` inches);
    PNG files carry the DPI.  The file is written to a temporary name first and moved into
    place, so a failed export never leaves a half-written file or destroys an older one.
    """
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    check_page(fmt, width_px, height_px, dpi)  # before a temporary file exists
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=f".{fmt}", dir=path.parent)
    os.close(fd)
    try:
        _save(fig, tmp, fmt, theme, width_px, height_px, dpi, transparent)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def render_bytes(
    fig: fs.Figure,
    fmt: str = "png",
    *,
    theme: Theme = SLIDE,
    width_px: int = 1920,
    height_px: int = 1080,
    dpi: float = 200.0,
    transparent: bool = False,
) -> bytes:
    """Render ``fig`` in memory (for previews and the clipboard)."""
    fmt = fmt.lower()
    check_page(fmt, width_px, height_px, dpi)
    buffer = io.BytesIO()
    _save(fig, buffer, fmt, theme, width_px, height_px, dpi, transparent)
    return buffer.getvalue()


def _metadata(fmt: str, fig: fs.Figure) -> dict[str, str]:
    title = fig.title or fig.name
    if fmt == "png":
        return {"Title": title, "Software": "NN Training Lab"}
    if fmt == "pdf":
        return {"Title": title, "Creator": "NN Training Lab"}
    return {"Title": title}
