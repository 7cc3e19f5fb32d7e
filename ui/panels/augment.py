"""The augmentation & preprocessing panel: drop photos, edit a pipeline, see samples and statistics."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lab import params as lp
from lab.augment.compute import figures
from lab.augment.loading import LoadedImage
from lab.augment.params import PRESETS, AugmentParams, pipeline_of
from lab.augment.pipeline import pipeline_to_json
from lab.figures import Figure, Theme
from ui.controller import PanelController
from ui.figure_view import FigureView
from ui.form import ParamForm
from ui.panels.augment_drop import ImageDrops
from ui.panels.augment_grid import SampleGrid
from ui.panels.augment_images import ImagesBox
from ui.panels.augment_jobs import Computed, Loaded, compute_job, load_job, load_report, show_computed
from ui.panels.augment_pipeline_editor import CUSTOM, PipelineEditor
from ui.panels.base import Panel
from ui.presets import PresetButtons


class AugmentPanel(Panel):
    """Original + N augmented samples, a pipeline editor and the preprocessing view."""

    panel_id = "augment"
    images_loaded = Signal(int)
    grid_ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._loaded: tuple[tuple[str, ...], int] | None = None  # (paths, max_side) of self._images
        self._seed_rng = np.random.default_rng()
        self._load_started = 0.0
        self.last_grid_seconds = float("nan")
        self._job = _GridJob()
        controller = PanelController(AugmentParams(), self._job, parent=self)
        self.loader = PanelController(((), 512, 0, False), lambda a: load_job(a[0], a[1]), debounce_ms=0, parent=self)
        self.presets = PresetButtons(PRESETS, self.apply_preset)
        self.preset_buttons = self.presets.buttons
        self.images = ImagesBox()
        self.image_list, self.problems_label = self.images.image_list, self.images.problems_label
        self.open_button, self.samples_button = self.images.open_button, self.images.samples_button
        self.editor = PipelineEditor()
        pipeline_box = QGroupBox("Pipeline")
        QVBoxLayout(pipeline_box).addWidget(self.editor)
        form = ParamForm(AugmentParams, [
            self.presets, self.images, ("Samples", ("n_samples", "seed", "max_side")), pipeline_box,
            ("Preprocessing", ("normalization", "statistics", "n_test", "stats_size"))])
        self.reroll_button = QPushButton("Reroll", toolTip="Draw a new seed (R)")
        form.add_beside("seed", self.reroll_button)
        self.fixed_seed = QCheckBox("Fixed seed", checked=True)
        self.fixed_seed.setToolTip("On: edits re-sample with the same seed, so you see only the edit's effect.\n"
                                   "Off: every edit also draws a new seed.")
        form.section("Samples").insertRow(2, "", self.fixed_seed)

        self.grid = SampleGrid()
        self.figure_view = FigureView()
        self.stats_label = QLabel(wordWrap=True)
        self.stats_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pre = QWidget()
        lay = QVBoxLayout(pre)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.figure_view, 1)
        lay.addWidget(self.stats_label)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.grid, "Samples")
        self.tabs.addTab(pre, "Preprocessing")
        self.status_label = QLabel()
        right = QWidget()
        lay = QVBoxLayout(right)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.status_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.images.scrolled(form))
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 980])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(splitter)
        self.drops = ImageDrops(self, self.open_paths, self.message.emit)  # drag and drop, Ctrl+V, R
        self.drops.shortcut("R", self._on_reroll)

        self.bind(controller, form)
        self.editor.set_state(AugmentParams().preset, pipeline_of(AugmentParams().preset, ""))
        self.editor.changed.connect(lambda: self._on_custom_edit("pipeline"))
        self.editor.message.connect(self.message)
        self.image_list.currentRowChanged.connect(lambda _r: self._on_custom_edit("image_index"))
        self.grid.tile_selected.connect(lambda _i: self._on_custom_edit("sample_index"))
        self.open_button.clicked.connect(self.drops.choose_files)
        self.samples_button.clicked.connect(lambda: self._load((), user=True))
        self.reroll_button.clicked.connect(self._on_reroll)
        controller.result_ready.connect(self._on_computed)
        controller.failed.connect(lambda _p, exc: self.status_label.setText(str(exc)))
        self.loader.progress.connect(self._on_load_progress)
        self.loader.result_ready.connect(self._on_loaded)
        self.loader.failed.connect(lambda _p, exc: self.message.emit(f"Loading images failed: {exc}"))
        self._load(())

    # --- params ----------------------------------------------------------------------------
    def set_params(self, params: AugmentParams) -> None:
        self._show(params)
        load = self._loaded != (params.images, params.max_side)
        self.controller.set_params(params, compute=not load)
        if load:
            self._load(params.images, index=params.image_index)

    def _show(self, p: AugmentParams) -> None:
        self.form.show_params(p)
        self.images.show_index(p.image_index)
        self.grid.set_selected(p.sample_index)
        self.editor.set_state(p.preset, pipeline_of(p.preset, p.pipeline_json))

    def adjust(self, name: str, params: AugmentParams) -> AugmentParams:
        if name != "seed" and not self.fixed_seed.isChecked():
            params = dataclasses.replace(params, seed=int(self._seed_rng.integers(2**31 - 1)))
            self.form.show_params(params)
        return params

    def needs_compute(self, old: AugmentParams, new: AugmentParams) -> bool:
        if new.max_side != old.max_side:
            self._load(self._loaded[0] if self._loaded else (), index=new.image_index, user=True)
            return False
        return dataclasses.replace(old, sample_index=new.sample_index) != new  # the grid stays

    def _on_custom_edit(self, name: str) -> None:
        preset = self.editor.preset()
        changes: dict[str, Any] = {
            "pipeline": {"preset": preset,
                         "pipeline_json": pipeline_to_json(self.editor.steps()) if preset == CUSTOM else ""},
            "image_index": {"image_index": max(0, self.image_list.currentRow())},
            "sample_index": {"sample_index": min(self.grid.selected(), self.params().n_samples - 1)},
        }[name]
        current = self.params()
        params = self.adjust(name, lp.replace(current, **changes))
        self.controller.set_params(params, user=True, compute=self.needs_compute(current, params))

    def apply_preset(self, preset: Any) -> None:
        super().apply_preset(preset)
        self._show(self.params())

    def _on_reroll(self) -> None:
        self.edit(dataclasses.replace(self.params(), seed=int(self._seed_rng.integers(2**31 - 1))))

    # --- images ------------------------------------------------------------------------------
    def open_paths(self, paths: list[Path]) -> bool:
        """Load ``paths`` (files or folders) in the background; unusable files are reported."""
        if paths:
            self._load(tuple(str(p) for p in paths), user=True)
        return bool(paths)

    def _load(self, paths: tuple[str, ...], index: int = 0, user: bool = False) -> None:
        self._load_started = time.perf_counter()
        self.status_label.setText("Loading images…")
        self.loader.set_params((paths, self.form.value("max_side"), index, user))

    def _on_load_progress(self, progress: tuple[int, int, str]) -> None:
        done, total, name = progress
        if total > 3:
            self.status_label.setText(f"Loading {done + 1}/{total}: {name}")

    def _on_loaded(self, request: tuple[tuple[str, ...], int, int, bool], loaded: Loaded) -> None:
        _paths, max_side, index, user = request
        self.images.show_problems(loaded.problems)
        if not loaded.images:
            self.message.emit(load_report(loaded) + " — keeping the previous images")
            self.status_label.setText("")
            self.form.show_params(self.params())
            return
        self._job.images = loaded.images
        images = tuple(str(im.path) for im in loaded.images) if loaded.requested else ()
        self._loaded = (images, max_side)
        index = min(max(0, index), len(loaded.images) - 1)
        self.images.show_images(loaded.images, index)
        if user or loaded.problems:
            self.message.emit(load_report(loaded))
        self.images_loaded.emit(len(loaded.images))
        params = lp.replace(self.params(), images=images, max_side=max_side, image_index=index)
        self.controller.set_params(params, user=user)

    # --- results -----------------------------------------------------------------------------
    def computed(self) -> Computed | None:
        """The grid on screen: its params, backend result, figures and tiles."""
        return self.controller.last_result()

    def _on_computed(self, _params: AugmentParams, computed: Computed) -> None:
        show_computed(computed, self.grid, self.figure_view, self.stats_label, self.status_label)
        if self._load_started:
            self.last_grid_seconds = time.perf_counter() - self._load_started
            self._load_started = 0.0
        self.grid_ready.emit()

    def current_figures(self) -> list[Figure]:
        c, p = self.computed(), self.params()
        if c is not None and dataclasses.replace(c.params, sample_index=p.sample_index) == p:
            return figures(p, c.result)  # a newly selected sample needs no new grid
        return super().current_figures()

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        self.grid.set_theme(theme)
        self.figure_view.set_theme(theme)

    def shutdown(self) -> None:
        self.loader.shutdown()
        super().shutdown()



class _GridJob:
    """``params -> Computed`` on the images loaded last (replaced, never mutated, by the panel)."""

    images: list[LoadedImage] = []

    def __call__(self, params: AugmentParams) -> Computed:
        if not self.images:
            raise ValueError("no images loaded yet")
        return compute_job(params, self.images)
