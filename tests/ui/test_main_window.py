"""The main window: docks, menus, state across restarts, sessions, undo, export actions."""

from __future__ import annotations

import json

import pytest
from PIL import Image as PILImage
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QLabel, QMessageBox

from lab.session import save_session
from tests.lab.fake_panel import FakeParams
from tests.ui.fake_panel_widget import FakePanel
from ui import settings as st


def test_real_window_has_a_dock_per_panel_with_stable_names(make_window):
    window = make_window()
    names = [d.objectName() for d in window.findChildren(QDockWidget)]
    assert sorted(names) == ["dock_activations", "dock_augment", "dock_init", "dock_notes", "dock_pca", "dock_train"]
    titles = {d.objectName(): d.windowTitle().replace("&&", "&") for d in window.findChildren(QDockWidget)}
    assert titles["dock_pca"] == "PCA & Whitening" and titles["dock_init"] == "Initialization"
    for dock in window.docks.values():
        features = dock.features()
        assert features & QDockWidget.DockWidgetFeature.DockWidgetClosable
        assert features & QDockWidget.DockWidgetFeature.DockWidgetFloatable
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Help"]
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.copy_action.shortcut().toString() == "Ctrl+Shift+C"
    assert window.open_images_action.shortcut().toString() == "Ctrl+O"


def test_current_panel_follows_the_raised_tab_and_focus(make_window, qtbot):
    window = make_window()
    window.docks["pca"].raise_()
    qtbot.waitUntil(lambda: window.current_panel_id() == "pca")
    window.docks["init"].raise_()
    qtbot.waitUntil(lambda: window.current_panel_id() == "init")
    assert window.status_label.text() == "Initialization"
    window._on_focus_changed(None, window.panels["augment"])
    assert window.current_panel_id() == "augment"


def test_ctrl_number_raises_a_panel_and_shows_a_hidden_one(make_window, qtbot):
    window = make_window()
    for index, panel_id in enumerate(["activations", "init", "augment", "pca", "train"], start=1):
        assert window.go_to_actions[panel_id].shortcut().toString() == f"Ctrl+{index}"
    window.docks["pca"].toggleViewAction().trigger()  # hidden from the View menu
    assert not window.docks["pca"].isVisible()
    for _ in range(2):  # pressing it twice keeps it in front (it never toggles)
        window.go_to_actions["pca"].trigger()
        qtbot.waitUntil(lambda: window.docks["pca"].isVisible() and window.current_panel_id() == "pca")
    window.go_to_actions["init"].trigger()
    qtbot.waitUntil(lambda: window.current_panel_id() == "init")
    assert not window.panels["init"].visibleRegion().isEmpty()  # raised: on screen, not behind a tab


def test_view_menu_toggles_and_reset_layout(fake_panels, make_window, qtbot):
    window = make_window()
    dock = window.docks["fake"]
    dock.toggleViewAction().trigger()
    assert not dock.isVisible()
    dock.setFloating(True)
    window.reset_layout()
    assert dock.isVisible() and not dock.isFloating()


def test_placeholder_for_a_panel_that_has_not_landed(fake_panels, make_window):
    window = make_window()
    assert isinstance(window.panels["missing"], QLabel) and "not available" in window.panels["missing"].text()
    assert isinstance(window.panels["fake"], FakePanel)
    assert set(window.real_panels()) == {"fake"}


def test_layout_and_parameters_survive_a_restart(fake_panels, make_window, qtbot):
    first = make_window()
    first.panels["fake"].n_spin.setValue(37)
    first.docks["missing"].hide()
    first.resize(640, 480)  # the offscreen screen is 800x600
    first.themes.choose("dark")
    first.close()
    second = make_window()
    assert second.panels["fake"].params().n == 37
    assert second.panels["fake"].n_spin.value() == 37
    assert not second.docks["missing"].isVisible()
    assert (second.width(), second.height()) == (640, 480)
    assert second.themes.choice() == "dark"


