"""Pipelines (sampling, reproducibility, JSON), preprocessing statistics and the panel spec."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from PIL import Image

from lab import params as lp
from lab.augment import geometry, pipeline, preprocess
from lab.augment.compute import split
from lab.augment.pipeline import PRESETS, Step, pipeline_from_json, pipeline_to_json, sample_variants
from lab.augment.spec import SPEC, AugmentParams
from lab.augment.steps import STEP_KINDS


def _pool(n: int = 3, h: int = 60, w: int = 80) -> tuple[list[np.ndarray], list[str]]:
    rng = np.random.default_rng(42)
    return [rng.integers(0, 256, (h, w, 3), dtype=np.uint8) for _ in range(n)], [f"img{i}" for i in range(n)]


def test_same_seed_same_samples_and_growing_n_keeps_earlier_ones():
    pool, labels = _pool()
    steps = PRESETS["Geometry (affine)"] + PRESETS["Noise & filters"][1:]
    a = sample_variants(pool, labels, steps, 6, seed=7)
    b = sample_variants(pool, labels, steps, 9, seed=7)
    for x, y in zip(a, b[:6], strict=True):
        np.testing.assert_array_equal(x.image, y.image)
        assert x.steps == y.steps
    c = sample_variants(pool, labels, steps, 6, seed=8)
    assert any(not np.array_equal(x.image, y.image) for x, y in zip(a, c, strict=True))


def test_editing_one_step_leaves_the_draws_of_the_others():
    pool, labels = _pool()
    base = (Step.default("hflip"), Step.default("hsl_jitter"), Step.default("cutout"))
    edited = (base[0], base[1].replace(options={"hue": (-90.0, 90.0)}), base[2])
    a = sample_variants(pool, labels, base, 5, seed=3)
    b = sample_variants(pool, labels, edited, 5, seed=3)
    for x, y in zip(a, b, strict=True):
        assert x.steps[0] == y.steps[0] and x.steps[2] == y.steps[2]


def test_probability_and_enabled_switch():
    pool, labels = _pool(1, 4, 4)
    never = sample_variants(pool, labels, (Step("hflip", True, 0.0),), 20, seed=0)
    assert all(not s.steps[0].applied for s in never)
    assert all(np.array_equal(s.image, pool[0]) for s in never)
    off = sample_variants(pool, labels, (Step("vflip", False, 1.0),), 5, seed=0)
    assert all(s.steps == () for s in off)
    half = sample_variants(pool, labels, (Step("hflip", True, 0.5),), 400, seed=1)
    applied = sum(s.steps[0].applied for s in half)
    assert abs(applied - 200) < 4 * math.sqrt(100)  # Binomial(400, 0.5): 4 sigma
    for s in half:
        expected = pool[0][:, ::-1] if s.steps[0].applied else pool[0]
        np.testing.assert_array_equal(s.image, expected)


def test_resnet_sample_is_reproduced_from_its_recorded_draws():
    pool, labels = _pool(1, 300, 400)
    for s in sample_variants(pool, labels, PRESETS["ResNet training"], 6, seed=11):
        resize, crop, flip = s.steps
        short = resize.values["short_side"]
        assert 256 <= short <= 480
        h, w = geometry.short_side_size(300, 400, short)
        assert h == short
        img = geometry.resize(pool[0], h, w)
        v = crop.values
        img = geometry.crop(img, v["top"], v["left"], v["height"], v["width"])
        if flip.applied:
            img = geometry.hflip(img)
        assert s.image.shape == (224, 224, 3)
        np.testing.assert_array_equal(s.image, img)


def test_alexnet_preset_gives_224_crops_and_small_colour_shifts():
    pool, labels = _pool(1, 300, 300)
    for s in sample_variants(pool, labels, PRESETS["AlexNet + fancy PCA"], 4, seed=2):
        assert s.image.shape == (224, 224, 3)
        alphas = s.steps[-1].values["alpha"]
        assert len(alphas) == 3 and all(abs(a) < 0.6 for a in alphas)  # N(0, 0.1): 6 sigma


def test_mixing_reports_label_weights_that_sum_to_one():
    pool, labels = _pool()
    steps = (Step("mixup", True, 1.0, {"alpha": 0.4}), Step("cutmix", True, 1.0, {"alpha": 1.0}))
    for s in sample_variants(pool, labels, steps, 10, seed=5, source=1):
        assert sum(s.label_weights.values()) == pytest.approx(1.0)
        mix, cut = s.steps
        lam = mix.values["lambda"]
        assert 0.0 <= lam <= 1.0 and mix.values["partner"] != "img1"
        top, left, bh, bw = cut.values["box"]
        keep = 1.0 - bh * bw / (60 * 80)
        weights = cut.values["label_weights"]
        assert weights["img1"] == pytest.approx(lam * keep, abs=1e-6)


def test_every_step_kind_keeps_uint8_rgb_and_is_reproducible():
    pool, labels = _pool(2, 50, 70)
    for kind in STEP_KINDS:
        step = Step(kind, True, 1.0, STEP_KINDS[kind].defaults())
        a = sample_variants(pool, labels, (step,), 3, seed=9)
        b = sample_variants(pool, labels, (step,), 3, seed=9)
        for x, y in zip(a, b, strict=True):
            assert x.image.dtype == np.uint8 and x.image.ndim == 3 and x.image.shape[2] == 3, kind
            np.testing.assert_array_equal(x.image, y.image)
            assert x.describe().startswith("sample")


def test_json_round_trip_of_every_preset(tmp_path):
    for name, steps in PRESETS.items():
        text = pipeline_to_json(steps)
        assert json.loads(text)["format"] == "nnlab-augment-pipeline"
        assert pipeline_from_json(text) == steps, name
        path = pipeline.save_pipeline(steps, tmp_path / "p.json")
        assert pipeline.load_pipeline(path) == steps
    assert pipeline_from_json(pipeline_to_json(())) == ()


@pytest.mark.parametrize(
    "text,message",
    [
        ("{", "not valid JSON"),
        ('{"steps": [{"kind": "teleport"}]}', "step 1: unknown step 'teleport'"),
        ('[{"kind": "hflip", "p": 1.5}]', "probability p must be in [0, 1]"),
        ('[{"kind": "affine", "options": {"angle": [10, -10]}}]', "low 10 is above high -10"),
        ('[{"kind": "affine", "options": {"fill": "wrap"}}]', "fill must be one of"),
        ('[{"kind": "random_crop", "options": {"size": 3}}]', "unknown option 'size'"),
        ('[{"kind": "random_crop", "options": {"width": 2.5}}]', "expects an integer"),
        ('{"format": "nnlab-augment-pipeline", "version": 99, "steps": []}', "newer"),
        ('{"format": "something-else", "steps": []}', "not an augmentation pipeline"),
    ],
)
def test_bad_pipeline_json_gives_a_clear_message(text, message):
    with pytest.raises(ValueError) as info:
        pipeline_from_json(text)
    assert message in str(info.value)


def test_load_pipeline_names_the_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("[1, 2]")
    with pytest.raises(ValueError, match=r"bad\.json: step 1"):
        pipeline.load_pipeline(path)


# --- preprocessing ------------------------------------------------------------------------
def test_per_channel_mean_std_normalizes_the_training_set_to_zero_and_one():
    pool, _ = _pool(3, 40, 50)
    stats = preprocess.compute_stats(pool, (50, 40))
    normed = np.stack([preprocess.normalize(img, stats, "per-channel mean/std") for img in pool])
    np.testing.assert_allclose(normed.reshape(-1, 3).mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(normed.reshape(-1, 3).std(axis=0), 1.0, atol=1e-12)
    centred = np.stack([preprocess.normalize(img, stats, "per-channel mean") for img in pool])
    np.testing.assert_allclose(centred.reshape(-1, 3).mean(axis=0), 0.0, atol=1e-12)


def test_mean_image_of_constant_images_and_its_subtraction():
    a = np.full((10, 10, 3), 0, np.uint8)
    b = np.full((20, 30, 3), 255, np.uint8)
    stats = preprocess.compute_stats([a, b], (16, 8))
    assert stats.mean_image.shape == (8, 16, 3)
    np.testing.assert_allclose(stats.mean_image, 0.5)
    np.testing.assert_allclose(stats.std, 0.5)  # half the pixels 0, half 1
    np.testing.assert_allclose(preprocess.normalize(b, stats, "mean image"), 0.5)


def test_imagenet_constants_and_held_out_images_never_enter_the_statistics():
    s = preprocess.imagenet_stats()
    assert tuple(s.mean) == (0.485, 0.456, 0.406) and tuple(s.std) == (0.229, 0.224, 0.225)
    assert split(3, 1) == ([0, 1], [2])
    assert split(1, 1) == ([0], [])
    assert split(5, 0) == ([0, 1, 2, 3, 4], [])
    pool, _ = _pool(3)
    train, _ = split(3, 1)
    with_test = preprocess.compute_stats([pool[i] for i in train])
    np.testing.assert_array_equal(with_test.mean, preprocess.compute_stats(pool[:2]).mean)
    gray = np.full((4, 4, 3), 7, np.uint8)
    with pytest.raises(ValueError, match="zero standard deviation"):
        preprocess.normalize(gray, preprocess.compute_stats([gray]), "per-channel mean/std")


def test_flat_training_image_still_builds_with_a_note(tmp_path):
    Image.new("RGB", (40, 30), (200, 10, 10)).save(tmp_path / "flat.png")
    fig = SPEC.build(AugmentParams(images=(str(tmp_path / "flat.png"),), n_test=0))[2]
    assert "std is 0" in fig.caption
    assert np.isfinite(fig.axes_by_key("pre_ch0").items[0].data).all()


# --- spec ---------------------------------------------------------------------------------
def test_spec_builds_three_figures_with_tables_deterministically():
    params = AugmentParams(n_samples=4)
    figs = SPEC.build(params)
    assert [f.name for f in figs] == ["grid", "sample", "preprocess"]
    grid = figs[0]
    assert {t.name for t in grid.tables} == {"samples", "pipeline"}
    assert len([a for a in grid.axes if a.key.startswith("s")]) == 4
    again = SPEC.build(params)
    for a, b in zip(grid.axes, again[0].axes, strict=True):
        np.testing.assert_array_equal(a.items[0].data, b.items[0].data)
    stats = figs[2].tables[0]
    assert stats.n_rows == 6 and set(stats.data[0]) == {"mean", "std"}


def test_params_round_trip_and_validation(tmp_path):
    custom = pipeline_to_json(PRESETS["Cutout"])
    params = AugmentParams(preset="custom", pipeline_json=custom, images=(str(tmp_path),), seed=5)
    back, problems = lp.from_dict(AugmentParams, json.loads(json.dumps(lp.to_dict(params))))
    assert back == params and problems == []
    assert params.steps() == PRESETS["Cutout"]
    with pytest.raises(ValueError, match="pipeline_json"):
        AugmentParams(preset="custom", pipeline_json='[{"kind": "nope"}]')
    with pytest.raises(ValueError, match="max_side"):
        AugmentParams(max_side=8)
    info = {i.name: i for i in lp.infos(AugmentParams)}
    assert lp.parse_text(info["images"], "a.jpg,b.png") == ("a.jpg", "b.png")


def test_build_uses_the_given_images_and_names_a_bad_one(tmp_path):
    for i, c in enumerate(((200, 30, 30), (30, 200, 30))):
        Image.new("RGB", (90, 60), c).save(tmp_path / f"{i}.png")
    figs = SPEC.build(AugmentParams(images=(str(tmp_path),), preset="Flips & crops", n_samples=4, n_test=0,
                                    statistics="training images", normalization="per-channel mean"))
    assert figs[0].axes[0].items[0].data.shape == (60, 90, 3)
    stats = figs[2].tables[0]
    means = dict(zip(stats.data[1][:3], stats.data[2][:3], strict=True))
    assert means["R"] == pytest.approx((200 + 30) / 2 / 255) and means["G"] == pytest.approx(115 / 255)
    (tmp_path / "2.png").write_bytes(b"not really a png")
    with pytest.raises(ValueError, match=r"2\.png: not an image"):
        SPEC.build(AugmentParams(images=(str(tmp_path),)))


def test_extreme_settings_give_a_clear_message_or_finite_images(monkeypatch):
    pool, labels = _pool(1, 40, 60)
    with pytest.raises(ValueError, match="above the 17 MP limit per sample"):
        sample_variants(pool, labels, (Step("resize_short", True, 1.0, {"short_side": (4096, 4096)}),), 1, 0)
    wild = (
        Step("affine", True, 1.0, {"angle": (180.0, 180.0), "scale": (0.1, 4.0), "stretch": (0.25, 4.0),
                                   "shear_x": (60.0, 60.0), "shear_y": (-60.0, -60.0), "translate": (1.0, 1.0)}),
        Step("hsl_jitter", True, 1.0, {"hue": (-180.0, 180.0), "saturation": (4.0, 4.0), "lightness": (1.0, 1.0)}),
        Step("brightness_contrast", True, 1.0, {"brightness": (4.0, 4.0), "contrast": (0.0, 4.0)}),
        Step("gaussian_noise", True, 1.0, {"sigma": (128.0, 128.0)}),
        Step("random_resized_crop", True, 1.0, {"scale": (0.01, 0.01), "ratio": (10.0, 10.0), "out_width": 8,
                                               "out_height": 8}),
        Step("cutout", True, 1.0, {"count": (20, 20), "size": (1.0, 1.0), "fill": "noise"}),
        Step("filter", True, 1.0, {"filter": "blur", "strength": (20.0, 20.0)}),
    )
    for s in sample_variants(pool, labels, wild, 4, 1):
        assert s.image.shape == (8, 8, 3) and s.image.dtype == np.uint8
    monkeypatch.setattr(pipeline, "MAX_GRID_PIXELS", 10_000)
    assert len(sample_variants(pool, labels, (), 16, 0)) == 16  # untouched samples share the source
    with pytest.raises(ValueError, match="5 samples of 60x40 already exceed 0 MP in all; use a smaller preview"):
        sample_variants(pool, labels, (Step("hflip", True, 1.0),), 16, 0)


def test_flip_steps_reverse_the_array_whatever_holds_the_image():
    pool, labels = _pool(2, 30, 41)
    for before in ((), (Step("brightness_contrast", True, 1.0, {"brightness": (1.0, 1.0), "contrast": (1.0, 1.0)}),)):
        # before: nothing (the sample starts as an array) or a Pillow step (it starts in Pillow)
        h = sample_variants(pool, labels, (*before, Step("hflip", True, 1.0)), 2, seed=0)
        v = sample_variants(pool, labels, (*before, Step("vflip", True, 1.0)), 2, seed=0)
        for s in h:
            np.testing.assert_array_equal(s.image, pool[0][:, ::-1])
        for s in v:
            np.testing.assert_array_equal(s.image, pool[0][::-1])
