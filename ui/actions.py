"""File-menu export actions: export dialog, export all, copy to clipboard (work off the GUI thread)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from lab.export import ExportError, export_figures
from lab.figures.render import render_bytes
from lab.figures.spec import Figure
from lab.figures.themes import SLIDE
from lab.registry import PANEL_TITLES
from ui.export_dialog import ExportDialog, saved_options
from ui.shell import Shell
from ui.workers import create_worker


class ExportActions(QObject):
    """Runs exports for the main window; each finishes with a status-bar message."""

    copied = Signal()
    exported_all = Signal(list)

    def __init__(self, window: Shell, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.dialog: ExportDialog | None = None
        self.progress: QProgressDialog | None = None

    def _figures(self, panel_id: str) -> list[Figure] | None:
        panel = self.window.real_panels().get(panel_id)
        if panel is None:
            self.window.show_message(f"The {PANEL_TITLES[panel_id]} panel is not available yet: nothing to export")
            return None
        return panel.current_figures()

    def export_current(self) -> ExportDialog | None:
        panel_id = self.window.current_panel_id()
        figures = self._figures(panel_id)
        if not figures:
            return None
        self.dialog = ExportDialog(panel_id, figures, self.window.settings, self.window.dialog_parent())
        self.dialog.exported.connect(
            lambda paths: self.window.show_message(f"Exported {len(paths)} file(s) to {paths[0].parent}" if paths else "Nothing exported"))
        self.dialog.open()
        return self.dialog

    def export_all(self, folder: Path | None = None) -> bool:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self.window.dialog_parent(), "Export all figures into folder",
                                                      str(self.window.settings.value("export/folder", str(Path.home()))))
            if not chosen:
                return False
            folder = Path(chosen)
        jobs = [(pid, panel.current_figures()) for pid, panel in self.window.real_panels().items()]
        if not jobs:
            self.window.show_message("No panel is available yet: nothing to export")
            return False
        options = saved_options(self.window.settings)

        def run() -> Any:
            written: list[Path] = []
            for index, (panel_id, figures) in enumerate(jobs):
                yield index
                written += export_figures(panel_id, figures, folder, options)
            return written

        self.progress = QProgressDialog("Exporting figures…", "", 0, len(jobs), self.window.dialog_parent())
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)
        worker = create_worker(run, _start_thread=False, _ignore_errors=True)
        worker.yielded.connect(self.progress.setValue)
        worker.returned.connect(self._on_all_done)
        worker.errored.connect(self._on_all_failed)
        worker.start()  # a running worker keeps itself alive until it finishes
        return True

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _on_all_done(self, paths: list[Path]) -> None:
        self._close_progress()
        self.window.show_message(f"Exported {len(paths)} file(s) to {paths[0].parent}" if paths else "Nothing exported")
        self.exported_all.emit(paths)

    def _on_all_failed(self, exc: BaseException) -> None:
        self._close_progress()
        message = str(exc) if isinstance(exc, ExportError) else f"{type(exc).__name__}: {exc}"
        box = QMessageBox(QMessageBox.Icon.Warning, "Export failed", message, QMessageBox.StandardButton.Ok, self.window.dialog_parent())
        box.setInformativeText("Files written before the failure are complete; nothing else changed.")
        box.open()
        self.window.show_message(f"Export failed: {message}")

    def copy_current(self) -> bool:
        figures = self._figures(self.window.current_panel_id())
        if not figures:
            return False
        worker = create_worker(render_bytes, figures[0], "png", theme=SLIDE, width_px=1600, height_px=900,
                               dpi=160.0, _start_thread=False, _ignore_errors=True)
        worker.returned.connect(self._on_copied)
        worker.errored.connect(self._on_copy_failed)
        worker.start()  # a running worker keeps itself alive until it finishes
        return True

    def _on_copy_failed(self, exc: BaseException) -> None:
        self.window.show_message(f"Copy failed: {exc}")

    def _on_copied(self, data: bytes) -> None:
        image = QImage.fromData(data, "PNG")
        QGuiApplication.clipboard().setImage(image)
        self.window.show_message("Figure copied to the clipboard (slide theme, 1600 × 900 px)")
        self.copied.emit()

    def shutdown(self) -> None:
        """Let running exports finish so no file is left half-written."""
        from ui.workers import Worker

        Worker.await_workers(msecs=30_000)
