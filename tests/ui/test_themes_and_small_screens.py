"""Every panel in both themes and on small screens: check boxes visible, nothing clipped.

Screenshots (``window.grab()``) are measured: a check box's indicator must stand out from the
background around it by a WCAG non-text contrast ratio of at least 3 (checked or not).
"""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QScrollArea, QStyle, QStyleOptionButton

from ui.workers import signals_blocked

MIN_CONTRAST = 3.0  # WCAG 2.1, 1.4.11 non-text contrast


def _luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def indicator_contrast(shot: QImage, rect: QRect) -> float:
    """The best contrast of a pixel inside ``rect`` against the background just outside it."""
    ring = rect.adjusted(-3, -3, 3, 3)
    outside = [shot.pixelColor(ring.left(), y) for y in range(ring.top(), ring.bottom() + 1)]
    background = sorted(outside, key=_luminance)[len(outside) // 2]
    inside = (shot.pixelColor(x, y) for x in range(rect.left(), rect.right() + 1)
              for y in range(rect.top(), rect.bottom() + 1))
    return max(contrast(c, background) for c in inside)


def _settle(qtbot, window, panel_id: str) -> None:
    window.set_current_panel(panel_id)
    panel = window.panels[panel_id]
    controller = getattr(panel, "controller", None)
    if controller is not None:
        controller.wait_idle(15_000)
    qtbot.wait(80)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_check_boxes_stand_out_in_every_panel(make_window, qtbot, theme, tmp_path):
    window = make_window()
    window.themes.choose(theme)
    window.notes.hide()  # the test screen is 800 px wide, so the notes would sit below the panels
    window.resize(1280, 720)
    measured = 0
    for panel_id in window.docks:
        _settle(qtbot, window, panel_id)
        boxes = [b for b in window.panels[panel_id].findChildren(QCheckBox) if b.isVisible()
                 and not b.visibleRegion().isEmpty()]
        for checked in (False, True):
            for box in boxes:
                with signals_blocked(box):
                    box.setChecked(checked)
            shot = window.grab().toImage()
            if checked is False and boxes:
                shot.save(str(tmp_path / f"{panel_id}_{theme}.png"))
            for box in boxes:
                opt = QStyleOptionButton()
                box.initStyleOption(opt)
                rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, box)
                top_left = box.mapTo(window, rect.topLeft())
                on_screen = QRect(top_left, rect.size())
                if not window.rect().contains(on_screen.adjusted(-3, -3, 3, 3)):
                    continue  # scrolled out of sight
                if not box.visibleRegion().contains(rect):
                    continue
                value = indicator_contrast(shot, on_screen)
                assert value >= MIN_CONTRAST, f"{panel_id}: {box.text()!r} (checked={checked}) contrast {value:.2f}"
                measured += 1
    assert measured >= 4  # the panels do have check boxes on screen


@pytest.mark.parametrize("size", [(1024, 700), (1280, 720)])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_nothing_is_clipped_on_small_screens(make_window, qtbot, size, theme):
    window = make_window()
    window.themes.choose(theme)
    window.resize(*size)
    qtbot.wait(50)
    assert window.width() == size[0] and window.height() == size[1]
    for panel_id in window.docks:
        _settle(qtbot, window, panel_id)
        panel = window.panels[panel_id]
        hint = panel.minimumSizeHint()
        assert hint.width() <= panel.width() and hint.height() <= panel.height(), panel_id
        for area in panel.findChildren(QScrollArea):
            if area.isVisible() and area.widget() is not None and area.widgetResizable():
                # the controls column scrolls up and down; it is never cut at the side
                assert area.widget().minimumSizeHint().width() <= area.viewport().width() + 1, panel_id
        for view in panel.findChildren(pg.GraphicsLayoutWidget):
            if view.isVisible() and view.width() > 0:
                need = view.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
                assert need <= view.width() + 1, f"{panel_id}: a plot needs {need:.0f} px of {view.width()}"
        QApplication.processEvents()
    assert window.rect().contains(QRect(QPoint(0, 0), window.size()))
