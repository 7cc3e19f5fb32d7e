"""The augmentation panel's image list: open, sample photos, skipped files; and its scrolled column."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
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
from ui.i18n import tr
from ui.panels.augment_jobs import size_text
from ui.widgets import controls_column
from ui.workers import signals_blocked


class ImagesBox(QGroupBox):
    """The loaded images (select one to make it the original; remove, reorder) and what could not be loaded.

    ``remove_requested(row)``, ``move_requested(row, new_row)`` and ``restore_requested()``
    (undo the last remove) ask the panel to change its image list; the box only shows it.
    """

    remove_requested = Signal(int)
    move_requested = Signal(int, int)
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Images"), parent)
        self.image_list = QListWidget()
        self.image_list.setToolTip(tr("The loaded images; select one to make it the original. The last n are held out."))
        self.image_list.setAccessibleName(tr("Loaded images"))
        self.image_list.setMaximumHeight(110)
        self.open_button = QPushButton(tr("Open…"))
        self.open_button.setToolTip(tr("Open image files (or drop files / a folder anywhere on this panel; Ctrl+V pastes)"))
        self.add_button = QPushButton(tr("Add…"))
        self.add_button.setToolTip(tr("Add image files to the ones loaded (or drop with Ctrl held)"))
        self.samples_button = QPushButton(tr("Sample photos"))
        self.samples_button.setToolTip(tr("Go back to the bundled sample photos (public domain / CC0)"))
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setToolTip(tr("Remove the selected image from the list (Undo remove puts it back)"))
        self.up_button = QPushButton("▲")
        self.up_button.setToolTip(tr("Move the selected image up (the last images are held out)"))
        self.down_button = QPushButton("▼")
        self.down_button.setToolTip(tr("Move the selected image down (the last images are held out)"))
        self.restore_button = QPushButton(tr("Undo remove"))
        self.restore_button.setToolTip(tr("Put the last removed image back where it was"))
        self.restore_button.setEnabled(False)
        for b in (self.up_button, self.down_button):
            b.setFixedWidth(b.fontMetrics().horizontalAdvance("▲") + 24)
        self.remove_button.clicked.connect(lambda: self._request_remove())
        self.up_button.clicked.connect(lambda: self._request_move(-1))
        self.down_button.clicked.connect(lambda: self._request_move(1))
        self.restore_button.clicked.connect(self.restore_requested)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.setStyleSheet("color: #D55E00")
        self.problems_label.hide()
        lay = QVBoxLayout(self)
        lay.addWidget(self.image_list)
        edit_row = QHBoxLayout()
        for b in (self.remove_button, self.restore_button, self.up_button, self.down_button):
            edit_row.addWidget(b)
        lay.addLayout(edit_row)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.add_button)
        row.addWidget(self.samples_button)
        lay.addLayout(row)
        hint = QLabel(tr("Drop images or a folder here (Ctrl: add) · Ctrl+V pastes"))
        hint.setEnabled(False)
        lay.addWidget(hint)
        lay.addWidget(self.problems_label)

    def show_images(self, images: Sequence[LoadedImage], index: int) -> None:
        with signals_blocked(self.image_list):
            self.image_list.clear()
            for im in images:
                item = QListWidgetItem(im.name)
                notes = "\n".join(im.notes)
                item.setToolTip(f"{im.path}\n{size_text(im)} px" + (f"\n{tr(notes)}" if notes else ""))
                self.image_list.addItem(item)
            self.image_list.setCurrentRow(index)
        self._update_buttons()

    def _update_buttons(self) -> None:
        n = self.image_list.count()
        self.remove_button.setEnabled(n > 1)  # the last image stays: there is always an original
        self.up_button.setEnabled(n > 1)
        self.down_button.setEnabled(n > 1)

    def _request_remove(self) -> None:
        row = self.image_list.currentRow()
        if 0 <= row < self.image_list.count() and self.image_list.count() > 1:
            self.remove_requested.emit(row)

    def _request_move(self, step: int) -> None:
        row = self.image_list.currentRow()
        new = row + step
        if 0 <= row < self.image_list.count() and 0 <= new < self.image_list.count():
            self.move_requested.emit(row, new)

    def show_index(self, index: int) -> None:
        if 0 <= index < self.image_list.count():
            with signals_blocked(self.image_list):
                self.image_list.setCurrentRow(index)

    def show_problems(self, problems: Sequence[str]) -> None:
        if problems:
            shown = [tr(p) for p in problems[:6]]
            shown += [tr("… and {n} more").format(n=len(problems) - 6)] if len(problems) > 6 else []
            self.problems_label.setText(tr("Skipped:") + "\n" + "\n".join(shown))
        self.problems_label.setVisible(bool(problems))

    @staticmethod
    def scrolled(column: QWidget) -> QScrollArea:
        """``column`` in a vertical scroll area wide enough that nothing is cut off."""
        return controls_column(column, at_least=400)
