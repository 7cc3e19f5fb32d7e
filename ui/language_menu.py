"""View → Language: English / 한국어.  Figures switch at once; widgets after a restart the app offers.

Figures, exports, the notes beside the plots (and the tour's steps) and the status messages
follow the new language at once (they are translated when they are drawn).  Menus and forms are built once, so they change after a
restart; the window saves every panel's parameters first and the new process restores them.
"""

from __future__ import annotations

import sys
from typing import Any, Protocol

from PySide6.QtCore import QObject, QProcess
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from lab import i18n
from ui.i18n import SETTING, install, tr


class _Window(Protocol):
    settings: Any

    def built_panels(self) -> dict[str, Any]: ...

    def save_state(self) -> None: ...

    def dialog_parent(self) -> QWidget: ...

    def show_message(self, text: str, timeout_ms: int = 8000) -> None: ...

    def close(self) -> bool: ...


class LanguageMenu(QObject):
    """The View → Language submenu; ``actions`` maps a language code to its checkable action."""

    def __init__(self, window: _Window, menu: QMenu, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.box: QMessageBox | None = None
        submenu = menu.addMenu(tr("Language"))
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():  # each language named in its own words
            action = QAction(name, submenu, checkable=True)
            action.setChecked(code == i18n.language())
            action.triggered.connect(lambda _c=False, c=code: self.choose(c))
            group.addAction(action)
            submenu.addAction(action)
            self.actions[code] = action

    def choose(self, lang: str) -> QMessageBox | None:
        """Switch to ``lang``: figures now, then offer to restart for the menus and controls."""
        if lang == i18n.language():
            return None
        self.window.settings.setValue(SETTING, lang)
        install(lang)
        self.actions[lang].setChecked(True)
        for panel in self.window.built_panels().values():
            panel.controller.request()  # redraw the figures in the new language
        notes = getattr(self.window, "notes", None)  # the notes beside the plots, and the tour's steps
        if notes is not None and hasattr(notes, "retranslate"):
            notes.retranslate()
        self.window.save_state()
        self.box = QMessageBox(QMessageBox.Icon.Question, tr("Language"),
                               tr("Restart NN Training Lab to show the menus and controls in {language}? "
                                  "Every panel keeps its parameters.").format(language=i18n.LANGUAGES[lang]),
                               QMessageBox.StandardButton.NoButton, self.window.dialog_parent())
        restart = self.box.addButton(tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        self.box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
        restart.clicked.connect(self.restart)
        self.box.open()
        self.window.show_message(tr("Figures now use {language}; menus and controls after a restart")
                                 .format(language=i18n.LANGUAGES[lang]))
        return self.box

    def restart(self) -> bool:
        """Save everything, start a new instance with the same arguments, and close this one."""
        self.window.save_state()
        program, args = sys.executable, list(sys.argv)
        if not args or not (args[0].endswith(".py") or args[0] == "-m"):
            program, args = (args[0], args[1:]) if args else (sys.executable, ["-m", "ui.launcher"])
        started = QProcess.startDetached(program, args)
        ok = started[0] if isinstance(started, tuple) else bool(started)
        if not ok:
            self.window.show_message(tr("Could not restart: please start NN Training Lab again"))
            return False
        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()
        return True
