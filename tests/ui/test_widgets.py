"""SliderSpin: slider and spin box agree, exact values survive, setValue is silent."""

from __future__ import annotations

import pytest

from ui.widgets import SliderSpin


def test_linear_slider_and_spin_agree(qtbot):
    w = SliderSpin(0.0, 10.0, 2.5, decimals=2)
    qtbot.addWidget(w)
    seen = []
    w.valueChanged.connect(seen.append)
    assert w.slider.value() == 250
    w.slider.setValue(1000)
    assert w.value() == 10.0 and w.spin.value() == 10.0 and seen == [10.0]
    w.spin.setValue(7.25)
    assert w.slider.value() == 725 and seen[-1] == 7.25


def test_log_slider_reads_cleanly_and_covers_the_range(qtbot):
    w = SliderSpin(1e-4, 0.1, 0.01, decimals=4, log=True)
    qtbot.addWidget(w)
    assert w.slider.value() == round(2 / 3 * 1000)  # log10(0.01) is 2/3 of the way from -4 to -1
    w.slider.setValue(0)
    assert w.value() == pytest.approx(1e-4)
    w.slider.setValue(500)
    assert w.value() == pytest.approx(0.0032)  # 10^-2.5 = 0.00316… shown to two significant digits


def test_log_slider_from_zero(qtbot):
    w = SliderSpin(0.0, 1.0, 0.0, decimals=6, log=True, slider_lo=0.0, slider_hi=1.0)
    qtbot.addWidget(w)
    assert w.slider.value() == 0
    w.slider.setValue(1000)
    assert w.value() == 1.0
    w.slider.setValue(0)
    assert w.value() == 0.0


def test_set_value_is_exact_and_silent(qtbot):
    w = SliderSpin(0.0, 1.0, 0.5, decimals=2)
    qtbot.addWidget(w)
    seen = []
    w.valueChanged.connect(seen.append)
    w.setValue(0.123456789)
    assert seen == [] and w.value() == 0.123456789 and w.spin.value() == 0.12


def test_integer_mode(qtbot):
    w = SliderSpin(10, 4096, 500, integer=True, log=True)
    qtbot.addWidget(w)
    w.slider.setValue(1000)
    assert w.value() == 4096.0
    w.setValue(37.6)
    assert w.value() == 38.0 and w.spin.value() == 38


def test_slider_range_narrower_than_the_box(qtbot):
    w = SliderSpin(0.0, 1000.0, 5.0, slider_lo=0.0, slider_hi=10.0)
    qtbot.addWidget(w)
    w.spin.setValue(500.0)
    assert w.value() == 500.0 and w.slider.value() == 1000  # the slider rests at its end


def test_negative_log_range_is_refused():
    with pytest.raises(ValueError, match="log"):
        SliderSpin(-1.0, 1.0, log=True)
