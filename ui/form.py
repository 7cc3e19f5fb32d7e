"""Forms generated from a params dataclass: one widget factory, one binding style.

Ranges, defaults, choices, help texts, labels, units, steps and slider scales come from the
``lab`` declaration (``lab.params.param``); a panel only says which fields to show, grouped
and ordered, and may put extra widgets beside a row.  Nothing here retypes a range.

Why not magicgui (napari's answer): it is not a dependency yet, imports superqt and qtpy
(≥ 130 ms measured for ``superqt.utils`` alone, see ``ui.controller``) before the first
panel shows, and would still need our log sliders, checkable lists and choice labels; the
factory below is about 200 lines.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lab import params as lp
from ui.i18n import tr
from ui.widgets import SliderSpin
from ui.workers import signals_blocked

Row = str | tuple[str, ...]  # one field, or fields side by side (labelled by the first)


@dataclass
class Editor:
    """A widget editing one parameter: read, show (without signals), and its change signal."""

    info: lp.ParamInfo
    widget: QWidget
    get: Callable[[], Any]
    show: Callable[[Any], None]
    changed: Any  # a bound Qt signal


def _slider(info: lp.ParamInfo, integer: bool) -> Editor:
    lo, hi = float(info.lo if info.lo is not None else -1e9), float(info.hi if info.hi is not None else 1e9)
    span = info.slider or (None, None)
    w = SliderSpin(lo, hi, info.default, decimals=info.decimals if info.decimals is not None else 3,
                   log=info.log, integer=integer, slider_lo=span[0], slider_hi=span[1], step=info.step,
                   tooltip=tr(info.help))
    if info.unit:
        w.spin.setSuffix(f" {tr(info.unit)}")
    get = (lambda: int(w.value())) if integer else w.value
    return Editor(info, w, get, w.setValue, w.valueChanged)


def _spin(info: lp.ParamInfo) -> Editor:
    w = QSpinBox()
    w.setRange(int(info.lo if info.lo is not None else -(2**31)), int(info.hi if info.hi is not None else 2**31 - 1))
    w.setSingleStep(int(info.step or 1))
    w.setKeyboardTracking(False)  # typing "120" must not apply "1" and "12" first
    if info.unit:
        w.setSuffix(f" {tr(info.unit)}")
    return Editor(info, w, w.value, w.setValue, w.valueChanged)


def _combo(info: lp.ParamInfo) -> Editor:
    w = QComboBox()
    labels = info.choice_labels or info.choices or ()
    for value, text in zip(info.choices or (), labels, strict=True):
        w.addItem(tr(text), value)
    return Editor(info, w, w.currentData, lambda v: w.setCurrentIndex(max(0, w.findData(v))), w.currentIndexChanged)


def _checklist(info: lp.ParamInfo) -> Editor:
    w = QListWidget()
    labels = info.choice_labels or info.choices or ()
    for value, text in zip(info.choices or (), labels, strict=True):
        item = QListWidgetItem(tr(text))
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        w.addItem(item)
    w.setFixedHeight(w.sizeHintForRow(0) * w.count() + 8)

    def get() -> tuple[str, ...]:
        items = (w.item(r) for r in range(w.count()))
        return tuple(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)

    def show(values: Sequence[str]) -> None:
        for r in range(w.count()):
            item = w.item(r)
            on = item.data(Qt.ItemDataRole.UserRole) in values
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    return Editor(info, w, get, show, w.itemChanged)


def _line(info: lp.ParamInfo) -> Editor:
    w = QLineEdit()
    w.setPlaceholderText(tr(info.placeholder))
    return Editor(info, w, lambda: w.text().strip(), w.setText, w.editingFinished)


def _check(info: lp.ParamInfo) -> Editor:
    w = QCheckBox(tr(info.label or info.name))
    return Editor(info, w, w.isChecked, w.setChecked, w.toggled)


def make_editor(info: lp.ParamInfo) -> Editor:
    """The one widget factory: the editor a parameter's kind and hints call for."""
    if info.kind == "bool":
        editor = _check(info)
    elif info.kind == "float":
        editor = _slider(info, integer=False)
    elif info.kind == "int":
        editor = _slider(info, integer=True) if info.log or info.slider else _spin(info)
    elif info.kind == "str":
        editor = _combo(info) if info.choices else _line(info)
    elif info.kind == "tuple[str]" and info.choices:
        editor = _checklist(info)
    else:
        raise TypeError(f"{info.name}: no form editor for {info.kind}")
    editor.widget.setToolTip(tr(info.help))
    editor.widget.setObjectName(f"param_{info.name}")
    return editor


class ParamForm(QWidget):
    """The editors of a params dataclass's fields, in titled sections.

    ``sections`` is ``[(title, rows), …]``; a title of ``""`` gives a plain form; a widget in
    the list (a panel's own group box) is placed between the sections as it is.  ``edited``
    carries the field name after a user edit; :meth:`show_params` never emits it.
    """

    edited = Signal(str)

    def __init__(self, params_type: type, sections: Sequence[tuple[str, Sequence[Row]] | QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        by_name = {i.name: i for i in lp.infos(params_type)}
        self._editors: dict[str, Editor] = {}
        self._rows: dict[str, QHBoxLayout] = {}
        self._forms: dict[str, QFormLayout] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for section in sections:
            if isinstance(section, QWidget):
                column.addWidget(section)
                continue
            title, rows = section
            box: QWidget = QGroupBox(tr(title)) if title else QWidget()
            form = QFormLayout(box)
            if not title:
                form.setContentsMargins(0, 0, 0, 0)
            self._forms[title] = form
            for row in rows:
                names = (row,) if isinstance(row, str) else row
                line = QHBoxLayout()
                line.setContentsMargins(0, 0, 0, 0)
                for k, name in enumerate(names):
                    editor = make_editor(by_name[name])
                    self._editors[name] = editor
                    self._rows[name] = line
                    if k and editor.info.label:
                        line.addWidget(QLabel(tr(editor.info.label)))
                    line.addWidget(editor.widget, 1)
                    editor.changed.connect(lambda *_a, n=name: self._on_changed(n))
                first = self._editors[names[0]].info
                form.addRow("" if first.kind == "bool" else tr(first.label or first.name), line)
            column.addWidget(box)

    def _on_changed(self, name: str) -> None:
        self.edited.emit(name)

    # --- access ---------------------------------------------------------------------------------
    def widget(self, name: str) -> QWidget:
        """The editor widget of field ``name``."""
        return self._editors[name].widget

    def names(self) -> tuple[str, ...]:
        """The fields this form edits, in order."""
        return tuple(self._editors)

    def section(self, title: str) -> QFormLayout:
        """The layout of a section, to add a panel's own rows (buttons, notes)."""
        return self._forms[title]

    def add_beside(self, name: str, widget: QWidget) -> None:
        """Put ``widget`` (a button, say) at the end of field ``name``'s row."""
        self._rows[name].addWidget(widget)

    def set_enabled(self, name: str, enabled: bool) -> None:
        self._editors[name].widget.setEnabled(enabled)

    # --- binding --------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The value every editor shows, by field name."""
        return {name: e.get() for name, e in self._editors.items()}

    def value(self, name: str) -> Any:
        return self._editors[name].get()

    def read(self, base: Any) -> Any:
        """``base`` with the form's values (``ValueError`` from the dataclass's own checks)."""
        return dataclasses.replace(base, **self.values())

    def show_params(self, params: Any) -> None:
        """Show ``params`` in every editor without emitting ``edited``."""
        for name, editor in self._editors.items():
            with signals_blocked(editor.widget):
                editor.show(getattr(params, name))
