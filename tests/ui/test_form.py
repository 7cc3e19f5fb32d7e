"""Forms generated from the params declarations: ranges, labels and help come from lab, one binding."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from lab import params as lp
from lab.activations.params import ActivationParams
from lab.init.params import InitParams
from lab.pca.params import PcaParams
from ui.form import ParamForm, make_editor


@pytest.mark.parametrize(("params_type", "names"), [
    (ActivationParams, ("mu", "sigma", "threshold", "depth", "seed", "n_samples")),
    (InitParams, ("sigma_small", "width", "batch", "depth", "kernel", "bias")),
    (PcaParams, ("n", "eps", "rotation_deg", "test_fraction", "patch_size")),
])
def test_every_number_editor_takes_exactly_the_declared_range(qtbot, params_type, names):
    infos = {i.name: i for i in lp.infos(params_type)}
    for name in names:
        info = infos[name]
        editor = make_editor(info)
        qtbot.addWidget(editor.widget)
        spin = getattr(editor.widget, "spin", editor.widget)
        assert (spin.minimum(), spin.maximum()) == (info.lo, info.hi), name
        assert spin.toolTip() == info.help and info.help
        editor.show(info.default)
        assert editor.get() == info.default and type(editor.get()) is type(info.default)


def test_choices_show_their_labels_and_store_their_names(qtbot):
    form = ParamForm(InitParams, [("", ("scheme", "input_kind"))])
    qtbot.addWidget(form)
    combo = form.widget("input_kind")
    assert [combo.itemText(i) for i in range(combo.count())] == ["N(0, 1)", "all positive |N(0, 1)|"]
    with qtbot.waitSignal(form.edited) as blocker:
        combo.setCurrentIndex(1)
    assert blocker.args == ["input_kind"] and form.read(InitParams()).input_kind == "positive"


def test_show_params_is_silent_and_read_round_trips(qtbot):
    form = ParamForm(ActivationParams, [("", ("functions", "mu", "sigma", "show_derivative", "seed"))])
    qtbot.addWidget(form)
    target = ActivationParams(functions=("gelu", "elu"), mu=0.123456, sigma=2.5, show_derivative=False, seed=7)
    with qtbot.assertNotEmitted(form.edited):
        form.show_params(target)
    # order of the checked functions follows the list; every digit of μ survives
    assert form.read(ActivationParams()) == dataclasses.replace(target, functions=("elu", "gelu"))
    items = form.widget("functions")
    with qtbot.waitSignal(form.edited) as blocker:
        items.item(0).setCheckState(Qt.CheckState.Checked)  # sigmoid
    assert blocker.args == ["functions"] and form.value("functions") == ("sigmoid", "elu", "gelu")


def test_display_hints_are_checked_where_they_are_declared():
    with pytest.raises(TypeError, match="unknown display hint"):
        lp.param(1.0, lo=0.0, hi=2.0, colour="red")
    info = {i.name: i for i in lp.infos(PcaParams)}["divisor"]
    assert info.choices == ("N", "N-1") and info.choice_labels == ("÷N (lecture)", "÷(N−1) (NumPy, sklearn)")
