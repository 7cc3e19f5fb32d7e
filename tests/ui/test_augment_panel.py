"""Augmentation panel with pytest-qt: real drag and drop, bad files, big files, reroll, pipeline edits, export."""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

import numpy as np
import PySide6
import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip

from lab.augment.pipeline import PRESETS, Step, pipeline_from_json, sample_variants
from lab.augment.spec import AugmentParams
from lab.figures.render import render
from lab.figures.tables import write_csv
from ui.panels.augment import AugmentPanel

NEW_POINT_API = tuple(int(v) for v in PySide6.__version__.split(".")[:2]) >= (6, 12)


def _pos(x: int, y: int) -> QPoint | QPointF:
    return QPointF(x, y) if NEW_POINT_API else QPoint(x, y)


@pytest.fixture
def panel(qtbot):
    p = AugmentPanel()
    qtbot.addWidget(p)
    p.resize(1400, 900)
    with qtbot.waitSignal(p.grid_ready, timeout=15_000):
        p.show()
    yield p
    p.shutdown()


def _write(path: Path, color: tuple[int, int, int], size: tuple[int, int] = (90, 60)) -> Path:
    Image.new("RGB", size, color).save(path)
    return path


def _drop(panel: AugmentPanel, paths: list[Path]) -> tuple[bool, bool]:
    """Send a real QDragEnterEvent then QDropEvent carrying file URLs; return whether each was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(_pos(200, 200), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    drop = QDropEvent(QPointF(200, 200), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, drop)
    return enter.isAccepted(), drop.isAccepted()


class GapMeter:
    """Measures the longest stall of the GUI event loop with a 10 ms timer."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def __enter__(self) -> GapMeter:
        self.last = time.perf_counter()
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()


def test_starts_with_the_bundled_samples(panel):
    assert panel.image_list.count() == 3
    assert [panel.image_list.item(i).text() for i in range(3)] == ["astronaut.jpg", "coffee.jpg", "cat.jpg"]
    assert panel.grid.tile_count() == 12
    assert panel.params() == AugmentParams()
    figs = panel.current_figures()
    assert [f.name for f in figs] == ["grid", "sample", "preprocess"]


def test_drop_files_with_a_broken_one(panel, qtbot, tmp_path):
    good = [_write(tmp_path / f"{name}.png", c) for name, c in (("red", (220, 20, 20)), ("green", (20, 200, 20)))]
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 a JPEG header and then nothing")
    messages: list[str] = []
    panel.message.connect(messages.append)
    with qtbot.waitSignal(panel.images_loaded, timeout=10_000) as loaded, \
            qtbot.waitSignal(panel.grid_ready, timeout=10_000), qtbot.waitSignal(panel.params_changed):
        accepted = _drop(panel, [*good, broken])
    assert accepted == (True, True)
    assert loaded.args == [2]
    assert panel.params().images == tuple(str(p) for p in good)
    assert any(f"{broken}: truncated file" in m for m in messages)
    assert "broken.jpg" in panel.problems_label.text()
    # the original shown is the red image, and every tile comes from it
    assert panel.computed() is not None
    assert tuple(panel.computed().result.images[0].pixels[0, 0]) == (220, 20, 20)


def test_drop_of_only_unusable_files_keeps_what_it_had(panel, qtbot, tmp_path):
    before = panel.params()
    bad = tmp_path / "notes.png"
    bad.write_text("hello")
    messages: list[str] = []
    panel.message.connect(messages.append)
    _drop(panel, [bad])
    qtbot.waitUntil(lambda: any("keeping the previous images" in m for m in messages), timeout=10_000)
    assert str(bad) in messages[-1] and "not an image" in messages[-1]
    assert panel.params() == before and panel.image_list.count() == 3