def test_corrupt_settings_fall_back_to_defaults(fake_panels, make_window, isolated_settings):
    first = make_window()
    first.panels["fake"].n_spin.setValue(55)
    first.close()
    path = st.app_settings().fileName()
    with open(path, "wb") as handle:
        handle.write(b"\x00\xff[garbage\n=== not ini ===\nversion=zz\npanels\\fake={not json\n")
    window = make_window()
    assert window.panels["fake"].params() == FakeParams()
    assert all(d.isVisible() for d in window.docks.values())


def test_bad_saved_parameters_and_stale_versions_keep_defaults(fake_panels, make_window):
    s = st.app_settings()
    s.setValue("version", st.SETTINGS_VERSION)
    s.setValue("panels/fake", json.dumps({"n": 2, "scale": 3.0, "bogus": True}))
    s.setValue("window/state", b"not a state")
    s.sync()
    window = make_window()
    assert window.panels["fake"].params().n == FakeParams().n  # out of range: default kept
    assert window.panels["fake"].params().scale == 3.0  # the good entry survives
    window.close()
    s = st.app_settings()
    s.setValue("version", st.SETTINGS_VERSION + 100)
    s.setValue("panels/fake", json.dumps({"n": 99}))
    s.sync()
    assert make_window().panels["fake"].params().n == FakeParams().n


def test_session_open_restores_and_undo_reverts(fake_panels, make_window, tmp_path):
    window = make_window()
    panel = window.panels["fake"]
    panel.n_spin.setValue(21)
    path = window.save_session(tmp_path / "s.json")
    assert json.loads(path.read_text())["panels"]["fake"]["n"] == 21
    panel.n_spin.setValue(80)
    assert window.open_session(path)
    assert panel.params().n == 21 and panel.n_spin.value() == 21
    window.undo()
    assert panel.params().n == 80


def test_malformed_session_changes_nothing(fake_panels, make_window, tmp_path):
    window = make_window()
    window.panels["fake"].n_spin.setValue(44)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "nn-training-lab-session", "version": 1, "panels": {"fake": {"n": -1}}}')
    assert not window.open_session(bad)
    assert window.panels["fake"].params().n == 44
    assert "Could not open bad.json" in window.statusBar().currentMessage()
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "outside" in boxes[-1].text()


def test_reset_panel_is_undoable(fake_panels, make_window):
    window = make_window()
    window.panels["fake"].n_spin.setValue(66)
    window.set_current_panel("fake")
    window.reset_panel_action.trigger()
    assert window.panels["fake"].params().n == FakeParams().n
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.panels["fake"].params().n == 66


def test_export_dialog_previews_and_writes_files(fake_panels, make_window, qtbot, tmp_path):
    window = make_window()
    window.set_current_panel("fake")
    dialog = window.exports.export_current()
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull(), timeout=20000)
    for fmt, box in dialog.format_checks.items():
        box.setChecked(fmt in ("png", "pdf", "csv"))
    dialog.figure_box.setCurrentIndex(0)
    dialog.preset_box.setCurrentIndex(dialog.preset_box.findData("4:3"))
    dialog.dpi_spin.setValue(100)
    dialog.set_folder(tmp_path)
    assert "fake-main.png" in dialog.files_label.text()
    with qtbot.waitSignal(dialog.exported, timeout=30000) as blocker:
        dialog.start_export()
    assert sorted(p.name for p in blocker.args[0]) == ["fake-main.pdf", "fake-main.png", "fake-samples.csv"]
    with PILImage.open(tmp_path / "fake-main.png") as im:
        assert im.size == (800, 600)
    assert "Exported 3 file(s)" in window.statusBar().currentMessage()


def test_export_failure_keeps_the_dialog_open(fake_panels, make_window, qtbot, tmp_path):
    window = make_window()
    window.set_current_panel("fake")
    dialog = window.exports.export_current()
    blocker_file = tmp_path / "file"
    blocker_file.write_text("x")
    dialog.set_folder(blocker_file / "sub")
    with qtbot.waitSignal(dialog.failed, timeout=30000) as blocker:
        dialog.start_export()
    assert "cannot create the folder" in blocker.args[0]
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert blocker_file.read_text() == "x"


