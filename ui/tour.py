"""The lecture tour: steps through ``lab.tour`` — panel to the front, preset applied, text in the notes dock.

Keys: → / Page Down next, ← / Page Up previous (presentation clickers send the Page keys).
While the tour runs an application event filter takes these keys before any widget does,
so a focused slider or spin box does not eat them; ← and → still move the cursor in a text
field, and nothing is taken while a dialog is open.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from lab.presets import find
from lab.registry import PanelUnavailable, load_spec
from lab.tour import TourStep
from ui.i18n import tr
from ui.notes_dock import NotesDock
from ui.panels.base import Panel

_NEXT = {Qt.Key.Key_Right, Qt.Key.Key_PageDown}
_PREVIOUS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp}
_ARROWS = {Qt.Key.Key_Left, Qt.Key.Key_Right}


class TourHost(Protocol):
    """What the tour needs of the main window."""

    def set_current_panel(self, panel_id: str) -> None: ...

    def ensure_panel(self, panel_id: str) -> QWidget: ...

    def show_message(self, text: str, timeout_ms: int = 8000) -> None: ...


def _typing(widget: QObject | None) -> bool:
    """A text field where ← and → move the cursor (a spin box's own line edit does not count)."""
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QLineEdit):
        parent = widget.parentWidget()
        return not isinstance(parent, QAbstractSpinBox) and not widget.isReadOnly()
    return False


class LectureTour(QObject):
    """Runs the tour over a window and a notes dock; ``step_changed(index)`` after each step."""

    step_changed = Signal(int)
    running_changed = Signal(bool)

    def __init__(self, host: TourHost, dock: NotesDock, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host, self.dock, self.window = host, dock, window
        self.steps: tuple[TourStep, ...] = dock.steps
        self._index = -1
        dock.bar.go.connect(self.go)
        dock.bar.stop.connect(self.stop)

    # --- state -------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self._index >= 0

    def index(self) -> int:
        """The current step (0-based), or -1 when the tour is not running."""
        return self._index

    def progress(self) -> str:
        """"7 / 43"."""
        return f"{self._index + 1} / {len(self.steps)}" if self.is_running() else ""

    # --- moving --------------------------------------------------------------------------------
    def start(self, index: int = 0) -> None:
        """Start (or restart) the tour at ``index``."""
        if not self.steps:
            self.host.show_message(tr("No lecture tour for the panels of this build"))
            return
        app = QApplication.instance()
        if not self.is_running() and app is not None:
            app.installEventFilter(self)
        self.dock.show()
        self.dock.raise_()
        self.go(index)
        self.running_changed.emit(True)

    def stop(self) -> None:
        if not self.is_running():
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._index = -1
        self.dock.set_step(-1, None)
        self.running_changed.emit(False)
        self.host.show_message(tr("Lecture tour ended"))

    def next(self) -> None:
        self.go(self._index + 1)

    def previous(self) -> None:
        self.go(self._index - 1)

    def go(self, index: int) -> None:
        """Show step ``index`` (clamped to the tour): panel in front, preset applied, text shown."""
        if not self.steps:
            return
        index = min(max(index, 0), len(self.steps) - 1)
        step = self.steps[index]
        self._index = index
        self.host.set_current_panel(step.panel)
        panel = self.host.ensure_panel(step.panel)
        self.dock.set_step(index, step)
        if isinstance(panel, Panel):
            try:
                panel.apply_preset(find(load_spec(step.panel).presets, step.preset))
            except (ValueError, PanelUnavailable):
                self.host.show_message(tr("Tour: the preset “{preset}” is not available in this build").format(preset=tr(step.preset)))
        self.step_changed.emit(index)

    # --- keys ----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self.is_running():
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key not in _NEXT and key not in _PREVIOUS:
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        if key in _ARROWS and _typing(QApplication.focusWidget()):
            return False
        self.next() if key in _NEXT else self.previous()
        return True
