"""The PCA panel's controls: every parameter as a widget, presets, file pickers."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lab.params import infos
from lab.pca.params import PRESETS, PcaParams
from lab.pca.sources import SOURCES
from ui.widgets import SliderSpin
from ui.workers import signals_blocked

_HELP = {i.name: i.help for i in infos(PcaParams)}
_SOURCE_TEXT = {"gaussian": "2-D Gaussian", "uniform": "Uniform square", "clusters": "Two clusters",
                "banana": "Curved banana", "outlier": "Gaussian + outlier", "positive": "All-positive (log-normal)",
                "csv": "CSV file…"}


class PcaControls(QWidget):
    """All controls; ``changed(name, value)`` after a user edit, ``preset(name)`` on a preset click."""

    changed = Signal(str, object)
    preset = Signal(str)
    play_toggled = Signal(bool)
    reset_moves = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setters: dict[str, Callable[[Any], None]] = {}
        root = QVBoxLayout(self)
        root.setContentsMargins(4, 4, 4, 4)
        root.addWidget(self._presets_box())
        root.addWidget(self._data_box())
        root.addWidget(self._stats_box())
        root.addWidget(self._view_box())
        root.addWidget(self._image_box())
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setObjectName("pca_notes")
        root.addWidget(self.notes)
        root.addStretch(1)

    # --- builders ------------------------------------------------------------------------
    def _presets_box(self) -> QGroupBox:
        box = QGroupBox("Presets")
        grid = QGridLayout(box)
        self.preset_buttons: dict[str, QPushButton] = {}
        for i, name in enumerate(PRESETS):
            b = QPushButton(name)
            b.setToolTip(f"One click: {name}")
            b.clicked.connect(lambda _=False, n=name: self.preset.emit(n))
            grid.addWidget(b, i // 2, i % 2)
            self.preset_buttons[name] = b
        return box

    def _slider(self, name: str, lo: float, hi: float, **kw: Any) -> SliderSpin:
        w = SliderSpin(lo, hi, tooltip=_HELP[name], **kw)
        w.setObjectName(f"pca_{name}")
        integer = bool(kw.get("integer", False))
        w.valueChanged.connect(lambda v, n=name, i=integer: self.changed.emit(n, int(v) if i else float(v)))
        self._setters[name] = w.setValue
        setattr(self, name, w)
        return w

    def _combo(self, name: str, items: dict[str, str]) -> QComboBox:
        w = QComboBox()
        w.setObjectName(f"pca_{name}")
        w.setToolTip(_HELP[name])
        for value, text in items.items():
            w.addItem(text, value)
        w.currentIndexChanged.connect(lambda _i, n=name, c=w: self.changed.emit(n, c.currentData()))
        self._setters[name] = lambda v, c=w: c.setCurrentIndex(max(c.findData(v), 0))
        setattr(self, name, w)
        return w

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        w = QLineEdit()
        w.setObjectName(f"pca_{name}")
        w.setToolTip(_HELP[name])
        w.setPlaceholderText(placeholder)
        w.editingFinished.connect(lambda n=name, e=w: self.changed.emit(n, e.text().strip()))
        self._setters[name] = w.setText
        setattr(self, name, w)
        return w

    def _file_row(self, name: str, caption: str, filters: str, placeholder: str) -> QWidget:
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        edit = self._line(name, placeholder)
        browse = QToolButton()
        browse.setText("…")
        browse.setToolTip(f"Choose a file ({caption})")

        def choose() -> None:
            path, _ = QFileDialog.getOpenFileName(self, caption, edit.text(), filters)
            if path:
                edit.setText(path)
                self.changed.emit(name, path)

        browse.clicked.connect(choose)
        h.addWidget(edit, 1)
        h.addWidget(browse)
        return row

    def _data_box(self) -> QGroupBox:
        box = QGroupBox("Data")
        form = QFormLayout(box)
        form.addRow("Source", self._combo("source", {s: _SOURCE_TEXT[s] for s in SOURCES}))
        form.addRow("Points n", self._slider("n", 3, 1_000_000, integer=True, log=True))
        form.addRow("Std 1", self._slider("std1", 0.0, 1e4, slider_hi=10.0, decimals=3))
        form.addRow("Std 2", self._slider("std2", 0.0, 1e4, slider_hi=10.0, decimals=3))
        form.addRow("Rotation °", self._slider("rotation_deg", -180.0, 180.0, decimals=1, step=1.0))
        form.addRow("Mean x", self._slider("mean_x", -1e4, 1e4, slider_lo=-10.0, slider_hi=10.0))
        form.addRow("Mean y", self._slider("mean_y", -1e4, 1e4, slider_lo=-10.0, slider_hi=10.0))
        seed = QSpinBox()
        seed.setRange(0, 2**31 - 1)
        seed.setObjectName("pca_seed")
        seed.setToolTip(_HELP["seed"])
        seed.valueChanged.connect(lambda v: self.changed.emit("seed", int(v)))
        self._setters["seed"] = seed.setValue
        self.seed = seed
        form.addRow("Seed", seed)
        names = QWidget()
        h = QHBoxLayout(names)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self._line("x_name", "x"))
        h.addWidget(self._line("y_name", "y"))
        form.addRow("Axis names", names)
        form.addRow("CSV file", self._file_row("csv_path", "Open CSV", "CSV files (*.csv *.txt);;All files (*)",
                                               "pick a .csv (source: CSV file)"))
        cols = QWidget()
        h = QHBoxLayout(cols)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self._line("csv_x", "name or 1"))
        h.addWidget(self._line("csv_y", "name or 2"))
        form.addRow("Columns x, y", cols)
        return box

    def _stats_box(self) -> QGroupBox:
        box = QGroupBox("Statistics")
        form = QFormLayout(box)
        form.addRow("Test share", self._slider("test_fraction", 0.0, 0.9, decimals=2, step=0.05))
        form.addRow("Covariance", self._combo("divisor", {"N": "÷N (lecture)", "N-1": "÷(N−1) (NumPy, sklearn)"}))
        form.addRow("ε", self._slider("eps", 0.0, 100.0, log=True, slider_lo=1e-8, decimals=8))
        form.addRow("Whitening", self._combo("whitening", {"PCA": "PCA (axis-aligned)", "ZCA": "ZCA (rotated back)"}))
        std = QCheckBox("Divide by std before PCA")
        std.setObjectName("pca_standardise")
        std.setToolTip(_HELP["standardise"])
        std.toggled.connect(lambda v: self.changed.emit("standardise", bool(v)))
        self._setters["standardise"] = std.setChecked
        self.standardise = std
        form.addRow(std)
        return box

    def _view_box(self) -> QGroupBox:
        box = QGroupBox("View")
        form = QFormLayout(box)
        form.addRow("Layout", self._combo("layout", {"grid": "Four linked views", "single": "One view + stage slider"}))
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self._slider("stage", 0.0, 3.0, decimals=2, step=0.05), 1)
        self.play = QToolButton()
        self.play.setText("▶")
        self.play.setCheckable(True)
        self.play.setObjectName("pca_play")
        self.play.setToolTip("Animate original → centred → decorrelated → whitened (switches to the single view)")
        self.play.toggled.connect(self.play_toggled)
        self.play.toggled.connect(lambda on: self.play.setText("■" if on else "▶"))
        h.addWidget(self.play)
        form.addRow("Stage", row)
        form.addRow("Top-k", self._slider("k", 1, 2, integer=True))
        reset = QPushButton("Reset dragged points")
        reset.setObjectName("pca_reset_moves")
        reset.setToolTip("Put every dragged point back where the data source put it")
        reset.clicked.connect(self.reset_moves)
        form.addRow(reset)
        hint = QLabel("Drag points in the Original view; click any point to follow it across views.")
        hint.setWordWrap(True)
        form.addRow(hint)
        return box

    def _image_box(self) -> QGroupBox:
        box = QGroupBox("Image patches (beyond 2-D)")
        form = QFormLayout(box)
        form.addRow("Image", self._file_row("image_path", "Open image", "Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;"
                                            "All files (*)", "bundled astronaut.jpg"))
        form.addRow("Patch p×p", self._slider("patch_size", 2, 16, integer=True))
        return box

    # --- state ---------------------------------------------------------------------------
    def show_params(self, p: PcaParams) -> None:
        """Show ``p`` in every control without emitting ``changed``."""
        for f in dataclasses.fields(p):
            setter = self._setters.get(f.name)
            if setter is None:
                continue
            widget = getattr(self, f.name)
            with signals_blocked(widget):
                if isinstance(widget, SliderSpin):
                    widget.setValue(getattr(p, f.name))  # blocks its own children
                else:
                    setter(getattr(p, f.name))
        self.update_enabled(p)

    def update_enabled(self, p: PcaParams) -> None:
        """Grey out controls that do not apply (CSV vs synthetic data)."""
        synthetic = p.source != "csv"
        for name in ("n", "std1", "std2", "rotation_deg", "mean_x", "mean_y"):
            getattr(self, name).setEnabled(synthetic)
        for name in ("csv_x", "csv_y"):
            getattr(self, name).setEnabled(not synthetic)
        self.play.setText("■" if self.play.isChecked() else "▶")
