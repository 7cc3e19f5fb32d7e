"""The augmentation panel's parameters and its registry entry."""

from __future__ import annotations

from dataclasses import dataclass

from lab.augment.compute import compute, figures, load_all, pipeline_of
from lab.augment.pipeline import PRESETS, Pipeline
from lab.augment.preprocess import NORMALIZATIONS, STAT_SOURCES
from lab.figures.spec import Figure
from lab.params import param
from lab.registry import PanelSpec

PRESET_CHOICES: tuple[str, ...] = (*PRESETS, "custom")


@dataclass(frozen=True)
class AugmentParams:
    """Everything that determines the augmentation figures (sessions, settings, CLI)."""

    images: tuple[str, ...] = param((), help="image files or folders (empty = the bundled sample photos)")
    image_index: int = param(0, lo=0, hi=100_000, help="which image is the original (0 = the first)")
    preset: str = param("ResNet training", choices=PRESET_CHOICES, help="pipeline preset; 'custom' uses pipeline_json")
    pipeline_json: str = param("", help="the pipeline as JSON (used when preset is 'custom')")
    n_samples: int = param(12, lo=4, hi=16, help="number of augmented samples in the grid")
    seed: int = param(0, lo=0, hi=2**31 - 1, help="seed of every random draw")
    sample_index: int = param(0, lo=0, hi=15, help="the sample shown large in the single-sample figure (0 = #1)")
    max_side: int = param(512, lo=0, hi=16_384, help="decode images to at most this many pixels on the long side (0 = full)")
    normalization: str = param("per-channel mean/std", choices=NORMALIZATIONS, help="how images are normalized")
    statistics: str = param("training images", choices=STAT_SOURCES, help="where mean and std come from")
    n_test: int = param(1, lo=0, hi=100_000, help="the last n images are held out: statistics never see them")
    stats_size: int = param(128, lo=16, hi=512, help="common size (px) the mean image is computed at")

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


def build(params: AugmentParams) -> list[Figure]:
    """Load the images, sample the grid and compute the statistics; return the three figures."""
    images = load_all(params.images, params.max_side)
    return figures(params, compute(params, images))


NOTICE = """\
Augmentation makes a model invariant to changes that keep the label: each sample is still
labelled with the original photo's class (MixUp and CutMix mix the labels too: see the weights).

• Flips and crops are nearly free and always apply; vertical flips only make sense when
  upside-down photos can occur.
• ResNet: resize the short side to L ∈ [256, 480], take a random 224×224 crop, flip.
  AlexNet: 224×224 crops of 256×256 images, flips, and "fancy PCA" colour noise with
  α ~ N(0, 0.1) along the RGB principal components.
• Colour jitter here is in HSL (hue, saturation, lightness, as in a paint program): hue is a
  rotation, saturation a factor, lightness a shift. Libraries differ (HSV, blending): the
  formulas are in the Help of each step.
• Hover a sample to see every parameter drawn for it; the same seed gives the same samples.
• Preprocessing: mean and std come from the training images only and are applied unchanged
  to the held-out images. Mean image (AlexNet), per-channel mean (VGG), per-channel
  mean/std (ResNet; ImageNet mean 0.485, 0.456, 0.406, std 0.229, 0.224, 0.225).
"""

SPEC = PanelSpec(id="augment", title="Augmentation", params_type=AugmentParams, build=build, notice=NOTICE)
