"""PCA panel with pytest-qt: presets, stage slider, dragging, ε, files, export."""

from __future__ import annotations

import csv

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from lab.figures.render import render
from lab.figures.tables import write_csv
from lab.params import replace
from lab.pca.params import PRESETS, VIEWS, PcaParams
from lab.presets import find
from ui.panels.pca import PcaPanel


@pytest.fixture
def panel(qtbot):
    p = PcaPanel()
    qtbot.addWidget(p)
    p.resize(1400, 900)
    with qtbot.waitSignal(p.computed, timeout=10_000):
        p.show()
    yield p
    p.shutdown()


def item(ax, key: str):
    return next(i for i in ax.items if i.key == key)


def train_cov(p: PcaPanel) -> np.ndarray:
    r = p.analysis()
    return np.cov(r.points[r.train], rowvar=False, bias=True)


def test_initial_state_shows_four_stages(panel):
    fig = panel.stage_view.figure()
    assert [a.key for a in fig.axes] == ["stage0", "stage1", "stage2", "stage3"]
    assert panel.params() == PcaParams()
    train = item(fig.axes[0], "train")
    r = panel.analysis()
    assert train.x.size == r.train.size
    # the whitened view's printed covariance is the identity (ε = 1e-5 is negligible here)
    assert item(fig.axes[3], "stats_cov").text == "Σ = [[1, 0], [0, 1]]"
    lam = np.linalg.eigvalsh(train_cov(panel))[::-1]
    assert panel.analysis().fit.eigenvalues == pytest.approx(lam, rel=1e-12)


@pytest.mark.parametrize("name", [p.name for p in PRESETS])
def test_presets_apply_in_one_click(panel, qtbot, name):
    with qtbot.waitSignal(panel.params_changed), qtbot.waitSignal(panel.computed, timeout=10_000):
        qtbot.mouseClick(panel.preset_buttons[name], Qt.MouseButton.LeftButton)
    p = panel.params()
    changes = find(PRESETS, name).changes
    for key, value in changes.items():
        assert getattr(p, key) == value
    n = changes.get("n", p.n)  # a view preset (image patches) keeps the points
    assert panel.form.widget("n").value() == n
    assert panel.analysis().points.shape[0] == n
    assert panel.tabs.currentIndex() == VIEWS.index(p.view)  # the preset's view is in front
    if name.startswith("Units differ"):
        assert abs(panel.analysis().fit.first_axis_deg) == pytest.approx(45.0, abs=1e-9)
        assert panel.stage_view.figure().axes[0].xlabel == "pressure (hPa)"
        assert panel.form.widget("y_name").text() == "temperature (°C)"


def test_eps_slider_shrinks_the_whitened_variance(panel, qtbot):
    with qtbot.waitSignal(panel.computed, timeout=10_000):
        panel.form.widget("eps").spin.setValue(1.0)
    assert panel.params().eps == 1.0
    lam = np.linalg.eigvalsh(train_cov(panel))[::-1]
    white = panel.analysis().stages[3].points[panel.analysis().train]
    assert np.cov(white, rowvar=False, bias=True) == pytest.approx(np.diag(lam / (lam + 1.0)), abs=1e-10)


def test_stage_slider_and_play(panel, qtbot):
    panel.form.widget("stage").spin.setValue(1.0)  # moving the stage slider switches to the single view
    assert panel.params().layout == "single"
    assert panel.form.widget("layout").currentData() == "single"
    assert [a.key for a in panel.stage_view.figure().axes] == ["single"]
    r = panel.analysis()
    shown = item(panel.stage_view.figure().axes[0], "train")
    centred = r.points[r.train] - r.points[r.train].mean(axis=0)
    assert np.column_stack([shown.x, shown.y]) == pytest.approx(centred, abs=1e-12)
    panel.form.widget("stage").spin.setValue(0.0)
    shown = item(panel.stage_view.figure().axes[0], "train")
    assert np.column_stack([shown.x, shown.y]) == pytest.approx(r.points[r.train], abs=1e-12)
    panel.play.setChecked(True)
    qtbot.waitUntil(lambda: not panel.play.isChecked(), timeout=10_000)
    assert panel.params().stage == 3.0
    combo = panel.form.widget("layout")
    combo.setCurrentIndex(combo.findData("grid"))
    assert [a.key for a in panel.stage_view.figure().axes] == ["stage0", "stage1", "stage2", "stage3"]
    combo.setCurrentIndex(combo.findData("single"))
    shown = item(panel.stage_view.figure().axes[0], "train")
    assert np.cov(np.column_stack([shown.x, shown.y]), rowvar=False, bias=True) == pytest.approx(np.eye(2), abs=1e-4)


def screen_pos(panel: PcaPanel, key: str, x: float, y: float) -> QPoint:
    vb = panel.stage_view.plot(key).vb
    return panel.stage_view.mapFromScene(vb.mapViewToScene(QPointF(x, y)))


