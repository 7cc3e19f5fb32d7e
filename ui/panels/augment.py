"""The augmentation & preprocessing panel: drop photos, edit a pipeline, see samples and statistics."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lab.augment.compute import pipeline_of
from lab.augment.loading import IMAGE_SUFFIXES, LoadedImage
from lab.augment.pipeline import pipeline_to_json
from lab.augment.spec import AugmentParams
from lab.figures import Figure, Theme
from ui.figure_view import FigureView
from ui.panels.augment_controls import AugmentControls
from ui.panels.augment_grid import SampleGrid
from ui.panels.augment_jobs import Computed, Loaded, compute_job, load_job
from ui.panels.augment_pipeline_editor import CUSTOM
from ui.panels.base import Panel
from ui.workers import Worker, create_worker, guarded, signals_blocked


def _urls_to_paths(mime: QMimeData) -> list[Path]:
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class AugmentPanel(Panel):
    """Original + N augmented samples, a pipeline editor and the preprocessing view."""

    panel_id = "augment"
    images_loaded = Signal(int)
    grid_ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._images: list[LoadedImage] = []
        self._image_paths: tuple[str, ...] = ()
        self._loaded_side = -1
        self._load_worker: Any = None
        self._compute_worker: Any = None
        self._pending = False
        self._closing = False
        self._computed: Computed | None = None
        self._seed_rng = np.random.default_rng()
        self._load_started = 0.0
        self.last_grid_seconds = float("nan")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._start_compute)
        self._build_ui()
        self._apply_to_controls(AugmentParams())
        self._request_load(())

    # --- construction ----------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.controls = c = AugmentControls()
        self.image_list = c.image_list
        self.open_button = c.open_button
        self.samples_button = c.samples_button
        self.problems_label = c.problems_label
        self.n_slider = c.n_slider
        self.seed_spin = c.seed_spin
        self.reroll_button = c.reroll_button
        self.fixed_seed = c.fixed_seed
        self.side_spin = c.side_spin
        self.editor = c.editor
        self.norm_combo = c.norm_combo
        self.stats_combo = c.stats_combo
        self.test_spin = c.test_spin
        self.size_spin = c.size_spin
        self.image_list.currentRowChanged.connect(self._on_control_changed)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.samples_button.clicked.connect(lambda: self._request_load((), user=True))
        self.n_slider.valueChanged.connect(self._on_control_changed)
        self.seed_spin.valueChanged.connect(self._on_control_changed)
        self.reroll_button.clicked.connect(self._on_reroll)
        self.side_spin.valueChanged.connect(self._on_side_changed)
        self.editor.changed.connect(self._on_control_changed)
        self.editor.message.connect(self.message)
        for w in (self.norm_combo, self.stats_combo):
            w.currentIndexChanged.connect(self._on_control_changed)
        for spin in (self.test_spin, self.size_spin):
            spin.valueChanged.connect(self._on_control_changed)

        self.grid = SampleGrid()
        self.grid.tile_selected.connect(self._on_tile_selected)
        self.figure_view = FigureView()
        self.stats_label = QLabel()
        self.stats_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stats_label.setWordWrap(True)
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
        splitter.addWidget(c)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 980])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(splitter)

        for seq, slot in ((QKeySequence.StandardKey.Paste, self._on_paste), ("R", self._on_reroll)):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

    # --- params ----------------------------------------------------------------------------
    def params(self) -> AugmentParams:
        preset = self.editor.preset()
        return AugmentParams(
            images=self._image_paths,
            image_index=max(0, self.image_list.currentRow()),
            preset=preset,
            pipeline_json=pipeline_to_json(self.editor.steps()) if preset == CUSTOM else "",
            n_samples=self.n_slider.value(),
            seed=self.seed_spin.value(),
            sample_index=min(self.grid.selected(), self.n_slider.value() - 1),
            max_side=self.side_spin.value() if self.side_spin.value() == 0 else max(32, self.side_spin.value()),
            normalization=self.norm_combo.currentText(),
            statistics=self.stats_combo.currentText(),
            n_test=self.test_spin.value(),
            stats_size=self.size_spin.value(),
        )

    def set_params(self, params: AugmentParams) -> None:
        self._apply_to_controls(params)
        if params.images != self._image_paths or params.max_side != self._loaded_side:
            self._request_load(params.images, index=params.image_index)
        else:
            self._schedule()

    def _apply_to_controls(self, p: AugmentParams) -> None:
        widgets = (self.n_slider, self.seed_spin, self.side_spin, self.norm_combo, self.stats_combo, self.test_spin,
                   self.size_spin, self.image_list, self.grid)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.n_slider.setValue(p.n_samples)
            self.seed_spin.setValue(p.seed)
            self.side_spin.setValue(p.max_side)
            self.norm_combo.setCurrentText(p.normalization)
            self.stats_combo.setCurrentText(p.statistics)
            self.test_spin.setValue(p.n_test)
            self.size_spin.setValue(p.stats_size)
            if 0 <= p.image_index < self.image_list.count():
                self.image_list.setCurrentRow(p.image_index)
            self.grid.set_selected(p.sample_index)
            self.editor.set_state(p.preset, pipeline_of(p.preset, p.pipeline_json))
        finally:
            for w in widgets:
                w.blockSignals(False)

    # --- user edits ------------------------------------------------------------------------
    def _on_control_changed(self, *_args: Any) -> None:
        if not self.fixed_seed.isChecked() and self.sender() is not self.seed_spin:
            with signals_blocked(self.seed_spin):
                self.seed_spin.setValue(int(self._seed_rng.integers(2**31 - 1)))
        self._schedule()
        self.params_changed.emit()

    def _on_reroll(self) -> None:
        with signals_blocked(self.seed_spin):
            self.seed_spin.setValue(int(self._seed_rng.integers(2**31 - 1)))
        self._schedule()
        self.params_changed.emit()

    def _on_side_changed(self, _value: int) -> None:
        self._request_load(self._image_paths, index=self.image_list.currentRow(), user=True)
        self.params_changed.emit()

    def _on_tile_selected(self, _index: int) -> None:
        self.params_changed.emit()

    def _on_open_clicked(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))
        names, _ = QFileDialog.getOpenFileNames(self, "Open image(s)", "", f"Images ({patterns});;All files (*)")
        if names:
            self.open_paths([Path(n) for n in names])

    def _on_paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return
        paths = _urls_to_paths(mime) if mime.hasUrls() else []
        if not paths and mime.hasImage():
            saved = self._save_pasted(QImage(mime.imageData()))
            paths = [saved] if saved else []
        if paths:
            self.open_paths(paths)
        else:
            self.message.emit("The clipboard holds no image or image file")

    def _save_pasted(self, image: QImage) -> Path | None:
        from ui.errors import data_dir

        if image.isNull():
            return None
        folder = data_dir() / "pasted"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"pasted-{time.strftime('%Y%m%d-%H%M%S')}-{int(time.monotonic() * 1000) % 1000:03d}.png"
        return path if image.save(str(path), "PNG") else None

    # --- drag and drop ---------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if (mime.hasUrls() and _urls_to_paths(mime)) or mime.hasImage():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        paths = _urls_to_paths(mime) if mime.hasUrls() else []
        if not paths and mime.hasImage():
            saved = self._save_pasted(QImage(mime.imageData()))
            paths = [saved] if saved else []
        if paths and self.open_paths(paths):
            event.acceptProposedAction()
        else:
            event.ignore()

    def open_paths(self, paths: list[Path]) -> bool:
        """Load ``paths`` (files or folders) in the background; unusable files are reported."""
        if not paths:
            return False
        self._request_load(tuple(str(p) for p in paths), user=True)
        return True

    # --- loading ---------------------------------------------------------------------------
    def _request_load(self, paths: tuple[str, ...], index: int = 0, user: bool = False) -> None:
        if self._load_worker is not None:
            self._load_worker.quit()
        max_side = self.side_spin.value()
        self._load_started = time.perf_counter()
        worker = create_worker(load_job, list(paths), max_side, _start_thread=False, _ignore_errors=True)
        worker.yielded.connect(self._on_load_progress)
        worker.returned.connect(guarded(self, lambda loaded, w=worker: self._on_loaded(w, loaded, max_side, index, user)))
        worker.errored.connect(guarded(self, lambda exc, w=worker: self._on_worker_error(w, exc)))
        worker.finished.connect(guarded(self, lambda w=worker: self._on_load_finished(w)))
        self._load_worker = worker
        self.status_label.setText("Loading images…")
        worker.start()

    def _on_load_progress(self, progress: tuple[int, int, str]) -> None:
        done, total, name = progress
        if total > 3 and not self._closing:
            self.status_label.setText(f"Loading {done + 1}/{total}: {name}")

    def _on_loaded(self, worker: Any, loaded: Loaded, max_side: int, index: int, user: bool) -> None:
        if worker is not self._load_worker or self._closing:
            return
        problems = loaded.problems
        if problems:
            shown = problems[:6] + ([f"… and {len(problems) - 6} more"] if len(problems) > 6 else [])
            self.problems_label.setText("Skipped:\n" + "\n".join(shown))
            self.problems_label.show()
        else:
            self.problems_label.hide()
        if not loaded.images:
            self.message.emit((problems[0] if len(problems) == 1 else f"No usable image ({len(problems)} problems): "
                               + problems[0]) + " — keeping the previous images")
            self.status_label.setText("")
            return
        self._images = loaded.images
        self._image_paths = tuple(str(im.path) for im in loaded.images) if loaded.requested else ()
        self._loaded_side = max_side
        self._fill_image_list(index)
        text = f"Loaded {len(loaded.images)} image{'s' if len(loaded.images) != 1 else ''}"
        if problems:
            text += f"; skipped {len(problems)}: " + "; ".join(problems[:3]) + ("; …" if len(problems) > 3 else "")
        if user or problems:
            self.message.emit(text)
        self.images_loaded.emit(len(loaded.images))
        self._start_compute()
        if user:
            self.params_changed.emit()

    def _on_load_finished(self, worker: Any) -> None:
        if worker is self._load_worker:
            self._load_worker = None

    def _fill_image_list(self, index: int) -> None:
        with signals_blocked(self.image_list):
            self.image_list.clear()
            for im in self._images:
                h, w = im.pixels.shape[:2]
                item = QListWidgetItem(im.name)
                notes = "\n".join(im.notes)
                item.setToolTip(f"{im.path}\n{im.source_size[0]}×{im.source_size[1]} px"
                                + (f", previewed at {w}×{h}" if im.downscaled else "") + (f"\n{notes}" if notes else ""))
                self.image_list.addItem(item)
            self.image_list.setCurrentRow(min(max(0, index), len(self._images) - 1))

    # --- computing -------------------------------------------------------------------------
    def _schedule(self) -> None:
        self._timer.start()

    def _start_compute(self) -> None:
        if self._closing or not self._images:
            return
        if self._compute_worker is not None:
            self._pending = True  # one run at a time; the latest parameters run next
            return
        try:
            params = self.params()
        except ValueError as exc:
            self.message.emit(str(exc))
            return
        self._pending = False
        worker = create_worker(compute_job, params, list(self._images), _start_thread=False, _ignore_errors=True)
        worker.returned.connect(self._on_computed)
        worker.errored.connect(guarded(self, lambda exc, w=worker: self._on_worker_error(w, exc)))
        worker.finished.connect(self._on_compute_finished)
        self._compute_worker = worker
        worker.start()

    def _on_compute_finished(self) -> None:
        self._compute_worker = None
        if self._pending and not self._closing:
            self._start_compute()

    def _on_computed(self, computed: Computed) -> None:
        if self._closing:
            return
        self._computed = computed
        r = computed.result
        original = r.images[r.source]
        h, w = original.pixels.shape[:2]
        held = " · held out" if r.source in r.test else ""
        tip = (f"{original.path}\n{original.source_size[0]}×{original.source_size[1]} px"
               + (f" (previewed at {w}×{h})" if original.downscaled else "") + ("\n" + "\n".join(original.notes)
                                                                            if original.notes else ""))
        tiles = [(img, f"#{s.index + 1}" + (" · mixed" if len(s.label_weights) > 1 else ""), s.describe())
                 for img, s in zip(computed.tiles, r.samples, strict=True)]
        self.grid.set_content(computed.original, f"original: {original.name} ({w}×{h}){held}", tip, tiles)
        self.figure_view.show_figure(computed.figures[2])
        st = r.stats
        self.stats_label.setText(
            f"{st.source}{f' ({len(r.train)} training, {len(r.test)} held out)' if st.n_images else ''} — "
            f"mean R {st.mean[0]:.4f}, G {st.mean[1]:.4f}, B {st.mean[2]:.4f} · "
            f"std R {st.std[0]:.4f}, G {st.std[1]:.4f}, B {st.std[2]:.4f} (0–1 scale)")
        steps = [s.title for s in r.steps if s.enabled]
        self.status_label.setText(f"{len(r.samples)} samples of {original.name} · "
                                  + (" → ".join(steps) if steps else "empty pipeline"))
        if self._load_started:
            self.last_grid_seconds = time.perf_counter() - self._load_started
            self._load_started = 0.0
        self.grid_ready.emit()

    def _on_worker_error(self, worker: Any, exc: Exception) -> None:
        if self._closing:
            return
        self.message.emit(f"Augmentation failed: {exc}")
        self.status_label.setText(str(exc))

    # --- shell hooks -----------------------------------------------------------------------
    def current_figures(self) -> list[Figure]:
        c = self._computed
        if c is not None and c.figures and c.params == self.params():
            return list(c.figures)
        return super().current_figures()

    def set_theme(self, theme: Theme) -> None:
        super().set_theme(theme)
        self.grid.set_theme(theme)
        self.figure_view.set_theme(theme)

    def shutdown(self) -> None:
        self._closing = True
        self._timer.stop()
        for worker in (self._load_worker, self._compute_worker):
            if worker is not None:
                worker.quit()
        Worker.await_workers(5000)

