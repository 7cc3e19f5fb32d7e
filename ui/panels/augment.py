"""The augmentation & preprocessing panel: drop photos, edit a pipeline, see samples and statistics."""

from __future__ import annotations

import dataclasses
import html
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
from ui.i18n import tr
from ui.panels.augment_drop import ImageDrops
from ui.panels.augment_grid import SampleGrid
from ui.panels.augment_images import ImagesBox
from ui.panels.augment_jobs import (
    Computed,
    LoadAttempt,
    compute_job,
    describe,
    load_job,
    load_report,
    show_computed,
)
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
        self._loaded: tuple[tuple[str, ...], int] | None = None  # (paths, max_side) of the images shown
        self._missing: tuple[str, ...] = ()  # requested paths that do not exist (kept in the params)
        self._removed: tuple[int, str] | None = None  # the last removed image (row, path), for undo
        self._computed: Computed | None = None
        self._seed_rng = np.random.default_rng()
        self._load_started = 0.0
        self.last_grid_seconds = float("nan")
        self._job = _GridJob()
        controller = PanelController(AugmentParams(), self._job, parent=self)
        self.loader = PanelController(((), 512, False, AugmentParams()), lambda a: load_job(a[0], a[1], a[3]),
                                      debounce_ms=0, parent=self)
        self.presets = PresetButtons(PRESETS, self.apply_preset)
        self.preset_buttons = self.presets.buttons
        self.images = ImagesBox()
        self.image_list, self.problems_label = self.images.image_list, self.images.problems_label
        self.open_button, self.samples_button = self.images.open_button, self.images.samples_button
        self.editor = PipelineEditor()
        pipeline_box = QGroupBox(tr("Pipeline"))
        QVBoxLayout(pipeline_box).addWidget(self.editor)
        form = ParamForm(AugmentParams, [
            self.presets, self.images, ("Samples", ("n_samples", "seed", "max_side", "captions")), pipeline_box,
            ("Preprocessing", ("normalization", "statistics", "n_test", "stats_size"))])
        self.reroll_button = QPushButton(tr("Reroll"), toolTip=tr("Draw a new seed (R)"))
        form.add_beside("seed", self.reroll_button)
        self.fixed_seed = QCheckBox(tr("Fixed seed"), checked=True)
        self.fixed_seed.setToolTip(tr("On: edits re-sample with the same seed, so you see only the edit's effect.\n"
                                      "Off: every edit also draws a new seed."))
        form.section("Samples").insertRow(2, "", self.fixed_seed)

        self.grid = SampleGrid()
        self.sample_details = QLabel(wordWrap=True)  # every value drawn for the selected sample
        self.sample_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sample_details.setAccessibleName(tr("Selected sample's parameters"))
        samples_page = QWidget()
        lay = QVBoxLayout(samples_page)
        lay.setContentsMargins(0, 0, 0, 0)
        # the active preset's headline, the title the exported grid gets (hidden without one)
        self.headline_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, visible=False)
        lay.addWidget(self.headline_label)
        lay.addWidget(self.grid, 1)
        lay.addWidget(self.sample_details)
        self.figure_view = FigureView()
        self.stats_label = QLabel(wordWrap=True)
        self.stats_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pre = QWidget()
        lay = QVBoxLayout(pre)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.figure_view, 1)
        lay.addWidget(self.stats_label)
        self.tabs = QTabWidget()
        self.tabs.addTab(samples_page, tr("Samples"))
        self.tabs.addTab(pre, tr("Preprocessing"))
        self._pre_page = pre
        self._pre_shown: Computed | None = None  # the result the preprocessing view shows
        self.tabs.currentChanged.connect(lambda _i: self._show_preprocessing())
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
        self.open_button.clicked.connect(lambda: self.drops.choose_files(add=False))
        self.images.add_button.clicked.connect(lambda: self.drops.choose_files(add=True))
        self.images.remove_requested.connect(self._on_remove)
        self.images.move_requested.connect(self._on_move)
        self.images.restore_requested.connect(self._on_restore)
        self.samples_button.clicked.connect(lambda: self._load((), user=True))
        self.reroll_button.clicked.connect(self._on_reroll)
        controller.result_ready.connect(self._on_computed)
        controller.params_changed.connect(self._show_headline)
        self._show_headline(controller.params())
        controller.failed.connect(lambda _p, exc: self.status_label.setText(tr(str(exc))))
        self.loader.progress.connect(self._on_load_progress)
        self.loader.result_ready.connect(self._on_loaded)
        self.loader.failed.connect(self._on_load_failed)
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
        self.grid.set_captions_shown(p.captions)
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
        self.grid.set_captions_shown(new.captions)
        self._show_details(new.sample_index)
        # a newly selected sample, or captions on/off: the grid stays
        return dataclasses.replace(old, sample_index=new.sample_index, captions=new.captions) != new

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
    def open_paths(self, paths: list[Path], add: bool = False) -> bool:
        """Load ``paths`` (files or folders) in the background, instead of or (``add``) after the
        images shown; unusable files are reported and the images shown stay until the new ones work."""
        if paths:
            new = tuple(str(p) for p in paths)
            self._load(self._shown_paths() + new if add else new, index=0 if not add else self.params().image_index,
                       user=True)
        return bool(paths)

    def _shown_paths(self) -> tuple[str, ...]:
        """The files in the list (in order), then the missing ones the params keep."""
        return tuple(str(im.path) for im in self._job.images) + self._missing

    def _on_remove(self, row: int) -> None:
        paths = list(self._shown_paths())
        removed = paths.pop(row)
        self._removed = (row, removed)
        self.images.restore_button.setEnabled(True)
        self._load(tuple(paths), index=min(row, len(self._job.images) - 2), user=True)
        self.message.emit(tr("Removed {name} (Undo remove puts it back)").format(name=Path(removed).name))

    def _on_restore(self) -> None:
        if self._removed is None:
            return
        row, path = self._removed
        self._removed = None
        self.images.restore_button.setEnabled(False)
        paths = list(self._shown_paths())
        paths.insert(min(row, len(self._job.images)), path)
        self._load(tuple(paths), index=row, user=True)

    def _on_move(self, row: int, new_row: int) -> None:
        paths = list(self._shown_paths())
        paths.insert(new_row, paths.pop(row))
        index = self.params().image_index  # the original stays the same image
        index = {row: new_row, new_row: row}.get(index, index)
        self._load(tuple(paths), index=index, user=True)

    def _load(self, paths: tuple[str, ...], index: int = 0, user: bool = False) -> None:
        self._load_started = time.perf_counter()
        self.status_label.setText(tr("Loading images…"))
        params = lp.replace(self.params(), image_index=max(0, index))
        self.loader.set_params((paths, self.form.value("max_side"), user, params))

    def _on_load_progress(self, progress: tuple[int, int, str]) -> None:
        done, total, name = progress
        if total > 3:
            self.status_label.setText(tr("Loading {k}/{n}: {name}").format(k=done + 1, n=total, name=name))

    def _on_load_failed(self, _request: object, exc: BaseException) -> None:
        self.status_label.setText("")
        self.message.emit(tr("Loading images failed: {reason} — keeping the previous images").format(reason=tr(str(exc))))

    def _on_loaded(self, request: tuple[tuple[str, ...], int, bool, AugmentParams], attempt: LoadAttempt) -> None:
        _paths, max_side, user, _params = request
        loaded = attempt.loaded
        self.images.show_problems(loaded.problems)
        if attempt.computed is None or attempt.params is None:  # the images shown stay
            reason = attempt.error or load_report(loaded)
            self.message.emit(tr("{reason} — keeping the previous images").format(reason=tr(reason)))
            self.status_label.setText("")
            self.form.show_params(self.params())
            return
        new = attempt.params
        self._job.images = list(loaded.images)
        self._missing = loaded.missing
        self._loaded = (new.images, max_side)
        self.images.show_images(loaded.images, new.image_index)
        if user or loaded.problems:
            self.message.emit(load_report(loaded))
        self.images_loaded.emit(len(loaded.images))
        # edits made while loading win; the grid computed with the images is shown if it still fits
        params = lp.replace(self.params(), images=new.images, max_side=max_side, image_index=new.image_index)
        fits = params == new
        self.controller.set_params(params, user=user, compute=not fits)
        if fits:
            self._on_computed(params, attempt.computed)

    # --- results -----------------------------------------------------------------------------
    def computed(self) -> Computed | None:
        """The grid on screen: its params, backend result, figures and tiles."""
        return self._computed

    def _on_computed(self, _params: AugmentParams, computed: Computed) -> None:
        self._computed = computed
        show_computed(computed, self.grid, None, self.stats_label, self.status_label)
        self._show_preprocessing()
        self._show_details(self.params().sample_index)
        if self._load_started:
            self.last_grid_seconds = time.perf_counter() - self._load_started
            self._load_started = 0.0
        self.grid_ready.emit()

    def _show_headline(self, _params: AugmentParams) -> None:
        text = self.headline("grid")
        self.headline_label.setText(f"<b>{html.escape(tr(text))}</b>" if text else "")
        self.headline_label.setVisible(bool(text))

    def _show_preprocessing(self) -> None:
        """Draw the preprocessing figure when its tab is in front (and only once per result)."""
        c = self._computed
        if c is not None and self.tabs.currentWidget() is self._pre_page and self._pre_shown is not c:
            self.figure_view.show_figure(c.figures[2])
            self._pre_shown = c

    def _show_details(self, index: int) -> None:
        """List every value drawn for the selected sample under the grid."""
        c = self._computed
        if c is None or not c.result.samples:
            self.sample_details.setText("")
            return
        sample = c.result.samples[min(index, len(c.result.samples) - 1)]
        lines = describe(sample).splitlines()
        self.sample_details.setText(tr("Selected: {sample}").format(sample=lines[0]) + "\n" + "   ".join(lines[1:]))

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

    def __init__(self) -> None:
        self.images: list[LoadedImage] = []

    def __call__(self, params: AugmentParams) -> Computed:
        if not self.images:
            raise ValueError("no images loaded yet")
        return compute_job(params, self.images)