def test_export_all_and_copy_figure(fake_panels, make_window, qtbot, tmp_path):
    window = make_window()
    with qtbot.waitSignal(window.exports.exported_all, timeout=30000) as blocker:
        assert window.exports.export_all(tmp_path)
    assert {p.name for p in blocker.args[0]} >= {"fake-main.png", "fake-samples.csv"}
    window.set_current_panel("fake")
    with qtbot.waitSignal(window.exports.copied, timeout=30000):
        assert window.exports.copy_current()
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (1600, 900)


def test_export_of_a_missing_panel_says_so(fake_panels, make_window):
    window = make_window()
    window.set_current_panel("missing")
    assert window.exports.export_current() is None
    assert "not available yet" in window.statusBar().currentMessage()


def test_help_texts(fake_panels, make_window):
    window = make_window()
    about = window.show_about()
    for name in ("Qt ", "PySide6 ", "NumPy ", "pyqtgraph "):
        assert name in about.text()
    assert "nothing to notice" in window.show_notice("fake").text()  # the side panel, not a box
    assert "not available yet" in window.show_notice("missing").text()


def test_session_reproduces_exact_figures_of_real_panels(make_window, tmp_path):
    from lab.registry import available_specs
    from lab.session import load_session

    window = make_window()
    params = window.all_params()
    assert params, "no panel has landed"
    path = save_session(tmp_path / "s.json", params)
    loaded, _ = load_session(path)
    for panel_id, p in params.items():
        assert loaded[panel_id] == p
        spec = available_specs()[panel_id]
        first, second = spec.build(p), spec.build(loaded[panel_id])
        for a, b in zip(first, second, strict=True):
            for ta, tb in zip(a.tables, b.tables, strict=True):
                assert ta.columns == tb.columns and ta.rows() == tb.rows(), (panel_id, ta.name)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_theme_choice_reaches_panels(fake_panels, make_window, qtbot, theme):
    window = make_window()
    window.themes.choose(theme)
    assert window.panels["fake"]._theme.name == theme
    qtbot.waitUntil(lambda: (window.palette().color(window.backgroundRole()).lightness() < 100) == (theme == "dark"))
    window.themes.choose("system")


def test_a_session_names_the_preset_it_started_from(make_window, tmp_path, qtbot):
    window = make_window()
    panel = window.panels["activations"]
    panel.preset_buttons["Dead ReLU"].click()
    saved = json.loads(window.save_session(tmp_path / "a.json").read_text())
    assert saved["presets"] == {"activations": "Dead ReLU"} and saved["panels"]["activations"]["mu"] == -3.0
    panel.form.widget("mu").spin.setValue(-2.0)  # any other edit: no longer "the preset"
    assert "presets" not in json.loads(window.save_session(tmp_path / "b.json").read_text())
    assert window.open_session(tmp_path / "a.json")  # the extra key does not get in the way
    assert panel.params().mu == -3.0


def test_a_resize_reflows_every_visible_plot_at_once(make_window, qtbot):
    from ui.figure_view import FigureView

    window = make_window()
    checked = 0
    for panel_id, panel in window.real_panels().items():
        window.set_current_panel(panel_id)
        panel.controller.wait_idle(60_000)
        for size in ((1600, 1000), (1400, 860)):
            window.resize(*size)
            qtbot.wait(30)  # one pass of the event loop, no tab change
            views = [v for v in panel.findChildren(FigureView) if v.isVisible() and v.figure() is not None]
            checked += len(views)
            for view in views:
                shown, laid_out = view.viewport().size(), view.ci.geometry()
                assert abs(laid_out.width() - shown.width()) <= 1, (panel_id, size)
                assert abs(laid_out.height() - shown.height()) <= 1, (panel_id, size)
    assert checked >= 8  # activations 2, init 1, pca 1 (augment shows its grid), at two sizes
