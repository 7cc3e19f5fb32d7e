"""The PCA & whitening panel as the shell sees it: parameters, figures and what to notice."""

from __future__ import annotations

import numpy as np

from lab.figures.spec import Figure
from lab.pca.compute import analyse_params
from lab.pca.decision_figure import decision_figure
from lab.pca.figures import patch_figure, stages_figure, topk_figure
from lab.pca.params import PRESETS, PcaParams
from lab.pca.patches import image_spectrum
from lab.registry import PanelSpec


def column_names(p: PcaParams) -> tuple[str, str]:
    """Axis names: the user's names, else the CSV columns when reading a file, else x and y."""
    if p.source == "csv":
        x = p.csv_x if not p.csv_x.isdigit() else f"column {p.csv_x}"
        y = p.csv_y if not p.csv_y.isdigit() else f"column {p.csv_y}"
    else:
        x, y = "x", "y"
    return (p.x_name or x, p.y_name or y)


def build(p: PcaParams) -> list[Figure]:
    """The four stages (main figure), the top-k projection, the image patch spectrum, the decision line.

    The figure of ``p.view`` comes first (the main one).
    """
    result = analyse_params(p)
    names = column_names(p)
    spectrum = image_spectrum(p.image_path, p.patch_size, rng=np.random.default_rng(p.seed),
                              divisor=p.divisor)  # type: ignore[arg-type]
    figures = {
        "stages": stages_figure(result, names=names, selected=p.selected),
        "topk": topk_figure(result, names=names),
        "patches": patch_figure(spectrum),
        "decision": decision_figure(result.points, result.train, p.tilt_deg),
    }
    return [figures[p.view], *(f for view, f in figures.items() if view != p.view)]


NOTICE = """\
Covariance convention: Σ = XᶜᵀXᶜ / N (the lecture's); switch to N − 1 (NumPy, scikit-learn) \
and every number scales by N/(N − 1).
• Centring moves the cloud to the origin; its shape (Σ) does not change.
• Decorrelating (X·U) rotates the principal axes onto x and y: Σ becomes diagonal = Λ.
• PCA whitening divides each axis by √(λ + ε): Σ becomes the identity (≈ λ/(λ + ε) per axis).
• ZCA whitening rotates back (·Uᵀ): still identity covariance, but the points keep their \
original orientation — the whitened data closest to the input.
• Statistics come from the training points only; the test points get the same transform \
and are only approximately white.
• "Units differ": hPa varies 25 while °C varies 6, so without ÷std PCA just finds the \
pressure axis.
• "Nearly collinear": λ₂ ≈ 0, so 1/√λ₂ blows noise up; ε caps the gain at 1/√ε.
• "Outlier": one point tilts the principal axes and inflates Σ — drag it and watch.
• Top-k: projecting onto PC1 keeps λ₁/(λ₁ + λ₂) of the variance; for image patches a \
handful of the 192 components keeps most of it.
• Decision line: the same small tilt of w flips many off-centre points and few centred ones.
Worked check (preset "Worked example Σ"): Σ = [[3, 1.5], [1.5, 1]] has λ = 3.80278, 0.19722 and its first axis at 28.155°.\
"""

SPEC = PanelSpec(id="pca", title="PCA & Whitening", params_type=PcaParams, build=build, notice=NOTICE,
                presets=PRESETS, figure_names=("stages", "topk", "patches", "decision"))
