"""Uncaught exceptions: logged to the user's data folder, shown in a dialog, app keeps running."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.i18n import tr

log = logging.getLogger("nn_training_lab")
LOG_NAME = "nn-training-lab.log"


def data_dir() -> Path:
    """The user's data folder for this app (``NNLAB_DATA_DIR`` overrides it)."""
    override = os.environ.get("NNLAB_DATA_DIR")
    base = Path(override) if override else Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    base.mkdir(parents=True, exist_ok=True)
    return base


def setup_logging() -> Path:
    """Log warnings and errors to a rotating file in :func:`data_dir`; return its path."""
    path = data_dir() / LOG_NAME
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) and h.baseFilename == str(path) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


class ErrorReporter:
    """An ``excepthook`` that logs the traceback and shows it in a non-blocking dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self._log_path: Path | None = None
        self.dialogs: list[QMessageBox] = []

    @property
    def log_path(self) -> Path:
        """The log file, set up on first use (start-up does not wait for it)."""
        if self._log_path is None:
            self._log_path = setup_logging()
        return self._log_path

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        _ = self.log_path  # make sure the file handler exists before logging
        log.error("uncaught exception\n%s", details)
        self.show(f"{exc_type.__name__}: {exc}", details)

    def show(self, message: str, details: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Critical, tr("NN Training Lab: unexpected error"),
                          message, QMessageBox.StandardButton.Ok, self.parent)
        box.setInformativeText(
            tr("The lab is still running and your work is unchanged.\nThe details below were also saved to:")
            + f"\n{self.log_path}")
        box.setDetailedText(details)
        box.setModal(False)
        box.finished.connect(lambda _=0, b=box: self.dialogs.remove(b) if b in self.dialogs else None)
        self.dialogs.append(box)
        box.show()
        return box
