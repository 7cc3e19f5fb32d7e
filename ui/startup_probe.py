"""Start-up measurement hook: print the wall-clock time of the first paint, then quit."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

MARKER = "NNLAB_FIRST_PAINT"


class FirstPaintProbe(QObject):
    """Application-wide event filter: on the first paint of any widget print a marker and quit."""

    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            print(f"{MARKER} {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False
