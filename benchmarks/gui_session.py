"""The GUI side of ``bench_soak`` and ``bench_export_stall``: run in a child process, print JSON.

``python -m benchmarks.gui_session soak [ACTIONS] [SEED]`` or ``… export``.  Uses the offscreen
platform and throw-away settings, so it never touches the user's.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication


class GapMeter:
    """The longest stall of the GUI event loop, seen by a 5 ms timer."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.last = self.t0 = time.perf_counter()
        self.worst = 0.0
        self.gaps: list[tuple[float, float]] = []  # (seconds since start, stall ms) of stalls > 30 ms

    def _tick(self) -> None:
        now = time.perf_counter()
        if now - self.last > 0.03:
            self.gaps.append((round(self.last - self.t0, 3), round(1000 * (now - self.last), 1)))
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> GapMeter:
        self.last = self.t0 = time.perf_counter()
        self.worst, self.gaps = 0.0, []
        self.timer.start()
        return self

    def stop(self) -> float:
        self.timer.stop()
        return 1000 * self.worst


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _wait(app: QApplication, ms: int) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def _window(app: QApplication, folder: Path):
    from ui.main_window import MainWindow

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    os.environ["NNLAB_DATA_DIR"] = str(folder / "data")
    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 720)
    window.show()
    panels = window.real_panels()
    for panel in panels.values():
        panel.controller.wait_idle(120_000)
    _wait(app, 2000)  # the delayed cost measurement and first paints
    for panel in panels.values():
        panel.controller.wait_idle(120_000)
    return window


def soak(actions: int, seed: int) -> dict:
    from ui.soak import soak as run_soak

    app = QApplication.instance() or QApplication(sys.argv)
    exceptions: list[str] = []
    sys.excepthook = lambda t, v, tb: exceptions.append(f"{t.__name__}: {v}")
    with tempfile.TemporaryDirectory() as tmp:
        window = _window(app, Path(tmp))
        rss0 = _rss_mb()
        meter = GapMeter().start()
        t0 = time.perf_counter()
        report = run_soak(window, window.real_panels, window.set_current_panel, seed=seed, actions=actions,
                          wait=lambda ms: _wait(app, ms), pause_ms=(10, 120))
        for panel in window.real_panels().values():
            panel.controller.wait_idle(120_000)
        worst = meter.stop()
        rss1 = _rss_mb()
        print("stalls > 30 ms (s, ms):", meter.gaps[-40:], file=sys.stderr)
        print("slowest actions:", report.slowest, file=sys.stderr)
        for at, ms in sorted(meter.gaps, key=lambda g: -g[1])[:3]:  # what happened just before the worst stalls
            before = [w for t, w in report.timeline if -1.0 < t - meter.t0 - at <= 0.01][-4:]
            print(f"stall {ms} ms at {at} s after: {before}", file=sys.stderr)
        window.close()
    return {"actions": report.actions, "switches": report.switches, "exceptions": len(exceptions),
            "exception_samples": exceptions[:3], "dialogs": len(report.dialogs), "logged": len(report.logged),
            "logged_samples": report.logged[:3], "worst_stall_ms": worst, "rss_start_mb": rss0,
            "rss_growth_mb": rss1 - rss0, "seconds": time.perf_counter() - t0}


def export_stall() -> dict:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        window = _window(app, Path(tmp))
        meter = GapMeter().start()
        _wait(app, 3000)
        idle = meter.stop()
        done: list[list] = []
        window.exports.exported_all.connect(done.append)
        meter.start()
        t0 = time.perf_counter()
        window.exports.export_all(Path(tmp) / "out")
        while not done and time.perf_counter() - t0 < 300:
            app.processEvents()
            time.sleep(0.001)
        during = meter.stop()
        seconds = time.perf_counter() - t0
        window.close()
    return {"idle_worst_ms": idle, "export_worst_ms": during, "files": len(done[0]) if done else 0,
            "seconds": seconds, "stalls": meter.gaps}


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "soak":
        result = soak(int(sys.argv[2]) if len(sys.argv) > 2 else 600, int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    else:
        result = export_stall()
    print("RESULT " + json.dumps(result))