def test_dragging_a_point_updates_statistics_live(panel, qtbot):
    r = panel.analysis()
    idx = int(r.train[np.argmax(r.points[r.train, 0])])  # the right-most training point: isolated
    x0, y0 = r.points[idx]
    vp = panel.stage_view.viewport()
    start = screen_pos(panel, "stage0", x0, y0)
    with qtbot.waitSignal(panel.params_changed):
        QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    assert panel.params().selected == idx
    target = screen_pos(panel, "stage0", x0 - 3.0, y0 + 2.0)
    QTest.mouseMove(vp, target)
    moved = panel.analysis().points[idx]
    assert moved == pytest.approx([x0 - 3.0, y0 + 2.0], abs=0.1)
    # the centred view follows: its training mean is still 0 and the point moved with it
    new_train = panel.analysis().points[panel.analysis().train]
    assert panel.analysis().stages[1].points[idx] == pytest.approx(moved - new_train.mean(axis=0), abs=1e-12)
    assert panel.analysis().stages[0].cov == pytest.approx(np.cov(new_train, rowvar=False, bias=True), abs=1e-12)
    with qtbot.waitSignal(panel.computed, timeout=10_000):
        QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    moves = panel.params().moved_points
    assert moves[0] == idx and moves[1:] == pytest.approx(tuple(moved))
    # the selection is drawn in every view
    for ax in panel.stage_view.figure().axes:
        sel = item(ax, "selected")
        assert sel.x.size == 1
    # a session restores exactly what is on screen
    again = PcaPanel()
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.computed, timeout=10_000):
        again.set_params(panel.params())
    assert again.analysis().points == pytest.approx(panel.analysis().points, abs=0)
    again.shutdown()


def test_set_params_does_not_emit(panel, qtbot):
    p = replace(PcaParams(), n=123, whitening="ZCA")
    with qtbot.assertNotEmitted(panel.params_changed), qtbot.waitSignal(panel.computed, timeout=10_000):
        panel.set_params(p)
    assert panel.form.widget("n").value() == 123
    assert panel.analysis().stages[3].name == "zca_whitened"


def test_bad_csv_keeps_previous_state_and_says_why(panel, qtbot, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n3,oops\n4,5\n", encoding="utf-8")
    before = panel.analysis()
    with qtbot.waitSignal(panel.message, check_params_cb=lambda m: "bad.csv" in m and "oops" in m,
                          timeout=10_000):
        assert panel.open_paths([bad])
    assert panel.analysis() is before
    assert "bad.csv" in panel.notes.text()
    good = tmp_path / "good.csv"
    good.write_text("a,b\n1,2\n3,5\n4,5\n7,9\n", encoding="utf-8")
    with qtbot.waitSignal(panel.computed, timeout=10_000):
        panel.open_paths([good])
    assert panel.analysis().points.shape == (4, 2)


def test_export_figures_and_tidy_csv(panel, tmp_path):
    figs = panel.current_figures()
    assert [f.name for f in figs] == ["stages", "topk", "patches", "decision"]
    png = render(figs[0], tmp_path / "stages.png", width_px=960, height_px=540, dpi=100)
    assert png.stat().st_size > 10_000
    path = write_csv(figs[0].tables[0], tmp_path / "points.csv")
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["stage", "point", "x", "y"]
    assert len(rows) == 1 + 4 * 400
    assert {r[0] for r in rows[1:]} == {"original", "centred", "decorrelated", "pca_whitened"}


def test_flat_direction_is_reported_and_theme_switches(panel, qtbot):
    from lab.figures import DARK

    with qtbot.waitSignal(panel.computed, timeout=10_000):
        panel.form.widget("std2").spin.setValue(0.0)
    assert panel.params().std2 == 0.0
    assert "~0 variance" in panel.notes.text()
    white = panel.analysis().stages[3].points
    assert np.all(np.isfinite(white))
    panel.set_theme(DARK)
    background = panel.stage_view.backgroundBrush().color().name()
    assert background == DARK.background.lower()  # the plots were redrawn in the dark theme
    dots = [g for g in panel.stage_view.plot("stage0").items if isinstance(g, pg.ScatterPlotItem) and g.data.size]
    colours = {QColor(DARK.color(c)).name() for c in range(6)}
    assert dots and all(g.opts["brush"].color().name() in colours for g in dots)


def test_opening_an_image_updates_the_patch_spectrum(panel, qtbot):
    from pathlib import Path

    from lab.pca.patches import DEFAULT_IMAGE

    cat = Path(DEFAULT_IMAGE).with_name("cat.jpg")
    assert panel.patch_view.figure().title.startswith("astronaut.jpg, 192 → k")
    with qtbot.waitSignal(panel.computed, timeout=10_000):
        assert panel.open_paths([cat])
    assert panel.params().image_path == str(cat)
    assert panel.tabs.currentWidget() is panel.patch_view
    fig = panel.patch_view.figure()
    assert fig.title.startswith("cat.jpg, 192 → k")
    cum = fig.axes[0].items[0].y
    assert cum.size == 192 and cum[-1] == pytest.approx(1.0) and np.all(np.diff(cum) >= -1e-12)
    assert not panel.open_paths([Path("notes.docx")])


def test_scatter_items_match_the_figure_after_resizing(panel, qtbot):
    with qtbot.waitSignal(panel.computed, timeout=10_000):
        panel.form.widget("n").spin.setValue(1000)
    fig = panel.stage_view.figure()
    for ax in fig.axes:
        for key in ("train", "test"):
            pos = next(i for i, it in enumerate(ax.items) if it.key == key)
            spec = ax.items[pos]
            drawn = panel.stage_view._views[ax.key].graphics[pos][0]
            x, y = drawn.getData()
            assert x.size == spec.x.size == (800 if key == "train" else 200)
            assert np.array_equal(x, spec.x) and np.array_equal(y, spec.y)
            assert np.all(drawn.data["sourceRect"]["w"] > 0)  # every point has its symbol
