"""The Activation & gradient explorer panel (LECTURE.md §1): a form, two views and a table."""

from __future__ import annotations

import dataclasses
import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from lab.activations.compute import StatisticsResult, compute
from lab.activations.extras import with_marks
from lab.activations.figures import curves_axes, curves_caption, function_color
from lab.activations.functions import ACTIVATIONS, evaluate
from lab.activations.params import PRESETS, ActivationParams
from lab.figures import Figure, Theme
from ui.controller import PanelController
from ui.figure_view import FigureView
from ui.form import ParamForm
from ui.i18n import tr
from ui.panels.activations_table import StatisticsTable
from ui.panels.base import Panel
from ui.presets import PresetButtons
from ui.widgets import controls_column

SECTIONS = (
    ("", ("functions", "slope", "alpha", "x_range", "threshold", "show_derivative", "marks")),
    ("Input z ~ N(μ, σ²)", ("mu", "sigma", "depth", "show_noise")),
    ("Zig-zag", ("zigzag_steps", "zigzag_batch", "zigzag_batch_b", "zigzag_lr")),
    ("Sampling", ("n_points", "n_samples", "bins", "seed")),
)
_COST_DELAY_MS = 1500  # the cost column is measured once, after start-up


def _short_title(title: str) -> str:
    """A view's title without its parenthesis or comma clause ("Zig-zag (SGD, batch 1)" -> "Zig-zag")."""
    for cut in (" (", ",", " after "):
        title = title.split(cut)[0]
    return title


