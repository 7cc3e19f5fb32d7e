"""The Training panel (issue #14): small MLPs trained side by side on a toy 2-D set, live."""

from __future__ import annotations

import dataclasses
import html
import threading
import time
from collections.abc import Generator

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lab.figures import Axes, Figure, Text, Theme
from lab.train.compute import Progress, RunKey, TrainResult, run_keys, train
from lab.train.figures import run_label
from lab.train.live import LiveFrame, LiveRuns, screen_bars
from lab.train.params import PRESETS, TrainParams
from lab.train.spec import figures
from ui.controller import PanelController
from ui.figure_view import FigureView
from ui.form import ParamForm
from ui.i18n import tr
from ui.panels.base import Panel, controls_scroll, side_by_side
from ui.presets import PresetButtons

SECTIONS = (
    ("Runs side by side", ("activations", "schemes", "inputs")),
    ("Data", ("dataset", "n_per_class", "noise")),
    ("Network and SGD", ("depth", "width", "lr", "batch", "steps", "target_loss")),
    ("Initialization", ("gain_mode", "gain", "sigma_small", "sigma_large", "slope", "alpha")),
    ("", ("seed",)),
)
# The live view redraws at most this often: a redraw (curves, maps, bars) costs ~20–60 ms of GUI
# time, and training keeps a core busy meanwhile.  The figures are built in the worker; a hidden
# panel draws only its latest frame, when it is shown.
_REDRAW_S = 0.25
# The curves view's width less its plot's: the y axis, its label and the margins (pixels).
_AXIS_PX = 80


def label_room(axes: tuple[Axes, ...], steps: int, plot_width: float, font_size: float) -> tuple[Axes, ...]:
    """The curves' axes with their x range widened (never narrowed) until the longest line-end
    label fits right of the curves in a plot ``plot_width`` pixels wide, the curves keeping at
    least half of it."""
    widest = 0.0
    for it in axes[0].items:
        if isinstance(it, Text) and it.key.startswith("label:"):
            font = QFont()
            font.setPointSizeF(font_size * it.size)
            widest = max(widest, QFontMetricsF(font).horizontalAdvance(it.text) + 8.0)
    if widest <= 0 or plot_width <= 0:
        return axes
    share = min(widest / plot_width, 0.5)  # of the plot, right of the curves' ends (at 1.01 steps)
    right = max(1.01 * steps / (1.0 - share), axes[0].xlim[1] if axes[0].xlim else 0.0)
    return tuple(dataclasses.replace(ax, xlim=(0.0, right)) for ax in axes)




class TrainingStopped(Exception):
    """The user pressed Stop: the run ends at its next recorded step."""


