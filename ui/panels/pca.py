"""The PCA & whitening explorer: original → centred → decorrelated → whitened, live and draggable."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lab import params as lp
from lab.figures import Figure, Theme
from lab.paths import classify_drop
from lab.pca.analysis import PcaAnalysis, analyse
from lab.pca.compute import BASE_FIELDS, REDRAW_ONLY, PcaComputer, PcaResult
from lab.pca.decision_figure import decision_figure
from lab.pca.figures import patch_figure, topk_figure
from lab.pca.params import PRESETS, VIEWS, PcaParams
from lab.pca.sources import set_move
from lab.pca.spec import column_names
from lab.presets import Preset
from ui.controller import PanelController
from ui.figure_view import FigureView
from ui.form import ParamForm
from ui.i18n import tr
from ui.panels.base import Panel
from ui.panels.pca_stages import draw_stages, notes_text
from ui.panels.pca_widgets import PointPicker
from ui.presets import PresetButtons
from ui.widgets import fit_scroll_width

SECTIONS = (
    ("Data", ("source", "n", "std1", "std2", "rotation_deg", "mean_x", "mean_y", "seed", ("x_name", "y_name"),
              "csv_path", ("csv_x", "csv_y"))),
    ("Statistics", ("test_fraction", "divisor", "eps", "whitening", "standardise")),
    ("View", ("view", "layout", "stage", "k", "tilt_deg")),
    ("Image patches (beyond 2-D)", ("image_path", "patch_size")),
)
_FILES = {"csv_path": ("Open CSV", "CSV files (*.csv *.txt);;All files (*)"),
          "image_path": ("Open image", "Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)")}
_ANIM_STEP = 0.03  # stage units per 33 ms frame: the whole chain in about 3.3 s


class PcaPanel(Panel):
    """Four linked scatter views (or one animated view), top-k projection and image patch spectrum."""

    panel_id = "pca"
    computed = Signal()  # a freshly computed result has been drawn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._analysis: PcaAnalysis | None = None
        self._patches: Figure | None = None  # the last patch spectrum figure (untitled by presets)
        self._error = ""
        self._frozen: tuple[str, tuple, tuple] | None = None
        self._drawn: PcaParams | None = None  # the params of what is on screen
        controller = PanelController(PcaParams(), PcaComputer(), parent=self)
        form = ParamForm(PcaParams, SECTIONS)
        self.presets = PresetButtons(PRESETS, self.apply_preset, title="Presets")
        self.preset_buttons = self.presets.buttons
        for name, (caption, filters) in _FILES.items():
            browse = QToolButton(text="…", toolTip=tr("Choose a file ({caption})").format(caption=tr(caption)))
            browse.clicked.connect(lambda _=False, n=name, c=caption, f=filters: self._on_browse(n, c, f))
            form.add_beside(name, browse)
        self.play = QToolButton(text="▶", checkable=True, objectName="pca_play",
                                toolTip=tr("Animate original → centred → decorrelated → whitened (single view)"))
        form.add_beside("stage", self.play)
        reset = QPushButton(tr("Reset dragged points"), objectName="pca_reset_moves",
                            toolTip=tr("Put every dragged point back where the data source put it"))
        form.section("View").addRow(reset)
        hint = QLabel(tr("Drag points in the Original view; click any point to follow it across views."))
        hint.setWordWrap(True)
        form.section("View").addRow(hint)
        self.notes = QLabel(objectName="pca_notes", wordWrap=True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        controls = QWidget()
        column = QVBoxLayout(controls)
        column.setContentsMargins(4, 4, 4, 4)
        for w in (self.presets, form, self.notes):
            column.addWidget(w)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(controls)
        scroll.setWidgetResizable(True)
        fit_scroll_width(scroll, at_least=360)  # the scroll bar must not cover the controls (#17)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stage_view, self.topk_view, self.patch_view = FigureView(fast=True), FigureView(fast=True), FigureView(fast=True)
        self.decision_view = FigureView(fast=True)
        self.tabs = QTabWidget()
        for view, title in ((self.stage_view, "Stages"), (self.topk_view, "Top-k projection"),
                            (self.patch_view, "Image patches"), (self.decision_view, "Decision line")):
            self.tabs.addTab(view, tr(title))
        self.tabs.setToolTip(tr("Stages: the chain; Top-k: projection onto PC1; Image patches: 8×8 RGB patches (192-D); "
                                "Decision line: a tilt of w flips off-centre points, not centred ones"))
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 1020])
        QHBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        self.layout().addWidget(splitter)

        self.picker = PointPicker(self.stage_view)
        self.picker.picked.connect(self._on_picked)
        self.picker.dragged.connect(self._on_dragged)
        self.picker.drag_finished.connect(self._on_drag_finished)
        self.play.toggled.connect(self._on_play)
        reset.clicked.connect(lambda: self.edit(lp.replace(self.params(), moved_points=())))
        self._anim = QTimer(self, interval=33)
        self._anim.timeout.connect(self._on_anim_tick)
        self.bind(controller, form)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        controller.params_changed.connect(self._on_params_changed)
        controller.result_ready.connect(self._on_computed)
        self._update_enabled(controller.params())
        controller.request()

    # --- the framework's hooks ---------------------------------------------------------------
    def adjust(self, name: str, params: PcaParams) -> PcaParams:
        if name in BASE_FIELDS:  # new data: old drags refer to other points
            params = dataclasses.replace(params, moved_points=(), selected=-1)
        if name == "stage" and params.layout == "grid":  # moving the stage slider asks for the single view
            params = dataclasses.replace(params, layout="single")
            self.form.show_params(params)
        return params

    def needs_compute(self, old: PcaParams, new: PcaParams) -> bool:
        return any(getattr(old, f.name) != getattr(new, f.name)
                   for f in dataclasses.fields(new) if f.name not in REDRAW_ONLY)

    def apply_preset(self, preset: Preset) -> None:
        super().apply_preset(preset)
        self._show_view(self.params().view)

    def _show_view(self, view: str) -> None:
        self.tabs.setCurrentIndex(VIEWS.index(view))

    def _on_tab_changed(self, index: int) -> None:
        view = VIEWS[index]
        if view == "decision":
            self._draw_decision()
        if view != self.params().view:
            self.controller.set_params(lp.replace(self.params(), view=view), user=True, compute=False)

    def analysis(self) -> PcaAnalysis | None:
        """The analysis on screen (a drag updates it at once, before the worker's run)."""
        return self._analysis

    def open_paths(self, paths: list[Path]) -> bool:
        """A .csv/.txt becomes the data source; an image feeds the patch spectrum."""
        params, used = self.params(), False
        for path in paths:
            kind = classify_drop(path).kind  # by ending, else by the first bytes; pipes refused unopened
            if kind == "csv":
                params = lp.replace(params, source="csv", csv_path=str(path), moved_points=(), selected=-1)
                used = True
            elif kind == "image" and not Path(path).is_dir():
                params = lp.replace(params, image_path=str(path), view="patches")
                used = True
        if used:
            self.edit(params)
        return used

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        for view in (self.stage_view, self.topk_view, self.patch_view, self.decision_view):
            view.set_theme(theme)

    def shutdown(self) -> None:
        self._anim.stop()
        super().shutdown()

    # --- drawing ---------------------------------------------------------------------------------
    def _on_params_changed(self, p: PcaParams) -> None:
        self._update_enabled(p)
        if self.tabs.currentIndex() != VIEWS.index(p.view):
            self._show_view(p.view)
        if self._drawn is not None and not self.needs_compute(self._drawn, p):
            self._draw_all()  # a view-only change (stage, layout, selection, names); others wait for the run

    def _update_enabled(self, p: PcaParams) -> None:
        synthetic = p.source != "csv"
        for name in ("n", "std1", "std2", "rotation_deg", "mean_x", "mean_y"):
            self.form.set_enabled(name, synthetic and not (p.source == "worked" and name in ("std1", "std2", "rotation_deg")))
        for name in ("csv_x", "csv_y"):
            self.form.set_enabled(name, not synthetic)

    def _on_computed(self, _params: PcaParams, out: PcaResult) -> None:
        if out.spectrum is not None:
            self._patches = patch_figure(out.spectrum)
        if out.spectrum_error:
            self.message.emit(tr(out.spectrum_error))
        self._error = out.error
        if out.error:
            self.message.emit(tr(out.error))  # keep the previous result on screen
        else:
            self._analysis = out.analysis
        self._draw_all()
        self.computed.emit()

    def _draw_all(self) -> None:
        r, p = self._analysis, self.params()
        self._drawn = p
        if self._patches is not None:  # its title follows the preset even when the spectrum is unchanged
            self.patch_view.show_figure(self.titled(self._patches, "patches"))
        if r is not None:
            draw_stages(self.stage_view, self.picker, r, p, self._frozen, title=self.headline("stages"))
            self.tabs.setTabToolTip(0, tr("statistics from {n} training points").format(n=f"{r.train.size:,}"))
            if not self.picker.dragging or self.tabs.currentWidget() is self.topk_view:
                # hidden behind the Stages tab during a drag: drawn once the drag ends
                self.topk_view.show_figure(self.titled(topk_figure(r, names=column_names(p), tables=False), "topk"))
            if p.view == "decision":
                self._draw_decision()
        self.notes.setText(notes_text(r, self._error))

    def _draw_decision(self) -> None:
        r = self._analysis
        if r is not None:
            self.decision_view.show_figure(self.titled(decision_figure(r.points, r.train, self.params().tilt_deg),
                                                       "decision"))

    # --- pointer and animation ---------------------------------------------------------------
    def _on_browse(self, name: str, caption: str, filters: str) -> None:
        filters = ";;".join(tr(f) for f in filters.split(";;"))
        path, _ = QFileDialog.getOpenFileName(self, tr(caption), getattr(self.params(), name), filters)
        if path:
            self.edit(self.adjust(name, lp.replace(self.params(), **{name: path})))

    def _on_picked(self, _key: str, index: int) -> None:
        if index != self.params().selected:
            self.controller.set_params(lp.replace(self.params(), selected=index), user=True, compute=False)
        x, y = self._analysis.points[index] if self._analysis is not None else (math.nan, math.nan)
        self.message.emit(tr("Point {k}: ({x}, {y})").format(k=index, x=f"{x:.4g}", y=f"{y:.4g}"))

    def _on_dragged(self, index: int, x: float, y: float) -> None:
        r, p = self._analysis, self.params()
        if r is None or not (math.isfinite(x) and math.isfinite(y)):
            return
        if self._frozen is None:
            ax = self.stage_view.figure().axes_by_key("stage0" if p.layout == "grid" else "single")
            self._frozen = (ax.key, ax.xlim, ax.ylim)
        p = dataclasses.replace(p, moved_points=set_move(p.moved_points, index, x, y))
        pts = r.points.copy()
        pts[index] = (x, y)
        self._analysis = analyse(pts, r.train, r.test, divisor=p.divisor, eps=p.eps,  # type: ignore[arg-type]
                                 whitening=p.whitening, standardise_first=p.standardise, k=p.k)
        self.controller.set_params(p, compute=False)  # results computed before this drag are stale now
        self._draw_all()

    def _on_drag_finished(self, *_args: Any) -> None:
        self._frozen = None
        self.controller.set_params(self.params(), user=True)  # top-k and notes from the final position

    def _on_play(self, playing: bool) -> None:
        self.play.setText("■" if playing else "▶")
        if not playing:
            self._anim.stop()
            return
        p = self.params()
        self.edit(dataclasses.replace(p, layout="single", stage=0.0 if p.stage >= 3.0 else p.stage))
        self._anim.start()

    def _on_anim_tick(self) -> None:
        stage = min(self.params().stage + _ANIM_STEP, 3.0)
        params = dataclasses.replace(self.params(), stage=round(stage, 4))
        self.form.widget("stage").setValue(params.stage)
        self.controller.set_params(params, user=stage >= 3.0, compute=False)
        if stage >= 3.0:
            self.play.setChecked(False)
