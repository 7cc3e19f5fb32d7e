"""The notes side panel, the lecture tour (keys, progress, jump) and presentation mode, on the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu

from lab.pca.params import PRESETS as PCA_PRESETS
from lab.presets import find
from lab.registry import load_spec
from lab.tour import step_for, tour
from ui.app import build_parser
from ui.panels.base import Panel


def _menu_texts(menu: QMenu) -> list[str]:
    out = []
    for action in menu.actions():
        out.append(action.text())
        if action.menu() is not None:
            out.extend(_menu_texts(action.menu()))
    return out


def _step_index(panel: str, preset: str) -> int:
    return next(k for k, s in enumerate(tour()) if s.panel == panel and s.preset == preset)


def test_help_menu_has_notes_and_tour_and_titles_keep_their_ampersand(make_window):
    window = make_window()
    texts = [t for a in window.menuBar().actions() for t in [a.text(), *_menu_texts(a.menu())]]
    assert "What to notice" in texts and "Lecture tour" in texts
    shown = [t for t in texts if "Whitening" in t]
    assert shown and all("&&" in t for t in shown)  # "PCA && Whitening" shows as "PCA & Whitening"
    for dock in window.findChildren(QDockWidget):
        if "Whitening" in dock.windowTitle():
            assert "&&" in dock.toggleViewAction().text()


def test_notes_follow_the_panel_and_its_preset(make_window, qtbot):
    window = make_window()
    assert window.notes.isVisible()
    window.set_current_panel("pca")
    qtbot.waitUntil(lambda: "PCA & Whitening" in window.notes.text())
    assert "Centring moves the cloud" in window.notes.text()  # the panel's notes, no preset yet
    panel = window.ensure_panel("pca")
    preset = find(PCA_PRESETS, "Worked example Σ")
    panel.apply_preset(preset)
    step = step_for(tour(), "pca", preset.name)
    assert step.text in window.notes.text() and "28.155°" in window.notes.text()
    panel.edit(panel.params().__class__(**{**panel.params().__dict__, "eps": 0.5}))  # any other edit
    qtbot.waitUntil(lambda: "Centring moves the cloud" in window.notes.text())
    window.notes_action.trigger()  # Help → What to notice hides and shows the side panel
    assert not window.notes.isVisible()
    window.notes_action.trigger()
    assert window.notes.isVisible()


def test_tour_steps_with_keys_even_when_a_slider_has_focus(make_window, qtbot):
    window = make_window()
    start = _step_index("pca", "Decision line: centred vs not")
    window.start_tour(start)
    step = tour()[start]
    assert window.tour.progress() == f"{start + 1} / {len(tour())}"
    assert window.notes.bar.progress.text() == f"{start + 1} / {len(tour())}"
    assert window.current_panel_id() == "pca"
    panel = window.ensure_panel("pca")
    assert isinstance(panel, Panel) and panel.preset_name() == step.preset
    assert step.text in window.notes.text()
    slider = panel.form.widget("tilt_deg").slider
    slider.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is slider)
    before = panel.params().tilt_deg
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert window.tour.index() == start + 1 and panel.params().tilt_deg == before  # the tour took the key
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageUp)
    assert window.tour.index() == start
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageDown)
    assert window.tour.index() == start + 1


def test_arrows_still_edit_text_and_the_list_jumps(make_window, qtbot):
    window = make_window()
    window.start_tour(0)
    panel = window.ensure_panel("pca")
    window.set_current_panel("pca")
    line = panel.form.widget("x_name")
    line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line)
    qtbot.keyClicks(line, "ab")
    qtbot.keyClick(line, Qt.Key.Key_Left)
    assert window.tour.index() == 0 and line.cursorPosition() == 1  # ← moved the cursor, not the tour
    target = _step_index("augment", "Test time: 10-crop")
    window.notes.bar.steps.activated.emit(target)  # chosen from the list
    assert window.tour.index() == target and window.current_panel_id() == "augment"
    assert window.ensure_panel("augment").params().n_samples == 10
    window.notes.bar.end.click()
    assert not window.tour.is_running() and not window.notes.bar.isVisible()
    window.set_current_panel("init")
    qtbot.keyClick(window, Qt.Key.Key_Right)  # no tour: the key is not taken
    assert window.tour.index() == -1


def test_last_step_stays_and_missing_presets_are_reported(make_window):
    window = make_window()
    window.start_tour(len(tour()) + 5)
    assert window.tour.index() == len(tour()) - 1
    window.tour.next()
    assert window.tour.index() == len(tour()) - 1
    assert not window.notes.bar.next.isEnabled()
    names = {p.name for p in load_spec(tour()[1].panel).presets}
    window.tour.go(1)  # a preset of a branch not merged yet is reported, not raised
    if tour()[1].preset not in names:
        assert "not available" in window.statusBar().currentMessage()


def test_presentation_mode_enlarges_and_hides_chrome_and_esc_leaves(make_window, qtbot):
    window = make_window()
    font = QApplication.font().pointSizeF()
    normal = window.presentation.theme()
    action = next(a for a in window.findChildren(QAction) if a.shortcut().toString() == "F11")
    action.trigger()
    assert window.presentation.is_on() and window.isFullScreen()
    assert not window.statusBar().isVisible()
    assert QApplication.font().pointSizeF() > font
    big = window.presentation.theme()
    assert big.font_size == 1.5 * normal.font_size and big.line_width > normal.line_width
    for dock in window.docks.values():  # no title bar text or buttons
        assert dock.titleBarWidget() is not None and not dock.titleBarWidget().children()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presentation.is_on() and not window.isFullScreen()
    assert QApplication.font().pointSizeF() == font and window.statusBar().isVisible()
    assert all(dock.titleBarWidget() is None for dock in window.docks.values())


def test_tour_flag_is_parsed():
    assert build_parser().parse_args(["--tour"]).tour
    assert not build_parser().parse_args([]).tour


def test_notes_go_below_the_panels_when_the_window_is_narrow(make_window):
    window = make_window()
    window.fit_notes()
    assert window.dockWidgetArea(window.notes) == Qt.DockWidgetArea.RightDockWidgetArea
    window.notes.fit(window, panel_width=window.width())  # panels as wide as the window: no room beside
    assert window.dockWidgetArea(window.notes) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert window.notes.isVisible()
    window.notes.fit(window, panel_width=100)  # room again: back beside the plots
    assert window.dockWidgetArea(window.notes) == Qt.DockWidgetArea.RightDockWidgetArea
