"""The pipeline editor: presets, an ordered list of steps (drag to reorder), and each step's options."""

from __future__ import annotations

import itertools
import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from superqt import QLabeledDoubleRangeSlider, QLabeledDoubleSlider, QLabeledRangeSlider

from lab.augment.pipeline import PRESETS, Step, load_pipeline, save_pipeline
from lab.augment.step_types import Option
from lab.augment.steps import STEP_KINDS
from ui.i18n import tr
from ui.workers import signals_blocked

CUSTOM = "custom"


class PipelineEditor(QWidget):
    """Edits an augmentation pipeline; emits ``changed`` after every user edit."""

    changed = Signal()
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count()
        self._steps: dict[int, Step] = {}
        self._option_widgets: dict[str, QWidget] = {}

        self.preset_combo = QComboBox()
        for name in (*PRESETS, CUSTOM):  # shown translated, stored by its English name
            self.preset_combo.addItem(tr(name), name)
        self.preset_combo.setToolTip(tr("Load a preset pipeline in one click; any edit turns it into a custom pipeline"))
        self.preset_combo.setAccessibleName(tr("Pipeline preset"))
        self.preset_combo.activated.connect(self._on_preset_chosen)

        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setToolTip(tr("Steps run top to bottom. Drag to reorder, tick to enable, select to edit."))
        self.list.setAccessibleName(tr("Pipeline steps"))
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(150)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.currentRowChanged.connect(self._on_current_changed)

        self.kind_combo = QComboBox()
        for kind, spec in STEP_KINDS.items():
            self.kind_combo.addItem(tr(spec.title), kind)
            self.kind_combo.setItemData(self.kind_combo.count() - 1, tr(spec.help), Qt.ItemDataRole.ToolTipRole)
        self.kind_combo.setToolTip(tr("Kind of step to add"))
        self.add_button = self._button("Add", "Append a step of the chosen kind", self._on_add)
        self.remove_button = self._button("Remove", "Remove the selected step (Delete)", self._on_remove)
        self.up_button = self._button("↑", "Move the selected step up (Alt+Up)", lambda: self._on_move(-1))
        self.down_button = self._button("↓", "Move the selected step down (Alt+Down)", lambda: self._on_move(1))
        self.save_button = self._button("Save JSON…", "Save the pipeline as a JSON file", self._on_save)
        self.load_button = self._button("Load JSON…", "Load a pipeline from a JSON file", self._on_load)
        for seq, slot in ((QKeySequence.StandardKey.Delete, self._on_remove), ("Alt+Up", lambda: self._on_move(-1)),
                          ("Alt+Down", lambda: self._on_move(1))):
            sc = QShortcut(QKeySequence(seq), self.list)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)

        self.options_box = QGroupBox(tr("Step"))
        self.options_form = QFormLayout(self.options_box)
        self.options_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Preset")))
        row.addWidget(self.preset_combo, 1)
        layout.addLayout(row)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(self.kind_combo, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        for group in ((self.remove_button, self.up_button, self.down_button), (self.save_button, self.load_button)):
            row = QHBoxLayout()
            for b in group:
                row.addWidget(b)
            layout.addLayout(row)
        layout.addWidget(self.options_box)

    @staticmethod
    def _button(text: str, tip: str, slot: Any) -> QPushButton:
        b = QPushButton(tr(text))
        b.setToolTip(tr(tip))
        b.clicked.connect(slot)
        return b

    # --- state -----------------------------------------------------------------------------
    def steps(self) -> tuple[Step, ...]:
        return tuple(self._steps[self.list.item(i).data(Qt.ItemDataRole.UserRole)] for i in range(self.list.count()))

    def preset(self) -> str:
        return self.preset_combo.currentData() or self.preset_combo.currentText()

    def set_state(self, preset: str, steps: tuple[Step, ...]) -> None:
        """Show ``steps`` under ``preset`` without emitting ``changed``."""
        current = self.list.currentRow()
        with signals_blocked(self.preset_combo):
            self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(preset)))
        with signals_blocked(self.list):
            self.list.clear()
            self._steps.clear()
            for step in steps:
                self._append_item(step)
        with signals_blocked(self.list):
            self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))
        self._rebuild_form()

    def _append_item(self, step: Step) -> QListWidgetItem:
        sid = next(self._ids)
        self._steps[sid] = step
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, sid)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
        self._label_item(item, step)
        self.list.addItem(item)
        return item

    @staticmethod
    def _label_item(item: QListWidgetItem, step: Step) -> None:
        item.setText(f"{tr(step.title)}   p={step.p:g}")
        item.setCheckState(Qt.CheckState.Checked if step.enabled else Qt.CheckState.Unchecked)
        item.setToolTip(tr(STEP_KINDS[step.kind].help))

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _edited(self) -> None:
        with signals_blocked(self.preset_combo):
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(CUSTOM))
        self.changed.emit()

    # --- slots -----------------------------------------------------------------------------
    def _on_preset_chosen(self, _index: int) -> None:
        name = self.preset()
        if name in PRESETS:
            self.set_state(name, PRESETS[name])
            self.changed.emit()

    def _on_rows_moved(self, *_args: Any) -> None:
        self._edited()

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        sid = item.data(Qt.ItemDataRole.UserRole)
        enabled = item.checkState() == Qt.CheckState.Checked
        if sid in self._steps and self._steps[sid].enabled != enabled:
            self._steps[sid] = self._steps[sid].replace(enabled=enabled)
            self._edited()

    def _on_current_changed(self, _row: int) -> None:
        self._rebuild_form()

    def _on_add(self) -> None:
        kind = self.kind_combo.currentData()
        with signals_blocked(self.list):
            self._append_item(Step.default(kind))
        self.list.setCurrentRow(self.list.count() - 1)
        self._edited()

    def _on_remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        with signals_blocked(self.list):
            item = self.list.takeItem(row)
            self._steps.pop(item.data(Qt.ItemDataRole.UserRole), None)
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._rebuild_form()
        self._edited()

    def _on_move(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not (0 <= target < self.list.count()):
            return
        with signals_blocked(self.list):
            item = self.list.takeItem(row)
            self.list.insertItem(target, item)
            self.list.setCurrentRow(target)
        self._edited()

    def save_to(self, path: Path) -> None:
        try:
            save_pipeline(self.steps(), path)
        except OSError as exc:
            self.message.emit(tr("Could not save {path}: {reason}").format(path=path, reason=exc.strerror or exc))
            return
        self.message.emit(tr("Pipeline saved to {path}").format(path=path))

    def load_from(self, path: Path) -> bool:
        try:
            steps = load_pipeline(path)
        except ValueError as exc:
            self.message.emit(tr(str(exc)))
            return False
        self.set_state(CUSTOM, steps)
        self.changed.emit()
        self.message.emit(tr("Pipeline loaded from {name} ({n} steps)").format(name=path.name, n=len(steps)))
        return True

    def _on_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Save pipeline"), "pipeline.json", tr("Pipeline JSON (*.json)"))
        if name:
            self.save_to(Path(name))

    def _on_load(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Load pipeline"), "", tr("Pipeline JSON (*.json)") + ";;" + tr("All files (*)"))
        if name:
            self.load_from(Path(name))

    # --- the options form ------------------------------------------------------------------
    def option_widget(self, name: str) -> QWidget:
        """The editor of option ``name`` of the selected step (``"p"`` for the probability)."""
        return self._option_widgets[name]

    def _rebuild_form(self) -> None:
        while self.options_form.rowCount():
            self.options_form.removeRow(0)
        self._option_widgets = {}
        sid = self._current_id()
        if sid is None or sid not in self._steps:
            self.options_box.setTitle(tr("Step: select one to edit it"))
            return
        step = self._steps[sid]
        spec = STEP_KINDS[step.kind]
        self.options_box.setTitle(tr(spec.title))
        self.options_box.setToolTip(tr(spec.help))
        p = QLabeledDoubleSlider(Qt.Orientation.Horizontal)
        p.setRange(0.0, 1.0)
        p.setDecimals(2)
        p.setValue(step.p)
        p.setToolTip(tr("Probability that this step runs on a sample"))
        p.valueChanged.connect(lambda v, sid=sid: self._set(sid, p=float(v)))
        self._option_widgets["p"] = p
        self.options_form.addRow(tr("probability"), p)
        for opt in spec.options:
            w = self._make_editor(sid, opt, step.options[opt.name])
            w.setToolTip(tr(opt.help))
            self._option_widgets[opt.name] = w
            self.options_form.addRow(tr(opt.name.replace("_", " ")), w)

    def _make_editor(self, sid: int, opt: Option, value: Any) -> QWidget:
        if opt.kind == "choice":
            combo = QComboBox()
            for choice in opt.choices:  # shown translated, stored as the option's value
                combo.addItem(tr(choice), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.currentIndexChanged.connect(
                lambda _i, n=opt.name, c=combo: self._set_option(sid, n, c.currentData()))
            return combo
        if opt.kind == "range":
            if opt.integer:
                slider: Any = QLabeledRangeSlider(Qt.Orientation.Horizontal)
                slider.setRange(int(opt.lo), int(opt.hi))
                slider.setValue((int(value[0]), int(value[1])))
                slider.valueChanged.connect(lambda v, n=opt.name: self._set_option(sid, n, (int(v[0]), int(v[1]))))
            else:
                slider = QLabeledDoubleRangeSlider(Qt.Orientation.Horizontal)
                slider.setRange(float(opt.lo), float(opt.hi))
                span = opt.hi - opt.lo
                slider.setDecimals(0 if span >= 100 else 2 if span >= 1 else 3)
                slider.setSingleStep(10 ** -slider.decimals() if span < 100 else 1)
                slider.setValue((float(value[0]), float(value[1])))
                slider.valueChanged.connect(lambda v, n=opt.name: self._set_option(sid, n, (float(v[0]), float(v[1]))))
            return slider
        if opt.integer:
            spin: Any = QSpinBox()
            spin.setRange(int(opt.lo), int(opt.hi))
        else:
            spin = QDoubleSpinBox()
            spin.setRange(opt.lo if math.isfinite(opt.lo) else -1e6, opt.hi if math.isfinite(opt.hi) else 1e6)
            spin.setDecimals(3)
            spin.setSingleStep(0.05)
        spin.setValue(value)
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda v, n=opt.name: self._set_option(sid, n, v))
        return spin

    def _set_option(self, sid: int, name: str, value: Any) -> None:
        self._set(sid, options={name: value})

    def _set(self, sid: int, **changes: Any) -> None:
        step = self._steps.get(sid)
        if step is None:
            return
        try:
            new = step.replace(**changes)
        except ValueError as exc:
            self.message.emit(tr(str(exc)))
            return
        if new == step:
            return
        self._steps[sid] = new
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == sid:
                with signals_blocked(self.list):
                    self._label_item(item, new)
        self._edited()
