"""The augmentation panel's image list: open, sample photos, skipped files; and its scrolled column."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lab.augment.loading import LoadedImage
from ui.workers import signals_blocked


class ImagesBox(QGroupBox):
    """The loaded images (select one to make it the original) and what could not be loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Images", parent)
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
        lay = QVBoxLayout(self)
        lay.addWidget(self.image_list)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.samples_button)
        lay.addLayout(row)
        hint = QLabel("Drop images or a folder here · Ctrl+V pastes")
        hint.setEnabled(False)
        lay.addWidget(hint)
        lay.addWidget(self.problems_label)

    def show_images(self, images: Sequence[LoadedImage], index: int) -> None:
        with signals_blocked(self.image_list):
            self.image_list.clear()
            for im in images:
                h, w = im.pixels.shape[:2]
                item = QListWidgetItem(im.name)
                notes = "\n".join(im.notes)
                item.setToolTip(f"{im.path}\n{im.source_size[0]}×{im.source_size[1]} px"
                                + (f", previewed at {w}×{h}" if im.downscaled else "") + (f"\n{notes}" if notes else ""))
                self.image_list.addItem(item)
            self.image_list.setCurrentRow(index)

    def show_index(self, index: int) -> None:
        if 0 <= index < self.image_list.count():
            with signals_blocked(self.image_list):
                self.image_list.setCurrentRow(index)

    def show_problems(self, problems: Sequence[str]) -> None:
        if problems:
            shown = list(problems[:6]) + ([f"… and {len(problems) - 6} more"] if len(problems) > 6 else [])
            self.problems_label.setText("Skipped:\n" + "\n".join(shown))
        self.problems_label.setVisible(bool(problems))

    @staticmethod
    def scrolled(column: QWidget) -> QScrollArea:
        """``column`` in a vertical scroll area wide enough that nothing is cut off."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(column)
        area.setMinimumWidth(max(400, column.minimumSizeHint().width()
                                 + area.verticalScrollBar().sizeHint().width() + 2 * area.frameWidth()))
        return area
