"""Texts a figure places beside its axes, drawn in the plot's margin as the exporter draws them.

A :class:`lab.figures.Text` in axes fractions with ``x > 1`` (or ``x < 0``) sits beside the
axes: the exporter draws it there, unclipped (the PCA stages' Σ and λ at ``x = 1.04``).  Inside
the view box pyqtgraph would clip it away, so the live view draws such texts as children of the
plot, in a margin the plot's layout keeps free beside everything else it holds (a legend
beside the view box included), at the height the figure gives them.

Numbers in these texts change on every drag frame: a text is re-laid out only when its HTML,
colour or font changed, and the margin's width is changed by the view only when the texts
outgrow it or shrink well below it (:func:`margin_width`), so a drag does not re-lay out the
grid.
"""

from __future__ import annotations

import html
import math
import re
import weakref

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QSizePolicy

from lab.figures import Theme
from lab.figures import spec as fs
from lab.figures.numbers import minus
from ui.figure_items import text_valign

#: The cell of pyqtgraph's PlotItem grid holding the right margin: right of the view box (2, 1),
#: the hidden right axis and a legend beside the view box (2, 3).
RIGHT_CELL = (2, 4)
#: The gap between the plot's other contents and the texts beside them, in pixels.
GAP_PX = 6
#: Beside texts may take at most this share of the plot's width (longer lines wrap).
MAX_SHARE = 0.4
#: A wider margin is kept until the texts need less than this share of it (no re-layout per frame).
SHRINK_BELOW = 0.7


def beside(item: fs.Item) -> bool:
    """Whether ``item`` is a text the figure places left or right of its axes."""
    return isinstance(item, fs.Text) and item.coords == "axes" and not 0.0 <= item.x <= 1.0


def margin_width(needed: float, current: float) -> float:
    """The margin to keep for texts ``needed`` pixels wide when ``current`` is kept now:
    grown in 8 px steps when too narrow, shrunk only when much too wide."""
    if needed <= 0.0:
        return 0.0
    if needed > current or needed < SHRINK_BELOW * current:
        return 8.0 * math.ceil(needed / 8.0)
    return current


_GENFRAC = re.compile(r"\\genfrac\{\}\{\}\{0\}\{0\}\{([^{}]*)\}\{([^{}]*)\}")
_SYMBOLS = {r"\Sigma": "Σ", r"\lambda": "λ", r"\cdot": "·", r"\;": " ", r"\,": " ", r"\times": "×"}


def _inline(tex: str) -> str | None:
    """Mathtext without structure as escaped HTML (None: a command this does not know)."""
    tex = "".join(tex.split())  # math mode ignores spaces
    for command, symbol in _SYMBOLS.items():
        tex = tex.replace(command, symbol)
    if any(c in tex for c in "\\{}^_"):
        return None
    return html.escape(minus(tex.replace("=", " = ").strip()))


def math_html(math_text: str) -> str | None:
    """The subset of mathtext the figures use, as Qt rich text: ``\\left( … \\right)`` around
    ``\\genfrac{}{}{0}{0}{a}{b}`` columns becomes a matrix (a table in tall parentheses);
    symbols become their characters.  None when the text uses anything else."""
    tex = math_text.strip()
    if len(tex) < 2 or not (tex.startswith("$") and tex.endswith("$")):
        return None
    tex = tex[1:-1]
    start, end = tex.find(r"\left("), tex.rfind(r"\right)")
    if start < 0 or end < start:
        return _inline(tex)
    inner = tex[start + len(r"\left("):end]
    columns = _GENFRAC.findall(inner)
    rest = _GENFRAC.sub("", inner).replace(r"\;", "").replace(r"\,", "").strip()
    pre, post = _inline(tex[:start]), _inline(tex[end + len(r"\right)"):])
    cells = [(_inline(a), _inline(b)) for a, b in columns]
    if not columns or rest or pre is None or post is None or any(a is None or b is None for a, b in cells):
        return None
    paren = '<td rowspan="2" valign="middle"><font size="+3">{p}</font></td>'
    gap = '<td width="6"></td>'
    top = gap.join(f'<td align="right" nowrap>{a}</td>' for a, _ in cells)
    bottom = gap.join(f'<td align="right" nowrap>{b}</td>' for _, b in cells)
    return ('<table cellspacing="0" cellpadding="0"><tr>'
            f'<td rowspan="2" valign="middle">{pre.replace(" ", "&nbsp;")}{"&nbsp;" if pre else ""}</td>{paren.format(p="(")}{top}'
            f'{paren.format(p=")")}<td rowspan="2" valign="middle">{post}</td></tr>'
            f"<tr>{bottom}</tr></table>")


def text_html(item: fs.Text) -> str:
    """What the live view shows for ``item``: its mathtext as HTML where it can, else its text."""
    shown = math_html(item.math) if item.math else None
    return shown if shown is not None else html.escape(minus(item.text)).replace("\n", "<br>")


