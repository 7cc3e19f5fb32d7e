"""A minimal Panel for the fake spec, to test the shell without depending on real panels."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QVBoxLayout

from lab import params as lp
from tests.lab.fake_panel import FakeParams, build
from ui.figure_view import FigureView
from ui.panels.base import Panel
from ui.workers import signals_blocked


class FakePanel(Panel):
    panel_id = "fake"

    def __init__(self) -> None:
        super().__init__()
        self.n_spin = QSpinBox(minimum=3, maximum=10_000, value=FakeParams().n)
        self.view = FigureView()
        layout = QVBoxLayout(self)
        layout.addWidget(self.n_spin)
        layout.addWidget(self.view)
        self._params = FakeParams()
        self.n_spin.valueChanged.connect(self._on_n_changed)
        self.view.show_figure(build(self._params)[0])

    def _on_n_changed(self, value: int) -> None:
        self._params = lp.replace(self._params, n=value)
        self.view.show_figure(build(self._params)[0])
        self.params_changed.emit()

    def params(self) -> FakeParams:
        return self._params

    def set_params(self, params: FakeParams) -> None:
        self._params = params
        with signals_blocked(self.n_spin):
            self.n_spin.setValue(params.n)
        self.view.show_figure(build(params)[0])
