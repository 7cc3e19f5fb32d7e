"""Start-up hooks: work deferred until the first paint runs once, after that paint."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from ui.startup_probe import AfterFirstPaint


def test_after_first_paint_runs_once_after_the_first_paint(qtbot):
    calls: list[bool] = []
    label = QLabel("x")
    qtbot.addWidget(label)
    painted: list[int] = []
    label.paintEvent = lambda event: painted.append(1) or QLabel.paintEvent(label, event)
    AfterFirstPaint(QApplication.instance(), lambda: calls.append(bool(painted)))
    qtbot.wait(20)
    assert calls == []  # nothing painted yet: nothing run
    label.show()
    qtbot.waitUntil(lambda: bool(calls), timeout=5000)
    label.repaint()
    label.hide()
    label.show()
    qtbot.wait(50)
    assert calls == [True]  # once, and after a paint
