"""Start-up hooks: work deferred until the window's first paint, and the first-paint measurement probe."""

from __future__ import annotations

import time
from collections.abc import Callable

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


class AfterFirstPaint(QObject):
    """Application-wide event filter: runs ``callback`` once, in the event-loop turn after the first paint.

    For start-up work the first window does not need (a 0 ms timer set before ``exec`` would
    run before the first paint).  Install with ``app.installEventFilter``; it removes itself.
    """

    def __init__(self, app: QCoreApplication, callback: Callable[[], object]) -> None:
        super().__init__(app)
        self._app, self._callback = app, callback
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False
