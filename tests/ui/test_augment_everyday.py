"""Augmentation for everyday use: captions, adding/removing/reordering images, sizes, browser drops, routing."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import numpy as np
from PIL import Image
from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from lab.augment.captions import sample_caption
from lab.augment.spec import AugmentParams
from tests.ui import test_augment_panel as base
from ui.panels.augment import AugmentPanel

# the panel fixture (shown, first grid computed), and the same image and drag helpers
panel = base.panel
_pos, _write = base._pos, base._write


def _send_drop(target, mime: QMimeData, modifiers=Qt.KeyboardModifier.NoModifier) -> tuple[bool, bool]:
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(_pos(200, 200), actions, mime, Qt.MouseButton.LeftButton, modifiers)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(QPointF(200, 200), actions, mime, Qt.MouseButton.LeftButton, modifiers)
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


def _urls(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _names(panel: AugmentPanel) -> list[str]:
    return [panel.image_list.item(i).text() for i in range(panel.image_list.count())]


def test_every_tile_has_a_caption_of_what_it_got_and_captions_switch_off(panel, qtbot):
    panel.preset_buttons["Colour jitter (HSL)"].click()
    qtbot.waitUntil(lambda: panel.computed() is not None and panel.computed().params.preset == "Colour jitter (HSL)",
                    timeout=10_000)
    samples = panel.computed().result.samples
    for i, s in enumerate(samples):
        hue = next(d.values["hue_shift"] for d in s.steps if d.kind == "hsl_jitter")
        caption = panel.grid.tile_caption(i)
        # the hue the sample drew, rounded, with a true minus sign
        shown = round(hue) + 0  # no "-0"
        assert f"hue {shown:+d}°".replace("-", "−") in caption
        assert caption == sample_caption(s, panel.params().steps())
    assert panel.controller.wait_idle()  # the preset's run has ended (its result can land first)
    computed = panel.computed()
    panel.form.widget("captions").setChecked(False)  # a user edit
    assert panel.params().captions is False
    assert all(panel.grid.tile_caption(i) == "" for i in range(len(samples)))
    assert panel.computed() is computed  # no new grid for a caption switch
    assert not panel.controller.is_busy()


def test_the_selected_sample_lists_every_drawn_value(panel, qtbot):
    s = panel.computed().result.samples[0]
    for line in s.describe().splitlines()[1:]:
        assert line.lstrip("· ") in panel.sample_details.text()
    qtbot.mouseClick(panel.grid, Qt.MouseButton.LeftButton, pos=panel.grid.tile_rect(3).center())
    s3 = panel.computed().result.samples[3]
    assert f"sample 4 of {s3.source}" in panel.sample_details.text()


def test_ctrl_drop_adds_plain_drop_replaces(panel, qtbot, tmp_path):
    red = _write(tmp_path / "red.png", (255, 0, 0))
    with qtbot.waitSignal(panel.images_loaded, timeout=10_000):
        assert _send_drop(panel, _urls([red]), Qt.KeyboardModifier.ControlModifier) == (True, True)
    assert _names(panel) == ["astronaut.jpg", "coffee.jpg", "cat.jpg", "red.png"]
    blue = _write(tmp_path / "blue.png", (0, 0, 255))
    with qtbot.waitSignal(panel.images_loaded, timeout=10_000):
        assert _send_drop(panel, _urls([blue])) == (True, True)
    assert _names(panel) == ["blue.png"]


def test_remove_undo_and_reorder(panel, qtbot):
    box = panel.images
    panel.image_list.setCurrentRow(1)
    with qtbot.waitSignal(panel.images_loaded, timeout=10_000):
        qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert _names(panel) == ["astronaut.jpg", "cat.jpg"]
    assert [Path(p).name for p in panel.params().images] == ["astronaut.jpg", "cat.jpg"]
    with qtbot.waitSignal(panel.images_loaded, timeout=10_000):
        qtbot.mouseClick(box.restore_button, Qt.MouseButton.LeftButton)
    assert _names(panel) == ["astronaut.jpg", "coffee.jpg", "cat.jpg"]
    assert not box.restore_button.isEnabled()
    panel.image_list.setCurrentRow(0)
    with qtbot.waitSignal(panel.images_loaded, timeout=10_000):
        qtbot.mouseClick(box.down_button, Qt.MouseButton.LeftButton)
    assert _names(panel) == ["coffee.jpg", "astronaut.jpg", "cat.jpg"]
    qtbot.waitUntil(lambda: panel.computed() is not None and panel.computed().params == panel.params(), timeout=10_000)
    # the original stays the image it was; held out is the last one
    r = panel.computed().result
    assert r.images[r.source].name == "astronaut.jpg"
    assert r.test == [2] and r.images[2].name == "cat.jpg"


def test_sizes_show_the_file_and_the_preview(panel, qtbot, tmp_path):
    big = _write(tmp_path / "house.jpg", (120, 90, 60), size=(640, 480))
    with qtbot.waitSignal(panel.grid_ready, timeout=10_000):
        panel.open_paths([big])
    assert panel.image_list.item(0).toolTip().splitlines()[1] == "640×480, previewed at 512×384 px"
    grid = panel.grid
    left = grid.rect().adjusted(10, 10, -10, -10)
    pos = QPoint(left.left() + 60, left.center().y())
    QApplication.sendEvent(grid, QHelpEvent(QEvent.Type.ToolTip, pos, grid.mapToGlobal(pos)))
    assert "640×480, previewed at 512×384" in QToolTip.text()


def test_a_browser_drop_with_image_bytes_and_no_file_is_decoded(panel, qtbot):
    buf = io.BytesIO()
    Image.new("RGB", (70, 50), (10, 200, 30)).save(buf, "PNG")
    mime = QMimeData()
    mime.setData("image/png", QByteArray(buf.getvalue()))
    assert not mime.hasUrls() and not mime.hasImage()  # only the raw bytes, as a browser drags them
    with qtbot.waitSignal(panel.images_loaded, timeout=10_000):
        assert _send_drop(panel, mime) == (True, True)
    loaded = panel.computed().result.images
    assert len(loaded) == 1 and loaded[0].source_size == (70, 50)
    assert np.array_equal(loaded[0].pixels[0, 0], [10, 200, 30])


def test_missing_paths_stay_in_the_params_and_are_named(panel, qtbot, tmp_path):
    good = _write(tmp_path / "good.png", (5, 5, 5))
    gone = str(tmp_path / "gone.png")
    with qtbot.waitSignal(panel.message, timeout=10_000,
                          check_params_cb=lambda text: "gone.png" in text) as said:
        panel.set_params(AugmentParams(images=(str(good), gone)))
    assert gone in panel.params().images and str(good) in panel.params().images
    assert "gone.png" in said.args[0]
    assert _names(panel) == ["good.png"]


def test_a_refused_load_keeps_the_images(panel, qtbot, tmp_path):
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    before = panel.params().images, _names(panel)
    with qtbot.waitSignal(panel.message, timeout=10_000, check_params_cb=lambda t: "keeping" in t):
        panel.open_paths([bad])
    assert (panel.params().images, _names(panel)) == before


def test_window_routes_each_dropped_file(make_window, qtbot, tmp_path):
    window = make_window()
    csv = tmp_path / "points.csv"
    csv.write_text("x,y\n0,1\n1,2\n2,2.5\n3,4\n")
    junk = tmp_path / "notes.xyz"
    junk.write_bytes(b"\x00\x01 nothing we know")
    enter, dropped = _send_drop(window, _urls([csv, junk]))
    assert enter and dropped
    pca = window.panels["pca"]
    assert pca.params().csv_path == str(csv)
    assert window.current_panel_id() == "pca"
    assert "notes.xyz" in window.statusBar().currentMessage()
    # a CSV dropped on the Augmentation panel is not "an image it cannot read": it reaches PCA too
    other = tmp_path / "other.csv"
    other.write_text("x,y\n0,0\n1,1\n2,3\n")
    augment = window.panels["augment"]
    before = augment.params()
    assert _send_drop(augment, _urls([other])) == (True, True)
    assert pca.params().csv_path == str(other)
    assert augment.params() == before


def test_the_samples_value_stays_shown_after_every_preset(panel, qtbot):
    editor = panel.form.widget("n_samples")
    for name, button in panel.preset_buttons.items():
        panel.edit(dataclasses.replace(panel.params(), n_samples=7))
        button.click()
        qtbot.wait(20)
        spin = editor.spin
        assert spin.isVisible() and spin.width() >= spin.fontMetrics().horizontalAdvance(spin.text()), name
        assert spin.text() == str(panel.params().n_samples), name
        assert editor.slider.value() == round((panel.params().n_samples - 4) / 12 * 1000), name
