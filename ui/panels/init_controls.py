"""The Initialization panel's layer calculator: its result under its fields in the form."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from lab.init.params import InitParams
from lab.init.views import calculator_text
from ui.i18n import tr


class LayerCalculator(QWidget):
    """The layer calculator's result (output shape, parameters, fan-in) under its fields in the form,
    and a button that takes a conv layer's fan-in into the experiment."""

    use_fan_in = Signal(int, int)  # kernel F, input channels C

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(tr("Output = (W − F + 2P)/S + 1; conv parameters = (F·F·C + 1)·K; fan-in d_in = F²·C"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setToolTip(tr("what this layer does to its input (exported as layer-calculator.csv)"))
        self.apply = QPushButton(tr("Use this fan-in in the experiment"))
        self.apply.setToolTip(tr("switch the experiment to conv layers with this F and C (fan-in F²·C)"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.result)
        column.addWidget(self.apply)
        self._fan_in = (5, 3)
        self.apply.clicked.connect(lambda: self.use_fan_in.emit(*self._fan_in))

    def show_params(self, p: InitParams) -> None:
        """Show the calculator's layer of ``p``."""
        self.result.setText(tr(calculator_text(p)))
        self._fan_in = (p.calc_f, p.calc_c)
        self.apply.setEnabled(p.calc_kind == "conv")