class ActivationsPanel(Panel):
    """Activation functions, their gradients, and what they do to Gaussian inputs."""

    panel_id = "activations"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._readout_x: float | None = None
        self._with_costs = False
        self._stats_shown: StatisticsResult | None = None
        controller = PanelController(ActivationParams(), self._compute, parent=self)
        form = ParamForm(ActivationParams, SECTIONS)
        self.presets = PresetButtons(PRESETS, self.apply_preset)
        self.preset_buttons = self.presets.buttons

        controls = QWidget()
        column = QVBoxLayout(controls)
        column.addWidget(self.presets)
        column.addWidget(form)
        column.addStretch(1)
        scroll = controls_column(controls, at_least=340)

        self.readout = QLabel(tr("Move the mouse over the curves for x, f(x), f′(x)."))
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setWordWrap(True)
        self.curves_note = QLabel()
        self.curves_note.setTextFormat(Qt.TextFormat.RichText)
        self.curves_note.setWordWrap(True)  # a long note must not widen the panel past a small screen
        self.curves_view = FigureView(fast=True)
        self.stats_view = FigureView(fast=True)
        self.stats_view.setMinimumHeight(220)
        self.noise_view = FigureView(fast=True)  # the noise-robustness figure, when asked for
        self.noise_view.setMinimumHeight(200)
        self.noise_view.setVisible(False)
        self.table = StatisticsTable()
        self.stats_table = self.table.table
        curves_box = QWidget()
        cb = QVBoxLayout(curves_box)
        cb.setContentsMargins(0, 0, 0, 0)
        for w, stretch in ((self.readout, 0), (self.curves_note, 0), (self.curves_view, 1)):
            cb.addWidget(w, stretch)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for w in (curves_box, self.stats_view, self.table):
            splitter.addWidget(w)
        splitter.setSizes([400, 380, 170])
        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(scroll)
        outer.addWidget(splitter)
        outer.setStretchFactor(0, 0)  # extra width goes to the plots, never to the controls
        outer.setStretchFactor(1, 1)
        outer.setSizes([scroll.minimumWidth(), 10_000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(outer)
        splitter.insertWidget(2, self.noise_view)  # shown under the statistics when asked for

        self._vline = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888888", width=1))
        self._proxy = pg.SignalProxy(self.curves_view.scene().sigMouseMoved, rateLimit=60, slot=self._on_mouse)
        self.bind(controller, form)
        controller.params_changed.connect(self._redraw_curves)
        controller.params_changed.connect(self._on_functions_maybe_changed)
        controller.result_ready.connect(self._on_statistics)
        QTimer.singleShot(_COST_DELAY_MS, self, self._enable_costs)
        self._redraw_curves(controller.params())
        self.table.show_closed_forms(controller.params())  # no empty table while the worker runs
        controller.request()

    # --- computing ----------------------------------------------------------------------------
    def _compute(self, params: ActivationParams) -> StatisticsResult:  # runs in a worker thread
        return compute(params, with_costs=self._with_costs)

    def _enable_costs(self) -> None:
        self._with_costs = True
        self.controller.request()  # fills in the cost column

    def wait_for_statistics(self, timeout_s: float = 10.0) -> bool:
        """Run the event loop until the statistics of the current parameters are shown."""
        return self.controller.wait_idle(int(timeout_s * 1000)) and self.controller.result() is not None

    # --- drawing ------------------------------------------------------------------------------
    def _curves_plot(self) -> pg.PlotItem | None:
        try:
            return self.curves_view.plot("curves")
        except KeyError:
            return None

    def _redraw_curves(self, p: ActivationParams) -> None:
        note = tr(curves_caption(p))  # names only what is drawn, like the exported caption
        self.curves_note.setText(html.escape(note[:1].upper() + note[1:] + "." if note else ""))
        self.curves_view.show_figure(self.titled(Figure("activations_curves", (with_marks(curves_axes(p), p),)),
                                                 "curves"))
        plot = self._curves_plot()
        if plot is not None and self._vline.scene() is None:
            plot.addItem(self._vline, ignoreBounds=True)
        if self._readout_x is not None:
            self.show_readout(self._readout_x)

    def _on_functions_maybe_changed(self, p: ActivationParams) -> None:
        # a new set of functions: their rows at once (closed forms filled in, the rest "…")
        shown = [self.stats_table.item(r, 0).text() for r in range(self.stats_table.rowCount())
                 if self.stats_table.item(r, 0) is not None]
        if shown != [ACTIVATIONS[n].label for n in p.functions]:
            self.table.show_closed_forms(p)

    def _on_statistics(self, params: ActivationParams, result: StatisticsResult) -> None:
        self._stats_shown = result
        self._show_statistics_views()
        self.table.show_result(params, result)
        if result.noise is not None:
            self.noise_view.show_figure(self.titled(result.noise, "noise-robustness"))
        self.noise_view.setVisible(result.noise is not None)

    def _show_statistics_views(self) -> None:
        """The three statistics views; with short titles when the full ones would not fit side by side."""
        if self._stats_shown is None:
            return
        views = self._stats_shown.views
        axes = (views.distribution, views.depth, views.zigzag)
        for short in (False, True):
            shown = tuple(dataclasses.replace(a, row=0, col=k, title=_short_title(a.title) if short else a.title)
                          for k, a in enumerate(axes))
            figure = Figure("activations_statistics", shown, nrows=1, ncols=3)
            for name in ("distribution", "depth", "zigzag"):  # the three views of the export's single figures
                figure = self.titled(figure, name)
            self.stats_view.show_figure(figure)
            self.stats_view.ci.layout.invalidate()  # the grid caches its items' minimum widths
            needed = self.stats_view.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
            if needed <= self.stats_view.width():  # (at 1024 px, three full titles need 700 px of 630)
                break

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._stats_shown is not None:
            QTimer.singleShot(0, self, self._show_statistics_views)  # after the layout settled

    def _on_mouse(self, event: tuple[QPointF]) -> None:
        plot = self._curves_plot()
        if plot is None or not plot.sceneBoundingRect().contains(event[0]):
            return
        self.show_readout(float(plot.vb.mapSceneToView(event[0]).x()))

    def show_readout(self, x: float) -> str:
        """Show (and return) x, f(x), f′(x) of every shown function at ``x``; moves the crosshair."""
        p = self.params()
        self._readout_x = x
        self._vline.setPos(x)
        parts = [f"x = {x:.4g}"]
        for name in p.functions:
            f, df = evaluate(name, np.array([x]), slope=p.slope, alpha=p.alpha)
            color = self._theme.color(function_color(name))
            parts.append(f"<span style='color:{color}'>■</span> {ACTIVATIONS[name].label}: "
                         f"f = {f[0]:.5g}, f′ = {df[0]:.5g}")
        text = " &nbsp; ".join(parts)
        self.readout.setText(text)
        return text

    # --- shell hooks --------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        plot = self._curves_plot()
        if plot is not None:  # the view rebuilds its plots: keep the crosshair alive
            plot.removeItem(self._vline)
        self.curves_view.set_theme(theme)
        self.stats_view.set_theme(theme)
        self.noise_view.set_theme(theme)
        self._redraw_curves(self.params())
