"""Screen theme: follows the system light/dark palette unless the user picks one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication

from lab.figures.themes import DARK, LIGHT, Theme
from ui.panels.base import Panel

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def system_theme() -> Theme:
    """LIGHT or DARK after the platform's colour scheme."""
    app = QGuiApplication.instance()
    if app is not None and app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return DARK
    return LIGHT


class ThemeController(QObject):
    """Keeps every panel's plots in the chosen screen theme."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        app = QGuiApplication.instance()
        if app is not None:
            app.styleHints().colorSchemeChanged.connect(lambda _scheme: self.apply())

    def choice(self) -> str:
        value = str(self.window.settings.value("view/theme", "system"))
        return value if value in ("system", "light", "dark") else "system"

    def current(self) -> Theme:
        return {"light": LIGHT, "dark": DARK}.get(self.choice()) or system_theme()

    def choose(self, name: str) -> None:
        self.window.settings.setValue("view/theme", name)
        self.apply()

    def apply(self) -> None:
        theme = self.current()
        for action in self.window.theme_actions.actions():
            action.setChecked(action.data() == self.choice())
        for widget in self.window.panels.values():
            if isinstance(widget, Panel):
                widget.set_theme(theme)
