"""The GUI side of ``bench_soak`` and ``bench_export_stall``: run in a child process, print JSON.

``python -m benchmarks.gui_session soak [ACTIONS] [SEED]`` or ``… export``.  Uses the offscreen
platform and throw-away settings, so it never touches the user's.
"""

from __future__ import annotations

import collections
import ctypes
import gc
import json
import os
import signal
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from types import FrameType
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication


class GapMeter:
    """The longest stall of the GUI event loop, seen by a 5 ms timer.

    Each stall over 30 ms is kept with the GUI thread's CPU time during it: a stall with little
    CPU time was the thread waiting (for a core on a loaded machine, or for the GIL), one with
    as much CPU time as wall time was work done on the GUI thread.
    """

    def __init__(self) -> None:
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.last = self.t0 = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.worst = 0.0
        self.running = False
        self.gaps: list[tuple[float, float, float]] = []  # (s since start, stall ms, GUI-thread CPU ms), > 30 ms

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if now - self.last > 0.03:
            self.gaps.append((round(self.last - self.t0, 3), round(1000 * (now - self.last), 1),
                              round(1000 * (cpu - self.last_cpu), 1)))
        self.worst = max(self.worst, now - self.last)
        self.last, self.last_cpu = now, cpu

    def start(self) -> GapMeter:
        self.last = self.t0 = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.worst, self.gaps = 0.0, []
        self.running = True  # read by StallSampler's thread (no Qt call off the GUI thread)
        self.timer.start()
        return self

    def stop(self) -> float:
        self.running = False
        self.timer.stop()
        return 1000 * self.worst


class StallSampler:
    """Samples the GUI thread's Python stack every 5 ms while its event loop is stalled.

    A SIGALRM interval timer: the handler runs on the main (GUI) thread between bytecodes, so
    it sees a consistent stack (reading another thread's frames from a sampler thread crashed
    CPython 3.11 here).  During a long C++ call the sample lands when the call returns, on the
    Python line that made it.  ``top(n)`` names the code the GUI thread was in during stalls:
    per stack (the frames in this project, innermost last, plus the innermost frame of all)
    the number of samples, i.e. roughly 5 ms of stall each.
    """

    def __init__(self, meter: GapMeter, threshold_s: float = 0.05) -> None:
        self.meter, self.threshold = meter, threshold_s
        self.counts: collections.Counter[str] = collections.Counter()
        self.by_stall: dict[float, collections.Counter[str]] = {}  # stall start (meter time) -> stacks
        self._root = str(Path(__file__).resolve().parents[1])
        self._previous: Any = None

    def start(self) -> StallSampler:
        self._previous = signal.signal(signal.SIGALRM, self._sample)
        signal.setitimer(signal.ITIMER_REAL, 0.005, 0.005)
        return self

    def stop(self) -> None:
        if self._previous is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)
            self._previous = None

    def _sample(self, _signum: int, frame: FrameType | None) -> None:
        if frame is None or not self.meter.running or time.perf_counter() - self.meter.last < self.threshold:
            return
        stack = []  # (file, line, function), innermost first; no source lines read (linecache is slow)
        while frame is not None and len(stack) < 60:
            stack.append((frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name))
            frame = frame.f_back
        ours = [f"{Path(f).name}:{line} {name}" for f, line, name in reversed(stack)
                if f.startswith(self._root) and "gui_session" not in f][-7:]
        f, line, name = stack[0]
        inner = f"[{Path(f).name}:{line} {name}]"
        key = " > ".join([*ours, inner])
        self.counts[key] += 1
        self.by_stall.setdefault(round(self.meter.last - self.meter.t0, 3), collections.Counter())[key] += 1

    def top(self, n: int = 8) -> list[tuple[int, str]]:
        return [(count, stack) for stack, count in self.counts.most_common(n)]


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _where_cpu(meter: GapMeter, sampler: StallSampler) -> str:
    """The most sampled stack of the stall with the most GUI-thread CPU time."""
    if not meter.gaps:
        return "-"
    at = max(meter.gaps, key=lambda g: g[2])[0]
    stacks = sampler.by_stall.get(at)
    return stacks.most_common(1)[0][0] if stacks else "-"


