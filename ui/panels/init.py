"""The Weight-initialization depth explorer panel (LECTURE.md §0 and §4)."""

from __future__ import annotations

import dataclasses
import random
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lab.figures import Figure, Theme
from lab.init.compute import InitResult, PartialRun, SeedProgress, compute, flops, placeholder
from lab.init.experiment import DepthResult, Progress
from lab.init.params import CALCULATOR_FIELDS, PRESETS, InitParams
from lab.init.schemes import SCHEME_LABELS
from lab.init.views import figures, main_figure, seeds_figure
from lab.presets import Preset
from ui.controller import PanelController
from ui.figure_view import FigureView
from ui.form import ParamForm
from ui.i18n import tr
from ui.panels.base import Panel, side_by_side
from ui.panels.init_controls import LayerCalculator
from ui.panels.init_ridges import Ridges, strip_ridges
from ui.presets import PresetButtons

SECTIONS = (("Network and initialization", (
    "scheme", "gain_mode", "gain", "sigma_small", "sigma_large", "const_value", "activation", "depth", "width",
    "batch", "input_kind", "bias", "slope", "elu_alpha", "layer_kind", ("kernel", "channels", "conv_size"), "bins",
    ("compare", "compare_what"), "scheme_b", "bias_b", "seeds", "seed")),)
CALCULATOR = ("Layer calculator", ("calc_kind", ("calc_h", "calc_w", "calc_c"), "calc_k", ("calc_f", "calc_s", "calc_p")))
# A long run shows its partial results every _REDRAW_S.  A redraw and its repaint cost 20–150 ms
# of GUI time while BLAS keeps both cores busy, so runs shorter than about two seconds (under
# _LIVE_FLOPS, the default experiment and its comparison included) only move the progress bar.
_REDRAW_S = 2.0
_LIVE_FLOPS = 1e11