def test_drag_enter_refuses_text(panel):
    mime = QMimeData()
    mime.setText("just words")
    enter = QDragEnterEvent(_pos(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()


def test_hundred_files_in_a_folder_do_not_freeze_the_window(panel, qtbot, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    rng = np.random.default_rng(0)
    for i in range(100):
        Image.fromarray(rng.integers(0, 256, (48, 64, 3), dtype=np.uint8)).save(folder / f"img{i:03d}.png")
    with GapMeter() as meter, qtbot.waitSignal(panel.images_loaded, timeout=30_000) as loaded:
        assert panel.open_paths([folder])
    assert loaded.args == [100]
    assert panel.image_list.count() == 100
    assert meter.worst < 0.4, f"GUI stalled {meter.worst * 1000:.0f} ms"


def test_a_twelve_megapixel_jpeg_previews_quickly_without_stalling(panel, qtbot, tmp_path):
    y, x = np.mgrid[0:3000, 0:4000]
    arr = np.stack([(x // 16) % 256, (y // 12) % 256, ((x + y) // 28) % 256], axis=2).astype(np.uint8)
    path = tmp_path / "big.jpg"
    Image.fromarray(arr).save(path, quality=80)
    with GapMeter() as meter, qtbot.waitSignal(panel.grid_ready, timeout=20_000):
        _drop(panel, [path])
    im = panel.computed().result.images[0]
    assert im.source_size == (4000, 3000) and max(im.pixels.shape[:2]) == 512
    assert "previewed at 512×384" in panel.image_list.item(0).toolTip()
    assert meter.worst < 0.4, f"GUI stalled {meter.worst * 1000:.0f} ms"
    assert panel.last_grid_seconds < 3.0  # goal 0.3 s on a free machine; this CI box is shared


def test_reroll_and_fixed_seed(panel, qtbot):
    first = [t.copy() for t in panel.computed().tiles]
    with qtbot.waitSignal(panel.grid_ready, timeout=10_000), qtbot.waitSignal(panel.params_changed):
        qtbot.mouseClick(panel.reroll_button, Qt.MouseButton.LeftButton)
    assert panel.params().seed != 0
    assert any(a != b for a, b in zip(first, panel.computed().tiles, strict=True))
    seed = panel.params().seed
    kept = [t.copy() for t in panel.computed().tiles]
    with qtbot.waitSignal(panel.grid_ready, timeout=10_000):
        panel.form.widget("n_samples").spin.setValue(16)
    assert panel.params().seed == seed and panel.grid.tile_count() == 16
    assert all(a == b for a, b in zip(kept, panel.computed().tiles[:12], strict=False))
    panel.fixed_seed.setChecked(False)
    with qtbot.waitSignal(panel.grid_ready, timeout=10_000):
        panel.form.widget("n_samples").spin.setValue(15)
    assert panel.params().seed != seed


def test_hover_shows_the_parameters_drawn(panel, qtbot):
    grid = panel.grid
    assert panel.tabs.currentWidget().isAncestorOf(grid)
    rect = grid.tile_rect(4)
    assert grid.tile_at(rect.center()) == 4
    expected = panel.computed().result.samples[4].describe()
    assert "Random crop: top=" in expected
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), grid.mapToGlobal(rect.center()))
    QApplication.sendEvent(grid, event)
    assert QToolTip.text() == expected
    # and the drawn values reproduce the sample shown
    p = panel.params()
    images = panel.computed().result.images
    again = sample_variants([im.pixels for im in images], [im.label for im in images], p.steps(), p.n_samples, p.seed)
    assert np.array_equal(again[4].image, panel.computed().result.samples[4].image)


def test_pipeline_edits_add_remove_reorder_enable(panel, qtbot):
    ed = panel.editor
    ed.kind_combo.setCurrentIndex(ed.kind_combo.findData("cutout"))
    with qtbot.waitSignal(panel.grid_ready, timeout=10_000), qtbot.waitSignal(panel.params_changed):
        qtbot.mouseClick(ed.add_button, Qt.MouseButton.LeftButton)
    p = panel.params()
    assert p.preset == "custom"
    steps = pipeline_from_json(p.pipeline_json)
    assert [s.kind for s in steps] == ["resize_short", "random_crop", "hflip", "cutout"]
    assert all(s.steps[-1].kind == "cutout" and s.steps[-1].applied for s in panel.computed().result.samples)
    # the probability editor of the selected (new) step
    with qtbot.waitSignal(panel.grid_ready, timeout=10_000):
        ed.option_widget("p").setValue(0.0)
    assert pipeline_from_json(panel.params().pipeline_json)[-1].p == 0.0
    assert not any(s.steps[-1].applied for s in panel.computed().result.samples)
    # reorder: the move the list's drag-and-drop performs
    with qtbot.waitSignal(panel.params_changed):
        ed.list.model().moveRow(ed.list.model().index(0, 0).parent(), 2, ed.list.model().index(0, 0).parent(), 0)
    assert [s.kind for s in ed.steps()][:3] == ["hflip", "resize_short", "random_crop"]
    # keyboard reorder and disable by unticking
    ed.list.setCurrentRow(0)
    ed._on_move(1)
    assert [s.kind for s in ed.steps()][:2] == ["resize_short", "hflip"]
    with qtbot.waitSignal(panel.params_changed):
        ed.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert not ed.steps()[1].enabled
    ed.list.setCurrentRow(3)
    with qtbot.waitSignal(panel.params_changed):
        qtbot.mouseClick(ed.remove_button, Qt.MouseButton.LeftButton)
    assert [s.kind for s in pipeline_from_json(panel.params().pipeline_json)] == ["resize_short", "hflip", "random_crop"]


def test_range_editor_changes_the_drawn_values(panel, qtbot):
    ed = panel.editor
    ed.list.setCurrentRow(0)  # resize short side
    with qtbot.waitSignal(panel.grid_ready, timeout=10_000):
        ed.option_widget("short_side").setValue((300, 300))
    assert all(s.steps[0].values["short_side"] == 300 for s in panel.computed().result.samples)


def test_presets_in_one_click(panel, qtbot):
    ed = panel.editor
    index = ed.preset_combo.findText("MixUp / CutMix")
    with qtbot.waitSignal(panel.grid_ready, timeout=10_000), qtbot.waitSignal(panel.params_changed):
        ed.preset_combo.setCurrentIndex(index)
        ed.preset_combo.activated.emit(index)
    assert panel.params().preset == "MixUp / CutMix" and ed.steps() == PRESETS["MixUp / CutMix"]
    for s in panel.computed().result.samples:
        assert sum(s.label_weights.values()) == pytest.approx(1.0)


def test_set_params_is_silent_and_round_trips(panel, qtbot):
    target = AugmentParams(preset="Cutout", n_samples=6, seed=99, normalization="mean image", n_test=0, sample_index=2)
    with qtbot.assertNotEmitted(panel.params_changed), qtbot.waitSignal(panel.grid_ready, timeout=10_000):
        panel.set_params(target)
    assert panel.params() == target
    assert panel.grid.tile_count() == 6 and panel.grid.selected() == 2


def test_pipeline_json_save_and_load(panel, qtbot, tmp_path):
    path = tmp_path / "pipe.json"
    panel.editor.save_to(path)
    assert json.loads(path.read_text())["steps"][0]["kind"] == "resize_short"
    custom = (Step.default("grayscale").replace(p=1.0), Step.default("gaussian_noise"))
    path.write_text(json.dumps({"steps": [s.to_json() for s in custom]}))
    with qtbot.waitSignal(panel.grid_ready, timeout=10_000):
        assert panel.editor.load_from(path)
    assert panel.params().steps() == custom
    messages: list[str] = []
    panel.message.connect(messages.append)
    path.write_text("{oops")
    assert not panel.editor.load_from(path)
    assert "pipe.json: not valid JSON" in messages[-1]
    assert panel.params().steps() == custom


def test_export_matches_the_screen(panel, qtbot, tmp_path):
    panel.grid.set_selected(3)
    with qtbot.waitSignal(panel.params_changed):
        panel.grid.tile_selected.emit(3)  # as a click on tile #4 does
    assert panel.params().sample_index == 3
    figs = panel.current_figures()  # from the grid on screen: no new grid for a new selection
    grid = figs[0]
    for k, sample in enumerate(panel.computed().result.samples):
        assert np.array_equal(grid.axes_by_key(f"s{k}").items[0].data, sample.image)
    single = figs[1].axes_by_key("sample").items[0].data
    assert np.array_equal(single, panel.computed().result.samples[3].image)
    out = render(grid, tmp_path / "grid.png", width_px=960, height_px=540, dpi=100)
    with Image.open(out) as im:
        assert im.size == (960, 540)
    csv_path = write_csv(grid.tables[0], tmp_path / "samples.csv")
    with csv_path.open() as fh:
        rows = list(csv.DictReader(fh))
    assert {r["kind"] for r in rows} >= {"resize_short", "random_crop", "hflip"}
    assert len({r["sample"] for r in rows}) == 12


def test_paste_an_image_from_the_clipboard(panel, qtbot):
    img = QImage(40, 30, QImage.Format.Format_RGB888)
    img.fill(Qt.GlobalColor.blue)
    QGuiApplication.clipboard().setImage(img)
    with qtbot.waitSignal(panel.images_loaded, timeout=10_000) as loaded, \
            qtbot.waitSignal(panel.grid_ready, timeout=10_000):
        panel.drops.paste()  # what Ctrl+V does
    assert loaded.args == [1]
    (path,) = panel.params().images
    assert Path(path).parent.name == "pasted" and Path(path).is_file()
    assert tuple(panel.computed().result.images[0].pixels[5, 5]) == (0, 0, 255)


def test_preprocessing_view_and_theme(panel, qtbot):
    from lab.figures import DARK

    panel.set_theme(DARK)
    assert panel.figure_view.figure() is None  # drawn when its tab comes to the front, not before
    panel.tabs.setCurrentIndex(1)
    fig = panel.figure_view.figure()
    assert fig is not None and fig.name == "preprocess"
    assert "mean R 0.5" in panel.stats_label.text() and "2 training, 1 held out" in panel.stats_label.text()
    with qtbot.waitSignal(panel.grid_ready, timeout=10_000):
        panel.form.widget("statistics").setCurrentIndex(panel.form.widget("statistics").findData("ImageNet"))
    assert "mean R 0.4850, G 0.4560, B 0.4060" in panel.stats_label.text()
