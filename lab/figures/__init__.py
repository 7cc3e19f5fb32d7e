"""Plain-data figure descriptions shared by the live view and the slide exporter."""

from lab.figures.spec import (
    Arrow,
    Axes,
    Band,
    Ellipse,
    Figure,
    Histogram,
    HLine,
    Image,
    Item,
    Line,
    Scatter,
    Span,
    Table,
    Text,
    VLine,
)
from lab.figures.themes import DARK, LIGHT, SLIDE, THEMES, Theme

__all__ = [
    "DARK",
    "LIGHT",
    "SLIDE",
    "THEMES",
    "Arrow",
    "Axes",
    "Band",
    "Ellipse",
    "Figure",
    "HLine",
    "Histogram",
    "Image",
    "Item",
    "Line",
    "Scatter",
    "Span",
    "Table",
    "Text",
    "Theme",
    "VLine",
]
