"""The Activation & gradient explorer panel (LECTURE.md §1): a form, two views and a table."""

from __future__ import annotations

import dataclasses
import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QSplitter, QStackedWidget, QTabBar, QVBoxLayout, QWidget

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

_MIN_PLOT_HEIGHT = 200
_ALL_SIDE_BY_SIDE_PX = 1600  # the screen width from which the three statistics views start side by side

#: The tabs under the curves: (key, label, tooltip); "all" is the three statistics views side by side.
_LOWER_TABS = (
    ("all", "All", "Output distribution, gradient through depth and zig-zag side by side"),
    ("distribution", "Outputs", "The distribution of f(z) for z ~ N(μ, σ²)"),
    ("depth", "Depth", "The gradient factor E[f′]ⁿ kept after n layers"),
    ("zigzag", "Zig-zag", "SGD on two weights with all-positive inputs"),
    ("table", "Table", "Mean, std, E[f′], saturated and dead fractions, cost"),
)

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
        self.curves_view.setMinimumHeight(_MIN_PLOT_HEIGHT)  # the panel's main plot is never squeezed flat
        self.stats_view = FigureView(fast=True)
        self.stats_view.setMinimumHeight(_MIN_PLOT_HEIGHT)
        self.noise_view = FigureView(fast=True)  # the noise-robustness figure: its own tab, when asked for
        self.table = StatisticsTable()
        self.stats_table = self.table.table
        curves_box = QWidget()
        cb = QVBoxLayout(curves_box)
        cb.setContentsMargins(0, 0, 0, 0)
        for w, stretch in ((self.readout, 0), (self.curves_note, 0), (self.curves_view, 1)):
            cb.addWidget(w, stretch)
        # the statistics views, the noise view and the table share one place under the curves, picked
        # by tabs: on a 1280×720 screen with the notes below, the three stacked left the curves 40 px
        # high, and at 1024 px three plots side by side left the gradient plot no width at all
        self.lower_tabs = QTabBar()
        self.lower_tabs.setDocumentMode(True)
        self.lower_tabs.setExpanding(False)
        self.lower_tabs.setUsesScrollButtons(True)
        # the tabs scroll when narrow: their width must not widen the panel (the notes fit beside it)
        self.lower_tabs.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._lower_stack = QStackedWidget()
        for page in (self.stats_view, self.table, self.noise_view):
            self._lower_stack.addWidget(page)
        for key, label, tip in _LOWER_TABS:
            self.lower_tabs.setTabToolTip(self.lower_tabs.addTab(tr(label)), tr(tip))
            self.lower_tabs.setTabData(self.lower_tabs.count() - 1, key)
        self.lower_tabs.currentChanged.connect(self._on_lower_tab)
        self.lower = QWidget()
        lower = QVBoxLayout(self.lower)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.setSpacing(0)
        lower.addWidget(self.lower_tabs)
        lower.addWidget(self._lower_stack, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        for w in (curves_box, self.lower):
            splitter.addWidget(w)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 500])
        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(scroll)
        outer.addWidget(splitter)
        outer.setStretchFactor(0, 0)  # extra width goes to the plots, never to the controls
        outer.setStretchFactor(1, 1)
        outer.setSizes([scroll.minimumWidth(), 10_000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(outer)

        self._vline = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888888", width=1))
        self._proxy = pg.SignalProxy(self.curves_view.scene().sigMouseMoved, rateLimit=60, slot=self._on_mouse)
        self.bind(controller, form)
        self.preset_changed.connect(self._on_preset)
        screen = QGuiApplication.primaryScreen()
        if screen is not None and screen.availableGeometry().width() < _ALL_SIDE_BY_SIDE_PX:
            self.show_lower_tab("distribution")  # three plots side by side would be too narrow to read
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
        tab = self._tab_index("noise")
        if result.noise is not None and tab < 0:  # newly asked for: show it
            tab = self.lower_tabs.insertTab(self._tab_index("table"), tr("Noise"))
            self.lower_tabs.setTabData(tab, "noise")
            self.lower_tabs.setTabToolTip(tab, tr("How much input noise reaches the output: ELU vs Leaky ReLU"))
            self.lower_tabs.setCurrentIndex(tab)
        elif result.noise is None and tab >= 0:
            self.lower_tabs.removeTab(tab)

    # --- the tabs under the curves -------------------------------------------------------------
    def _tab_index(self, key: str) -> int:
        return next((i for i in range(self.lower_tabs.count()) if self.lower_tabs.tabData(i) == key), -1)

    def lower_tab(self) -> str:
        """What the tabs under the curves show: "all", "distribution", "depth", "zigzag", "noise" or "table"."""
        return str(self.lower_tabs.tabData(self.lower_tabs.currentIndex()))

    def show_lower_tab(self, key: str) -> None:
        """Bring the view ``key`` (see :meth:`lower_tab`) to the front, if it is there."""
        if (tab := self._tab_index(key)) >= 0:
            self.lower_tabs.setCurrentIndex(tab)

    def _on_lower_tab(self, _index: int) -> None:
        key = self.lower_tab()
        self._lower_stack.setCurrentWidget({"table": self.table, "noise": self.noise_view}.get(key, self.stats_view))
        self._show_statistics_views()

    def _on_preset(self, name: str) -> None:
        """A clicked preset brings the view that shows its claim to the front."""
        figure = next((p.figure for p in PRESETS if p.name == name), "")
        if figure in ("distribution", "depth", "zigzag", "noise-robustness"):
            self.show_lower_tab("noise" if figure == "noise-robustness" else figure)  # noise: with its result

    def _show_statistics_views(self) -> None:
        """The statistics views of the current tab: all three side by side (with short titles when
        the full ones would not fit), or one of them over the whole width."""
        if self._stats_shown is None or self.lower_tab() in ("table", "noise"):
            return
        views = self._stats_shown.views
        every = {"distribution": views.distribution, "depth": views.depth, "zigzag": views.zigzag}
        key = self.lower_tab()
        if key in every:
            figure = Figure("activations_statistics", (dataclasses.replace(every[key], row=0, col=0),))
            self.stats_view.show_figure(self.titled(figure, key))
            return
        for short in (False, True):
            shown = tuple(dataclasses.replace(a, row=0, col=k, title=_short_title(a.title) if short else a.title)
                          for k, a in enumerate(every.values()))
            figure = Figure("activations_statistics", shown, nrows=1, ncols=3)
            for name in every:  # the three views of the export's single figures
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
