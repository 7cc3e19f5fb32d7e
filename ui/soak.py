"""A seeded random-action driver for soak tests (tests/ui) and the soak benchmark (benchmarks/).

It moves every visible, enabled control of the panel in front — sliders, spin boxes, combo
boxes, check boxes, list check marks and buttons (except those that open a modal file
dialog, whose text ends in "…") — and switches panels now and then.  It records error
dialogs and anything pyqtgraph logs or prints while painting; exceptions in slots reach the
caller's exception hook (pytest-qt fails the test on them).
"""

from __future__ import annotations

import io
import logging
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QWidget,
)


@dataclass
class SoakReport:
    """What a soak run did and what went wrong."""

    actions: int = 0
    switches: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    dialogs: list[str] = field(default_factory=list)
    logged: list[str] = field(default_factory=list)
    worst_stall_ms: float = 0.0  # the longest single action (its synchronous slots included)
    slowest: list[tuple[float, str]] = field(default_factory=list)  # (ms, what) of the 5 slowest actions
    timeline: list[tuple[float, str]] = field(default_factory=list)  # (perf_counter, what) of every action


class _Collect(logging.Handler):
    def __init__(self, sink: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        self.sink.append(f"{record.name}: {record.getMessage()}")


@contextmanager
def watch_errors(report: SoakReport) -> Iterator[None]:
    """Collect pyqtgraph log records and anything written to stderr (pyqtgraph prints paint errors)."""
    handler = _Collect(report.logged)
    logging.getLogger("pyqtgraph").addHandler(handler)
    stderr, sys.stderr = sys.stderr, io.StringIO()
    try:
        yield
    finally:
        captured = sys.stderr.getvalue()
        sys.stderr = stderr
        logging.getLogger("pyqtgraph").removeHandler(handler)
        report.logged.extend(line for line in captured.splitlines()
                             if line.strip() and "propagateSizeHints" not in line)


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled() and not widget.visibleRegion().isEmpty()


def _controls(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractSlider, QSpinBox, QDoubleSpinBox, QComboBox, QAbstractButton, QListWidget)
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, kinds) or not _visible(w):
            continue
        if isinstance(w, QAbstractButton) and (w.text().endswith("…") or not w.text()):
            continue  # opens a modal file dialog (or is a spin box's arrow)
        if isinstance(w, QAbstractSlider) and w.orientation() == Qt.Orientation.Vertical:
            continue  # scroll bars
        if isinstance(w, QListWidget) and not any(
                w.item(r).flags() & Qt.ItemFlag.ItemIsUserCheckable for r in range(w.count())):
            continue
        out.append(w)
    return out


def _number(rng: np.random.Generator, lo: float, hi: float, current: float, step: float) -> float:
    """Mostly a few steps from the current value, sometimes anywhere (skewed towards small values)."""
    if rng.random() < 0.6:
        return min(hi, max(lo, current + step * int(rng.integers(-5, 6))))
    return lo + (hi - lo) * float(rng.random()) ** 3


def act(widget: QWidget, rng: np.random.Generator) -> str:
    """Do one random user action on ``widget``; return its kind."""
    if isinstance(widget, QAbstractSlider):
        widget.setValue(int(_number(rng, widget.minimum(), widget.maximum(), widget.value(), widget.singleStep())))
        return "slider"
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        value = _number(rng, widget.minimum(), widget.maximum(), widget.value(), widget.singleStep())
        widget.setValue(int(value) if isinstance(widget, QSpinBox) else value)
        return "spin"
    if isinstance(widget, QComboBox):
        if widget.count():
            widget.setCurrentIndex(int(rng.integers(widget.count())))
        return "combo"
    if isinstance(widget, QListWidget):
        item = widget.item(int(rng.integers(widget.count())))
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)
        return "list"
    if isinstance(widget, QCheckBox):
        widget.toggle()
        return "check"
    assert isinstance(widget, QAbstractButton)
    widget.click()
    return "button"


def soak(window: QMainWindow, panels: Callable[[], dict[str, QWidget]], switch: Callable[[str], None], *,
         seed: int, actions: int, wait: Callable[[int], None], pause_ms: tuple[int, int] = (5, 60),
         paint_every: int = 10) -> SoakReport:
    """Run ``actions`` random actions; ``wait(ms)`` runs the event loop (``qtbot.wait`` in tests)."""
    rng = np.random.default_rng(seed)
    report = SoakReport()
    ids = list(panels())
    current = ids[0]
    visited = {current}
    switch(current)
    with watch_errors(report):
        for step in range(actions):
            if rng.random() < 0.08:
                # panels not acted on yet come first, so a bounded soak covers every panel
                fresh = [pid for pid in ids if pid != current and pid not in visited]
                pool = fresh or [pid for pid in ids if pid != current] or ids
                current = pool[int(rng.integers(len(pool)))]
                switch(current)
                visited.add(current)
                report.switches += 1
            controls = _controls(panels()[current])
            if controls:
                widget = controls[int(rng.integers(len(controls)))]
                t0 = time.perf_counter()
                kind = act(widget, rng)
                ms = 1000 * (time.perf_counter() - t0)
                report.worst_stall_ms = max(report.worst_stall_ms, ms)
                what = f"{current}: {kind} {widget.objectName() or widget.parent().objectName() or type(widget).__name__}"
                report.slowest = sorted([*report.slowest, (round(ms, 1), what)], reverse=True)[:5]
                report.timeline.append((t0, what))
                report.kinds[kind] = report.kinds.get(kind, 0) + 1
                report.actions += 1
            wait(int(rng.integers(*pause_ms)))
            if step % paint_every == 0:
                window.grab()  # paint everything: pyqtgraph's paint errors only show up here
            for box in QApplication.topLevelWidgets():
                if isinstance(box, QMessageBox) and box.isVisible():
                    report.dialogs.append(f"{box.windowTitle()}: {box.text()}")
                    box.close()
    return report
