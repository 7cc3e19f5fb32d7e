"""Render a plain-data :class:`~lab.figures.spec.Figure` with matplotlib (PNG, SVG, PDF).

Uses matplotlib's object API only (no pyplot, no GUI backend), so it is safe in a worker
thread and on a machine without a display.  Text stays text in SVG and PDF.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import Any

from lab.figures import spec as fs
from lab.figures.draw import draw_item
from lab.figures.layout import (
    MIN_AXES_FONTS,
    PAD_SHARE,
    LayoutError,
    Placed,
    cache_font_metrics,
    declutter_ticks,
    fit_text,
    margins,
    place_legend,
    position,
    shared_renderer,
    solve_grid,
)
from lab.figures.lint import Problem, lint
from lab.figures.numbers import minus
from lab.figures.placement import (
    LEGEND,
    NARROW_ASPECT,
    NOTE,
    SHRINK_STEPS,
    TICK,
    TextSizes,
    shrink_allowed,
    text_sizes,
)
from lab.figures.sizes import CM_PER_INCH
from lab.figures.themes import SLIDE, Theme
from lab.files import publish

__all__ = ["FORMATS", "LayoutError", "build_matplotlib", "check_page", "lay_out", "render", "render_bytes", "smallest_page"]

FORMATS = ("png", "svg", "pdf")
#: RendererBase's switch that lays out without painting (see :data:`lab.figures.layout.UPDATE_TICKS`).
DRAW_DISABLED = "_draw_disabled"


def _rc(theme: Theme) -> dict[str, Any]:
    from lab.i18n_font import font_families

    return {
        "font.size": theme.font_size,
        "axes.titlesize": theme.title_size,
        "axes.labelsize": theme.font_size,
        "xtick.labelsize": theme.font_size * TICK,
        "ytick.labelsize": theme.font_size * TICK,
        "legend.fontsize": theme.font_size * LEGEND,
        "figure.titlesize": theme.title_size * 1.1,
        "text.color": theme.foreground,
        "axes.labelcolor": theme.foreground,
        "axes.edgecolor": theme.foreground,
        "xtick.color": theme.foreground,
        "ytick.color": theme.foreground,
        "axes.linewidth": max(0.8, theme.line_width * 0.35),
        "axes.unicode_minus": True,
        # 0.0005 rather than a "1e−3" offset above the axis, where a legend above the plot goes
        "axes.formatter.limits": (-4, 4),
        "axes.formatter.use_mathtext": False,  # plain text ticks: mathtext parsing dominates layout time
        "mathtext.default": "regular",
        "svg.fonttype": "none",  # keep text as <text> in SVG
        "pdf.fonttype": 42,  # embed TrueType: text stays selectable text in PDF
        "axes.spines.top": False,
        "axes.spines.right": False,
        "font.family": font_families(),  # Latin first, Hangul (NanumGothic) as the fallback
    }


def build_matplotlib(fig: fs.Figure, *, theme: Theme = SLIDE, width_in: float = 9.6, height_in: float = 5.4,
                     dpi: float = 100.0, check: bool = True, raster: bool = False, transparent: bool = False) -> Any:
    """Return a laid-out ``matplotlib.figure.Figure`` drawing ``fig`` on a ``width × height`` inch page.

    Text sizes follow the page (:mod:`lab.figures.placement`).  A crowded page is retried with
    smaller text (never below the smallest share of the page height); when no step passes the
    figure lint, :class:`~lab.figures.layout.LayoutError` is raised (``check=False`` returns the
    last attempt instead, for looking at it).  The figure comes back drawn: with ``raster`` on
    the Agg canvas (its pixel buffer is the PNG, until the next figure of this page size is
    built on this thread: the canvas shares its renderer), else without rendering pixels.
    """
    return lay_out(fig, theme=theme, width_in=width_in, height_in=height_in, dpi=dpi, check=check, raster=raster,
                   transparent=transparent)[0]


def lay_out(fig: fs.Figure, *, theme: Theme = SLIDE, width_in: float = 9.6, height_in: float = 5.4,
            dpi: float = 100.0, check: bool = True, raster: bool = False,
            transparent: bool = False) -> tuple[Any, list[Problem]]:
    """:func:`build_matplotlib`'s figure and its whole figure lint (the retries ignore the "small" rule;
    this list keeps it), so a caller checking the figure need not measure it again."""
    problems: list[Any] = []
    steps = [s for s in SHRINK_STEPS if shrink_allowed(theme.font_size, width_in, height_in, s)] or [1.0]
    arrangements = [fig] if fig.narrow is None else [fig, fig.narrow]
    if fig.narrow is not None and width_in / height_in < NARROW_ASPECT:  # a 4:3 page: reflowed first
        arrangements.reverse()
    for arrangement in arrangements:  # as designed, then reflowed into fewer columns
        for shrink in steps:
            sizes = text_sizes(theme.font_size, theme.title_size, width_in, height_in, shrink)
            mfig, ok = _build(arrangement, theme, width_in, height_in, dpi, sizes, transparent)
            if raster:
                mfig.canvas.draw()
            else:  # draw_without_rendering(), on the renderer that caches font metrics
                renderer = mfig.canvas.get_renderer()
                disabled = getattr(renderer, DRAW_DISABLED, None)
                if disabled is None:  # another matplotlib: its public way (a renderer of its own)
                    mfig.draw_without_rendering()
                else:
                    with disabled():
                        mfig.draw(renderer)
            found = lint(mfig)
            problems = [p for p in found if p.rule != "small"] if ok else ["the plot areas would be too small"]
            if not problems or not check:
                return mfig, found
    raise LayoutError(f"{fig.name}: a {width_in * CM_PER_INCH:.3g}×{height_in * CM_PER_INCH:.3g} cm page is too small "
                      f"({problems[0]})")


def smallest_page(fig: fs.Figure, width_in: float, height_in: float, *, theme: Theme = SLIDE) -> tuple[float, float]:
    """The smallest page (inches, same aspect as ``width × height``) on which ``fig`` lays out cleanly.

    Pages grow in steps of 1.1× up to 10×; the largest is tried first (a figure that does not
    fit on it is refused after one layout), then the steps are bisected, so about six layouts
    answer where trying each step took up to 24.  The page returned always laid out cleanly.
    """
    from matplotlib import rc_context

    def fits(step: int) -> bool:
        try:
            build_matplotlib(fig, theme=theme, width_in=width_in * 1.1**step, height_in=height_in * 1.1**step, dpi=40.0)
        except LayoutError:
            return False
        return True

    with rc_context(_rc(theme)):
        low, high = 0, 24  # step ``low`` is known not to fit (the requested page), ``high`` to fit once checked
        if not fits(high):
            raise LayoutError(f"{fig.name}: no page up to 10× the requested size works")
        while high - low > 1:
            mid = (low + high) // 2
            low, high = (low, mid) if fits(mid) else (mid, high)
    return width_in * 1.1**high, height_in * 1.1**high


def _build(fig: fs.Figure, theme: Theme, width_in: float, height_in: float, dpi: float,
           sizes: TextSizes, transparent: bool = False) -> tuple[Any, bool]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as MplFigure

    mfig = MplFigure(figsize=(width_in, height_in), dpi=dpi, facecolor="none" if transparent else theme.background)
    FigureCanvasAgg(mfig)  # a canvas to measure text with (savefig switches it per format)
    renderer = cache_font_metrics(shared_renderer(mfig))
    W, H = mfig.bbox.width, mfig.bbox.height
    placed: list[Placed] = []
    made: dict[str, Any] = {}
    for ax_spec in fig.axes:
        s = ax_spec
        ax = mfig.add_axes((s.col / fig.ncols + 0.02, 1 - (s.row + s.rowspan) / fig.nrows + 0.05,
                            s.colspan / fig.ncols * 0.8, s.rowspan / fig.nrows * 0.7), label=s.key)
        made[s.key] = ax
        _draw_axes(ax, s, theme, sizes)
        if transparent:
            ax.set_facecolor("none")
        placed.append(Placed(s, ax))
    for ax_spec in fig.axes:
        if ax_spec.share_x in made and ax_spec.share_x != ax_spec.key:
            made[ax_spec.key].sharex(made[ax_spec.share_x])
        if ax_spec.share_y in made and ax_spec.share_y != ax_spec.key:
            made[ax_spec.key].sharey(made[ax_spec.share_y])
    smallest = sizes.base * NOTE
    pad = PAD_SHARE * H
    top = bottom = 0.0
    if fig.title:
        t = mfig.suptitle(fig.title, color=theme.foreground, fontsize=sizes.suptitle, y=1 - pad / H, va="top")
        fit_text(t, W - 2 * pad, renderer, sizes.base)
        top = t.get_window_extent(renderer).height + pad
    if fig.caption:
        c = mfig.supxlabel(minus(fig.caption), fontsize=sizes.caption, color=theme.foreground, y=pad / H,
                           va="bottom")
        fit_text(c, W - 2 * pad, renderer, smallest)
        bottom = c.get_window_extent(renderer).height + pad
    min_px = MIN_AXES_FONTS * sizes.base * dpi / 72.0
    grid = solve_grid(fig, placed, [(0.0, 0.0, 0.0, 0.0)] * len(placed), W, H, top, bottom, min_px)
    for p in placed:
        position(p, grid, W, H)
        _ticks(p.ax, p.spec, renderer, grid)  # before measuring: default log ticks are many objects
    # Measure, place, fit titles and legends, measure again, place again: tick labels change a
    # little with the plot size, so a second pass settles them; a third runs only when a
    # legend moved above its plot.
    measured = [margins(p.ax, renderer) for p in placed]
    ok = True
    for attempt in range(3):
        grid = solve_grid(fig, placed, measured, W, H, top, bottom, min_px)
        for p in placed:
            _ticks(p.ax, p.spec, renderer, grid)
            position(p, grid, W, H)
        ok = grid.ok
        if attempt == 2:
            break
        for p in placed:  # titles and y labels fitted to the room their (possibly shrunk) plot has
            fit_text(p.ax.title, grid.title_room(p, renderer), renderer, min(sizes.base, sizes.title))
            if p.ax.yaxis.label.get_text():
                fit_text(p.ax.yaxis.label, p.ax.get_window_extent(renderer).height, renderer, sizes.tick, "height")
        # a legend beside a plot that came out too narrow goes above it
        moved = any([place_legend(p.ax, p.ax.get_legend(), renderer, sizes.legend, grid.cell_width(p))
                     for p in placed if p.ax.get_legend() is not None])
        moved |= any([declutter_ticks(p.ax, renderer) for p in placed])
        again = [margins(p.ax, renderer) for p in placed]
        settled = max((abs(a - b) for m, n in zip(measured, again, strict=True)
                       for a, b in zip(m, n, strict=True)), default=0.0) < 1.0
        measured = again
        if attempt == 1 and not moved:
            grid = solve_grid(fig, placed, measured, W, H, top, bottom, min_px)
            for p in placed:
                position(p, grid, W, H)
            ok = grid.ok
            break
        if settled and not moved:
            break
    return mfig, ok


def _draw_axes(ax: Any, spec: fs.Axes, theme: Theme, sizes: TextSizes) -> None:
    from lab.figures.ticks import LectureFormatter, MaxNLocator

    ax.set_facecolor(theme.background)
    for item in spec.items:
        draw_item(ax, item, spec, theme, sizes)
    if spec.title:
        ax.set_title(minus(spec.title), fontsize=sizes.title, color=theme.foreground, pad=0.6 * sizes.tick)
    if spec.xlabel:
        ax.set_xlabel(spec.xlabel, fontsize=sizes.base)
    if spec.ylabel:
        ax.set_ylabel(spec.ylabel, fontsize=sizes.base)
    ax.tick_params(labelsize=sizes.tick)
    # x labels a little lower than matplotlib's default: the first x label and the lowest y label
    # meet at the corner otherwise
    ax.tick_params(axis="x", pad=0.5 * sizes.tick)
    ax.xaxis.get_offset_text().set_fontsize(sizes.tick)
    ax.yaxis.get_offset_text().set_fontsize(sizes.tick)
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
        # a photo shrinks its box (so its title sits on it); a plot widens its limits instead
        photo = any(isinstance(i, fs.Image) for i in spec.items) and not spec.show_axes
        ax.set_aspect("equal", adjustable="box" if photo else "datalim")
    for axis, scale in ((ax.xaxis, spec.xscale), (ax.yaxis, spec.yscale)):
        if scale == "linear":
            axis.set_major_formatter(LectureFormatter())
    if spec.integer_x and spec.xscale == "linear":
        ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins="auto", min_n_ticks=2))
    if spec.integer_y and spec.yscale == "linear":
        ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins="auto", min_n_ticks=2))
    if spec.grid and spec.show_axes:
        ax.grid(True, color=theme.grid, linewidth=0.8)
        ax.set_axisbelow(True)
    if not spec.show_axes:
        ax.set_axis_off()
    if spec.legend and ax.get_legend_handles_labels()[0]:
        ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.02, 1.0), borderaxespad=0.0,
                  fontsize=sizes.legend, handlelength=1.6, labelspacing=0.35)


def _ticks(ax: Any, spec: fs.Axes, renderer: Any, grid: Any) -> None:
    """Log axes: at least four labelled, non-colliding ticks for the axes' current length."""
    from lab.figures.ticks import set_log_ticks

    for axis, scale, horizontal in ((ax.xaxis, spec.xscale, True), (ax.yaxis, spec.yscale, False)):
        if scale == "log" and spec.show_axes:
            box = ax.get_window_extent(renderer)
            length = box.width if horizontal else box.height
            label = axis.get_ticklabels()[0] if axis.get_ticklabels() else None
            size_px = (label.get_fontsize() if label is not None else 10.0) * ax.figure.dpi / 72.0
            lo, hi = axis.get_view_interval()
            set_log_ticks(axis, lo, hi, length, size_px, horizontal)


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
        mfig = build_matplotlib(fig, theme=theme, width_in=width_px / dpi, height_in=height_px / dpi, dpi=dpi,
                                raster=fmt == "png", transparent=transparent)
        if fmt == "png":  # the lint already drew the page: write those pixels instead of drawing again
            _write_png(mfig, target, dpi, _metadata(fmt, fig))
        else:
            mfig.savefig(target, format=fmt, dpi=dpi, facecolor="none" if transparent else theme.background,
                         transparent=transparent, metadata=_metadata(fmt, fig))


def _write_png(mfig: Any, target: Any, dpi: float, metadata: dict[str, str]) -> None:
    from PIL import Image as PILImage
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    for key, value in metadata.items():
        info.add_text(key, value)
    image = PILImage.frombuffer("RGBA", mfig.canvas.get_width_height(), mfig.canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    if mfig.patch.get_alpha() in (None, 1.0) and mfig.patch.get_facecolor()[3] == 1.0:
        image = image.convert("RGB")  # an opaque page: a quarter less to compress
    # zlib level 1: a slide compresses several times faster and only slightly larger than at level 6
    image.save(target, format="png", dpi=(dpi, dpi), pnginfo=info, compress_level=1)


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
        publish(tmp, path)
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