class InitPanel(Panel):
    """A deep net's activations, saturation and gradients under one or two init schemes."""

    panel_id = "init"
    run_finished = Signal()  # a run completed and its figure is shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._partial = PartialRun(False)
        self._last_redraw = 0.0
        self._live = False
        self._shown_params: InitParams | None = None  # the params of the finished run on screen
        # one view per layout, so switching compare mode on and off does not rebuild the plots
        self._ridges = ((Ridges(),), (Ridges(), Ridges()))
        self._built = [False, False]
        controller = PanelController(InitParams(), compute, parent=self)
        self.calculator = LayerCalculator()
        form = ParamForm(InitParams, (*SECTIONS, CALCULATOR, self.calculator))
        self.new_seed = QPushButton(tr("New seed"))
        self.new_seed.setToolTip(tr("draw a new random seed (new input, weights and upstream gradient)"))
        form.add_beside("seed", self.new_seed)
        self.presets = PresetButtons(PRESETS, self.apply_preset, title="Presets from the lecture")
        self.preset_buttons = self.presets.buttons
        self.progress = QProgressBar()
        self.progress.setToolTip(tr("forward then backward pass, layer by layer"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setFixedHeight(3 * self.status.fontMetrics().lineSpacing() + 4)  # no relayout on new text
        self.status.setToolTip(tr("overflow and other problems of the last run"))

        controls = QWidget()
        column = QVBoxLayout(controls)
        for w in (self.presets, self.progress, self.status, form):
            column.addWidget(w)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(controls.sizeHint().width() + 24)
        self._scroll = scroll

        self.views = (FigureView(), FigureView())
        self.stack = QStackedWidget()
        for view in self.views:
            self.stack.addWidget(view)
        # fixed heights: a label that grows would resize the plots, and re-laying them out is
        # the most expensive thing the view does
        self.title = QLabel()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        line = self.caption.fontMetrics().lineSpacing()
        self.title.setFixedHeight(line + 8)
        self.caption.setFixedHeight(3 * line + 6)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.seeds_view = FigureView()
        self.seeds_view.setMinimumHeight(230)
        self.seeds_view.setVisible(False)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 4, 0, 4)
        for w, stretch in ((self.title, 0), (self.stack, 3), (self.seeds_view, 1), (self.caption, 0)):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter) if isinstance(w, QLabel) else None
            right_layout.addWidget(w, stretch)
        side_by_side(self, scroll, right, margin=0)

        self.bind(controller, form)
        controller.params_changed.connect(self._update_enabled)
        controller.params_changed.connect(self.calculator.show_params)
        controller.started.connect(self._on_started)
        controller.progress.connect(self._on_progress)
        controller.result_ready.connect(self._on_done)
        controller.failed.connect(self._on_error)
        self.new_seed.clicked.connect(self._on_new_seed)
        self.calculator.use_fan_in.connect(self._on_use_fan_in)
        self._update_enabled(controller.params())
        self.calculator.show_params(controller.params())
        controller.request()

    # --- slots -------------------------------------------------------------------------------
    def _update_enabled(self, p: InitParams) -> None:
        used = {p.scheme, p.scheme_b} if p.compare else {p.scheme}
        conv = p.layer_kind == "conv"
        enabled = {"sigma_small": "small_gaussian" in used, "sigma_large": "large_gaussian" in used,
                   "const_value": "constant" in used, "slope": p.activation == "leaky_relu",
                   "elu_alpha": p.activation == "elu", "kernel": conv, "channels": conv, "conv_size": conv,
                   "width": not conv, "compare_what": p.compare,
                   "scheme_b": p.compare and p.compare_what == "scheme", "bias_b": p.compare and p.compare_what == "bias",
                   "gain": p.gain_mode == "fixed", "calc_k": p.calc_kind == "conv", "calc_p": p.calc_kind == "conv"}
        for name, on in enabled.items():
            self.form.set_enabled(name, on)

    def _on_new_seed(self) -> None:  # the one non-reproducible click
        self.edit(dataclasses.replace(self.params(), seed=random.SystemRandom().randrange(2**31)))

    def _on_use_fan_in(self, kernel: int, channels: int) -> None:
        if kernel > 11 or channels > 512:
            self.message.emit(tr("The experiment takes F ≤ 11 and C ≤ 512 (got F = {f}, C = {c})").format(f=kernel, c=channels))
            return
        self.edit(dataclasses.replace(self.params(), layer_kind="conv", kernel=kernel, channels=channels))

    # --- the run -------------------------------------------------------------------------------
    def _on_started(self, params: InitParams) -> None:
        self._partial = PartialRun(params.compare)
        self._last_redraw = time.perf_counter()
        try:
            self._live = flops(params) > _LIVE_FLOPS
        except ValueError:
            self._live = False
        self.progress.setValue(0)
        self.status.setText(tr("running…"))

    def _on_progress(self, event: Progress | SeedProgress) -> None:
        if isinstance(event, SeedProgress):  # after the experiment: the forward pass over the seeds
            self.progress.setMaximum(event.n * event.progress.total)
            self.progress.setValue(event.index * event.progress.total + event.progress.step)
            self.progress.setFormat(tr("seed {k} of {n}: layer {layer}").format(
                k=event.index + 1, n=event.n, layer=event.progress.layer) + "  (%p%)")
            return
        index = self._partial.add(event)
        self.progress.setMaximum(self._partial.n_runs * event.total)
        self.progress.setValue(index * event.total + event.step)
        self.progress.setFormat(tr("{scheme}: {stage} layer {layer}").format(
            scheme=tr(SCHEME_LABELS[event.config.scheme]), stage=tr(event.stage), layer=event.layer) + "  (%p%)")
        now = time.perf_counter()
        if self._live and now - self._last_redraw > _REDRAW_S:
            self._last_redraw = now
            self._draw(self._partial.results(self.params().scheme_b))

    def _on_done(self, params: InitParams, result: InitResult) -> None:
        results = result.runs
        self._shown_params = params
        self.progress.setValue(self.progress.maximum())
        self.progress.setFormat(tr("done"))
        problems = [tr(r.message) for r in results if r.message]
        self.status.setText("; ".join(problems))
        if problems:
            self.message.emit("; ".join(problems))
        self._draw(results)
        seeds = seeds_figure(params, result, with_tables=False)
        if seeds is not None:
            self.seeds_view.show_figure(self.titled(seeds, "seeds"))
        self.seeds_view.setVisible(seeds is not None)
        self._built[len(results) - 1] = True
        self.run_finished.emit()
        if not all(self._built):
            QTimer.singleShot(0, self, self._prebuild_other_layout)

    def _on_error(self, _params: InitParams, exc: BaseException) -> None:
        self.status.setText("⚠ " + tr("{reason} (showing the previous run)").format(reason=tr(str(exc))))  # the base class tells the status bar

    def _draw(self, results: tuple[DepthResult, ...], *, show: bool = True) -> None:
        page = len(results) - 1
        view = self.views[page]
        figure = main_figure(self.params(), results, with_tables=False)
        view.show_figure(strip_ridges(figure))
        for index, result in enumerate(results):
            self._ridges[page][index].show(view.plot(f"ridge_{'ab'[index]}"), result, index, self._theme)
        if show:
            self.title.setText(f"<b>{tr(self.headline('depth') or figure.title)}</b>")
            self.caption.setText(tr(figure.caption))
            self.stack.setCurrentIndex(page)

    def _prebuild_other_layout(self) -> None:
        """Build the plots of the layout not on screen while the user reads the first result.

        FigureView builds a new layout in a few hundred ms; doing it now, once, means that
        switching compare mode later only updates data (< 50 ms).
        """
        results = self.results()
        if not results or self._built[1 - self.stack.currentIndex()]:
            return
        first = results[0]
        other = (first,) if len(results) == 2 else (first, placeholder(first, self.params().scheme_b))
        self._draw(other, show=False)
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
        return self.controller.is_busy()

    def results(self) -> tuple[DepthResult, ...]:
        """The results of the last finished run."""
        last = self.controller.last_result()
        return last.runs if last is not None else ()

    def apply_preset(self, preset: Preset) -> None:
        super().apply_preset(preset)
        if any(name in CALCULATOR_FIELDS for name in preset.changes):  # the calculator sits below the form
            self._scroll.ensureWidgetVisible(self.calculator)

    def needs_compute(self, old: InitParams, new: InitParams) -> bool:
        """The layer calculator's fields do not change the experiment."""
        return _experiment_part(old) != _experiment_part(new)

    def current_figures(self) -> list[Figure]:
        last, params = self.controller.last_result(), self.params()
        shown = self._shown_params
        if last is not None and shown is not None and _experiment_part(shown) == _experiment_part(params):
            return figures(params, last)
        return super().current_figures()

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        for view in (*self.views, self.seeds_view):
            view.set_theme(theme)  # rebuilds the plots: draw the ridges again
        if self.results():
            self._draw(self.results())


def _experiment_part(p: InitParams) -> InitParams:
    """``p`` without the layer calculator's fields (they never change the experiment)."""
    return dataclasses.replace(p, **{name: getattr(InitParams(), name) for name in CALCULATOR_FIELDS})
