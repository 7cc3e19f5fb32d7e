"""The PCA & whitening explorer: original → centred → decorrelated → whitened, live and draggable."""

from __future__ import annotations

import dataclasses
import math
import os
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QTabWidget, QWidget

from lab import params as lp
from lab.figures import Figure, Theme
from lab.pca.analysis import PcaAnalysis, analyse, interpolate_stage
from lab.pca.figures import (
    display_indices,
    interpolated_axes,
    moved_indices,
    patch_figure,
    stages_figure,
    topk_figure,
)
from lab.pca.params import PcaParams, analyse_params, apply_preset, base_points
from lab.pca.patches import PatchSpectrum, image_spectrum
from lab.pca.sources import set_move
from lab.pca.spec import column_names
from ui.panels.base import Panel
from ui.panels.pca_controls import PcaControls
from ui.panels.pca_widgets import FastFigureView, PointPicker
from ui.workers import create_worker, guarded

_REDRAW_ONLY = {"stage", "layout", "selected", "x_name", "y_name"}
_BASE_FIELDS = ("source", "n", "seed", "std1", "std2", "rotation_deg", "mean_x", "mean_y", "csv_path", "csv_x", "csv_y")
_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".gif"}
_ANIM_STEP = 0.03  # stage units per 33 ms frame: the whole chain in about 3.3 s


def _base_key(p: PcaParams) -> tuple:
    key = tuple(getattr(p, f) for f in _BASE_FIELDS)
    if p.source == "csv":
        try:
            key += (os.stat(p.csv_path).st_mtime_ns,)
        except OSError:
            key += (None,)
    return key


@dataclass
class _Computed:
    base_key: tuple | None = None
    base: np.ndarray | None = None
    result: PcaAnalysis | None = None
    spectrum_key: tuple | None = None
    spectrum: PatchSpectrum | None = None
    error: str = ""
    spectrum_error: str = ""


def _compute(p: PcaParams, base_key: tuple | None, base: np.ndarray | None,
             spectrum_key: tuple | None, spectrum: PatchSpectrum | None) -> _Computed:
    """Worker-thread job: points (cached when their parameters did not change), analysis, spectrum."""
    out = _Computed(base_key=base_key, base=base, spectrum_key=spectrum_key, spectrum=spectrum)
    skey = (p.image_path, p.patch_size, p.seed, p.divisor)
    if skey != spectrum_key:
        try:
            out.spectrum = image_spectrum(p.image_path, p.patch_size, rng=np.random.default_rng(p.seed),
                                          divisor=p.divisor)  # type: ignore[arg-type]
            out.spectrum_key = skey
        except ValueError as exc:
            out.spectrum_error = f"Image patches: {exc}"
    try:
        key = _base_key(p)
        if key != base_key or base is None:
            out.base, out.base_key = base_points(p), key
        out.result = analyse_params(p, out.base)
        out.result.reconstruction  # noqa: B018 - computed here, in the worker, not in the GUI thread
    except ValueError as exc:
        out.error = f"PCA data: {exc}"
    return out


