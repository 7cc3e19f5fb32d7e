"""The Weight-initialization depth explorer panel (LECTURE.md §0 and §4)."""

from __future__ import annotations

import dataclasses
import random
import time
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lab.figures import Figure, Theme
from lab.init.experiment import DepthResult, Progress
from lab.init.figures import depth_figure
from lab.init.predict import Prediction
from lab.init.schemes import SCHEME_LABELS
from lab.init.spec import PRESETS, InitParams, experiment, preset, to_config
from ui.figure_view import FigureView
from ui.panels.base import Panel
from ui.panels.init_controls import LayerCalculator
from ui.panels.init_form import ParamsForm
from ui.panels.init_ridges import Ridges, strip_ridges
from ui.workers import Worker, create_worker, guarded

_DEBOUNCE_MS = 30
# A long run shows its partial results every _REDRAW_MS.  A redraw and its repaint cost 20–150 ms
# of GUI time while BLAS keeps both cores busy, so runs shorter than about two seconds (under
# _LIVE_FLOPS, the default experiment and its comparison included) only move the progress bar.
_REDRAW_MS = 2000
_LIVE_FLOPS = 1e11

_PRESET_TIPS = {
    "Small Gaussian + tanh": "W = 0.01·N(0,1): stds collapse by ≈0.22 a layer, gradients vanish",
    "Large Gaussian + tanh": "W = 1.0·N(0,1): ~92 % of tanh units saturate at ±1",
    "Xavier + tanh": "W = N(0,1)/√d_in: 0.628, 0.486, 0.407, … (layer 1 analytic 0.62793)",
    "Xavier + ReLU": "Xavier with ReLU halves the variance each layer",
    "Kaiming + ReLU": "W = N(0,1)·√(2/d_in): mean 1/√π, std √(1 − 1/π), scale kept with depth",
    "Conv layer fan-in": "conv layers with 3×3×16 filters: Kaiming with d_in = F²·C",
}


