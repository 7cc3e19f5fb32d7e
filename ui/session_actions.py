"""Session files and undo: save/open every panel's parameters, reset a panel, undo either."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lab import registry
from ui.i18n import tr
from ui.shell import Shell

UNDO_DEPTH = 20


class SessionActions(QObject):
    """The destructive parameter changes (open session, reset panel) and their undo."""

    def __init__(self, window: Shell, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self._undo: list[tuple[str, dict[str, Any]]] = []
        self.undo_action = QAction(tr("Undo"), parent)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setStatusTip(tr("Undo the last reset or session load"))
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(lambda _checked=False: self.undo())

    def _params_changed(self) -> None:
        self.window.request_save()

    # --- files -------------------------------------------------------------------------------
    def save(self, path: Path | None = None) -> Path | None:
        """Write every panel's parameters (seeds included); asks for a file when none is given."""
        from lab.session import save_session

        w = self.window
        parent = w.dialog_parent()
        if path is None:
            name, _ = QFileDialog.getSaveFileName(parent, tr("Save session"), str(w.settings.value("paths/session", "session.json")),
                                                  tr("NN Training Lab session") + " (*.json)")
            if not name:
                return None
            path = Path(name)
        try:
            presets = {pid: name for pid, panel in w.real_panels().items() if (name := panel.preset_name())}
            save_session(path, w.all_params(), presets)
        except OSError as exc:
            QMessageBox.warning(parent, tr("Save session failed"), tr("Cannot write {path}: {error}").format(path=path, error=exc.strerror or exc))
            return None
        w.settings.setValue("paths/session", str(path))
        w.show_message(tr("Session saved to {path}").format(path=path))
        return path

    def open(self, path: Path | None = None) -> bool:
        """Load a session into the panels (undoable); a bad file changes nothing and says why."""
        from lab.session import SessionError, load_session

        w = self.window
        parent = w.dialog_parent()
        if path is None:
            name, _ = QFileDialog.getOpenFileName(parent, tr("Open session"), str(w.settings.value("paths/session", "")),
                                                  tr("NN Training Lab session") + " (*.json);;" + tr("All files") + " (*)")
            if not name:
                return False
            path = Path(name)
        try:
            loaded, notes = load_session(path)
        except SessionError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, tr("Open session failed"), tr(str(exc)), QMessageBox.StandardButton.Ok, parent)
            box.setInformativeText(tr("Nothing was changed."))
            box.open()
            w.show_message(tr("Could not open {name}: {error}").format(name=path.name, error=tr(str(exc))))
            return False
        self._push(tr("open session {name}").format(name=path.name))
        panels = w.real_panels()
        for panel_id, params in loaded.items():
            if panel_id in panels:
                panels[panel_id].set_params(params)
        w.settings.setValue("paths/session", str(path))
        w.show_message("; ".join([tr("Opened session {name} (Ctrl+Z to undo)").format(name=path.name), *map(tr, notes)]))
        self._params_changed()
        return True

    # --- reset and undo ----------------------------------------------------------------------
    def reset_panel(self, panel_id: str) -> None:
        """Put one panel back to its defaults (undoable)."""
        panel = self.window.real_panels().get(panel_id)
        if panel is None:
            return
        self._push(tr("reset of {panel}").format(panel=tr(registry.PANEL_TITLES[panel_id])))
        panel.set_params(registry.load_spec(panel_id).params_type())
        self.window.show_message(tr("{panel} reset to defaults (Ctrl+Z to undo)").format(panel=tr(registry.PANEL_TITLES[panel_id])))
        self._params_changed()

    def _push(self, label: str) -> None:
        self._undo.append((label, self.window.all_params()))
        del self._undo[:-UNDO_DEPTH]
        self.undo_action.setEnabled(True)
        self.undo_action.setText(tr("Undo {action}").format(action=label))

    def undo(self) -> None:
        """Restore every panel as it was before the last reset or session load."""
        if not self._undo:
            return
        label, snapshot = self._undo.pop()
        panels = self.window.real_panels()
        for panel_id, params in snapshot.items():
            panels[panel_id].set_params(params)
        self.undo_action.setEnabled(bool(self._undo))
        self.undo_action.setText(tr("Undo {action}").format(action=self._undo[-1][0]) if self._undo else tr("Undo"))
        self.window.show_message(tr("Undid {action}").format(action=label))
        self._params_changed()
