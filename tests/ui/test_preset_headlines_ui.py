"""The live views title the figure carrying the clicked preset's claim with its headline, and a
slider move that may break the claim brings the usual title back (offscreen Qt)."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from PySide6.QtCore import Qt

from lab.activations.params import PRESETS as ACTIVATION_PRESETS
from lab.pca.params import PRESETS as PCA_PRESETS
from lab.presets import find
from tests.ui.test_activations_panel import panel as activations  # noqa: F401 (fixture)
from tests.ui.test_pca_panel import panel as pca  # noqa: F401 (fixture)

GRABS = os.environ.get("NNLAB_GRAB_DIR", "")  # set it to keep the offscreen grabs for looking


def _grab(widget, name: str) -> None:
    if GRABS:
        Path(GRABS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(GRABS) / f"{name}.png"))


def test_activation_preset_titles_the_curves_until_mu_moves(activations, qtbot) -> None:  # noqa: F811 (the imported fixture)
    preset = find(ACTIVATION_PRESETS, "Dead ReLU")
    assert activations.curves_view.figure().title == ""  # defaults: no preset, no headline
    qtbot.mouseClick(activations.preset_buttons[preset.name], Qt.MouseButton.LeftButton)
    assert activations.wait_for_statistics()
    assert activations.curves_view.figure().title == "Dead ReLU: f′ = 0 for 99.9 % of inputs (μ = −3)"
    assert "ReLU dead" in activations.curves_note.text()
    _grab(activations, "activations-dead-relu")
    with qtbot.waitSignal(activations.params_changed):
        activations.form.widget("mu").spin.setValue(-1.0)
    assert activations.curves_view.figure().title == ""  # the claim may no longer hold
    _grab(activations, "activations-dead-relu-moved")


def test_the_statistics_view_carries_a_distribution_claim(activations, qtbot) -> None:  # noqa: F811 (the imported fixture)
    preset = find(ACTIVATION_PRESETS, "ELU: near-zero mean")
    qtbot.mouseClick(activations.preset_buttons[preset.name], Qt.MouseButton.LeftButton)
    assert activations.wait_for_statistics()
    qtbot.waitUntil(lambda: activations.stats_view.figure().title == preset.headline, timeout=5000)
    assert activations.curves_view.figure().title == ""  # only the figure showing the claim
    with qtbot.waitSignal(activations.params_changed):
        activations.form.widget("sigma").spin.setValue(2.0)
    assert activations.wait_for_statistics()
    qtbot.waitUntil(lambda: activations.stats_view.figure().title == "", timeout=5000)


def test_the_curves_note_names_only_the_functions_drawn(activations, qtbot) -> None:  # noqa: F811 (the imported fixture)
    qtbot.mouseClick(activations.preset_buttons["tanh saturates"], Qt.MouseButton.LeftButton)
    assert activations.wait_for_statistics()
    note = activations.curves_note.text()
    assert "saturated" in note and "ReLU" not in note and "dead" not in note


def test_pca_preset_titles_the_stages_until_the_shape_changes(pca, qtbot) -> None:  # noqa: F811 (the imported fixture)
    preset = find(PCA_PRESETS, "Outlier")
    with qtbot.waitSignal(pca.computed, timeout=10_000):
        qtbot.mouseClick(pca.preset_buttons[preset.name], Qt.MouseButton.LeftButton)
    assert pca.stage_view.figure().title == "One outlier pulls the mean and tilts the principal axes"
    _grab(pca, "pca-outlier")
    with qtbot.waitSignal(pca.computed, timeout=10_000):
        pca.form.widget("std2").spin.setValue(1.5)
    assert pca.stage_view.figure().title == ""


def test_init_and_train_title_labels_follow_the_preset(qtbot) -> None:
    from lab.init.params import PRESETS as INIT_PRESETS
    from lab.train.params import PRESETS as TRAIN_PRESETS
    from ui.panels.init import InitPanel
    from ui.panels.train import TrainPanel

    for cls, presets, name, change in ((InitPanel, INIT_PRESETS, "Conv layer fan-in", {"kernel": 5}),
                                      (TrainPanel, TRAIN_PRESETS, "ReLU vs tanh vs sigmoid", {"lr": 0.5})):
        panel = cls()
        qtbot.addWidget(panel)
        panel.resize(1400, 900)
        panel.show()
        preset = find(presets, name)
        with qtbot.waitSignal(panel.run_finished, timeout=60_000):
            qtbot.mouseClick(panel.preset_buttons[name], Qt.MouseButton.LeftButton)
        assert preset.headline in panel.title.text()
        _grab(panel, f"{panel.panel_id}-{name}")
        with qtbot.waitSignal(panel.run_finished, timeout=60_000):
            panel.edit(dataclasses.replace(panel.params(), **change))
        assert preset.headline not in panel.title.text() and panel.title.text()
        panel.shutdown()


def test_augment_grid_headline_follows_the_preset(qtbot) -> None:
    from lab.augment.params import PRESETS as AUGMENT_PRESETS
    from ui.panels.augment import AugmentPanel

    panel = AugmentPanel()
    qtbot.addWidget(panel)
    panel.resize(1400, 900)
    panel.show()
    resnet = find(AUGMENT_PRESETS, "ResNet training")  # the defaults are this preset's pipeline
    assert resnet.headline in panel.headline_label.text() and panel.headline_label.isVisibleTo(panel)
    cutout = find(AUGMENT_PRESETS, "Cutout")
    qtbot.mouseClick(panel.preset_buttons[cutout.name], Qt.MouseButton.LeftButton)
    assert cutout.headline in panel.headline_label.text()
    qtbot.waitUntil(lambda: panel.grid.tile_count() > 0, timeout=30_000)
    _grab(panel, "augment-cutout")
    panel.edit(dataclasses.replace(panel.params(), preset="Flips & crops", pipeline_json=""))
    assert find(AUGMENT_PRESETS, "Flips & crops").headline in panel.headline_label.text()
    panel.edit(dataclasses.replace(panel.params(), preset="custom", pipeline_json="[]"))
    assert not panel.headline_label.isVisibleTo(panel) and panel.headline_label.text() == ""
    panel.shutdown()
