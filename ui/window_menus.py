"""The window's menu bar: File, Edit, View (panels, layout, theme, language), Help."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from lab import registry
from ui.i18n import tr
from ui.language_menu import LanguageMenu

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def menu_action(window: MainWindow, text: str, slot: Any, shortcut: QKeySequence | str | None = None,
           tip: str = "") -> QAction:
    """A menu action of ``window`` that calls ``slot()``, with its shortcut and tip."""
    made = QAction(text, window)
    if shortcut is not None:
        made.setShortcut(QKeySequence(shortcut))
    made.setStatusTip(tip)
    made.setToolTip(tip)
    made.triggered.connect(lambda _checked=False: slot())
    return made


def panel_title(panel_id: str) -> str:
    """The panel's title in the UI language."""
    return tr(registry.panel(panel_id).title)


def build_menus(window: MainWindow) -> None:
    """Fill ``window``'s menu bar; the actions tests and shortcuts use become its attributes."""
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    window.open_images_action = menu_action(window, tr("Open image(s)…"), window.open_images, QKeySequence.StandardKey.Open,
                                           tr("Open photos in the Augmentation panel"))
    window.add_images_action = menu_action(window, tr("Add images…"), lambda: window.open_images(add=True), "Ctrl+Shift+I",
                                          tr("Add photos to the ones in the Augmentation panel"))
    window.export_action = menu_action(window, tr("Export figure…"), lambda: window.exports.export_current(), "Ctrl+E",
                                      tr("Export the current panel's figure as PNG/SVG/PDF/CSV"))
    window.export_all_action = menu_action(window, tr("Export all figures…"), lambda: window.exports.export_all(), "Ctrl+Shift+E",
                                          tr("Export every panel's figures into one folder"))
    window.copy_action = menu_action(window, tr("Copy figure"), lambda: window.exports.copy_current(), "Ctrl+Shift+C",
                                    tr("Copy the current panel's slide figure to the clipboard"))
    window.save_session_action = menu_action(window, tr("Save session…"), window.save_session, QKeySequence.StandardKey.Save,
                                            tr("Save every panel's parameters and seeds to a JSON file"))
    window.open_session_action = menu_action(window, tr("Open session…"), window.open_session, "Ctrl+Shift+O",
                                            tr("Restore every panel from a session file (undo with Ctrl+Z)"))
    quit_action = menu_action(window, tr("Quit"), window.close, QKeySequence.StandardKey.Quit)
    for item in (window.open_images_action, window.add_images_action, None, window.export_action, window.export_all_action, window.copy_action,
                 None, window.save_session_action, window.open_session_action, None, quit_action):
        file_menu.addSeparator() if item is None else file_menu.addAction(item)

    edit_menu = bar.addMenu(tr("&Edit"))
    window.undo_action = window.sessions.undo_action
    window.reset_panel_action = menu_action(window, tr("Reset panel to defaults"), window.reset_current_panel, "Ctrl+Shift+R",
                                           tr("Reset the current panel's parameters (undo with Ctrl+Z)"))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.reset_panel_action)

    view_menu = bar.addMenu(tr("&View"))
    window.go_to_actions: dict[str, QAction] = {}
    for index, panel_id in enumerate(window.docks, start=1):  # Ctrl+N raises (and shows) a panel
        action = menu_action(window, tr("Go to {panel}").format(panel=panel_title(panel_id).replace('&', '&&')),
                              lambda pid=panel_id: window.set_current_panel(pid), f"Ctrl+{index}",
                              tr("Bring the {panel} panel to the front").format(panel=panel_title(panel_id)))
        view_menu.addAction(action)
        window.go_to_actions[panel_id] = action
    view_menu.addSeparator()
    for panel_id, dock in window.docks.items():  # show/hide stays here, without a shortcut
        toggle = dock.toggleViewAction()
        toggle.setStatusTip(tr("Show or hide the {panel} panel").format(panel=panel_title(panel_id)))
        view_menu.addAction(toggle)
    view_menu.addSeparator()
    view_menu.addAction(menu_action(window, tr("Reset layout"), window.reset_layout, None, tr("Dock every panel back in place")))
    view_menu.addAction(window.presentation.action)
    theme_menu = view_menu.addMenu(tr("Theme"))
    group = QActionGroup(window)
    for name in ("system", "light", "dark"):
        action = QAction(tr(name.capitalize()), window, checkable=True)
        action.setData(name)
        action.triggered.connect(lambda _c=False, n=name: (window.themes.choose(n), window.presentation.apply_theme()))
        group.addAction(action)
        theme_menu.addAction(action)
    window.theme_actions = group
    window.languages = LanguageMenu(window, view_menu, window)

    help_menu = bar.addMenu(tr("&Help"))
    window.notes_action = window.notes.toggleViewAction()  # the side panel, not a modal box
    window.notes_action.setText(tr("What to notice"))
    window.notes_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
    window.notes_action.setStatusTip(tr("Show or hide the notes beside the plots (they follow the panel and preset)"))
    window.tour_action = menu_action(window, tr("Lecture tour"), window.start_tour, None,
                                    tr("Step through the lecture's claims: → / Page Down next, ← / Page Up back"))
    help_menu.addAction(window.notes_action)
    help_menu.addAction(window.tour_action)
    help_menu.addSeparator()
    help_menu.addAction(menu_action(window, tr("About NN Training Lab"), window.show_about))
