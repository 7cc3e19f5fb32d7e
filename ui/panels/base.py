"""The contract between the main window and a panel widget."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from lab.figures import LIGHT, Figure, Theme
from lab.registry import load_spec


class Panel(QWidget):
    """Base class of the four panels.

    A subclass sets ``panel_id`` (a key of ``lab.registry.PANEL_MODULES``), builds its
    controls, reads them into its params dataclass and pushes ``lab`` results into a
    :class:`ui.figure_view.FigureView`.  It emits ``params_changed`` after a user edit (the
    window saves state on it) and ``message`` for the status bar.
    """

    panel_id: ClassVar[str] = ""
    params_changed = Signal()
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"panel_{self.panel_id}")
        self._theme: Theme = LIGHT

    # --- state -------------------------------------------------------------------------
    def params(self) -> Any:
        """The current parameters (a frozen dataclass of the panel's params type)."""
        raise NotImplementedError

    def set_params(self, params: Any) -> None:
        """Show ``params`` in the controls (without emitting ``params_changed``) and redraw."""
        raise NotImplementedError

    # --- export --------------------------------------------------------------------------
    def current_figures(self) -> list[Figure]:
        """The figures to export for the current state; the first is the main one."""
        return load_spec(self.panel_id).build(self.params())

    # --- optional hooks ----------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        """Apply a screen theme (light or dark)."""
        self._theme = theme

    def open_paths(self, paths: list[Path]) -> bool:
        """Open files (File → Open image(s)…); return False when the panel takes none."""
        return False

    def shutdown(self) -> None:
        """Cancel running work before the window closes."""