def _malloc_trim() -> bool:
    """Return glibc's free heap pages to the system (RSS then holds live data, not fragmentation)."""
    try:
        return bool(ctypes.CDLL("libc.so.6").malloc_trim(0)) or True
    except OSError:
        return False


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

    if os.environ.get("NNLAB_SWITCH_INTERVAL"):  # experiments: the GIL's switch interval, seconds
        sys.setswitchinterval(float(os.environ["NNLAB_SWITCH_INTERVAL"]))

    app = QApplication.instance() or QApplication(sys.argv)
    exceptions: list[str] = []
    sys.excepthook = lambda t, v, tb: exceptions.append(f"{t.__name__}: {v}")
    with tempfile.TemporaryDirectory() as tmp:
        window = _window(app, Path(tmp))
        rss0 = _rss_mb()
        traced = os.environ.get("NNLAB_SOAK_TRACEMALLOC") == "1"  # where the growth is (slow: diagnosis only)
        if traced:
            tracemalloc.start(12)
            before = tracemalloc.take_snapshot()
        meter = GapMeter().start()
        sampler = StallSampler(meter)
        if os.environ.get("NNLAB_SOAK_SAMPLER", "1") == "1":
            sampler.start()
        t0 = time.perf_counter()
        report = run_soak(window, window.real_panels, window.set_current_panel, seed=seed, actions=actions,
                          wait=lambda ms: _wait(app, ms), pause_ms=(10, 120))
        for panel in window.real_panels().values():
            panel.controller.wait_idle(120_000)
        worst = meter.stop()
        sampler.stop()
        rss1 = _rss_mb()
        gc.collect()
        if traced:
            growth = tracemalloc.take_snapshot().compare_to(before, "traceback")
            for stat in growth[:12]:
                print(f"grew {stat.size_diff / 2**20:8.1f} MB in {stat.count_diff:+d} blocks:", file=sys.stderr)
                for line in stat.traceback.format()[-12:]:
                    print("      " + line, file=sys.stderr)
            tracemalloc.stop()
        trimmed = _rss_mb() if _malloc_trim() else float("nan")  # what glibc gives back: freed, not leaked
        print("stalls > 30 ms (s, ms, GUI CPU ms):", meter.gaps[-40:], file=sys.stderr)
        for count, stack in sampler.top(12):
            print(f"stalled {count:4d} samples in: {stack}", file=sys.stderr)
        print("slowest actions:", report.slowest, file=sys.stderr)
        for at, ms, cpu in sorted(meter.gaps, key=lambda g: -g[1])[:3]:  # what happened just before the worst stalls
            before = [w for t, w in report.timeline if -1.0 < t - meter.t0 - at <= 0.01][-4:]
            print(f"stall {ms} ms (GUI CPU {cpu} ms) at {at} s after: {before}", file=sys.stderr)
            for stack, count in sampler.by_stall.get(at, collections.Counter()).most_common(4):
                print(f"    {count:4d} samples in: {stack}", file=sys.stderr)
        window.close()
    return {"actions": report.actions, "switches": report.switches, "exceptions": len(exceptions),
            "exception_samples": exceptions[:3], "dialogs": len(report.dialogs), "logged": len(report.logged),
            "logged_samples": report.logged[:3], "worst_stall_ms": worst, "rss_start_mb": rss0,
            "rss_growth_mb": rss1 - rss0, "rss_growth_trimmed_mb": trimmed - rss0,
            "worst_stall_cpu_ms": max((cpu for _t, ms, cpu in meter.gaps if ms >= worst - 0.05), default=0.0),
            "worst_cpu_stall_ms": max((cpu for _t, _ms, cpu in meter.gaps), default=0.0),
            "worst_cpu_stall_where": _where_cpu(meter, sampler),
            "stall_stacks": sampler.top(5), "seconds": time.perf_counter() - t0}


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
