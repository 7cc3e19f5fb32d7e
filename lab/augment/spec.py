"""The augmentation panel's registry entry: building the export figures, help text."""

from __future__ import annotations

from lab.augment.compute import compute, figures, load_all
from lab.augment.params import PRESET_CHOICES, PRESETS, AugmentParams, pipeline_of
from lab.figures.spec import Figure
from lab.registry import PanelSpec

__all__ = ["NOTICE", "PRESETS", "PRESET_CHOICES", "SPEC", "AugmentParams", "build", "pipeline_of"]

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
• Test images are resized too: short side to 256, the 224×224 centre (or ten crops: corners,
  centre, mirrored; predictions averaged). Grayscale (0.299 R + 0.587 G + 0.114 B) when colour
  barely matters.
• Hover a sample to see every parameter drawn for it; the same seed gives the same samples.
• Preprocessing: mean and std come from the training images only and are applied unchanged
  to the held-out images. Mean image (AlexNet), per-channel mean (VGG), per-channel
  mean/std (ResNet; ImageNet mean 0.485, 0.456, 0.406, std 0.229, 0.224, 0.225).
"""

SPEC = PanelSpec(id="augment", title="Augmentation", params_type=AugmentParams, build=build, notice=NOTICE,
                presets=PRESETS, figure_names=("grid", "sample", "preprocess"))
