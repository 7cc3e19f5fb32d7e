"""Screen theme: follows the system light/dark palette unless the user picks one."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from lab.figures.themes import DARK, LIGHT, Theme
from ui.shell import Shell

_SYSTEM_LOOK: tuple[QPalette, str] | None = None


def system_theme() -> Theme:
    """LIGHT or DARK after the platform's colour scheme."""
    app = QGuiApplication.instance()
    if app is not None and app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return DARK
    return LIGHT


class ThemeController(QObject):
    """Keeps every panel's plots in the chosen screen theme."""

    def __init__(self, window: Shell, parent: QObject | None = None) -> None:
        super().__init__(parent)
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
        self._apply_widget_palette()
        for action in self.window.theme_actions.actions():
            action.setChecked(action.data() == self.choice())
        for widget in self.window.built_panels().values():  # later ones get it when built
            widget.set_theme(theme)

    def _apply_widget_palette(self) -> None:
        """An explicit light/dark choice recolours the widgets too, not only the plots."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        global _SYSTEM_LOOK
        if _SYSTEM_LOOK is None:  # what the platform gave us, before any change of ours
            _SYSTEM_LOOK = (QPalette(app.palette()), app.style().name())
        if self.choice() == "dark":
            app.setStyle("Fusion")
            app.setPalette(dark_palette())
        else:
            app.setStyle(_SYSTEM_LOOK[1])
            app.setPalette(_SYSTEM_LOOK[0])


def dark_palette() -> QPalette:
    """A neutral dark palette for the Fusion style."""
    p = QPalette()
    base, window, text, accent = QColor("#1e1e1e"), QColor("#2b2b2b"), QColor("#e6e6e6"), QColor("#56B4E9")
    for role, color in (
        (QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.ToolTipBase, window), (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.Highlight, accent),
        (QPalette.ColorRole.HighlightedText, QColor("#000000")), (QPalette.ColorRole.Link, accent),
    ):
        p.setColor(role, color)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#808080"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#808080"))
    return p