class InitPanel(Panel):
    """A deep net's activations, saturation and gradients under one or two init schemes."""

    panel_id = "init"
    run_finished = Signal()  # a run completed and its figure is shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._params = InitParams()
        self._worker: Worker | None = None
        self._generation = 0
        self._running_params: InitParams | None = None
        self._partial: list[dict[str, Any]] = []
        self._results: tuple[DepthResult, ...] = ()
        self._results_params: InitParams | None = None
        self._last_redraw = 0.0
        self._live = False
        # one view per layout, so switching compare mode on and off does not rebuild the plots
        self._ridges = ((Ridges(),), (Ridges(), Ridges()))
        self._built = [False, False]
        self._timer = QTimer(self, singleShot=True, interval=_DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_run)
        self._build_ui()
        self.form.show_params(self._params)
        self._timer.start()

    # --- construction ------------------------------------------------------------------------
    def _build_ui(self) -> None:
        p = self._params

        presets = QGroupBox("Presets from the lecture")
        grid = QGridLayout(presets)
        self.preset_buttons: dict[str, QPushButton] = {}
        for k, name in enumerate(PRESETS):
            button = QPushButton(f"&{k + 1} {name}")
            button.setToolTip(_PRESET_TIPS[name])
            button.clicked.connect(lambda _=False, n=name: self._on_preset(n))
            grid.addWidget(button, k // 2, k % 2)
            self.preset_buttons[name] = button

        self.form = ParamsForm(p)

        self.progress = QProgressBar()
        self.progress.setToolTip("forward then backward pass, layer by layer")
        self.progress.setTextVisible(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setFixedHeight(3 * self.status.fontMetrics().lineSpacing() + 4)  # no relayout on new text
        self.status.setToolTip("overflow and other problems of the last run")
        self.calculator = LayerCalculator()

        controls = QWidget()
        column = QVBoxLayout(controls)
        column.addWidget(presets)
        column.addWidget(self.form)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addWidget(self.calculator)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(controls.sizeHint().width() + 24)

        self.views = (FigureView(), FigureView())
        self.stack = QStackedWidget()
        for view in self.views:
            view.set_theme(self._theme)
            self.stack.addWidget(view)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setToolTip("the schemes and activation shown; the caption below tells the net and the seed")
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        # fixed heights: a label that grows would resize the plots, and re-laying them out is
        # the most expensive thing the view does
        line = self.caption.fontMetrics().lineSpacing()
        self.title.setFixedHeight(line + 8)
        self.caption.setFixedHeight(2 * line + 6)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 4, 0, 4)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.stack, 1)
        right_layout.addWidget(self.caption)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.form.changed.connect(self._on_control_changed)
        self.form.new_seed.clicked.connect(self._on_new_seed)
        self.calculator.use_fan_in.connect(self._on_use_fan_in)

    # --- state -------------------------------------------------------------------------------
    def params(self) -> InitParams:
        return self._params

    def set_params(self, params: Any) -> None:
        if not isinstance(params, InitParams):
            raise TypeError(f"expected InitParams, got {type(params).__name__}")
        self._params = params
        self.form.show_params(params)
        self._timer.start()

    # --- slots -------------------------------------------------------------------------------
    def _on_control_changed(self, *_: object) -> None:
        self._params = self.form.read()
        self.params_changed.emit()
        self._timer.start()

    def _on_preset(self, name: str) -> None:
        self._params = preset(name, self._params)
        self.form.show_params(self._params)
        self.params_changed.emit()
        self.message.emit(f"Preset: {name}")
        self._timer.start()

    def _on_new_seed(self) -> None:
        self.form.seed.setValue(random.SystemRandom().randrange(2**31))  # the one non-reproducible click

    def _on_use_fan_in(self, kernel: int, channels: int) -> None:
        if kernel > 11 or channels > 512:
            self.message.emit(f"The experiment takes F ≤ 11 and C ≤ 512 (got F = {kernel}, C = {channels})")
            return
        self._params = dataclasses.replace(self._params, layer_kind="conv", kernel=kernel, channels=channels)
        self.form.show_params(self._params)
        self.params_changed.emit()
        self._timer.start()

    # --- the worker --------------------------------------------------------------------------
    def _cancel(self) -> None:
        if self._worker is not None:
            self._worker.quit()
            self._worker = None

    def _start_run(self) -> None:
        params = self._params
        try:
            config = to_config(params)
        except ValueError as exc:
            self.status.setText(f"⚠ {exc}")
            self.message.emit(f"Initialization: {exc} (showing the previous run)")
            return
        self._cancel()
        self._generation += 1
        generation = self._generation
        self._running_params = params
        self._partial = []
        self._last_redraw = time.perf_counter()
        flops = 6.0 * config.depth * config.batch * config.units * config.fan_in * (2 if params.compare else 1)
        self._live = flops > _LIVE_FLOPS
        self.progress.setValue(0)
        self.status.setText("running…")
        worker = create_worker(experiment, params, _ignore_errors=True)
        worker.yielded.connect(guarded(self, lambda ev, g=generation: self._on_progress(g, ev)))
        worker.returned.connect(guarded(self, lambda res, g=generation, p=params: self._on_done(g, p, res)))
        worker.errored.connect(guarded(self, lambda exc, g=generation: self._on_error(g, exc)))
        self._worker = worker
        worker.start()

    def _on_progress(self, generation: int, event: Progress) -> None:
        if generation != self._generation:
            return
        index = next((i for i, s in enumerate(self._partial) if s["config"] is event.config), None)
        if index is None:
            self._partial.append({"config": event.config, "layers": [], "grads": []})
            index = len(self._partial) - 1
        slot = self._partial[index]
        slot["bins"], slot["prediction"] = event.bins, event.prediction
        if event.forward is not None:
            slot["layers"].append(event.forward)
        if event.backward is not None:
            slot["grads"].append(event.backward)
        n_runs = 2 if self._running_params is not None and self._running_params.compare else 1
        self.progress.setMaximum(n_runs * event.total)
        self.progress.setValue(index * event.total + event.step)
        self.progress.setFormat(f"{SCHEME_LABELS[event.config.scheme]}: {event.stage} layer {event.layer}  (%p%)")
        now = time.perf_counter()
        if self._live and now - self._last_redraw > _REDRAW_MS / 1000:
            self._last_redraw = now
            self._draw(self._partial_results(), final=False)

    def _partial_results(self) -> tuple[DepthResult, ...]:
        return tuple(
            DepthResult(config=s["config"], bins=s["bins"], layers=tuple(s["layers"]),
                        grads=tuple(sorted(s["grads"], key=lambda g: g.layer)), prediction=s["prediction"])
            for s in self._partial
        )

    def _on_done(self, generation: int, params: InitParams, results: tuple[DepthResult, ...]) -> None:
        if generation != self._generation or results is None:
            return
        self._worker = None
        self._results, self._results_params = results, params
        self.progress.setValue(self.progress.maximum())
        self.progress.setFormat("done")
        problems = [r.message for r in results if r.message]
        self.status.setText("; ".join(problems))
        if problems:
            self.message.emit("; ".join(problems))
        self._draw(results, final=True)
        self._built[len(results) - 1] = True
        self.run_finished.emit()
        if not all(self._built):
            QTimer.singleShot(0, self._prebuild_other_layout)

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._worker = None
        self.status.setText(f"⚠ {exc}")
        self.message.emit(f"Initialization run failed: {exc}")

    def _draw(self, results: tuple[DepthResult, ...], *, final: bool, show: bool = True) -> None:
        if not results:
            return
        running = self._running_params
        if not final and running is not None and running.compare and len(results) == 1:
            results = (results[0], self._placeholder(results[0], running.scheme_b))
        page = len(results) - 1
        view = self.views[page]
        figure = depth_figure(results, with_tables=False)
        view.show_figure(strip_ridges(figure))
        for index, result in enumerate(results):
            self._ridges[page][index].show(view.plot(f"ridge_{'ab'[index]}"), result, index, self._theme)
        if show:
            self.title.setText(f"<b>{figure.title}</b>")
            self.caption.setText(figure.caption)
            self.stack.setCurrentIndex(page)

    @staticmethod
    def _placeholder(first: DepthResult, scheme: str) -> DepthResult:
        """An empty result standing in for a scheme that has not started yet."""
        depth = first.config.depth
        empty = Prediction(*(np.full(depth, np.nan) for _ in range(6)), method="")
        return DepthResult(config=dataclasses.replace(first.config, scheme=scheme), bins=first.bins, layers=(),
                           grads=(), prediction=empty)

    def _prebuild_other_layout(self) -> None:
        """Build the plots of the layout not on screen while the user reads the first result.

        FigureView builds a new layout in a few hundred ms; doing it now, once, means that
        switching compare mode later only updates data (< 50 ms).
        """
        if not self._results or self._built[1 - self.stack.currentIndex()]:
            return
        first = self._results[0]
        other = (first,) if len(self._results) == 2 else (first, self._placeholder(first, self._params.scheme_b))
        self._draw(other, final=True, show=False)
        self._built[len(other) - 1] = True
        view = self.views[len(other) - 1]
        view.resize(self.stack.size())
        view.grab()  # lay out and paint it once off screen, so showing it later is cheap

    # --- hooks -------------------------------------------------------------------------------
    @property
    def view(self) -> FigureView:
        """The view on screen (single run or comparison)."""
        return self.views[self.stack.currentIndex()]

    def is_running(self) -> bool:
        return self._worker is not None

    def results(self) -> tuple[DepthResult, ...]:
        """The results of the last finished run."""
        return self._results

    def current_figures(self) -> list[Figure]:
        if self._results and self._results_params == self._params:
            return [depth_figure(self._results)]
        return super().current_figures()

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        for view in self.views:
            view.set_theme(theme)  # rebuilds the plots: draw the ridges again
        if self._results:
            self._draw(self._results, final=True)

    def shutdown(self) -> None:
        self._timer.stop()
        self._cancel()
        self._generation += 1
