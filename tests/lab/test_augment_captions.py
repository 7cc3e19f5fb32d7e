"""The short per-tile caption of what a sample got."""

from __future__ import annotations

import numpy as np

from lab.augment.captions import sample_caption
from lab.augment.pipeline import DrawnStep, Sample, _s


def _sample(*steps: DrawnStep) -> Sample:
    return Sample(0, np.zeros((4, 4, 3), np.uint8), "cat", steps, {"cat": 1.0})


def test_the_issue_example_reads_as_written():
    s = _sample(DrawnStep("hflip", True, {}),
                DrawnStep("random_resized_crop", True, {"top": 1, "left": 2, "height": 3, "width": 3,
                                                        "area_fraction": 0.6249, "aspect": 1.0}),
                DrawnStep("hsl_jitter", True, {"hue_shift": 37.4, "saturation": 1.0, "lightness": 0.0}))
    assert sample_caption(s) == "flip · crop 0.62 · hue +37°"


def test_skipped_steps_are_left_out_and_negative_values_use_a_minus_sign():
    s = _sample(DrawnStep("hflip", False, {}), DrawnStep("affine", True, {"angle": -12.6, "scale": 1.0}))
    assert sample_caption(s) == "rot −13°"
    assert sample_caption(_sample(DrawnStep("hflip", False, {}))) == "unchanged"


def test_no_negative_zero():
    s = _sample(DrawnStep("hsl_jitter", True, {"hue_shift": -0.3, "saturation": 1.0}))
    assert sample_caption(s) == "hue +0°"


def test_a_fixed_resize_is_no_news_but_a_drawn_one_is():
    fixed = (_s("resize_short", short_side=(256, 256)),)
    drawn = (_s("resize_short", short_side=(256, 480)),)
    s = _sample(DrawnStep("resize_short", True, {"short_side": 300}), DrawnStep("hflip", True, {}))
    assert sample_caption(s, fixed) == "flip"
    assert sample_caption(s, drawn) == "L=300 · flip"
