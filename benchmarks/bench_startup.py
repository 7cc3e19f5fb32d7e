"""Start-up: ``python main.py`` to the first painted window vs a bare PySide6 + pyqtgraph window."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row, median

ROOT = Path(__file__).resolve().parents[1]
MARKER = "NNLAB_FIRST_PAINT"

# The reference: the least an app with our stack can do — four docks holding pyqtgraph plots.
BARE = f"""
import time, sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow
import pyqtgraph as pg

class Probe(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            print("{MARKER}", f"{{time.time():.6f}}", flush=True)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False

app = QApplication(sys.argv)
probe = Probe()
app.installEventFilter(probe)
window = QMainWindow()
docks = []
for name in ("Activations", "Initialization", "Augmentation", "PCA & Whitening"):
    dock = QDockWidget(name, window)
    dock.setObjectName(name)
    dock.setWidget(pg.PlotWidget())
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    docks.append(dock)
for dock in docks[1:]:
    window.tabifyDockWidget(docks[0], dock)
window.resize(1440, 900)
window.show()
app.exec()
"""


def _first_paint(cmd: list[str], env: dict[str, str]) -> float:
    start = time.time()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    for line in proc.stdout.splitlines():
        if line.startswith(MARKER):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no first paint from {cmd}: {proc.stderr[-2000:]}")


def run(repeat: int = 7) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   NNLAB_STARTUP_PROBE="1", NNLAB_DATA_DIR=tmp, XDG_CONFIG_HOME=tmp, PYQTGRAPH_QT_LIB="PySide6")
        # As on a user's machine: compiled bytecode is cached after the first run (this sandbox
        # sets PYTHONDONTWRITEBYTECODE, which would recompile our modules at every start).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        app_cmd = [sys.executable, "main.py", "--reset-settings"]
        bare_cmd = [sys.executable, "-c", BARE]
        _first_paint(app_cmd, env)  # warm the file cache for both
        _first_paint(bare_cmd, env)
        ours, bare = [], []
        for _ in range(repeat):  # interleaved so machine noise hits both alike
            ours.append(_first_paint(app_cmd, env))
            bare.append(_first_paint(bare_cmd, env))
    return [Row("python main.py → first painted window", median(ours), "s",
                "bare PySide6 + pyqtgraph, 4 docks", median(bare), goal="≤ 1.3× bare",
                note=f"median of {repeat}, interleaved; platform {env['QT_QPA_PLATFORM']}; bytecode cached")]


if __name__ == "__main__":
    from benchmarks.__main__ import print_table

    print_table([("startup", r) for r in run()])
