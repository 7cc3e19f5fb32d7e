"""File-menu export actions: export dialog, export all, copy to clipboard (work off the GUI thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from lab import registry
from lab.export_process import ExportProcess
from lab.figures.render import render_bytes
from lab.figures.spec import Figure
from lab.figures.themes import SLIDE
from ui.export_dialog import ExportDialog, default_export_folder, offer_open_folder, saved_options
from ui.i18n import tr
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
        self._export: ExportProcess | None = None
        self._jobs: list[str] = []
        self._files = 0
        self.done_box: QMessageBox | None = None  # "Export done — Open folder"
        self._poll_timer = QTimer(self, interval=40)
        self._poll_timer.timeout.connect(self._poll)

    def _figures(self, panel_id: str) -> list[Figure] | None:
        panel = self.window.real_panels().get(panel_id)
        if panel is None:
            self.window.show_message(tr("The {panel} panel is not available yet: nothing to export").format(panel=tr(registry.panel(panel_id).title)))
            return None
        # the active preset's headline on the figure carrying its claim (the same decision as the live view)
        return registry.load_spec(panel_id).retitle(panel.params(), panel.current_figures(), panel.preset_name())

    def export_current(self) -> ExportDialog | None:
        panel_id = self.window.current_panel_id()
        figures = self._figures(panel_id)
        if not figures:
            return None
        self.dialog = ExportDialog(panel_id, figures, self.window.settings, self.window.dialog_parent())
        self.dialog.exported.connect(
            lambda paths: self.window.show_message(tr("Exported {n} file(s) to {folder}").format(n=len(paths), folder=paths[0].parent) if paths else tr("Nothing exported")))
        self.dialog.open()
        return self.dialog

    def export_all(self, folder: Path | None = None) -> bool:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self.window.dialog_parent(), tr("Export all figures into folder"),
                                                      str(default_export_folder(self.window.settings)))
            if not chosen:
                return False
            folder = Path(chosen)
        # Only params cross over: the child process builds and renders (no GIL shared with the GUI).
        jobs = [(pid, registry.panel(pid).spec, panel.params(), panel.preset_name())
                for pid, panel in self.window.real_panels().items()]
        if not jobs:
            self.window.show_message(tr("No panel is available yet: nothing to export"))
            return False
        self._export = ExportProcess(jobs, folder, saved_options(self.window.settings))
        self._jobs = [job[0] for job in jobs]
        self._files = 0
        self.done_box: QMessageBox | None = None  # "Export done — Open folder"
        self.progress = QProgressDialog(tr("Exporting figures…"), tr("Cancel"), 0, len(jobs), self.window.dialog_parent())
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self._on_cancel)
        self._export.start()
        self._poll_timer.start()
        return True

    def _on_cancel(self) -> None:
        if self._export is not None:
            self._export.cancel()
            if self.progress is not None:
                self.progress.setLabelText(tr("Cancelling after the file being written…"))

    def _poll(self) -> None:
        export = self._export
        if export is None:
            self._poll_timer.stop()
            return
        for message in export.poll():
            kind = message[0]
            if kind == "panel" and self.progress is not None:
                self.progress.setValue(message[1])
                self.progress.setLabelText(tr("Building {panel}…").format(panel=tr(registry.panel(message[2]).title)))
            elif kind == "file":
                self._files += 1
                if self.progress is not None:
                    self.progress.setLabelText(tr("Wrote {n} file(s): {name}").format(n=self._files, name=Path(message[1]).name))
            elif kind == "done":
                self._finish()
                self._on_all_done([Path(p) for p in message[1]])
            elif kind == "cancelled":
                self._finish()
                self.window.show_message(tr("Export cancelled after {n} complete file(s)").format(n=len(message[1])))
            elif kind == "failed":
                self._finish()
                self._on_all_failed(message[1])

    def _finish(self) -> None:
        self._export = None
        self._poll_timer.stop()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _on_all_done(self, paths: list[Path]) -> None:
        self._close_progress()
        self.window.show_message(tr("Exported {n} file(s) to {folder}").format(n=len(paths), folder=paths[0].parent) if paths else tr("Nothing exported"))
        if paths:
            self.window.settings.setValue("export/folder", str(paths[0].parent))
        self.done_box = offer_open_folder(self.window.dialog_parent(), paths)
        self.exported_all.emit(paths)

    def _on_all_failed(self, message: str) -> None:
        self._close_progress()
        message = tr(message)
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Export failed"), message, QMessageBox.StandardButton.Ok, self.window.dialog_parent())
        box.setInformativeText(tr("Files written before the failure are complete; nothing else changed."))
        box.open()
        self.window.show_message(tr("Export failed: {error}").format(error=message))

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
        self.window.show_message(tr("Copy failed: {error}").format(error=tr(str(exc))))

    def _on_copied(self, data: bytes) -> None:
        image = QImage.fromData(data, "PNG")
        QGuiApplication.clipboard().setImage(image)
        self.window.show_message(tr("Figure copied to the clipboard (slide theme, 1600 × 900 px)"))
        self.copied.emit()

    def shutdown(self) -> None:
        """Stop a running export after its current file (so no file is left half-written)."""
        self._poll_timer.stop()
        if self._export is not None:
            self._export.stop()
            self._export = None
        self._close_progress()
