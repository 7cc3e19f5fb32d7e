"""The left-hand controls of the augmentation panel: images, samples, pipeline, preprocessing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from superqt import QLabeledSlider

from lab.augment.preprocess import NORMALIZATIONS, STAT_SOURCES
from ui.panels.augment_pipeline_editor import PipelineEditor


class AugmentControls(QScrollArea):
    """Every control of the panel, laid out in group boxes; the panel connects the signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image_list = QListWidget()
        self.image_list.setToolTip("The loaded images; select one to make it the original. The last n are held out.")
        self.image_list.setAccessibleName("Loaded images")
        self.image_list.setMaximumHeight(110)
        self.open_button = QPushButton("Open…")
        self.open_button.setToolTip("Open image files (or drop files / a folder anywhere on this panel; Ctrl+V pastes)")
        self.samples_button = QPushButton("Sample photos")
        self.samples_button.setToolTip("Go back to the bundled sample photos (public domain / CC0)")
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.setStyleSheet("color: #D55E00")
        self.problems_label.hide()
        images_box = QGroupBox("Images")
        lay = QVBoxLayout(images_box)
        lay.addWidget(self.image_list)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.samples_button)
        lay.addLayout(row)
        hint = QLabel("Drop images or a folder here · Ctrl+V pastes")
        hint.setEnabled(False)
        lay.addWidget(hint)
        lay.addWidget(self.problems_label)

        self.n_slider = QLabeledSlider(Qt.Orientation.Horizontal)
        self.n_slider.setRange(4, 16)
        self.n_slider.setToolTip("Number of augmented samples in the grid (4–16)")
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setToolTip("Seed of every random draw: the same seed gives the same samples")
        self.seed_spin.setKeyboardTracking(False)
        self.reroll_button = QPushButton("Reroll")
        self.reroll_button.setToolTip("Draw a new seed (R)")
        self.fixed_seed = QCheckBox("Fixed seed")
        self.fixed_seed.setChecked(True)
        self.fixed_seed.setToolTip("On: edits re-sample with the same seed, so you see only the edit's effect.\n"
                                   "Off: every edit also draws a new seed.")
        self.side_spin = QSpinBox()
        self.side_spin.setRange(0, 16384)
        self.side_spin.setSingleStep(128)
        self.side_spin.setSpecialValueText("full resolution")
        self.side_spin.setSuffix(" px")
        self.side_spin.setKeyboardTracking(False)
        self.side_spin.setToolTip("Images are decoded so the long side is at most this (0 = full resolution, slower)")
        samples_box = QGroupBox("Samples")
        form = QFormLayout(samples_box)
        form.addRow("samples", self.n_slider)
        row = QHBoxLayout()
        row.addWidget(self.seed_spin, 1)
        row.addWidget(self.reroll_button)
        form.addRow("seed", row)
        form.addRow("", self.fixed_seed)
        form.addRow("preview size", self.side_spin)

        self.editor = PipelineEditor()
        pipeline_box = QGroupBox("Pipeline")
        QVBoxLayout(pipeline_box).addWidget(self.editor)

        self.norm_combo = QComboBox()
        self.norm_combo.addItems(list(NORMALIZATIONS))
        self.norm_combo.setToolTip("Mean image (AlexNet), per-channel mean (VGG) or per-channel mean/std (ResNet)")
        self.stats_combo = QComboBox()
        self.stats_combo.addItems(list(STAT_SOURCES))
        self.stats_combo.setToolTip("Statistics from the training images (not the held-out ones) or ImageNet constants")
        self.test_spin = QSpinBox()
        self.test_spin.setRange(0, 100_000)
        self.test_spin.setToolTip("The last n images are held out as test images: statistics never see them")
        self.size_spin = QSpinBox()
        self.size_spin.setRange(16, 512)
        self.size_spin.setSuffix(" px")
        self.size_spin.setToolTip("Common size the training images are resized to for the mean image")
        for spin in (self.test_spin, self.size_spin):
            spin.setKeyboardTracking(False)
        pre_box = QGroupBox("Preprocessing")
        form = QFormLayout(pre_box)
        form.addRow("normalization", self.norm_combo)
        form.addRow("statistics", self.stats_combo)
        form.addRow("held out", self.test_spin)
        form.addRow("mean image size", self.size_spin)

        controls = QWidget()
        col = QVBoxLayout(controls)
        for box in (images_box, samples_box, pipeline_box, pre_box):
            col.addWidget(box)
        col.addStretch(1)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(controls)
        # wide enough for the controls plus the vertical scroll bar: nothing is cut off
        self.setMinimumWidth(max(400, controls.minimumSizeHint().width()
                                 + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()))
