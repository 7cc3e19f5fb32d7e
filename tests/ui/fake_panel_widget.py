"""A minimal Panel for the fake spec, built like the real ones: a generated form, a view, a controller."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from tests.lab.fake_panel import FakeParams, build
from ui.controller import PanelController
from ui.figure_view import FigureView
from ui.form import ParamForm
from ui.panels.base import Panel


class FakePanel(Panel):
    panel_id = "fake"

    def __init__(self) -> None:
        super().__init__()
        controller = PanelController(FakeParams(), build, debounce_ms=0, parent=self)
        form = ParamForm(FakeParams, [("", ("n",))])
        self.n_spin = form.widget("n")
        self.view = FigureView()
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.view)
        self.bind(controller, form)
        # cheap enough to draw at once: the shell tests see the figure without waiting
        controller.params_changed.connect(lambda p: self.view.show_figure(build(p)[0]))
        self.view.show_figure(build(controller.params())[0])
