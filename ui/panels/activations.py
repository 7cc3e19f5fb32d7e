"""The Activation & gradient explorer panel (LECTURE.md §1)."""

from __future__ import annotations

import dataclasses
import time
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lab import params as lp
from lab.activations.cost import Cost, cached_costs
from lab.activations.figures import (
    StatisticsViews,
    build,
    compute_statistics_views,
    curves_axes,
    function_color,
)
from lab.activations.functions import ACTIVATIONS, FUNCTIONS, evaluate
from lab.activations.params import ActivationParams
from lab.figures import Figure, Line, Theme
from ui.figure_view import FigureView
from ui.panels.activations_controls import PRESETS
from ui.panels.activations_plots import decade_ticks_only, fast_lines, major_grid_only, percent
from ui.panels.base import Panel
from ui.widgets import SliderSpin
from ui.workers import Worker, create_worker, guarded, signals_blocked

_DEBOUNCE_MS = 30
_STATS_COLUMNS = ("function", "mean", "std", "E[f′]", "saturated", "dead", "cost ×ReLU", "method")


_COST_DELAY_MS = 1500


def _stats_worker(params: ActivationParams, with_costs: bool) -> tuple[StatisticsViews, dict[str, Cost] | None]:
    # The cost is measured off the GUI thread, once per process, and not while the app is
    # starting: timing ten functions (and importing SciPy for GELU) would slow the first paint.
    return compute_statistics_views(params), cached_costs() if with_costs else None