class PcaPanel(Panel):
    """Four linked scatter views (or one animated view), top-k projection and image patch spectrum."""

    panel_id = "pca"
    computed = Signal()  # a freshly computed result has been drawn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._params = PcaParams()
        self._state = _Computed()
        self._result: PcaAnalysis | None = None
        self._error = ""
        self._busy = False
        self._dirty = False
        self._generation = 0
        self._frozen: tuple[str, tuple, tuple] | None = None
        self._workers: set[Any] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

        self.controls = PcaControls()
        scroll = QScrollArea()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(360)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stage_view = FastFigureView()
        self.topk_view = FastFigureView()
        self.patch_view = FastFigureView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.stage_view, "Stages")
        self.tabs.addTab(self.topk_view, "Top-k projection")
        self.tabs.addTab(self.patch_view, "Image patches")
        self.tabs.setToolTip("Stages: the chain; Top-k: projection onto PC1; Image patches: 8×8 RGB patches (192-D)")
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 1020])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.picker = PointPicker(self.stage_view)
        self.picker.picked.connect(self._on_picked)
        self.picker.dragged.connect(self._on_dragged)
        self.picker.drag_finished.connect(self._on_drag_finished)
        self.controls.changed.connect(self._on_control_changed)
        self.controls.preset.connect(self._on_preset)
        self.controls.play_toggled.connect(self._on_play)
        self.controls.reset_moves.connect(self._on_reset_moves)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(30)
        self._debounce.timeout.connect(self._start_compute)
        self._anim = QTimer(self)
        self._anim.setInterval(33)
        self._anim.timeout.connect(self._on_anim_tick)
        self.controls.show_params(self._params)
        self._schedule()

    # --- Panel API ---------------------------------------------------------------------
    def params(self) -> PcaParams:
        return self._params

    def set_params(self, params: PcaParams) -> None:
        self._params = params
        self.controls.show_params(params)
        self._schedule()

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        for view in (self.stage_view, self.topk_view, self.patch_view):
            view.set_theme(theme)

    def open_paths(self, paths: list[Path]) -> bool:
        """A .csv/.txt becomes the data source; an image feeds the patch spectrum."""
        used = False
        for path in paths:
            suffix = Path(path).suffix.lower()
            if suffix in (".csv", ".txt"):
                self._params = lp.replace(self._params, source="csv", csv_path=str(path), moved_points=(), selected=-1)
                used = True
            elif suffix in _IMAGE_SUFFIXES:
                self._params = lp.replace(self._params, image_path=str(path))
                self.tabs.setCurrentWidget(self.patch_view)
                used = True
        if used:
            self.controls.show_params(self._params)
            self._schedule()
            self.params_changed.emit()
        return used

    def shutdown(self) -> None:
        self._anim.stop()
        self._debounce.stop()
        self._generation += 1
        self._pool.waitForDone(10_000)

    # --- computing -----------------------------------------------------------------------
    def _schedule(self) -> None:
        self._debounce.start()

    def _start_compute(self) -> None:
        if self._busy:
            self._dirty = True
            return
        self._busy = True
        self._generation += 1
        s = self._state
        worker = create_worker(_compute, self._params, s.base_key, s.base, s.spectrum_key, s.spectrum,
                               _start_thread=False, _ignore_errors=True)
        worker.returned.connect(guarded(self, partial(self._on_computed, self._generation)))
        worker.errored.connect(self._on_worker_error)
        worker.finished.connect(guarded(self, partial(self._on_worker_finished, worker)))
        self._workers.add(worker)
        self._pool.start(worker)

    def _on_worker_error(self, exc: Exception) -> None:
        # Expected problems come back as messages in _Computed; this is a bug, but keep running.
        self.message.emit(f"PCA: unexpected {type(exc).__name__}: {exc}")

    def _on_worker_finished(self, worker: Any) -> None:
        self._workers.discard(worker)
        self._busy = False
        if self._dirty:
            self._dirty = False
            self._start_compute()

    def _on_computed(self, generation: int, out: _Computed) -> None:
        if out.spectrum is not None:
            self._state.spectrum, self._state.spectrum_key = out.spectrum, out.spectrum_key
            self.patch_view.show_figure(patch_figure(out.spectrum))
        if out.spectrum_error:
            self.message.emit(out.spectrum_error)
        if generation != self._generation:
            return  # the user dragged a point meanwhile; this result is stale
        self._error = out.error
        if out.error:
            self.message.emit(out.error)  # keep the previous result on screen
        else:
            self._state.base, self._state.base_key = out.base, out.base_key
            self._result = out.result
            self._draw_all()
        self._show_notes()
        self.computed.emit()

    # --- drawing ---------------------------------------------------------------------------
    def _draw_all(self) -> None:
        self._draw_stages()
        if self._result is not None:
            self.topk_view.show_figure(topk_figure(self._result, names=column_names(self._params), tables=False))

    def _draw_stages(self) -> None:
        r, p = self._result, self._params
        if r is None:
            return
        n = r.points.shape[0]
        sel = p.selected if 0 <= p.selected < n else -1
        disp = display_indices(n, extra=(sel, *moved_indices(p.moved_points)))
        names = column_names(p)
        if p.layout == "grid":
            # no figure title on screen (the tab names it): the four plots get the height
            fig = dataclasses.replace(stages_figure(r, names=names, selected=sel, tables=False, display=disp), title="")
            pts = {f"stage{i}": r.stages[i].points for i in range(4)}
            draggable = "stage0"
        else:
            ax = interpolated_axes(r, p.stage, names=names, selected=sel, display=disp)
            fig = Figure(name="single", axes=(ax,))
            pts = {"single": interpolate_stage(r, p.stage)}
            draggable = "single" if p.stage == 0 else ""
        if self._frozen is not None:
            key, xlim, ylim = self._frozen
            fig = dataclasses.replace(fig, axes=tuple(
                dataclasses.replace(a, xlim=xlim, ylim=ylim) if a.key == key else a for a in fig.axes))
        self.stage_view.show_figure(fig)
        self.picker.clear()
        for key, xy in pts.items():
            self.picker.set_points(key, disp, xy[disp], draggable=key == draggable)
        shown = "" if disp.size >= n else f"showing {disp.size:,} of {n:,} points; "
        self.tabs.setTabToolTip(0, f"{shown}statistics from {r.train.size:,} training points")

    def _show_notes(self) -> None:
        lines = []
        if self._error:
            lines.append(f"⚠ {self._error} (showing the last good data)")
        if self._result is not None:
            r = self._result
            n = r.points.shape[0]
            lines.append(f"PC1 at {r.fit.first_axis_deg:.3f}°, λ = {r.fit.eigenvalues[0]:.5g}, "
                         f"{r.fit.eigenvalues[1]:.5g}; top-{r.k} keeps {100 * r.retained:.2f}%.")
            if n > display_indices(n).size:
                lines.append(f"Showing {display_indices(n).size:,} of {n:,} points per view (all are computed).")
            lines.extend(f"⚠ {note}" for note in r.notes)
        self.controls.notes.setText("\n".join(lines))

    # --- events ---------------------------------------------------------------------------
    def _on_control_changed(self, name: str, value: object) -> None:
        try:
            changes: dict[str, object] = {name: value}
            if name in _BASE_FIELDS:  # new data: old drags refer to other points
                changes.update(moved_points=(), selected=-1)
            if name == "stage" and self._params.layout == "grid":
                changes["layout"] = "single"  # moving the stage slider asks for the animated view
            self._params = lp.replace(self._params, **changes)
        except ValueError as exc:
            self.message.emit(f"PCA: {exc}")
            self.controls.show_params(self._params)
            return
        if "layout" in changes:
            self.controls.show_params(self._params)
        self.controls.update_enabled(self._params)
        if name in ("x_name", "y_name"):
            self._draw_all()
        elif name in _REDRAW_ONLY:
            self._draw_stages()
        else:
            self._schedule()
        self.params_changed.emit()

    def _on_preset(self, name: str) -> None:
        self._params = apply_preset(self._params, name)
        self.controls.show_params(self._params)
        self.tabs.setCurrentWidget(self.stage_view)
        self._schedule()
        self.params_changed.emit()
        self.message.emit(f"Preset: {name}")

    def _on_reset_moves(self) -> None:
        if self._params.moved_points:
            self._params = lp.replace(self._params, moved_points=())
            self._schedule()
            self.params_changed.emit()

    def _on_picked(self, key: str, index: int) -> None:
        if index != self._params.selected:
            self._params = lp.replace(self._params, selected=index)
            self._draw_stages()
            self.params_changed.emit()
        x, y = self._result.points[index] if self._result is not None else (math.nan, math.nan)
        self.message.emit(f"Point {index}: ({x:.4g}, {y:.4g})")

    def _on_dragged(self, index: int, x: float, y: float) -> None:
        r = self._result
        if r is None or not (math.isfinite(x) and math.isfinite(y)):
            return
        if self._frozen is None:
            ax = self.stage_view.figure().axes_by_key("stage0" if self._params.layout == "grid" else "single")
            self._frozen = (ax.key, ax.xlim, ax.ylim)
        self._generation += 1  # results computed before this drag are stale
        self._params = dataclasses.replace(self._params, moved_points=set_move(self._params.moved_points, index, x, y))
        pts = r.points.copy()
        pts[index] = (x, y)
        p = self._params
        self._result = analyse(pts, r.train, r.test, divisor=p.divisor, eps=p.eps,  # type: ignore[arg-type]
                               whitening=p.whitening, standardise_first=p.standardise, k=p.k)
        self._draw_stages()

    def _on_drag_finished(self, index: int, x: float, y: float) -> None:
        self._frozen = None
        self._draw_stages()
        self._schedule()  # refresh top-k and notes from the final position
        self.params_changed.emit()

    def _on_play(self, playing: bool) -> None:
        if not playing:
            self._anim.stop()
            self.params_changed.emit()
            return
        changes: dict[str, object] = {"layout": "single"}
        if self._params.stage >= 3.0:
            changes["stage"] = 0.0
        self._params = lp.replace(self._params, **changes)
        self.controls.show_params(self._params)
        self._draw_stages()
        self._anim.start()

    def _on_anim_tick(self) -> None:
        stage = min(self._params.stage + _ANIM_STEP, 3.0)
        self._params = dataclasses.replace(self._params, stage=round(stage, 4))
        self.controls.stage.setValue(stage)
        self._draw_stages()
        if stage >= 3.0:
            self.controls.play.setChecked(False)
