"""The plain-data vocabulary a panel uses to describe what it shows.

A panel's backend builds a :class:`Figure` out of these items; the Qt view draws it with
pyqtgraph and the exporter renders the very same object with matplotlib, so an exported
slide always matches the screen and needs no display.

Colours are either an ``int`` (an index into the theme's colour-blind-safe palette, so a
theme change recolours everything consistently) or a literal matplotlib/Qt colour string
such as ``"#888888"``.  Line widths and marker sizes are multipliers of the theme's base
values.  Every item may carry a ``key``: the live view updates items in place when the keys
of a new figure match the old one, which keeps slider redraws cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeAlias

import numpy as np
from numpy.typing import ArrayLike, NDArray

Color: TypeAlias = int | str
LineStyle: TypeAlias = Literal["solid", "dashed", "dotted"]
#: Marker shapes (the live view maps them to pyqtgraph symbols: o, s, t1, d, +, x).
Marker: TypeAlias = Literal["circle", "square", "triangle", "diamond", "plus", "cross"]
Scale: TypeAlias = Literal["linear", "log"]


def _arr(values: ArrayLike) -> NDArray[np.float64]:
    return np.asarray(values, dtype=np.float64)


@dataclass(frozen=True, eq=False)
class Line:
    """A polyline ``y(x)``; NaN breaks the line."""

    x: NDArray[np.float64]
    y: NDArray[np.float64]
    label: str = ""
    color: Color = 0
    style: LineStyle = "solid"
    width: float = 1.0
    key: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "x", _arr(self.x))
        object.__setattr__(self, "y", _arr(self.y))
        if self.x.shape != self.y.shape:
            raise ValueError(f"Line x and y differ in shape: {self.x.shape} vs {self.y.shape}")


@dataclass(frozen=True, eq=False)
class Band:
    """A filled band between ``y_low(x)`` and ``y_high(x)``."""

    x: NDArray[np.float64]
    y_low: NDArray[np.float64]
    y_high: NDArray[np.float64]
    label: str = ""
    color: Color = 0
    alpha: float = 0.25
    key: str = ""

    def __post_init__(self) -> None:
        for name in ("x", "y_low", "y_high"):
            object.__setattr__(self, name, _arr(getattr(self, name)))


@dataclass(frozen=True, eq=False)
class Span:
    """A shaded interval across the whole axes: ``start..stop`` along x (or y)."""

    start: float
    stop: float
    orientation: Literal["vertical", "horizontal"] = "vertical"
    label: str = ""
    color: Color = 7
    alpha: float = 0.15
    key: str = ""


@dataclass(frozen=True, eq=False)
class VLine:
    """A vertical reference line at ``x``."""

    x: float
    label: str = ""
    color: Color = 7
    style: LineStyle = "dashed"
    width: float = 0.8
    key: str = ""


@dataclass(frozen=True, eq=False)
class HLine:
    """A horizontal reference line at ``y``."""

    y: float
    label: str = ""
    color: Color = 7
    style: LineStyle = "dashed"
    width: float = 0.8
    key: str = ""


@dataclass(frozen=True, eq=False)
class Histogram:
    """Pre-binned counts: ``len(edges) == len(counts) + 1``."""

    edges: NDArray[np.float64]
    counts: NDArray[np.float64]
    label: str = ""
    color: Color = 0
    alpha: float = 0.6
    key: str = ""
    #: ``False``: an outline only (several histograms overlaid stay readable instead of blending)
    fill: bool = True
    #: outline width, a multiple of the theme's line width
    width: float = 0.4

    def __post_init__(self) -> None:
        object.__setattr__(self, "edges", _arr(self.edges))
        object.__setattr__(self, "counts", _arr(self.counts))
        if self.edges.shape != (self.counts.shape[0] + 1,):
            raise ValueError("Histogram needs len(edges) == len(counts) + 1")


@dataclass(frozen=True, eq=False)
class Scatter:
    """Points; ``size`` multiplies the theme's marker size."""

    x: NDArray[np.float64]
    y: NDArray[np.float64]
    label: str = ""
    color: Color = 0
    size: float = 1.0
    alpha: float = 0.8
    key: str = ""
    marker: Marker = "circle"

    def __post_init__(self) -> None:
        object.__setattr__(self, "x", _arr(self.x))
        object.__setattr__(self, "y", _arr(self.y))
        if self.x.shape != self.y.shape:
            raise ValueError("Scatter x and y differ in shape")


@dataclass(frozen=True, eq=False)
class Arrow:
    """An arrow from ``(x, y)`` to ``(x + dx, y + dy)``."""

    x: float
    y: float
    dx: float
    dy: float
    label: str = ""
    color: Color = 0
    width: float = 1.0
    key: str = ""


@dataclass(frozen=True, eq=False)
class Ellipse:
    """An ellipse outline; ``width``/``height`` are full axis lengths before rotation."""

    cx: float
    cy: float
    width: float
    height: float
    angle_deg: float = 0.0
    label: str = ""
    color: Color = 0
    style: LineStyle = "solid"
    line_width: float = 1.0
    key: str = ""

    def outline(self, n: int = 128) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """Return ``n`` points on the outline (closed: first == last)."""
        t = np.linspace(0.0, 2.0 * np.pi, n)
        a = np.deg2rad(self.angle_deg)
        ex = 0.5 * self.width * np.cos(t)
        ey = 0.5 * self.height * np.sin(t)
        return (
            self.cx + ex * np.cos(a) - ey * np.sin(a),
            self.cy + ex * np.sin(a) + ey * np.cos(a),
        )