class ActivationsPanel(Panel):
    """Activation functions, their gradients, and what they do to Gaussian inputs."""

    panel_id = "activations"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._params = ActivationParams()
        self._worker: Worker | None = None
        self._generation = 0
        self._shown_generation = -1
        self._readout_x: float | None = None
        self._stats_timer = QTimer(self, singleShot=True, interval=_DEBOUNCE_MS)
        self._stats_timer.timeout.connect(self._start_statistics)
        self._with_costs = False
        self._closed = False
        QTimer.singleShot(_COST_DELAY_MS, self, self._enable_costs)
        self._build_ui()
        self._show_params(self._params)
        self._redraw_curves()
        self._stats_timer.start()

    # --- construction ------------------------------------------------------------------------
    def _build_ui(self) -> None:
        p = self._params
        info = {i.name: i for i in lp.infos(ActivationParams)}

        presets = QGroupBox("Presets: one lecture claim each")
        grid = QGridLayout(presets)
        self.preset_buttons: dict[str, QPushButton] = {}
        for k, (text, tip, changes) in enumerate(PRESETS):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, c=changes, t=text: self._on_preset(t, c))
            grid.addWidget(button, k // 2, k % 2)
            self.preset_buttons[text] = button

        self.function_list = QListWidget()
        self.function_list.setToolTip("Check the functions to overlay (Space toggles the selected row)")
        for name in FUNCTIONS:
            act = ACTIVATIONS[name]
            item = QListWidgetItem(act.label)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(act.formula)
            self.function_list.addItem(item)
        self.function_list.setFixedHeight(self.function_list.sizeHintForRow(0) * len(FUNCTIONS) + 8)
        self.function_list.itemChanged.connect(self._on_functions_changed)

        self.slope = SliderSpin(0.0, 1.0, p.slope, decimals=3, tooltip=info["slope"].help)
        self.alpha = SliderSpin(0.01, 5.0, p.alpha, decimals=2, tooltip=info["alpha"].help)
        self.x_range = SliderSpin(0.5, 50.0, p.x_range, decimals=1, tooltip=info["x_range"].help)
        self.threshold = SliderSpin(1e-6, 0.99, p.threshold, decimals=6, log=True, tooltip=info["threshold"].help)
        self.mu = SliderSpin(-10.0, 10.0, p.mu, decimals=2, tooltip=info["mu"].help)
        self.sigma = SliderSpin(0.01, 10.0, p.sigma, decimals=2, log=True, tooltip=info["sigma"].help)
        self.show_derivative = QCheckBox("show f′ (dashed)")
        self.show_derivative.setToolTip(info["show_derivative"].help)
        self.depth = self._spin(1, 50, info["depth"].help)
        self.n_points = self._spin(11, 16385, info["n_points"].help)
        self.n_samples = self._spin(100, 1_000_000, info["n_samples"].help, step=1000)
        self.bins = self._spin(5, 400, info["bins"].help)
        self.zigzag_steps = self._spin(1, 500, info["zigzag_steps"].help)
        self.zigzag_batch = self._spin(1, 256, info["zigzag_batch"].help)
        self.zigzag_lr = SliderSpin(0.01, 5.0, p.zigzag_lr, decimals=2, log=True, tooltip=info["zigzag_lr"].help)
        self.seed = self._spin(0, 2**31 - 1, info["seed"].help)

        for w in (self.slope, self.alpha, self.x_range, self.threshold, self.mu, self.sigma, self.zigzag_lr):
            w.valueChanged.connect(self._on_control_changed)
        for s in (self.depth, self.n_points, self.n_samples, self.bins, self.zigzag_steps, self.zigzag_batch,
                  self.seed):
            s.valueChanged.connect(self._on_control_changed)
        self.show_derivative.toggled.connect(self._on_control_changed)

        form = QFormLayout()
        form.addRow("Leaky slope α", self.slope)
        form.addRow("ELU α", self.alpha)
        form.addRow("x range ±", self.x_range)
        form.addRow("saturated if |f′| <", self.threshold)
        form.addRow("", self.show_derivative)
        form.addRow(QLabel("<b>Input z ~ N(μ, σ²)</b>"))
        form.addRow("μ", self.mu)
        form.addRow("σ", self.sigma)
        form.addRow("layers (depth view)", self.depth)
        form.addRow(QLabel("<b>Zig-zag</b>"))
        form.addRow("steps", self.zigzag_steps)
        form.addRow("batch", self.zigzag_batch)
        form.addRow("learning rate", self.zigzag_lr)
        form.addRow(QLabel("<b>Sampling</b>"))
        form.addRow("curve points", self.n_points)
        form.addRow("histogram samples", self.n_samples)
        form.addRow("bins", self.bins)
        form.addRow("seed", self.seed)

        controls = QWidget()
        col = QVBoxLayout(controls)
        col.addWidget(presets)
        col.addWidget(QLabel("<b>Functions</b>"))
        col.addWidget(self.function_list)
        col.addLayout(form)
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(controls)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(340)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.readout = QLabel("Move the mouse over the curves for x, f(x), f′(x).")
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setWordWrap(True)
        self.curves_note = QLabel()
        self.curves_note.setTextFormat(Qt.TextFormat.RichText)
        self.curves_view = FigureView()
        self.stats_view = FigureView()
        self.stats_table = QTableWidget(0, len(_STATS_COLUMNS))
        self.stats_table.setHorizontalHeaderLabels(_STATS_COLUMNS)
        self.stats_table.verticalHeader().setVisible(False)
        self.stats_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.stats_table.setToolTip(
            "Statistics of f(z) for z ~ N(μ, σ²). method: closed form (ReLU family, ELU, SELU) or "
            "composite Gauss–Legendre quadrature (others). cost: measured NumPy time per element vs ReLU.")
        self.method_note = QLabel("")
        self.method_note.setWordWrap(True)
        self.method_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stats_view.setMinimumHeight(220)

        curves_box = QWidget()
        cb = QVBoxLayout(curves_box)
        cb.setContentsMargins(0, 0, 0, 0)
        cb.addWidget(self.readout)
        cb.addWidget(self.curves_note)
        cb.addWidget(self.curves_view, 1)
        table_box = QWidget()
        tb = QHBoxLayout(table_box)
        tb.setContentsMargins(0, 0, 0, 0)
        tb.addWidget(self.stats_table, 3)
        tb.addWidget(self.method_note, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(curves_box)
        splitter.addWidget(self.stats_view)
        splitter.addWidget(table_box)
        splitter.setSizes([400, 380, 150])

        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(scroll)
        outer.addWidget(splitter)
        outer.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(outer)

        self._vline = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888888", width=1))
        self._proxy = pg.SignalProxy(self.curves_view.scene().sigMouseMoved, rateLimit=60, slot=self._on_mouse)

    def _spin(self, lo: int, hi: int, tip: str, step: int = 1) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(lo, hi)
        spin.setSingleStep(step)
        spin.setKeyboardTracking(False)
        spin.setToolTip(tip)
        return spin

    # --- state ----------------------------------------------------------------------------------
    def params(self) -> ActivationParams:
        return self._params

    def set_params(self, params: ActivationParams) -> None:
        self._params = params
        self._show_params(params)
        self._refresh()

    def _show_params(self, p: ActivationParams) -> None:
        with signals_blocked(self.function_list):
            for row in range(self.function_list.count()):
                item = self.function_list.item(row)
                on = item.data(Qt.ItemDataRole.UserRole) in p.functions
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        for name in ("slope", "alpha", "x_range", "threshold", "mu", "sigma", "zigzag_lr"):
            getattr(self, name).setValue(getattr(p, name))
        for name in ("depth", "n_points", "n_samples", "bins", "zigzag_steps", "zigzag_batch", "seed"):
            with signals_blocked(getattr(self, name)):
                getattr(self, name).setValue(getattr(p, name))
        with signals_blocked(self.show_derivative):
            self.show_derivative.setChecked(p.show_derivative)

    def _read_controls(self) -> ActivationParams:
        functions = tuple(
            self.function_list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.function_list.count())
            if self.function_list.item(r).checkState() == Qt.CheckState.Checked
        )
        values: dict[str, Any] = {"functions": functions, "show_derivative": self.show_derivative.isChecked()}
        for name in ("slope", "alpha", "x_range", "threshold", "mu", "sigma", "zigzag_lr"):
            values[name] = getattr(self, name).value()
        for name in ("depth", "n_points", "n_samples", "bins", "zigzag_steps", "zigzag_batch", "seed"):
            values[name] = getattr(self, name).value()
        # the controls already hold values of the right types and ranges; __post_init__ checks
        return dataclasses.replace(self._params, **values)

    # --- slots --------------------------------------------------------------------------------
    def _on_control_changed(self, *_: object) -> None:
        try:
            params = self._read_controls()
        except ValueError as exc:  # out-of-range typed value: keep the previous state
            self.message.emit(f"Activations: {exc}")
            self._show_params(self._params)
            return
        self._params = params
        self._refresh()
        self.params_changed.emit()

    def _on_functions_changed(self, _item: QListWidgetItem) -> None:
        self._on_control_changed()

    def _on_preset(self, title: str, changes: dict[str, Any]) -> None:
        self.set_params(lp.replace(ActivationParams(), **changes))
        self.params_changed.emit()
        self.message.emit(f"Preset: {title}")

    def _on_mouse(self, event: tuple[QPointF]) -> None:
        plot = self._curves_plot()
        if plot is None or not plot.sceneBoundingRect().contains(event[0]):
            return
        self.show_readout(float(plot.vb.mapSceneToView(event[0]).x()))

    # --- drawing ------------------------------------------------------------------------------
    def _refresh(self) -> None:
        """Redraw the curves now (one frame) and the statistics views after a short debounce."""
        self._redraw_curves()
        self._generation += 1
        self._stats_timer.start()

    def _curves_plot(self) -> pg.PlotItem | None:
        try:
            return self.curves_view.plot("curves")
        except KeyError:
            return None

    def _redraw_curves(self) -> None:
        p = self._params
        self.curves_note.setText(f"Highlighted: saturated, |f′| &lt; {p.threshold:g}. Grey: dead, f′ = 0 "
                                 "(ReLU; the lab uses f′(0) = 0, like PyTorch).")
        ax = curves_axes(p)
        # hairlines (see fast_lines), asked of the view directly so it never draws a wide pen
        hair = 1.0 / self._theme.line_width
        ax = dataclasses.replace(ax, items=tuple(
            dataclasses.replace(i, width=hair) if isinstance(i, Line) else i for i in ax.items))
        fig = Figure("activations_curves", (ax,))
        self.curves_view.show_figure(fig)
        plot = self._curves_plot()
        if plot is None:
            return
        if self._vline.scene() is None:
            plot.addItem(self._vline, ignoreBounds=True)
            major_grid_only(plot)
        fast_lines(plot)
        if self._readout_x is not None:
            self.show_readout(self._readout_x)

    def show_readout(self, x: float) -> str:
        """Show (and return) x, f(x), f′(x) of every shown function at ``x``; moves the crosshair."""
        p = self._params
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

    def _start_statistics(self) -> None:
        if self._closed:
            return
        if self._worker is not None:
            self._worker.quit()  # its result is dropped
        generation = self._generation
        worker = create_worker(_stats_worker, self._params, self._with_costs, _start_thread=False,
                               _ignore_errors=True)
        worker.returned.connect(guarded(self, lambda result, g=generation: self._on_statistics(g, result)))
        worker.errored.connect(guarded(self, lambda exc: self.message.emit(f"Activations: statistics failed: {exc}")))
        self._worker = worker
        worker.start()

    def _enable_costs(self) -> None:
        self._with_costs = True
        self._stats_timer.start()  # fills in the cost column

    def _on_statistics(self, generation: int, result: tuple[StatisticsViews, dict[str, Cost] | None]) -> None:
        if generation != self._generation:
            return
        views, costs = result
        axes = (views.distribution, views.depth, views.zigzag)
        self.stats_view.show_figure(Figure(
            "activations_statistics", tuple(dataclasses.replace(a, row=0, col=k) for k, a in enumerate(axes)),
            nrows=1, ncols=3))
        self._fill_table(views, costs)
        self._shown_generation = generation
        for key in ("distribution", "depth", "zigzag"):
            plot = self.stats_view.plot(key)
            major_grid_only(plot)
            fast_lines(plot)
            decade_ticks_only(plot.getAxis("left"))
            if key != "distribution" and plot.legend is not None:  # lines run top-left to bottom-right
                plot.legend.anchor(itemPos=(0, 1), parentPos=(0, 1), offset=(10, -10))

    def _fill_table(self, views: StatisticsViews, costs: dict[str, Cost] | None) -> None:
        self.stats_table.setRowCount(len(views.stats))
        for row, s in enumerate(views.stats):
            cost = f"{costs[s.name].relative_to_relu:.1f}" if costs is not None else "…"
            cells = (ACTIVATIONS[s.name].label, _fixed4(s.mean), _fixed4(s.std), f"{s.mean_grad:.4g}",
                     percent(s.saturated), percent(s.dead), cost, s.method)
            for col, text in enumerate(cells):
                self.stats_table.setItem(row, col, QTableWidgetItem(text))
            if costs is None:
                self.stats_table.item(row, 6).setToolTip("measured shortly after start-up")
                continue
            c = costs[s.name]
            self.stats_table.item(row, 6).setToolTip(
                f"measured on this machine (NumPy, float64): f {c.f_seconds * 1e9:.2f} ns, "
                f"f′ {c.df_seconds * 1e9:.2f} ns per element")
        self.stats_table.resizeColumnsToContents()
        p = self._params
        self.method_note.setText(
            f"Statistics of f(z), z ~ N({p.mu:g}, {p.sigma:g}²): closed forms for ReLU, Leaky ReLU, ELU "
            "and SELU; composite Gauss–Legendre quadrature (error < 1e-12) for the others. "
            f"Histogram: Monte Carlo, {p.n_samples} samples, seed {p.seed}. Depth view: E[f′]ⁿ for "
            "independent inputs at every layer. Cost: NumPy time per element on this machine, "
            "measured once per session, relative to ReLU.")

    # --- shell hooks --------------------------------------------------------------------------
    def current_figures(self) -> list[Figure]:
        return build(self._params)

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        plot = self._curves_plot()
        if plot is not None:  # the view rebuilds its plots: keep the crosshair alive
            plot.removeItem(self._vline)
        self.curves_view.set_theme(theme)
        self.stats_view.set_theme(theme)
        self._redraw_curves()

    def shutdown(self) -> None:
        self._closed = True  # no statistics run starts after this (e.g. the delayed cost run)
        self._stats_timer.stop()
        self._generation += 1
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.quit()
            deadline = time.monotonic() + 5.0
            while worker.is_running and time.monotonic() < deadline:
                QApplication.processEvents()
                time.sleep(0.005)

    def wait_for_statistics(self, timeout_s: float = 10.0) -> bool:
        """Process events until the statistics of the current parameters are shown (for tests)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._shown_generation == self._generation and not self._stats_timer.isActive():
                return True
            QApplication.processEvents()
            time.sleep(0.002)
        return False


def _fixed4(value: float) -> str:
    """Four decimals, without the "-0.0000" a mean of -1e-17 would otherwise show."""
    text = f"{value:.4f}"
    return text[1:] if text == "-0.0000" else text
