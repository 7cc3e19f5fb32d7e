"""The one preset-button builder: a grid of buttons, one per ``lab`` preset, its claim as tooltip."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton, QWidget

from lab.presets import Preset
from ui.i18n import tr


class PresetButtons(QGroupBox):
    """Buttons for ``presets``; a click calls ``choose(preset)``.  ``buttons`` maps name -> button."""

    def __init__(self, presets: Sequence[Preset], choose: Callable[[Preset], None], *,
                 title: str = "Presets: one lecture claim each", columns: int = 2,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr(title), parent)
        grid = QGridLayout(self)
        self.buttons: dict[str, QPushButton] = {}
        for k, preset in enumerate(presets):
            button = QPushButton(tr(preset.name).replace("&", "&&"))  # a lone & would be a mnemonic
            button.setToolTip(tr(preset.claim))
            button.setStatusTip(tr(preset.claim))
            button.clicked.connect(lambda _=False, p=preset: choose(p))
            grid.addWidget(button, k // columns, k % columns)
            self.buttons[preset.name] = button
