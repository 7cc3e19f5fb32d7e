"""Small controls for the activation panel: a slider paired with a typed-in spin box, presets."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QSlider, QWidget

from ui.workers import signals_blocked

_STEPS = 1000


class SliderSpin(QWidget):
    """A horizontal slider and a spin box showing the same float; either can be edited.

    With ``log=True`` the slider moves on a logarithmic scale (``lo`` must be > 0); the spin
    box always takes the exact typed value.
    """

    valueChanged = Signal(float)

    def __init__(self, lo: float, hi: float, value: float, *, decimals: int = 3, log: bool = False,
                 tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if log and lo <= 0:
            raise ValueError("a log slider needs lo > 0")
        self._lo, self._hi, self._log = lo, hi, log
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, _STEPS)
        self.slider.setPageStep(_STEPS // 20)
        self.spin = QDoubleSpinBox()
        self.spin.setRange(lo, hi)
        self.spin.setDecimals(decimals)
        self.spin.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self.spin.setKeyboardTracking(False)  # typing "0.05" must not apply "0" and "0.0" first
        self.spin.setMinimumWidth(90)
        for w in (self, self.slider, self.spin):
            w.setToolTip(tooltip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        self.slider.valueChanged.connect(self._on_slider)
        self.spin.valueChanged.connect(self._on_spin)
        self._value = value
        self.setValue(value)

    # --- mapping ---------------------------------------------------------------------------
    def _to_slider(self, value: float) -> int:
        if self._log:
            t = (math.log(value) - math.log(self._lo)) / (math.log(self._hi) - math.log(self._lo))
        else:
            t = (value - self._lo) / (self._hi - self._lo)
        return round(min(max(t, 0.0), 1.0) * _STEPS)

    def _from_slider(self, position: int) -> float:
        t = position / _STEPS
        if self._log:
            return math.exp(math.log(self._lo) + t * (math.log(self._hi) - math.log(self._lo)))
        return self._lo + t * (self._hi - self._lo)

    # --- API -------------------------------------------------------------------------------
    def value(self) -> float:
        """The current value: exactly as set by :meth:`setValue` (a session may hold more
        digits than the spin box shows) until the user moves the slider or types."""
        return self._value

    def setValue(self, value: float) -> None:
        """Show ``value`` without emitting ``valueChanged``."""
        self._value = float(value)
        with signals_blocked(self.spin), signals_blocked(self.slider):
            self.spin.setValue(value)
            self.slider.setValue(self._to_slider(value))

    def _on_slider(self, position: int) -> None:
        with signals_blocked(self.spin):
            self.spin.setValue(self._from_slider(position))
        self._value = float(self.spin.value())  # rounded to the shown decimals
        self.valueChanged.emit(self._value)

    def _on_spin(self, value: float) -> None:
        with signals_blocked(self.slider):
            self.slider.setValue(self._to_slider(value))
        self._value = float(value)
        self.valueChanged.emit(self._value)


#: One lecture claim per preset: (button text, tooltip, parameter changes from the defaults).
PRESETS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("Sigmoid kills gradients",
     "σ′ ≤ 0.25 and tiny in the tails: wide inputs saturate, and the gradient through 50 layers "
     "falls below 0.25ⁿ.",
     {"functions": ("sigmoid",), "mu": 0.0, "sigma": 3.0, "x_range": 10.0, "threshold": 0.01}),
    ("Not zero-centred",
     "σ(z) has mean 0.5 (tanh: 0); all-positive inputs make SGD zig-zag.",
     {"functions": ("sigmoid", "tanh"), "mu": 0.0, "sigma": 1.0, "zigzag_batch": 1}),
    ("Dead ReLU",
     "Pre-activations mostly negative (μ = −3): f′ = 0 for 99.9 % of inputs, the unit never updates.",
     {"functions": ("relu",), "mu": -3.0, "sigma": 1.0}),
    ("Leaky ReLU fixes it",
     "Same inputs: Leaky ReLU (slope 0.01) keeps a small gradient everywhere, nothing is dead.",
     {"functions": ("relu", "leaky_relu"), "mu": -3.0, "sigma": 1.0, "slope": 0.01}),
    ("ELU: near-zero mean",
     "For z ~ N(0, 1): ReLU mean 0.399, ELU mean 0.1605 (std 0.7869).",
     {"functions": ("relu", "elu"), "mu": 0.0, "sigma": 1.0, "alpha": 1.0}),
)