class TrainPanel(Panel):
    """Loss and accuracy curves, decision regions and steps-to-target of every run, updated live."""

    panel_id = "train"
    run_finished = Signal()  # a comparison completed; its figures are shown (a hidden panel: when shown)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._keys: list[RunKey] = []  # the runs of the comparison training now
        self._hidden_frame: LiveFrame | None = None  # the latest live frame, while the panel is hidden
        self._shown: LiveFrame | None = None  # the frame on screen
        controller = PanelController(TrainParams(), self._compute, parent=self)
        form = ParamForm(TrainParams, SECTIONS)
        self.presets = PresetButtons(PRESETS, self.apply_preset, columns=1)
        self.preset_buttons = self.presets.buttons
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setToolTip(tr("runs are trained one after another"))
        self.stop_button = QPushButton(tr("Stop"))
        self.stop_button.setToolTip(tr("stop training; the curves so far stay on screen"))
        self.stop_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setFixedHeight(2 * self.status.fontMetrics().lineSpacing() + 4)  # no relayout on new text

        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop_button)
        scroll = controls_scroll(self.presets, row, self.status, form)

        self.curves_view = FigureView(fast=True)
        self.regions_view = FigureView(fast=True)
        self.steps_view = FigureView(fast=True)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setFixedHeight(self.title.fontMetrics().lineSpacing() + 8)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setFixedHeight(self.caption.fontMetrics().lineSpacing() + 6)
        left = QSplitter(Qt.Orientation.Vertical)  # the curves over the steps-to-target bars
        left.addWidget(self.curves_view)
        left.addWidget(self.steps_view)
        left.setSizes([470, 200])
        views = QSplitter(Qt.Orientation.Horizontal)
        views.addWidget(left)
        views.addWidget(self.regions_view)
        views.setSizes([480, 460])
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(views, 1)
        right_layout.addWidget(self.caption)
        side_by_side(self, scroll, right)

        self.bind(controller, form)
        controller.params_changed.connect(self._update_enabled)
        controller.started.connect(self._on_started)
        controller.progress.connect(self._on_progress)
        controller.result_ready.connect(self._on_done)
        controller.failed.connect(self._on_error)
        controller.idle.connect(lambda: self.stop_button.setEnabled(False))
        self.stop_button.clicked.connect(self._on_stop)
        self._relabel = QTimer(self, singleShot=True, interval=50)
        self._relabel.timeout.connect(self._redraw_curves)
        self.curves_view.installEventFilter(self)
        self._update_enabled(controller.params())
        controller.request()

    # --- computing (a worker thread) ------------------------------------------------------------
    def _compute(self, params: TrainParams) -> Generator[Progress | LiveFrame, None, TrainResult]:
        """Train in the worker and build the live figures there too: every decision map evaluates
        its net on a 96 × 96 grid, 20–100 ms of NumPy per redraw that held the GUI thread."""
        stop = self._stop  # this run's flag (a new one per run: see _on_started)
        live = LiveRuns(params)
        last = 0.0
        gen = train(params)
        try:
            while True:
                if stop.is_set():
                    if any(live.runs):
                        yield live.frame(None)  # the steps trained so far stay on screen
                    raise TrainingStopped("stopped")
                try:
                    event = next(gen)
                except StopIteration as done:
                    live.finish(done.value)
                    yield live.frame(None)  # the finished runs' figures, before the result
                    return done.value
                live.add(event)
                now = time.perf_counter()
                if now - last > _REDRAW_S:
                    last = now
                    yield live.frame(event)
                else:
                    yield event
        finally:
            gen.close()

    # --- slots -------------------------------------------------------------------------------
    def _update_enabled(self, p: TrainParams) -> None:
        enabled = {"gain": p.gain_mode == "fixed", "sigma_small": "small_gaussian" in p.schemes,
                   "sigma_large": "large_gaussian" in p.schemes, "slope": "leaky_relu" in p.activations,
                   "alpha": "elu" in p.activations}
        for name, on in enabled.items():
            self.form.set_enabled(name, on)

    def _on_stop(self) -> None:
        self._stop.set()
        self.status.setText("stopping…")

    def _on_started(self, params: TrainParams) -> None:
        self._stop = threading.Event()
        self._keys = run_keys(params)
        self.stop_button.setEnabled(True)
        self.progress.setValue(0)
        self.status.setText(tr("training…"))

    def _on_progress(self, value: Progress | LiveFrame) -> None:
        event = value.event if isinstance(value, LiveFrame) else value
        if event is not None:
            self.progress.setValue(round(1000 * event.fraction))
            self.progress.setFormat(tr("run {k}/{n}: step {a}/{b}").format(
                k=event.run + 1, n=event.n_runs, a=event.step, b=event.steps))
            if event.step == 0 and event.run < len(self._keys):
                self.status.setText(tr("training {run}…").format(run=tr(run_label(self._keys[event.run], self._keys))))
        if isinstance(value, LiveFrame):
            if self.isVisible():
                self._draw(value)
            else:
                self._hidden_frame = value  # drawn when the panel is shown (a rebuilt grid of maps: 100+ ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.curves_view and event.type() == QEvent.Type.Resize:
            self._relabel.start()  # the line-end labels' room follows the view's width
        return super().eventFilter(watched, event)

    def _redraw_curves(self) -> None:
        frame = self._shown
        if frame is not None:
            axes = label_room(frame.curves.axes, frame.params.steps, self._plot_width(), self.theme().font_size)
            self.curves_view.show_figure(dataclasses.replace(frame.curves, title="", axes=axes))

    def _plot_width(self) -> float:
        """The loss plot's width in pixels (before the first layout: the view's less its axis)."""
        figure = self.curves_view.figure()
        if figure is not None and any(ax.key == "loss" for ax in figure.axes):
            return float(self.curves_view.plot("loss").vb.width())
        return float(self.curves_view.width() - _AXIS_PX)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        frame, self._hidden_frame = self._hidden_frame, None
        if frame is not None:
            self._draw(frame)

    def _on_done(self, _params: TrainParams, result: TrainResult) -> None:
        self.progress.setValue(1000)
        self.progress.setFormat(tr("done"))
        self.stop_button.setEnabled(False)
        self.status.setText(self._summary(result))
        frame = self._hidden_frame or self._shown
        shown = frame.runs if frame is not None else ()
        if len(shown) != len(result.runs) or any(a is not b for a, b in zip(shown, result.runs, strict=True)):
            # not the worker's last frame (a result from elsewhere): build it here
            live = LiveRuns(result.params, result.data)
            live.finish(result)
            self._on_progress(live.frame(None))
        self.run_finished.emit()  # (its figures are on screen, or will be when the panel is shown)

    def _on_error(self, _params: TrainParams, exc: BaseException) -> None:
        self.stop_button.setEnabled(False)
        if isinstance(exc, TrainingStopped):  # the worker's last frame shows the steps trained so far
            self.progress.setFormat(tr("stopped") + " (%p%)")
            self.status.setText(tr("Stopped: the curves show the steps trained so far. Change a value to train again."))
        else:
            self.status.setText("⚠ " + tr("{reason} (showing the previous run)").format(reason=tr(str(exc))))

    @staticmethod
    def _summary(result: TrainResult) -> str:
        keys = [r.key for r in result.runs]
        reached = [r for r in result.runs if r.steps_to_target is not None]
        target = f"{result.params.target_loss:g}"
        if not reached:
            return tr("No run reached loss ≤ {t} in {n} steps.").format(t=target, n=result.params.steps)
        best = min(reached, key=lambda r: r.steps_to_target or 0)
        missed = len(result.runs) - len(reached)
        first = tr("First to loss ≤ {t}: {run} ({n} steps).").format(
            t=target, run=tr(run_label(best.key, keys)), n=best.steps_to_target)
        if missed:
            return first + " " + tr("{a} of {b} runs reached it, {c} did not.").format(
                a=len(reached), b=len(result.runs), c=missed)
        return first + " " + tr("{a} of {b} runs reached it.").format(a=len(reached), b=len(result.runs))

    def _draw(self, frame: LiveFrame) -> None:
        self._hidden_frame = None
        self._shown = frame
        # Figure titles go into one label above the views: a long title would set a plot's minimum
        # width beyond a narrow view (pyqtgraph then clips the plot instead of shrinking it).
        curves, regions, steps = frame.curves, frame.regions, frame.steps
        title = self.headline("training", "regions", "steps-to-target") or curves.title
        self.title.setText(f"<b>{html.escape(tr(title))}</b>")
        self._redraw_curves()
        self.regions_view.show_figure(dataclasses.replace(regions, title=""))
        bars = dataclasses.replace(screen_bars(steps.axes[0], frame.params.steps),
                                   title=f"SGD steps until the loss ≤ {frame.params.target_loss:g}")
        self.steps_view.show_figure(dataclasses.replace(steps, title="", axes=(bars,)))
        self.caption.setText(tr(curves.caption))

    # --- hooks -------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.controller.is_busy()

    def result(self) -> TrainResult | None:
        """The finished comparison of the current parameters, if any."""
        return self.controller.result()

    def current_figures(self) -> list[Figure]:
        result = self.controller.result()
        return figures(result) if result is not None else super().current_figures()

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        for view in (self.curves_view, self.regions_view, self.steps_view):
            view.set_theme(theme)

    def shutdown(self) -> None:
        self._stop.set()
        super().shutdown()