class SideTexts:
    """The texts beside one plot: shown in the margin its layout keeps free (see :meth:`reserve`)."""

    def __init__(self, plot: pg.PlotItem, theme: Theme) -> None:
        self.plot, self.theme = plot, theme
        self.items: list[QGraphicsTextItem] = []
        self.texts: list[fs.Text] = []
        self._shown: list[tuple[tuple[str, str], str, float]] = []  # ((text, math), colour, point size) of each
        self._tables: list[bool] = []  # whether each item shows a matrix
        self._natural: list[float] = []  # each item's width on one line (its text unwrapped)
        self.margins = (0.0, 0.0)  # (left, right) kept free in the plot's layout
        # The right margin is a cell of the plot's grid right of everything else (a legend beside
        # the view box included), under the title, which spans it: a long title does not widen
        # the plot.  (Nothing in the grid is left of the left axis: the left margin is the
        # layout's own.)
        self.column = pg.GraphicsWidget()
        self.column.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self._set_column_width(0.0)
        plot.layout.addItem(self.column, *RIGHT_CELL)
        plot.layout.removeItem(plot.titleLabel)
        plot.layout.addItem(plot.titleLabel, 0, 1, 1, RIGHT_CELL[1])
        # a weak method: the connections live in C++, out of sight of Python's collector, and a
        # strong one would keep the plot (through self) alive after the figure replaced it
        place = weakref.WeakMethod(self.place)
        for signal in (plot.vb.geometryChanged, plot.geometryChanged):
            signal.connect(lambda: (method := place()) is not None and method())

    def show(self, texts: list[fs.Text]) -> None:
        """Show ``texts`` (each ``beside`` its axes); only what changed is set again."""
        while len(self.items) > len(texts):
            item = self.items.pop()
            self._shown.pop()
            self._natural.pop()
            self._tables.pop()
            if item.scene() is not None:
                item.scene().removeItem(item)
        while len(self.items) < len(texts):
            item = QGraphicsTextItem(self.plot)
            item.setZValue(10)
            # painted again only when its text changes, not on every frame of a drag
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self.items.append(item)
            self._shown.append((("", ""), "", 0.0))
            self._natural.append(0.0)
            self._tables.append(False)
        for k, (item, text) in enumerate(zip(self.items, texts, strict=True)):
            shown = ((text.text, text.math), self.theme.color(text.color), self.theme.font_size * text.size)
            old = self._shown[k]
            if shown[2] != old[2]:
                font = QFont()
                font.setPointSizeF(shown[2])
                item.setFont(font)
            if shown[1] != old[1]:
                item.setDefaultTextColor(QColor(shown[1]))
            if shown[0] != old[0]:
                rich = text_html(text)
                item.setHtml(rich)
                self._tables[k] = rich.startswith("<table")
            if shown[0] != old[0] or shown[2] != old[2]:
                self._natural[k] = _natural(item)
            self._shown[k] = shown
        self.texts = list(texts)
        self.place()

    def wrap(self, cell_width: float) -> None:
        """Plain lines wider than a matrix beside them (or, without one, than the share of its
        cell a plot may give them) wrap; a matrix never does."""
        shown = list(zip(self.items, self._natural, self._tables, strict=True))
        tables = [natural for _item, natural, table in shown if table]
        most = max(MAX_SHARE * cell_width, 80.0)
        if tables:
            most = min(most, max(max(tables), 80.0))
        for item, natural, table in shown:
            want = most if natural > most and not table else -1.0
            if item.textWidth() != want:
                item.setTextWidth(want)
        self.place()

    def needed(self) -> tuple[float, float]:
        """The widths (left, right) the texts need beside the plot, gaps included."""
        left = right = 0.0
        for item, text in zip(self.items, self.texts, strict=True):
            width = item.boundingRect().width() + GAP_PX
            if text.x < 0.0:
                left = max(left, width)
            else:
                right = max(right, width)
        return left, right

    def reserve(self, left: float, right: float) -> None:
        """Keep ``left`` and ``right`` pixels free in the plot's layout (unchanged: nothing done)."""
        if (left, right) == self.margins:
            return
        if left != self.margins[0]:
            layout = self.plot.layout
            _l, top, right_margin, bottom = layout.getContentsMargins()
            layout.setContentsMargins(1.0 + left, top, right_margin, bottom)
        if right != self.margins[1]:
            self._set_column_width(right)
        self.margins = (left, right)
        self.place()

    def _set_column_width(self, width: float) -> None:
        self.column.setMinimumWidth(width)
        self.column.setMaximumWidth(width)
        self.column.setPreferredWidth(width)

    def place(self) -> None:
        """Put each text beside the view box, at the height the figure gives it (as the exporter
        does: a centred text at 0.9 or higher hangs from its height); texts on one side never
        overlap, the lower one moves down."""
        if not self.items:
            return
        box = self.plot.vb.geometry()
        frame = self.plot.rect()
        left_edge = frame.left() + 1.0
        right_edge = self.column.geometry().left() + GAP_PX
        spots: list[tuple[float, QGraphicsTextItem, fs.Text]] = []
        for item, text in zip(self.items, self.texts, strict=True):
            rect = item.boundingRect()
            margin = item.document().documentMargin()
            height = rect.height() - 2 * margin
            y = box.bottom() - min(max(text.y, 0.0), 1.0) * box.height()
            valign = text_valign(text)
            top = y if valign == "top" else y - height if valign == "bottom" else y - height / 2
            spots.append((top, item, text))
        bottoms = {True: -math.inf, False: -math.inf}
        for top, item, text in sorted(spots, key=lambda s: s[0]):
            rect, margin = item.boundingRect(), item.document().documentMargin()
            side = text.x > 1.0
            top = max(top, bottoms[side] + 2.0, frame.top())
            width = rect.width() - 2 * margin
            if side:
                column, room = right_edge, self.margins[1] - GAP_PX
            else:
                column, room = left_edge, self.margins[0] - GAP_PX
            x = column + {"left": 0.0, "center": (room - width) / 2, "right": room - width}[text.anchor]
            item.setPos(x - margin, top - margin)
            bottoms[side] = top + rect.height() - 2 * margin


def _natural(item: QGraphicsTextItem) -> float:
    """The width of ``item``'s text on one line, however it is wrapped now."""
    if item.textWidth() < 0:
        return item.document().idealWidth()
    doc = item.document().clone()
    doc.setTextWidth(-1)
    return doc.idealWidth()
