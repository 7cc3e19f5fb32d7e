"""Controls of the Initialization panel: slider + spin-box pairs and the layer calculator."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from lab.init.calculator import conv_layer, pool_layer


def combo(items: dict[str, str], tooltip: str) -> QComboBox:
    """A combo box showing labels and storing names as item data."""
    box = QComboBox()
    for name, label in items.items():
        box.addItem(label, name)
    box.setToolTip(tooltip)
    return box


def set_combo(box: QComboBox, name: str) -> None:
    index = box.findData(name)
    if index < 0:
        raise ValueError(f"{name!r} is not an option")
    box.setCurrentIndex(index)


def _spin(lo: int, hi: int, value: int, tooltip: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(lo, hi)
    box.setValue(value)
    box.setToolTip(tooltip)
    box.setKeyboardTracking(False)
    return box


class LayerCalculator(QGroupBox):
    """Output shape, parameter count and fan-in of one conv or pooling layer."""

    use_fan_in = Signal(int, int)  # kernel F, input channels C

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Layer calculator", parent)
        self.setToolTip("Output = (W − F + 2P)/S + 1; conv parameters = (F·F·C + 1)·K; fan-in d_in = F²·C")
        self.kind = combo({"conv": "convolution", "pool": "pooling (max/avg)"}, "layer type")
        self.h = _spin(1, 4096, 32, "input height H")
        self.w = _spin(1, 4096, 32, "input width W")
        self.c = _spin(1, 4096, 3, "input channels C")
        self.k = _spin(1, 4096, 10, "number of filters K (conv only)")
        self.f = _spin(1, 64, 5, "filter size F")
        self.s = _spin(1, 64, 1, "stride S")
        self.p = _spin(0, 64, 2, "zero padding P (conv only)")
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setToolTip("what this layer does to its input")
        self.apply = QPushButton("Use this fan-in in the experiment")
        self.apply.setToolTip("switch the experiment to conv layers with this F and C (fan-in F²·C)")
        size = QHBoxLayout()
        for box in (self.h, self.w, self.c):
            size.addWidget(box)
        form = QFormLayout(self)
        form.addRow("type", self.kind)
        form.addRow("input H × W × C", size)
        form.addRow("filters K", self.k)
        form.addRow("size F / stride S", self._pair(self.f, self.s))
        form.addRow("padding P", self.p)
        form.addRow(self.result)
        form.addRow(self.apply)
        for box in (self.h, self.w, self.c, self.k, self.f, self.s, self.p):
            box.valueChanged.connect(self._on_changed)
        self.kind.currentIndexChanged.connect(self._on_changed)
        self.apply.clicked.connect(self._on_apply)
        self._on_changed()

    @staticmethod
    def _pair(a: QWidget, b: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(a)
        row.addWidget(b)
        return row

    def set_pool(self, h: int, w: int, c: int, f: int, s: int) -> None:
        """Show a pooling layer (used by tests and presets)."""
        set_combo(self.kind, "pool")
        for box, v in ((self.h, h), (self.w, w), (self.c, c), (self.f, f), (self.s, s)):
            box.setValue(v)

    def _on_changed(self) -> None:
        is_conv = self.kind.currentData() == "conv"
        self.k.setEnabled(is_conv)
        self.p.setEnabled(is_conv)
        self.apply.setEnabled(is_conv)
        try:
            if is_conv:
                layer = conv_layer(self.h.value(), self.w.value(), self.c.value(), k=self.k.value(),
                                   f=self.f.value(), s=self.s.value(), p=self.p.value())
                text = layer.describe() + f"\n(a dense layer would need {layer.dense_params:,})"
            else:
                layer = pool_layer(self.h.value(), self.w.value(), self.c.value(), f=self.f.value(), s=self.s.value())
                text = layer.describe() + "\npooling has no learnable parameters"
        except ValueError as exc:
            text = f"⚠ {exc}"
        self.result.setText(text)

    def _on_apply(self) -> None:
        self.use_fan_in.emit(self.f.value(), self.c.value())
