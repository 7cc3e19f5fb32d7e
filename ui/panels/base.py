"""The contract between the main window and a panel widget, and the wiring every panel shares."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget

from lab.figures import LIGHT, Figure, Theme
from lab.presets import Preset
from lab.registry import load_spec
from ui.controller import PanelController
from ui.form import ParamForm
from ui.i18n import tr
from ui.widgets import controls_column


def controls_scroll(*items: QWidget | QLayout, min_width: int = 340) -> QScrollArea:
    """A panel's left column: ``items`` stacked top-down in a vertical scroll area (no horizontal bar)."""
    controls = QWidget()
    column = QVBoxLayout(controls)
    for item in items:
        column.addLayout(item) if isinstance(item, QLayout) else column.addWidget(item)
    column.addStretch(1)
    return controls_column(controls, at_least=min_width)


def side_by_side(panel: QWidget, controls: QWidget, views: QWidget, margin: int = 2) -> QSplitter:
    """Lay ``panel`` out as its controls column beside its views; extra width goes to the views."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(controls)
    splitter.addWidget(views)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.addWidget(splitter)
    return splitter


class Panel(QWidget):
    """Base class of the four panels: a form, a view and a :class:`PanelController`.

    A subclass sets ``panel_id`` (a panel id of ``lab.registry``), builds ``self.form`` (a
    :class:`ParamForm`) and ``self.controller`` and calls :meth:`bind`.  User edits and
    presets go through :meth:`edit`; sessions and settings through :meth:`set_params`.
    ``params_changed`` fires after a user edit (the window saves state on it), ``message``
    for the status bar.
    """

    panel_id: ClassVar[str] = ""
    params_changed = Signal()
    message = Signal(str)
    preset_changed = Signal(str)  # the preset the params came from ("" after another edit)

    controller: PanelController
    form: ParamForm

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"panel_{self.panel_id}")
        self._theme: Theme = LIGHT
        self._preset = ""  # the preset the current params started from ("" after other edits)

    def bind(self, controller: PanelController, form: ParamForm) -> None:
        """Connect the form and the controller (one binding style for every panel)."""
        self.controller, self.form = controller, form
        form.show_params(controller.params())
        form.edited.connect(self._on_form_edited)
        controller.edited.connect(self.params_changed)
        controller.edited.connect(self._forget_preset)
        controller.failed.connect(lambda _p, exc: self.message.emit(f"{tr(load_spec(self.panel_id).title)}: {tr(str(exc))}"))

    # --- state -------------------------------------------------------------------------
    def params(self) -> Any:
        """The current parameters (a frozen dataclass of the panel's params type)."""
        return self.controller.params()

    def set_params(self, params: Any) -> None:
        """Show ``params`` in the controls (without emitting ``params_changed``) and recompute."""
        spec = load_spec(self.panel_id)
        if not isinstance(params, spec.params_type):
            raise TypeError(f"expected {spec.params_type.__name__}, got {type(params).__name__}")
        self.form.show_params(params)
        self.controller.set_params(params)

    def edit(self, params: Any) -> None:
        """Make ``params`` current as a user edit: shown, recomputed, saved."""
        current = self.params()
        if params == current:
            return
        self.form.show_params(params)
        self.controller.set_params(params, user=True, compute=self.needs_compute(current, params))

    def adjust(self, name: str, params: Any) -> Any:
        """Hook: repair ``params`` after the user changed field ``name`` (default: as is)."""
        return params

    def needs_compute(self, old: Any, new: Any) -> bool:
        """Hook: whether going from ``old`` to ``new`` needs a background run (default: yes)."""
        return True

    def _on_form_edited(self, name: str) -> None:
        current = self.params()
        try:
            params = self.adjust(name, self.form.read(current))
        except ValueError as exc:  # a combination the dataclass rejects: keep the previous state
            self.message.emit(f"{tr(load_spec(self.panel_id).title)}: {tr(str(exc))}")
            self.form.show_params(current)
            return
        if params != current:
            self.controller.set_params(params, user=True, compute=self.needs_compute(current, params))

    def apply_preset(self, preset: Preset) -> None:
        """Apply a ``lab`` preset (a user edit) and say so in the status bar."""
        params = preset.apply(self.params())
        self.form.show_params(params)
        self.controller.set_params(params, user=True)  # even when nothing changed: a click answers
        self._preset = preset.name
        self.preset_changed.emit(preset.name)
        self.message.emit(tr("Preset: {name} — {claim}").format(name=tr(preset.name), claim=tr(preset.claim)))

    def preset_name(self) -> str:
        """The preset the current parameters came from, or "" once anything else was edited."""
        return self._preset

    def titled(self, figure: Figure, name: str) -> Figure:
        """``figure``, the live view of export figure ``name``, titled with the active preset's
        headline while its claim is in this figure (the exporter's decision: ``PanelSpec.titled``)."""
        return load_spec(self.panel_id).titled(self.params(), figure, name, self._preset)

    def headline(self, *names: str) -> str:
        """The active preset's headline if one of the export figures ``names`` carries it, else ""."""
        spec = load_spec(self.panel_id)
        return next((text for name in names if (text := spec.headline(self.params(), name, self._preset))), "")

    def _forget_preset(self) -> None:
        if self._preset:
            self._preset = ""
            self.preset_changed.emit("")

    # --- export --------------------------------------------------------------------------
    def current_figures(self) -> list[Figure]:
        """The figures to export for the current state; the first is the main one."""
        return load_spec(self.panel_id).build(self.params())

    # --- optional hooks ----------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        """Apply a screen theme (light or dark)."""
        self._theme = theme

    def theme(self) -> Theme:
        """The screen theme the panel draws with."""
        return self._theme

    def open_paths(self, paths: list[Path]) -> bool:
        """Open files (File → Open image(s)…); return False when the panel takes none."""
        return False

    def shutdown(self) -> None:
        """Cancel running work before the window closes (never waits)."""
        self.controller.shutdown()
