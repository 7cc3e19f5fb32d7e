"""The main window: assembles the four panel docks, menus, settings and the export actions."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from lab import registry
from lab.registry import PanelUnavailable, load_spec
from ui import settings as st
from ui.i18n import tr
from ui.notes_dock import NotesDock
from ui.panels.base import Panel
from ui.presentation import Presentation
from ui.session_actions import SessionActions
from ui.theme import ThemeController
from ui.tour import LectureTour
from ui.window_menus import build_menus, panel_title

if TYPE_CHECKING:
    from ui.actions import ExportActions

log = logging.getLogger(__name__)


def _ids() -> list[str]:
    return [p.id for p in registry.PANELS]


def make_panel(panel_id: str) -> QWidget:
    """The panel's widget (imported lazily), or a label saying why it is not available."""
    entry = registry.panel(panel_id)
    module_name, _, class_name = entry.widget.partition(":")
    try:
        load_spec(panel_id)
        return getattr(importlib.import_module(module_name), class_name)()
    except PanelUnavailable as exc:
        reason = tr(str(exc))
    except Exception as exc:  # one broken panel must not take the window down
        if isinstance(exc, ModuleNotFoundError) and exc.name and module_name.startswith(exc.name):
            reason = tr("the {panel} panel is not available yet").format(panel=tr(entry.title))
        else:
            log.exception("the %s panel failed to load", panel_id)
            reason = tr("the {panel} panel failed to load: {error}").format(panel=tr(entry.title), error=f"{type(exc).__name__}: {exc}")
    label = QLabel(reason[:1].upper() + reason[1:] + ".")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class MainWindow(QMainWindow):
    """Four dockable panels; File/Edit/View/Help menus; state kept across restarts."""

    current_panel_changed = Signal(str)

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle("NN Training Lab")
        self.resize(1440, 900)
        self.setDockNestingEnabled(True)
        self.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas, QTabWidget.TabPosition.North)
        self.setDocumentMode(True)
        self.setAcceptDrops(True)
        self.settings = settings if settings is not None else st.app_settings()
        self._panels: dict[str, QWidget] = {}  # built so far; see ensure_panel
        self.docks: dict[str, QDockWidget] = {}
        self._current = _ids()[0]
        self._save_timer = QTimer(self, singleShot=True, interval=600)
        self._save_timer.timeout.connect(self.save_state)

        for panel_id in _ids():
            self._add_dock(panel_id)
        self._default_layout()
        self.notes = NotesDock(self)  # "What to notice" beside the panels; hosts the tour's bar
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes)
        self._default_state = self.saveState(st.SETTINGS_VERSION)
        self.themes = ThemeController(self, self)
        self.tour = LectureTour(self, self.notes, self, parent=self)
        self.presentation = Presentation(self, self, parent=self)
        self.current_panel_changed.connect(self.notes.follow)
        self.presentation.toggled.connect(lambda _on: QTimer.singleShot(0, self, self.fit_notes))
        self.sessions = SessionActions(self, self)
        self._exports: ExportActions | None = None
        build_menus(self)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self._settings_ok = st.settings_usable(self.settings)
        self.restore_state()
        self.themes.apply()
        # The panel in front is built now; the others shortly after the window is shown, one
        # per event-loop turn, so it appears at once (any is built early when it is needed).
        self._pending_started = False
        self.ensure_panel(self._current)
        self.notes.follow(self._current)
        self._closing = False
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._on_focus_changed)

    # --- docks -----------------------------------------------------------------------------
    def _add_dock(self, panel_id: str) -> None:
        title = panel_title(panel_id)
        dock = QDockWidget(title.replace("&", "&&"), self)  # a lone & would become a mnemonic
        dock.setObjectName(f"dock_{panel_id}")
        dock.setWidget(QWidget())  # the panel itself is built by ensure_panel
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        dock.visibilityChanged.connect(lambda visible, pid=panel_id: self._on_dock_visible(pid, visible))
        self.docks[panel_id] = dock

    def ensure_panel(self, panel_id: str) -> QWidget:
        """Build a panel's widget (once), restore its saved parameters and theme."""
        widget = self._panels.get(panel_id)
        if widget is not None:
            return widget
        widget = make_panel(panel_id)
        self._panels[panel_id] = widget
        self.docks[panel_id].setWidget(widget)
        self.notes.watch(panel_id, widget)
        if isinstance(widget, Panel):
            theme = self.presentation.theme()
            if theme != widget.theme():  # a panel is built in the light theme: no second first draw
                widget.set_theme(theme)
            if self._settings_ok:
                params, problems = st.read_params(self.settings, f"panels/{panel_id}", load_spec(panel_id).params_type)
                for problem in problems:
                    log.info("restoring %s: %s", panel_id, problem)
                if params is not None:
                    widget.set_params(params)
            widget.message.connect(self.show_message)
            widget.params_changed.connect(self._save_timer.start)
        if self._pending_started:  # a wider panel may no longer leave room for the notes beside it
            self.fit_notes()
        return widget

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._pending_started:
            self._pending_started = True
            self.fit_notes()
            QTimer.singleShot(150, self, self._build_next_panel)

    def _build_next_panel(self) -> None:
        if self._closing:
            return
        pending = [pid for pid in self.docks if pid not in self._panels]
        if pending:
            self.ensure_panel(pending[0])
            QTimer.singleShot(0, self, self._build_next_panel)

    @property
    def exports(self) -> ExportActions:
        """The export actions, imported on first use (they pull in the renderer and dialog)."""
        if self._exports is None:
            from ui.actions import ExportActions

            self._exports = ExportActions(self, self)
        return self._exports

    @property
    def panels(self) -> dict[str, QWidget]:
        """Every panel's widget (building any that is not built yet)."""
        for panel_id in self.docks:
            self.ensure_panel(panel_id)
        return self._panels

    def built_panels(self) -> dict[str, Panel]:
        """The real panels built so far (no placeholders)."""
        return {pid: w for pid, w in self._panels.items() if isinstance(w, Panel)}

    def _default_layout(self) -> None:
        ids = _ids()
        for panel_id in ids:
            dock = self.docks[panel_id]
            dock.setFloating(False)
            dock.show()
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        for panel_id in ids[1:]:
            self.tabifyDockWidget(self.docks[ids[0]], self.docks[panel_id])
        self.docks[ids[0]].raise_()

    def reset_layout(self) -> None:
        """Put every dock back as a tab of one area, all visible."""
        self.restoreState(self._default_state, st.SETTINGS_VERSION)
        self._default_layout()
        self.show_message(tr("Layout reset"))

    def real_panels(self) -> dict[str, Panel]:
        """The panels that have landed (no placeholders)."""
        return {pid: w for pid, w in self.panels.items() if isinstance(w, Panel)}

    def current_panel_id(self) -> str:
        """The panel the user looked at or worked in last."""
        return self._current

    def set_current_panel(self, panel_id: str) -> None:
        """Bring a panel to the front (showing its dock if it was hidden)."""
        dock = self.docks[panel_id]
        dock.show()
        dock.raise_()
        self.ensure_panel(panel_id)
        self._make_current(panel_id)

    # --- the Shell protocol used by the helpers (exports, sessions, themes) -------------------
    def request_save(self) -> None:
        self._save_timer.start()

    def dialog_parent(self) -> QWidget:
        return self

    def _on_dock_visible(self, panel_id: str, visible: bool) -> None:
        # A tab brought to the front (or a dock shown) becomes the panel File → Export uses.
        if visible:
            self.ensure_panel(panel_id)
            self._make_current(panel_id)

    def _make_current(self, panel_id: str) -> None:
        if panel_id != self._current:
            self._current = panel_id
            self.current_panel_changed.emit(panel_id)
        if hasattr(self, "status_label"):  # docks report visibility while the window is built
            self.status_label.setText(panel_title(panel_id))

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        while new is not None:
            for panel_id, dock in self.docks.items():
                if new is dock:
                    self._make_current(panel_id)
                    return
            new = new.parentWidget()

    # --- menus -----------------------------------------------------------------------------
    # --- messages and help -----------------------------------------------------------------
    def show_message(self, text: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def _info_box(self, title: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        return box

    def show_notice(self, panel_id: str) -> NotesDock:
        """Bring ``panel_id`` to the front with its notes beside it."""
        self.set_current_panel(panel_id)
        self.notes.follow(panel_id)
        self.fit_notes()
        self.notes.show()
        self.notes.raise_()
        return self.notes

    def start_tour(self, index: int = 0) -> None:
        """Help → Lecture tour (and ``--tour``)."""
        self.fit_notes()
        self.tour.start(index)

    def fit_notes(self) -> None:
        """Notes beside the panels when the window is wide enough, else below them."""
        self.notes.fit(self, max(d.minimumSizeHint().width() for d in self.docks.values()))

    def screen_theme(self) -> Any:
        """The plots' theme outside presentation mode."""
        return self.themes.current()

    def show_about(self) -> QMessageBox:
        from ui.about import about_text

        box = self._info_box(tr("About NN Training Lab"), about_text())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return box

    # --- files -----------------------------------------------------------------------------
    def open_images(self, paths: list[Path] | None = None, add: bool = False) -> bool:
        """Route images to the Augmentation panel (asks for files when none are given); ``add`` keeps
        the images it has."""
        panel = self.ensure_panel("augment") if "augment" in self.docks else None
        if not isinstance(panel, Panel):
            self.show_message(tr("The Augmentation panel is not available yet"))
            return False
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(
                self, tr("Add images") if add else tr("Open image(s)"), str(self.settings.value("paths/images", str(Path.home()))),
                tr("Images") + " (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp);;" + tr("All files") + " (*)")
            if not names:
                return False
            paths = [Path(n) for n in names]
            self.settings.setValue("paths/images", str(paths[0].parent))
        self.set_current_panel("augment")
        return panel.open_paths(paths, add=add) if add else panel.open_paths(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        add = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if paths and self.open_dropped(paths, add=add):
            event.acceptProposedAction()

    def open_dropped(self, paths: list[Path], add: bool = False) -> bool:
        """Route each dropped file where it belongs: images to Augmentation, CSVs to PCA, a session
        opens; anything else is named in the status bar.  True if any file was taken."""
        from lab.paths import classify_drop

        by_kind: dict[str | None, list[Path]] = {}
        reasons: list[str] = []
        for path in paths:
            drop = classify_drop(path)
            by_kind.setdefault(drop.kind, []).append(path)
            if drop.kind is None:
                reasons.append(drop.reason)
        taken = False
        if by_kind.get("session"):
            taken = self.sessions.open(by_kind["session"][0]) or taken
        if by_kind.get("csv"):
            pca = self.ensure_panel("pca") if "pca" in self.docks else None
            if isinstance(pca, Panel):
                self.set_current_panel("pca")
                taken = pca.open_paths(by_kind["csv"]) or taken
            else:
                reasons.append(tr("the PCA panel is not available for CSV files"))
        if by_kind.get("image"):
            taken = self.open_images(by_kind["image"], add=add) or taken
        if reasons:
            self.show_message(tr("Not opened: {reasons}").format(
                reasons="; ".join(tr(r) for r in reasons[:3]) + ("; …" if len(reasons) > 3 else "")))
        return taken

    def all_params(self) -> dict[str, Any]:
        return {pid: panel.params() for pid, panel in self.real_panels().items()}

    def save_session(self, path: Path | None = None) -> Path | None:
        return self.sessions.save(path)

    def open_session(self, path: Path | None = None) -> bool:
        return self.sessions.open(path)

    def undo(self) -> None:
        self.sessions.undo()

    def reset_current_panel(self) -> None:
        self.sessions.reset_panel(self._current)

    # --- persistence -----------------------------------------------------------------------
    def save_state(self) -> None:
        s = self.settings
        s.setValue("version", st.SETTINGS_VERSION)
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState(st.SETTINGS_VERSION))
        s.setValue("window/current", self._current)
        for panel_id, panel in self.built_panels().items():  # unbuilt ones keep their saved values
            st.write_params(s, f"panels/{panel_id}", panel.params())
        s.sync()

    def restore_state(self) -> None:
        """Restore geometry, docks and parameters; anything stale or corrupt keeps its default."""
        s = self.settings
        if not self._settings_ok:
            return
        geometry = st.read_bytes(s, "window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = st.read_bytes(s, "window/state")
        if state is None or not self.restoreState(state, st.SETTINGS_VERSION):
            self._default_layout()
        current = s.value("window/current")
        if current in self.docks:
            self._current = str(current)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True  # no more deferred panel builds
        self.tour.stop()
        self.presentation.set_on(False)
        self.save_state()
        for panel in self.built_panels().values():
            panel.shutdown()
        if self._exports is not None:
            self._exports.shutdown()
        super().closeEvent(event)
