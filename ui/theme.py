"""Screen theme: follows the system light/dark palette unless the user picks one."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

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
            app.setStyle(OutlinedFusion(INDICATOR_OUTLINE["dark"]))
            app.setPalette(dark_palette())
        else:
            system_style = _SYSTEM_LOOK[1]
            # a native style keeps its own look; Fusion gets outlines that show
            app.setStyle(OutlinedFusion(INDICATOR_OUTLINE["light"]) if system_style.lower() == "fusion" else system_style)
            app.setPalette(_SYSTEM_LOOK[0])


#: Outlines of check boxes and radio buttons: Fusion draws them a shade darker than the
#: window, invisible on #2b2b2b and faint (contrast 1.7) on a light grey.  These greys have a
#: WCAG non-text contrast ratio above 3 against the window and the base colours.
INDICATOR_OUTLINE = {"dark": QColor("#9a9a9a"), "light": QColor("#767676")}

_INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)


class OutlinedFusion(QProxyStyle):
    """Fusion with check-box and radio-button outlines that show on the theme's background."""

    def __init__(self, outline: QColor) -> None:
        super().__init__("Fusion")
        self._outline = QColor(outline)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _INDICATORS or element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.save()
            radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, radio)  # a crisp 1 px square
            painter.setPen(self._outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = option.rect.adjusted(1, 1, -1, -1) if element in _INDICATORS else option.rect.adjusted(1, 1, -2, -2)
            if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
                painter.drawEllipse(r)
            else:
                painter.drawRect(r)
            painter.restore()


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
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#808080"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a"))
    p.setColor(QPalette.ColorRole.Mid, QColor("#5a5a5a"))
    p.setColor(QPalette.ColorRole.Dark, QColor("#1a1a1a"))
    p.setColor(QPalette.ColorRole.Light, QColor("#4a4a4a"))
    p.setColor(QPalette.ColorRole.Midlight, QColor("#3a3a3a"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#808080"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor("#262626"))
    return p
