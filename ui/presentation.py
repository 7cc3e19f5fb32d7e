"""Presentation mode (F11): full screen, larger fonts and lines, dock title bars and status bar hidden.

F11 or Esc leaves it.  The plots get :func:`presentation_theme` (the screen theme with
fonts ×1.5 and lines ×1.7, drawn with real pens instead of hairlines); widgets get an
application font ×1.3.  Everything is put back on leaving.
"""

from __future__ import annotations

import dataclasses
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from lab.figures.themes import Theme
from ui.i18n import tr
from ui.panels.base import Panel
from ui.workers import signals_blocked

FONT_SCALE = 1.5
LINE_SCALE = 1.7
WIDGET_FONT_SCALE = 1.3


def presentation_theme(theme: Theme) -> Theme:
    """``theme`` for a projector: larger fonts, thicker lines and markers, same colours."""
    return dataclasses.replace(theme, name=f"{theme.name}-presentation", font_size=theme.font_size * FONT_SCALE,
                               title_size=theme.title_size * FONT_SCALE, line_width=theme.line_width * LINE_SCALE,
                               marker_size=theme.marker_size * LINE_SCALE)


class PresentationHost(Protocol):
    """What presentation mode needs of the main window."""

    def built_panels(self) -> dict[str, Panel]: ...

    def screen_theme(self) -> Theme: ...


class Presentation(QObject):
    """Enter/leave presentation mode on ``window``; ``toggled(on)`` after each change."""

    toggled = Signal(bool)

    def __init__(self, window: QMainWindow, host: PresentationHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window, self.host = window, host
        self.action = QAction(tr("Presentation mode"), window, checkable=True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.action.setStatusTip(tr("Full screen, larger fonts and lines, no dock title bars (F11 or Esc leaves)"))
        self.action.toggled.connect(self.set_on)
        # Esc leaves, only while presenting and only in the main window (dialogs keep their Esc)
        self.leave_action = QAction(tr("Leave presentation mode"), window)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(lambda: self.set_on(False))
        window.addAction(self.action)  # shortcuts work whatever the menu bar shows
        window.addAction(self.leave_action)
        self._on = False
        self._was_maximized = False
        self._font: QFont | None = None
        self._title_bars: dict[QDockWidget, QWidget | None] = {}

    def is_on(self) -> bool:
        return self._on

    def theme(self) -> Theme:
        """The theme panels should draw with now."""
        base = self.host.screen_theme()
        return presentation_theme(base) if self._on else base

    def set_on(self, on: bool) -> None:
        if on == self._on:
            return
        self._on = on
        app = QApplication.instance()
        if on:
            self._was_maximized = self.window.isMaximized()
            if isinstance(app, QApplication):
                self._font = QFont(app.font())
                bigger = QFont(self._font)
                bigger.setPointSizeF(max(self._font.pointSizeF(), 9.0) * WIDGET_FONT_SCALE)
                app.setFont(bigger)
            for dock in self.window.findChildren(QDockWidget):
                self._title_bars[dock] = dock.titleBarWidget()
                dock.setTitleBarWidget(QWidget(dock))  # an empty bar: no title, no buttons
            self.window.statusBar().hide()
            self.window.showFullScreen()
        else:
            if isinstance(app, QApplication) and self._font is not None:
                app.setFont(self._font)
            for dock, bar in self._title_bars.items():
                dock.setTitleBarWidget(bar)
            self._title_bars.clear()
            self.window.statusBar().show()
            self.window.showMaximized() if self._was_maximized else self.window.showNormal()
        self.leave_action.setEnabled(on)
        with signals_blocked(self.action):
            self.action.setChecked(on)
        self.apply_theme()
        self.toggled.emit(on)

    def apply_theme(self) -> None:
        """Give every built panel the theme of the current mode."""
        theme = self.theme()
        for panel in self.host.built_panels().values():
            panel.set_theme(theme)

