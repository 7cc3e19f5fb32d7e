"""What the window's helpers (exports, sessions, themes) may use of the main window: a narrow protocol.

The helpers depend on this, not on ``ui.main_window``, so nothing imports the window back.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QSettings
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QWidget

from ui.panels.base import Panel


class Shell(Protocol):
    """The main window as its helpers see it."""

    settings: QSettings
    theme_actions: QActionGroup

    def show_message(self, text: str, timeout_ms: int = 8000) -> None: ...

    def real_panels(self) -> dict[str, Panel]:
        """Every panel, built if needed."""
        ...

    def built_panels(self) -> dict[str, Panel]:
        """The panels built so far."""
        ...

    def current_panel_id(self) -> str: ...

    def all_params(self) -> dict[str, Any]: ...

    def request_save(self) -> None:
        """Save the window's state soon (debounced)."""
        ...

    def dialog_parent(self) -> QWidget:
        """The widget dialogs are parented to."""
        ...