@dataclass(frozen=True, eq=False)
class Image:
    """A raster: ``(H, W)`` scalar data with a colour map, or ``(H, W, 3)`` RGB.

    RGB data is uint8 (0–255) or float in 0–1.  ``extent`` is ``(x0, x1, y0, y1)`` in data
    coordinates, with row 0 drawn at ``y0``; without an extent the image is shown as a photo:
    pixel ``(0, 0)`` top-left, one unit per pixel, equal aspect.
    """

    data: NDArray[np.generic]
    cmap: str = "gray"
    vmin: float | None = None
    vmax: float | None = None
    extent: tuple[float, float, float, float] | None = None
    colorbar: bool = False
    label: str = ""
    key: str = ""

    def __post_init__(self) -> None:
        data = np.asarray(self.data)
        if data.ndim not in (2, 3) or (data.ndim == 3 and data.shape[2] not in (3, 4)):
            raise ValueError(f"Image data must be (H, W) or (H, W, 3|4), got {data.shape}")
        object.__setattr__(self, "data", data)


@dataclass(frozen=True, eq=False)
class Text:
    """A text label at ``(x, y)``, in data or axes-fraction coordinates."""

    x: float
    y: float
    text: str
    color: Color = "fg"
    size: float = 1.0
    anchor: Literal["left", "center", "right"] = "left"
    coords: Literal["data", "axes"] = "data"
    key: str = ""
    #: which edge of the text sits at ``y`` (multi-line labels hang from ``"top"``)
    valign: Literal["center", "top", "bottom"] = "center"
    #: the same text as matplotlib mathtext (``$…$``), drawn by the exporter instead of ``text``;
    #: views without mathtext show ``text``
    math: str = ""


Item: TypeAlias = Line | Band | Span | VLine | HLine | Histogram | Scatter | Arrow | Ellipse | Image | Text


@dataclass(frozen=True, eq=False)
class Axes:
    """One plot area of a figure, placed on the figure's grid."""

    key: str
    items: tuple[Item, ...] = ()
    title: str = ""
    xlabel: str = ""
    ylabel: str = ""
    xscale: Scale = "linear"
    yscale: Scale = "linear"
    xlim: tuple[float, float] | None = None
    ylim: tuple[float, float] | None = None
    equal_aspect: bool = False
    legend: bool = False
    grid: bool = True
    show_axes: bool = True
    #: x ticks at whole numbers only (layer indices, step counts)
    integer_x: bool = False
    #: y ticks at whole numbers only
    integer_y: bool = False
    row: int = 0
    col: int = 0
    rowspan: int = 1
    colspan: int = 1
    share_x: str = ""
    share_y: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(self.items))


@dataclass(frozen=True, eq=False)
class Table:
    """A tidy table of the numbers behind a figure, stored column-wise."""

    name: str
    columns: tuple[str, ...]
    data: tuple[Sequence[object], ...]

    def __post_init__(self) -> None:
        if len(self.columns) != len(self.data):
            raise ValueError("Table needs one data column per column name")
        lengths = {len(col) for col in self.data}
        if len(lengths) > 1:
            raise ValueError(f"Table {self.name!r} columns differ in length: {sorted(lengths)}")

    @classmethod
    def from_rows(cls, name: str, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> Table:
        """Build a table from row tuples."""
        cols = tuple(columns)
        data = tuple(list(c) for c in zip(*rows, strict=True)) if rows else tuple([] for _ in cols)
        return cls(name, cols, data)

    @property
    def n_rows(self) -> int:
        return len(self.data[0]) if self.data else 0

    def rows(self) -> list[tuple[object, ...]]:
        """Return the table as a list of row tuples."""
        return list(zip(*self.data, strict=True))


@dataclass(frozen=True, eq=False)
class Figure:
    """A complete figure: axes on an ``nrows × ncols`` grid plus the tables behind it."""

    name: str
    axes: tuple[Axes, ...]
    title: str = ""
    nrows: int = 1
    ncols: int = 1
    tables: tuple[Table, ...] = field(default_factory=tuple)
    caption: str = ""
    #: relative column widths and row heights (empty: equal)
    width_ratios: tuple[float, ...] = ()
    height_ratios: tuple[float, ...] = ()
    #: the same figure reflowed for a narrow page (fewer columns): the exporter uses it on pages
    #: narrower than 3:2 and whenever this arrangement does not fit (the live view ignores it)
    narrow: Figure | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "axes", tuple(self.axes))
        object.__setattr__(self, "tables", tuple(self.tables))
        for name, n in (("width_ratios", self.ncols), ("height_ratios", self.nrows)):
            ratios = tuple(getattr(self, name))
            if ratios and (len(ratios) != n or min(ratios) <= 0):
                raise ValueError(f"{name} needs {n} positive values, got {ratios}")
        for ax in self.axes:
            if ax.row + ax.rowspan > self.nrows or ax.col + ax.colspan > self.ncols:
                raise ValueError(f"Axes {ax.key!r} does not fit a {self.nrows}x{self.ncols} grid")

    def axes_by_key(self, key: str) -> Axes:
        """Return the axes with ``key``."""
        for ax in self.axes:
            if ax.key == key:
                return ax
        raise KeyError(key)
