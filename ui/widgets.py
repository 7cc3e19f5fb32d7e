"""Shared controls: a slider paired with a typed-in spin box; a controls column that scrolls."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QScrollArea, QSlider, QSpinBox, QWidget

from ui.workers import signals_blocked

_STEPS = 1000


def fit_scroll_width(area: QScrollArea, at_least: int = 0) -> None:
    """Make ``area`` (scrolling up and down only) wide enough for its widget plus the scroll bar."""
    column = area.widget()
    need = column.minimumSizeHint().width() if column is not None else 0
    area.setMinimumWidth(max(at_least, need + area.verticalScrollBar().sizeHint().width() + 2 * area.frameWidth()))


def controls_column(column: QWidget, at_least: int = 0) -> QScrollArea:
    """``column`` in a vertical scroll area wide enough that nothing is cut off at the side.

    On a small screen (1024×700 on a projector) the controls scroll; they are never clipped.
    """
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(column)
    fit_scroll_width(area, at_least)
    return area


class SliderSpin(QWidget):
    """A horizontal slider and a spin box showing the same number; either can be edited.

    The spin box takes any value in ``lo..hi`` exactly as typed; the slider covers
    ``slider_lo..slider_hi`` (default: the full range) and rests at its end beyond it.  With
    ``log=True`` the slider moves logarithmically, its values rounded to two significant
    digits so they read cleanly; ``lo == 0`` then means the leftmost position is exactly 0.
    ``value()`` returns exactly what :meth:`setValue` was given (a session may hold more
    digits than the box shows) until the user edits.  :meth:`setValue` never emits.
    """

    valueChanged = Signal(float)

    def __init__(self, lo: float, hi: float, value: float | None = None, *, decimals: int = 3,
                 log: bool = False, integer: bool = False, slider_lo: float | None = None,
                 slider_hi: float | None = None, step: float | None = None, tooltip: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if log and lo < 0:
            raise ValueError("a log slider needs lo >= 0")
        self._log, self._integer = log, integer
        self._s_lo = lo if slider_lo is None else slider_lo
        self._s_hi = hi if slider_hi is None else slider_hi
        self._zero_left = log and self._s_lo == 0
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, _STEPS)
        self.slider.setPageStep(_STEPS // 20)
        self.spin: QSpinBox | QDoubleSpinBox
        if integer:
            self.spin = QSpinBox()
            self.spin.setRange(int(lo), int(hi))
            self.spin.setGroupSeparatorShown(True)
        else:
            self.spin = QDoubleSpinBox()
            self.spin.setRange(lo, hi)
            self.spin.setDecimals(decimals)
            if step is not None:
                self.spin.setSingleStep(step)
            else:
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
        self._value = float(lo if value is None else value)
        self.setValue(self._value)

    # --- slider position <-> value ---------------------------------------------------------
    def _log_lo(self) -> float:
        return self._s_lo if self._s_lo > 0 else self._s_hi * 1e-9

    def _to_slider(self, value: float) -> int:
        if self._log:
            if value <= 0 and self._zero_left:
                return 0
            lo = self._log_lo()
            t = (math.log10(max(value, lo)) - math.log10(lo)) / (math.log10(self._s_hi) - math.log10(lo))
            start = 1 if self._zero_left else 0
            return round(start + min(max(t, 0.0), 1.0) * (_STEPS - start))
        t = (value - self._s_lo) / (self._s_hi - self._s_lo)
        return round(min(max(t, 0.0), 1.0) * _STEPS)

    def _from_slider(self, position: int) -> float:
        if self._log:
            if position == 0 and self._zero_left:
                return 0.0
            lo = self._log_lo()
            start = 1 if self._zero_left else 0
            t = (position - start) / (_STEPS - start)
            value = float(f"{10 ** (math.log10(lo) + t * (math.log10(self._s_hi) - math.log10(lo))):.2g}")
        else:
            value = self._s_lo + position / _STEPS * (self._s_hi - self._s_lo)
        return float(round(value)) if self._integer else value

    # --- API -------------------------------------------------------------------------------
    def value(self) -> float:
        """The current value (exact, see the class docstring)."""
        return self._value

    def setValue(self, value: float) -> None:
        """Show ``value`` without emitting ``valueChanged``."""
        self._value = float(round(value)) if self._integer else float(value)
        with signals_blocked(self.spin), signals_blocked(self.slider):
            self.spin.setValue(int(self._value) if self._integer else self._value)
            self.slider.setValue(self._to_slider(self._value))

    def _on_slider(self, position: int) -> None:
        value = self._from_slider(position)
        with signals_blocked(self.spin):
            self.spin.setValue(int(value) if self._integer else value)
        self._value = float(self.spin.value())  # as shown (rounded to the box's decimals)
        self.valueChanged.emit(self._value)

    def _on_spin(self, value: float) -> None:
        with signals_blocked(self.slider):
            self.slider.setValue(self._to_slider(float(value)))
        self._value = float(value)
        self.valueChanged.emit(self._value)
