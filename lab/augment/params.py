"""The augmentation panel's parameters and presets (session JSON, settings, ``--set augment.NAME``)."""

from __future__ import annotations

from dataclasses import dataclass

from lab.augment.pipeline import PRESETS as PIPELINES
from lab.augment.pipeline import Pipeline, Step, pipeline_from_json, pipeline_to_json
from lab.augment.preprocess import NORMALIZATIONS, STAT_SOURCES
from lab.params import param
from lab.presets import ALL, Preset, with_headlines


def pipeline_of(preset: str, pipeline_json: str) -> Pipeline:
    """The steps a params object means: a named preset, or the JSON when ``preset == "custom"``."""
    if preset == "custom":
        return pipeline_from_json(pipeline_json) if pipeline_json.strip() else ()
    try:
        return PIPELINES[preset]
    except KeyError:
        raise ValueError(f"unknown preset {preset!r} (known: {', '.join(PIPELINES)}, custom)") from None


PRESET_CHOICES: tuple[str, ...] = (*PIPELINES, "custom")


@dataclass(frozen=True)
class AugmentParams:
    """Everything that determines the augmentation figures (sessions, settings, CLI)."""

    images: tuple[str, ...] = param((), help="image files or folders (empty = the bundled sample photos)")
    image_index: int = param(0, lo=0, hi=100_000, help="which image is the original (0 = the first)")
    preset: str = param("ResNet training", choices=PRESET_CHOICES, help="pipeline preset; 'custom' uses pipeline_json")
    pipeline_json: str = param("", help="the pipeline as JSON (used when preset is 'custom')")
    n_samples: int = param(12, lo=4, hi=16, help="number of augmented samples in the grid",
                           label="samples", slider=(4, 16))
    seed: int = param(0, lo=0, hi=2**31 - 1, help="seed of every random draw", label="seed")
    sample_index: int = param(0, lo=0, hi=15, help="the sample shown large in the single-sample figure (0 = #1)")
    max_side: int = param(512, lo=0, hi=16_384, help="decode images to at most this many pixels on the long side (0 = full)",
                         label="preview size", unit="px", step=128)
    normalization: str = param("per-channel mean/std", choices=NORMALIZATIONS, help="how images are normalized",
                              label="normalization")
    statistics: str = param("training images", choices=STAT_SOURCES, help="where mean and std come from",
                           label="statistics")
    n_test: int = param(1, lo=0, hi=100_000, help="the last n images are held out: statistics never see them",
                       label="held out")
    stats_size: int = param(128, lo=16, hi=512, help="common size (px) the mean image is computed at",
                           label="mean image size", unit="px")
    captions: bool = param(True, help="a caption per sample tile naming what it got (off: a clean slide)",
                          label="captions on tiles")

    def __post_init__(self) -> None:
        if 0 < self.max_side < 32:
            raise ValueError(f"max_side: {self.max_side} is too small (0 = full resolution, else at least 32)")
        if self.preset == "custom":
            try:
                pipeline_of("custom", self.pipeline_json)
            except ValueError as exc:
                raise ValueError(f"pipeline_json: {exc}") from None

    def steps(self) -> Pipeline:
        """The pipeline these parameters mean."""
        return pipeline_of(self.preset, self.pipeline_json)


_CLAIMS = {
    "Flips & crops": "Flips and crops are nearly free and keep the label: the cheapest invariances.",
    "ResNet training": "ResNet: short side resized to L ∈ [256, 480], a random 224×224 crop, flips.",
    "AlexNet + fancy PCA": "AlexNet: 224×224 crops of 256×256, flips, colour noise α ~ N(0, 0.1) along "
                           "the RGB principal components.",
    "Colour jitter (HSL)": "Colour jitter in HSL: hue rotates, saturation scales, lightness shifts.",
    "Geometry (affine)": "Translation, rotation, stretching and shearing: the label stays the label.",
    "Cutout": "Random blocking (cutout): the model must not rely on one part of the object.",
    "Noise & filters": "Added noise and filters: robustness to sensor noise and blur.",
    "MixUp / CutMix": "Mixing two images mixes their labels too (see the label weights).",
}


def _custom(name: str, claim: str, steps: Pipeline, **changes: object) -> Preset:
    """A preset whose pipeline is not one of the editor's named ones (shown as a custom pipeline)."""
    return Preset(name, claim, {"preset": "custom", "pipeline_json": pipeline_to_json(steps), **changes}, keeps=ALL)


def _step(kind: str, p: float = 1.0, **options: object) -> Step:
    return Step(kind, True, p, options)


#: One preset per pipeline the lecture names; the images, seed and preprocessing are kept.
PRESETS: tuple[Preset, ...] = (
    *(Preset(name, _CLAIMS.get(name, name), {"preset": name, "pipeline_json": ""}, keeps=ALL) for name in PIPELINES),
    _custom("Grayscale", "When colour barely matters: 0.299 R + 0.587 G + 0.114 B (BT.601) in all channels, "
            "for about half the samples.",
            (_step("resize_short", short_side=(256, 256)), _step("random_crop", width=224, height=224),
             _step("hflip", 0.5), _step("grayscale", 0.5))),
    _custom("Test time: resize + centre crop", "Test images are resized too: short side to 256, the 224×224 centre; "
            "nothing random.",
            (_step("resize_short", short_side=(256, 256)), _step("centre_crop", size=224))),
    _custom("Test time: 10-crop", "AlexNet/ResNet testing: ten 224×224 crops (corners, centre, and mirrored), "
            "predictions averaged.",
            (_step("resize_short", short_side=(256, 256)), _step("ten_crop", size=224)), n_samples=10),
)


#: Each preset's claim as a slide title, and the figure that shows it: ``{name: (figure, headline)}``.
PRESETS = with_headlines(PRESETS, {
    "Flips & crops": ("grid", "Flips and crops: the cheapest label-keeping invariances"),
    "ResNet training": ("grid", "ResNet: resize to L ∈ [256, 480], 224×224 crop, flip"),
    "AlexNet + fancy PCA": ("grid", "AlexNet: 224×224 crops, flips, colour noise α ~ N(0, 0.1)"),
    "Colour jitter (HSL)": ("grid", "Colour jitter in HSL: hue, saturation and lightness vary"),
    "Geometry (affine)": ("grid", "Translate, rotate, stretch, shear: the label stays the label"),
    "Cutout": ("grid", "Cutout: no single part of the object may decide"),
    "Noise & filters": ("grid", "Noise and filters: robust to sensor noise and blur"),
    "MixUp / CutMix": ("grid", "MixUp / CutMix mix the labels along with the images"),
    "Grayscale": ("grid", "Grayscale = 0.299 R + 0.587 G + 0.114 B (BT.601)"),
    "Test time: resize + centre crop": ("grid", "Test time: short side 256, then the 224×224 centre crop"),
    "Test time: 10-crop": ("grid", "Test time: ten 224×224 crops, predictions averaged"),
})
