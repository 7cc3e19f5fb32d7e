"""The Weight-initialization depth explorer panel (LECTURE.md §0 and §4)."""

from __future__ import annotations

import dataclasses
import random
import time
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lab import params as lp
from lab.figures import Figure, Theme
from lab.init.activations import ACTIVATION_LABELS
from lab.init.config import INPUT_KINDS, LAYER_KINDS
from lab.init.experiment import DepthResult, Progress
from lab.init.figures import depth_figure
from lab.init.predict import Prediction
from lab.init.schemes import SCHEME_LABELS
from lab.init.spec import PRESETS, InitParams, experiment, preset, to_config
from ui.figure_view import FigureView
from ui.panels.base import Panel
from ui.panels.init_controls import LayerCalculator, SliderSpin, combo, set_combo
from ui.workers import Worker, create_worker, signals_blocked

_DEBOUNCE_MS = 30
_REDRAW_MS = 120  # partial results are drawn at most this often while a run is going

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
        self._timer = QTimer(self, singleShot=True, interval=_DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_run)
        self._build_ui()
        self._show_params(self._params)
        self._timer.start()

    # --- construction ------------------------------------------------------------------------
    def _build_ui(self) -> None:
        info = {i.name: i for i in lp.infos(InitParams)}
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

        self.scheme = combo(SCHEME_LABELS, info["scheme"].help)
        self.activation = combo(ACTIVATION_LABELS, info["activation"].help)
        self.sigma_small = SliderSpin(1e-4, 0.1, p.sigma_small, decimals=4, log=True, tooltip=info["sigma_small"].help)
        self.sigma_large = SliderSpin(0.1, 5.0, p.sigma_large, decimals=2, log=True, tooltip=info["sigma_large"].help)
        self.const_value = SliderSpin(-1.0, 1.0, p.const_value, decimals=3, tooltip=info["const_value"].help)
        self.depth = SliderSpin(1, 50, p.depth, integer=True, tooltip=info["depth"].help)
        self.width = SliderSpin(10, 4096, p.width, integer=True, log=True, tooltip=info["width"].help)
        self.batch = SliderSpin(10, 10000, p.batch, integer=True, log=True, tooltip=info["batch"].help)
        self.input_kind = combo({k: {"normal": "N(0, 1)", "positive": "all positive |N(0, 1)|"}[k] for k in INPUT_KINDS},
                                info["input_kind"].help)
        self.bias = SliderSpin(-1.0, 1.0, p.bias, decimals=3, tooltip=info["bias"].help)
        self.slope = SliderSpin(0.0, 0.99, p.slope, decimals=3, tooltip=info["slope"].help)
        self.elu_alpha = SliderSpin(0.1, 5.0, p.elu_alpha, decimals=2, tooltip=info["elu_alpha"].help)
        self.layer_kind = combo({k: {"dense": "fully connected", "conv": "convolution (fan-in F²·C)"}[k]
                                 for k in LAYER_KINDS}, info["layer_kind"].help)
        self.kernel = self._spin(1, 11, info["kernel"].help)
        self.channels = self._spin(1, 512, info["channels"].help)
        self.conv_size = self._spin(2, 32, info["conv_size"].help)
        self.bins = self._spin(10, 400, info["bins"].help)
        self.compare = QCheckBox("compare with")
        self.compare.setToolTip(info["compare"].help)
        self.scheme_b = combo(SCHEME_LABELS, info["scheme_b"].help)
        self.seed = self._spin(0, 2**31 - 1, info["seed"].help)
        self.new_seed = QPushButton("New seed")
        self.new_seed.setToolTip("draw a new random seed (new input, weights and upstream gradient)")

        net = QGroupBox("Network and initialization")
        form = QFormLayout(net)
        form.addRow("scheme", self.scheme)
        form.addRow("small σ", self.sigma_small)
        form.addRow("large σ", self.sigma_large)
        form.addRow("constant", self.const_value)
        form.addRow("activation", self.activation)
        form.addRow("depth", self.depth)
        form.addRow("width", self.width)
        form.addRow("batch", self.batch)
        form.addRow("input", self.input_kind)
        form.addRow("bias", self.bias)
        form.addRow("leaky slope", self.slope)
        form.addRow("ELU α", self.elu_alpha)
        form.addRow("layers", self.layer_kind)
        conv_row = QHBoxLayout()
        for label, box in (("F", self.kernel), ("C", self.channels), ("map", self.conv_size)):
            conv_row.addWidget(QLabel(label))
            conv_row.addWidget(box)
        form.addRow("conv", conv_row)
        form.addRow("bins", self.bins)
        compare_row = QHBoxLayout()
        compare_row.addWidget(self.compare)
        compare_row.addWidget(self.scheme_b, 1)
        form.addRow(compare_row)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.new_seed)
        form.addRow("seed", seed_row)

        self.progress = QProgressBar()
        self.progress.setToolTip("forward then backward pass, layer by layer")
        self.progress.setTextVisible(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.calculator = LayerCalculator()

        controls = QWidget()
        column = QVBoxLayout(controls)
        column.addWidget(presets)
        column.addWidget(net)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addWidget(self.calculator)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(controls.sizeHint().width() + 24)

        self.view = FigureView()
        self.view.set_theme(self._theme)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        for w in (self.sigma_small, self.sigma_large, self.const_value, self.depth, self.width, self.batch,
                  self.bias, self.slope, self.elu_alpha):
            w.valueChanged.connect(self._on_control_changed)
        for c in (self.scheme, self.activation, self.input_kind, self.layer_kind, self.scheme_b):
            c.currentIndexChanged.connect(self._on_control_changed)
        for s in (self.kernel, self.channels, self.conv_size, self.bins, self.seed):
            s.valueChanged.connect(self._on_control_changed)
        self.compare.toggled.connect(self._on_control_changed)
        self.new_seed.clicked.connect(self._on_new_seed)
        self.calculator.use_fan_in.connect(self._on_use_fan_in)

    @staticmethod
    def _spin(lo: int, hi: int, tooltip: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(lo, hi)
        box.setToolTip(tooltip)
        box.setKeyboardTracking(False)
        return box

    # --- state -------------------------------------------------------------------------------
    def params(self) -> InitParams:
        return self._params

    def set_params(self, params: Any) -> None:
        if not isinstance(params, InitParams):
            raise TypeError(f"expected InitParams, got {type(params).__name__}")
        self._params = params
        self._show_params(params)
        self._timer.start()

    def _show_params(self, p: InitParams) -> None:
        widgets = [self.scheme, self.activation, self.input_kind, self.layer_kind, self.scheme_b, self.compare,
                   self.kernel, self.channels, self.conv_size, self.bins, self.seed, self.sigma_small,
                   self.sigma_large, self.const_value, self.depth, self.width, self.batch, self.bias, self.slope,
                   self.elu_alpha]
        blockers = [signals_blocked(w) for w in widgets]
        for b in blockers:
            b.__enter__()
        try:
            for name in ("scheme", "activation", "input_kind", "layer_kind", "scheme_b"):
                set_combo(getattr(self, name), getattr(p, name))
            for name in ("kernel", "channels", "conv_size", "bins", "seed"):
                getattr(self, name).setValue(getattr(p, name))
            for name in ("sigma_small", "sigma_large", "const_value", "depth", "width", "batch", "bias", "slope",
                         "elu_alpha"):
                getattr(self, name).setValue(getattr(p, name))
            self.compare.setChecked(p.compare)
        finally:
            for b in reversed(blockers):
                b.__exit__(None, None, None)
        self._update_enabled(p)

    def _read_controls(self) -> InitParams:
        return InitParams(
            scheme=self.scheme.currentData(),
            activation=self.activation.currentData(),
            depth=int(self.depth.value()),
            width=int(self.width.value()),
            batch=int(self.batch.value()),
            sigma_small=self.sigma_small.value(),
            sigma_large=self.sigma_large.value(),
            const_value=self.const_value.value(),
            bias=self.bias.value(),
            slope=self.slope.value(),
            elu_alpha=self.elu_alpha.value(),
            input_kind=self.input_kind.currentData(),
            layer_kind=self.layer_kind.currentData(),
            kernel=self.kernel.value(),
            channels=self.channels.value(),
            conv_size=self.conv_size.value(),
            compare=self.compare.isChecked(),
            scheme_b=self.scheme_b.currentData(),
            bins=self.bins.value(),
            seed=self.seed.value(),
        )

    def _update_enabled(self, p: InitParams) -> None:
        used = {p.scheme, p.scheme_b} if p.compare else {p.scheme}
        self.sigma_small.setEnabled("small_gaussian" in used)
        self.sigma_large.setEnabled("large_gaussian" in used)
        self.const_value.setEnabled("constant" in used)
        self.slope.setEnabled(p.activation == "leaky_relu")
        self.elu_alpha.setEnabled(p.activation == "elu")
        conv = p.layer_kind == "conv"
        for w in (self.kernel, self.channels, self.conv_size):
            w.setEnabled(conv)
        self.width.setEnabled(not conv)
        self.scheme_b.setEnabled(p.compare)

    # --- slots -------------------------------------------------------------------------------
    def _on_control_changed(self, *_: object) -> None:
        self._params = self._read_controls()
        self._update_enabled(self._params)
        self.params_changed.emit()
        self._timer.start()

    def _on_preset(self, name: str) -> None:
        self._params = preset(name, self._params)
        self._show_params(self._params)
        self.params_changed.emit()
        self.message.emit(f"Preset: {name}")
        self._timer.start()

    def _on_new_seed(self) -> None:
        self.seed.setValue(random.SystemRandom().randrange(2**31))  # the one non-reproducible click

    def _on_use_fan_in(self, kernel: int, channels: int) -> None:
        if kernel > 11 or channels > 512:
            self.message.emit(f"The experiment takes F ≤ 11 and C ≤ 512 (got F = {kernel}, C = {channels})")
            return
        self._params = dataclasses.replace(self._params, layer_kind="conv", kernel=kernel, channels=channels)
        self._show_params(self._params)
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
            to_config(params)
        except ValueError as exc:
            self.status.setText(f"⚠ {exc}")
            self.message.emit(f"Initialization: {exc} (showing the previous run)")
            return
        self._cancel()
        self._generation += 1
        generation = self._generation
        self._running_params = params
        self._partial = []
        self.progress.setValue(0)
        self.status.setText("running…")
        worker = create_worker(experiment, params, _ignore_errors=True)
        worker.yielded.connect(lambda ev, g=generation: self._on_progress(g, ev))
        worker.returned.connect(lambda res, g=generation, p=params: self._on_done(g, p, res))
        worker.errored.connect(lambda exc, g=generation: self._on_error(g, exc))
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
        if now - self._last_redraw > _REDRAW_MS / 1000:
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
        self.run_finished.emit()

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._worker = None
        self.status.setText(f"⚠ {exc}")
        self.message.emit(f"Initialization run failed: {exc}")

    def _draw(self, results: tuple[DepthResult, ...], *, final: bool) -> None:
        if not results:
            return
        running = self._running_params
        if not final and running is not None and running.compare and len(results) == 1:
            # keep the grid stable while the second scheme has not started
            first = results[0]
            depth = first.config.depth
            empty = Prediction(*(np.full(depth, np.nan) for _ in range(6)), method="")
            results = (first, DepthResult(config=dataclasses.replace(first.config, scheme=running.scheme_b),
                                          bins=first.bins, layers=(), grads=(), prediction=empty))
        self.view.show_figure(depth_figure(results, with_tables=False))

    # --- hooks -------------------------------------------------------------------------------
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
        self.view.set_theme(theme)

    def shutdown(self) -> None:
        self._timer.stop()
        self._cancel()
        self._generation += 1
