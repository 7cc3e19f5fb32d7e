"""The lecture tour as data: one step per lecture claim, in the lecture's order (LECTURE.md §0 → §5).

A step names a panel (a ``lab.registry`` id) and one of its presets (``lab/<panel>/params.py``),
with a short title and the text shown beside the plot: what to notice and which numbers to
read.  The texts avoid colour words (the colours depend on the theme).  The steps are written in
English and shown in another language through the catalog keyed by the English text
(:mod:`lab.i18n_ko`, like every other string; the notes dock translates them as it shows them);
a tour written anew for a language would be another tuple in :data:`TOURS`.
``tests/lab/test_claims.py`` checks every step's panel and preset.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class TourStep:
    """One stop of the tour: bring ``panel`` to the front, apply ``preset``, show ``text``."""

    section: str
    panel: str
    preset: str
    title: str
    text: str


def _s(section: str, panel: str, preset: str, title: str, text: str) -> TourStep:
    return TourStep(section, panel, preset, title, " ".join(text.split()))


S0, S1, S2 = "§0 Review", "§1 Activation functions", "§2 Data preprocessing"
S3, S4, S5 = "§3 Data augmentation", "§4 Weight initialization", "§5 Answers from the Q&A"

TOUR_EN: tuple[TourStep, ...] = (
    _s(S0, "init", "Conv layer fan-in", "Conv layers: fan-in is F²·C",
       """For a conv layer Xavier and Kaiming use d_in = F²·C (kernel area × input channels). Read the
       layer calculator: output width (W − F + 2P)/S + 1 and parameters (F·F·C_in + 1)·K."""),
    _s(S0, "init", "Pooling: 32×32×3 → 16×16×3", "Pooling has no parameters",
       """A 2×2 max pool with stride 2 turns 32×32×3 into 16×16×3: resolution and compute shrink,
       and the parameter count is exactly 0."""),
    _s(S1, "activations", "Sigmoid kills gradients", "Sigmoid kills gradients",
       """σ′(x) = σ(x)(1 − σ(x)) peaks at 0.25 at x = 0; read σ′(5) = 6.65e-3 and σ′(10) = 4.54e-5 in the
       crosshair. Through n layers the gradient shrinks at least like 0.25ⁿ: watch E[f′]ⁿ fall with depth."""),
    _s(S1, "activations", "Not zero-centred", "Sigmoid is not zero-centred",
       """Outputs lie in (0, 1): E[σ(z)] = 0.5 for z ~ N(0, 1). With all-positive inputs every weight's
       gradient has the same sign, so updates zig-zag towards the optimum."""),
    _s(S1, "activations", "Mini-batch softens the zig-zag", "Mini-batches soften the zig-zag",
       """Same seed, batch 1 versus 32: averaging the gradients over a batch lets the signs differ
       between weights, and the path to the optimum straightens."""),
    _s(S1, "activations", "tanh saturates", "tanh: zero-centred, still saturates",
       """tanh(x) = 2σ(2x) − 1 has range (−1, 1) and is zero-centred, but it saturates too: read
       tanh′(0) = 1, tanh′(3) = 9.87e-3, tanh′(5) = 1.82e-4."""),
    _s(S1, "activations", "Dead ReLU", "ReLU and the dead ReLU",
       """ReLU does not saturate for x > 0 and is cheap. A unit whose pre-activation is always negative
       has f′ = 0 everywhere it is used: it never updates. Read the dead fraction in the table."""),
    _s(S1, "init", "Dead ReLU: bias 0 vs 0.01", "A small bias helps, but does not cure",
       """A positive bias of 0.01 moves a few units out of the dead zone: compare the dead fraction with
       bias 0 and with bias 0.01. Most dead units stay dead."""),
    _s(S1, "activations", "Leaky ReLU fixes it", "Leaky ReLU: no dead units",
       """max(αx, x) with α = 0.01 has f′ = α for x < 0: the gradient never vanishes and no unit dies,
       at the cost of one more hyperparameter."""),
    _s(S1, "activations", "ELU: near-zero mean", "ELU: outputs closer to zero mean",
       """ELU is x for x > 0 and α(eˣ − 1) otherwise. For z ~ N(0, 1) read mean 0.1605 and std 0.7869
       (ReLU: mean 0.399)."""),
    _s(S1, "activations", "ELU vs Leaky ReLU under noise", "ELU's negative saturation resists noise",
       """For noisy negative inputs ELU's output flattens near −α, so its spread stays small; Leaky
       ReLU passes the noise on, scaled by its slope. Compare the two output spreads."""),
    _s(S1, "activations", "GELU minimum", "GELU = x·Φ(x)",
       """GELU is smooth and dips below zero: its minimum is −0.16997 at x ≈ −0.752 (move the
       crosshair there). SELU, SiLU, Softplus and Mish are in the list too."""),
    _s(S1, "init", "SELU self-normalizes", "SELU self-normalizes",
       """SELU (λ = 1.0507, α = 1.6733) with LeCun normal weights keeps each layer's mean near 0 and
       std near 1 through all ten layers."""),
    _s(S1, "train", "ReLU vs tanh vs sigmoid", "ReLU trains faster",
       """The same small net and the same weights, trained with each activation: read the steps to
       the target loss. Sigmoid is slowest; ReLU reaches the target first."""),
    _s(S2, "pca", "Units differ (hPa vs °C)", "Normalization: units differ",
       """Pressure varies by about 25 hPa, temperature by about 6 °C. Dividing by each feature's std
       puts them on equal footing; without it PCA just finds the pressure axis."""),
    _s(S2, "pca", "All-positive data", "Zero-centring",
       """All-positive data sit far from the origin. Subtracting the mean moves the cloud onto the
       origin; its shape, the covariance Σ, does not change."""),
    _s(S2, "pca", "Decision line: centred vs not", "Centred data make a classifier stable",
       """The same small tilt of w turns the decision line about the origin. Far from the origin the
       line sweeps through the cloud and many points flip class; centred, only a thin wedge flips.
       Read the two flip percentages."""),
    _s(S2, "train", "Zero-centred vs all-positive inputs", "Centred inputs train faster",
       """The same net and data, once with all-positive inputs and once zero-centred: compare the loss
       curves and the steps to the target loss."""),
    _s(S2, "pca", "Correlated Gaussian", "PCA: decorrelate, then whiten",
       """Centre, rotate onto the eigenvectors (Σ becomes diagonal = Λ), divide by √(λ + ε) (Σ becomes
       the identity). Read Σ and λ in each view; the lab divides by N, like the lecture."""),
    _s(S2, "pca", "Worked example Σ", "The worked example",
       """These points have exactly Σ = [[3, 1.5], [1.5, 1]] (÷N). Read λ ≈ 3.8 and 0.197 in each view;
       under the controls, PC1 at 28.155° and λ = 3.8028, 0.19722 (closed form: 3.80278, 0.19722)."""),
    _s(S2, "pca", "Nearly collinear (ε matters)", "Whitening and ε",
       """λ₂ is nearly 0, so 1/√λ₂ would blow noise up: ε caps the gain at 1/√ε. Change ε and watch the
       whitened view."""),
    _s(S2, "pca", "Outlier", "One outlier tilts the axes",
       """One far point pulls the mean and tilts the principal axes; Σ grows. Drag it in the original
       view and watch PC1 turn."""),
    _s(S3, "augment", "Flips & crops", "Flips and crops",
       """The cheapest invariances: every sample keeps the original's label. Vertical flips only
       make sense when upside-down photos can occur."""),
    _s(S3, "augment", "ResNet training", "ResNet's recipe",
       """Resize the short side to L ∈ [256, 480], take a random 224×224 crop, flip. Hover a sample for
       the L and crop position it drew."""),
    _s(S3, "augment", "AlexNet + fancy PCA", "AlexNet and fancy PCA",
       """224×224 crops of 256×256 images, flips, and colour noise α ~ N(0, 0.1) along the RGB principal
       components."""),
    _s(S3, "augment", "Colour jitter (HSL)", "Colour jitter in HSL",
       """Hue rotates (degrees), saturation scales, lightness shifts: HSL, as in a paint program.
       Libraries differ (HSV, blending); the step's help gives the formulas."""),
    _s(S3, "augment", "Geometry (affine)", "Translate, rotate, stretch, shear",
       """One affine warp per sample; the label stays the label."""),
    _s(S3, "augment", "Cutout", "Random blocking (cutout)",
       """Erased boxes force the model not to rely on one part of the object."""),
    _s(S3, "augment", "Noise & filters", "Noise and filters",
       """Added noise and blur: robustness to sensor noise and focus."""),
    _s(S3, "augment", "MixUp / CutMix", "Mixing two images",
       """MixUp blends two photos, CutMix pastes a box: the labels mix by the same weights (read them
       under each sample)."""),
    _s(S3, "augment", "Test time: resize + centre crop", "Test images are resized too",
       """At test time there is nothing random: resize the short side to 256, take the 224×224 centre.
       Every sample is the same image."""),
    _s(S3, "augment", "Test time: 10-crop", "10-crop testing",
       """AlexNet and ResNet average the predictions over ten 224×224 crops: four corners and the centre,
       and the same five of the mirrored image (samples 1–10)."""),
    _s(S4, "init", "Small Gaussian + tanh", "Small weights: activations collapse",
       """W = 0.01·N(0, 1), tanh: each layer multiplies the std by about √500·0.01 = 0.224. Read 0.2135,
       0.0476, 0.0106, … down to ~0 by layer 10: the gradients vanish."""),
    _s(S4, "train", "Small init does not learn", "Small init does not learn",
       """A deep net started from 0.01·N(0, 1) keeps a flat loss, while Xavier and Kaiming start
       learning at once. Compare the loss curves."""),
    _s(S4, "init", "Large Gaussian + tanh", "Large weights: tanh saturates",
       """W = N(0, 1), tanh: nearly every unit sits at ±1 (std ≈ 0.98 in every layer, about 92 % with
       |h| > 0.97). The local gradients are ~0, so nothing learns."""),
    _s(S4, "init", "Large Gaussian σ = 0.5", "Large Gaussian at σ = 0.5",
       """The Korean notes use σ = 0.5: the units still pile up at ±1 and the gradients vanish."""),
    _s(S4, "init", "Xavier + tanh", "Xavier: the scale holds",
       """W = N(0, 1)/√d_in, tanh: read the stds 0.628, 0.486, 0.407, … 0.228 (layer 1 analytic
       0.62793)."""),
    _s(S4, "init", "Xavier + ReLU", "Xavier with ReLU halves the variance",
       """ReLU zeroes half the units: layer 1 mean 0.3989, std 0.5838, then the std shrinks by 1/√2 a
       layer (0.414, 0.295, 0.208, …)."""),
    _s(S4, "init", "Kaiming + ReLU", "Kaiming / MSRA keeps it",
       """W = N(0, 1)·√(2/d_in): layer 1 mean 0.5642 (1/√π), std 0.8256, exactly half the units zero; the
       scale stays roughly constant with depth (seeds vary)."""),
    _s(S5, "pca", "Training statistics only", "Statistics come from training data only",
       """Half the points are held out. The mean, std and PCA come from the training points; the test
       points get the same transform and are only approximately white."""),
    _s(S5, "augment", "Grayscale", "Grayscale when colour barely matters",
       """A weighted sum 0.299 R + 0.587 G + 0.114 B (BT.601) in all channels, for about half the
       samples: the input shrinks to one channel and colour can no longer be a shortcut."""),
    _s(S5, "pca", "Patches: what top-k keeps", "PCA loses some information",
       """8×8 colour patches have 192 dimensions. Read how many components keep 90 %, 95 % and 99 % of the
       variance: how much is lost depends on how fast the eigenvalues fall."""),
)

#: The tour in each language it is written in (a language is data: add a tuple here).
TOURS: Mapping[str, tuple[TourStep, ...]] = {"en": TOUR_EN}


def tour(language: str = "en") -> tuple[TourStep, ...]:
    """The tour in ``language``, falling back to English."""
    return TOURS.get(language) or TOURS["en"]


def problems(steps: Sequence[TourStep], presets: Mapping[str, Sequence[str]]) -> list[str]:
    """What is wrong with ``steps`` given ``{panel id: preset names}`` (empty: nothing)."""
    out = []
    for k, step in enumerate(steps, start=1):
        if step.panel not in presets:
            out.append(f"step {k} ({step.title}): unknown panel {step.panel!r}")
        elif step.preset not in presets[step.panel]:
            out.append(f"step {k} ({step.title}): {step.panel} has no preset {step.preset!r}")
        if not step.text or not step.title:
            out.append(f"step {k}: empty title or text")
    return out


def step_for(steps: Sequence[TourStep], panel: str, preset: str) -> TourStep | None:
    """The step showing ``panel``'s ``preset``, if the tour has one."""
    for step in steps:
        if step.panel == panel and step.preset == preset:
            return step
    return None
