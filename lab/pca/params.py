"""The PCA panel's parameters and presets (session JSON, settings, ``--set pca.NAME``)."""

from __future__ import annotations

from dataclasses import dataclass

from lab.params import param
from lab.pca.analysis import WHITENINGS
from lab.pca.pipeline import DIVISORS
from lab.pca.sources import MAX_POINTS, SHAPES
from lab.pca.worked import WORKED
from lab.presets import ALL, Preset, find, with_headlines

LAYOUTS: tuple[str, ...] = ("grid", "single")
#: The panel's views (tabs); a preset may bring one to the front.
VIEWS: tuple[str, ...] = ("stages", "topk", "patches", "decision")
#: The synthetic shapes, the worked example's exact covariance, and a CSV file.
SOURCES: tuple[str, ...] = (*SHAPES, WORKED, "csv")
SOURCE_LABELS = {"gaussian": "2-D Gaussian", "uniform": "Uniform square", "clusters": "Two clusters",
                 "banana": "Curved banana", "outlier": "Gaussian + outlier", "positive": "All-positive (log-normal)",
                 WORKED: "Worked example Σ (lecture)", "csv": "CSV file…"}


@dataclass(frozen=True)
class PcaParams:
    """What the PCA & whitening explorer shows (also the session/CLI names)."""

    source: str = param("gaussian", choices=SOURCES, help="data: a synthetic shape or 'csv' (a file)",
                         label="Source", choice_labels=SOURCE_LABELS)
    n: int = param(400, lo=3, hi=MAX_POINTS, help="number of synthetic points", label="Points n", log=True)
    seed: int = param(0, lo=0, hi=2**31 - 1, help="seed of the points and the train/test split",
                    label="Seed")
    std1: float = param(2.0, lo=0.0, hi=1e4, help="spread along the shape's first axis (before rotation)",
                         label="Std 1", slider=(0.0, 10.0))
    std2: float = param(0.6, lo=0.0, hi=1e4, help="spread along the shape's second axis (before rotation)",
                         label="Std 2", slider=(0.0, 10.0))
    rotation_deg: float = param(30.0, lo=-180.0, hi=180.0, help="counter-clockwise rotation of the shape, degrees",
                                 label="Rotation", unit="°", decimals=1, step=1.0)
    mean_x: float = param(3.0, lo=-1e4, hi=1e4, help="x offset of the shape's centre",
                           label="Mean x", slider=(-10.0, 10.0))
    mean_y: float = param(2.0, lo=-1e4, hi=1e4, help="y offset of the shape's centre",
                           label="Mean y", slider=(-10.0, 10.0))
    x_name: str = param("", help="name of the x axis on the plots (empty: x, or the CSV column)",
                       label="Axis names", placeholder="x")
    y_name: str = param("", help="name of the y axis on the plots (empty: y, or the CSV column)",
                       label="", placeholder="y")
    csv_path: str = param("", help="CSV file with the points (source = csv)", label="CSV file",
                          placeholder="pick a .csv (source: CSV file)")
    csv_x: str = param("1", help="CSV column for x: header name or 1-based number",
                      label="Columns x, y", placeholder="name or 1")
    csv_y: str = param("2", help="CSV column for y: header name or 1-based number", label="",
                       placeholder="name or 2")
    test_fraction: float = param(0.2, lo=0.0, hi=0.9,
                                 help="share of points held out as test data (transformed with training statistics)",
                                 label="Test share", decimals=2, step=0.05)
    divisor: str = param("N", choices=DIVISORS, help="covariance divisor: N (lecture, default) or N-1 (unbiased)",
                       label="Covariance", choice_labels={"N": "÷N (lecture)", "N-1": "÷(N−1) (NumPy, sklearn)"})
    eps: float = param(1e-5, lo=0.0, hi=100.0, help="whitening regulariser ε in 1/√(λ+ε)",
                       label="ε", log=True, slider=(1e-8, 100.0), decimals=8)
    whitening: str = param("PCA", choices=WHITENINGS, help="PCA whitening (axis-aligned) or ZCA (rotated back)",
                          label="Whitening", choice_labels={"PCA": "PCA (axis-aligned)", "ZCA": "ZCA (rotated back)"})
    standardise: bool = param(False, help="divide each axis by its training std before PCA",
                              label="Divide by std before PCA")
    layout: str = param("grid", choices=LAYOUTS, help="four linked views, or one view with a stage slider",
                       label="Layout", choice_labels={"grid": "Four linked views", "single": "One view + stage slider"})
    stage: float = param(3.0, lo=0.0, hi=3.0,
                         label="Stage", decimals=2, step=0.05,
                         help="stage in the single view (moving it selects that view): 0 original, 1 centred, 2 decorrelated, 3 whitened")
    k: int = param(1, lo=1, hi=2, help="principal components kept by the top-k projection",
                 label="Top-k", slider=(1, 2))
    view: str = param("stages", choices=VIEWS, help="the view in front: stages, top-k, image patches or decision line",
                      label="View", choice_labels={"stages": "Stages", "topk": "Top-k projection",
                                                   "patches": "Image patches", "decision": "Decision line"})
    tilt_deg: float = param(5.0, lo=-45.0, hi=45.0, help="decision line view: how far w is tilted (b fixed)",
                            label="Tilt of w", unit="°", decimals=1, step=0.5)
    moved_points: tuple[float, ...] = param((), help="dragged points as flattened (index, x, y) triples")
    selected: int = param(-1, lo=-1, hi=MAX_POINTS - 1, help="highlighted point index (-1: none)")
    image_path: str = param("", help="image for the patch spectrum (empty: bundled astronaut photo)",
                           label="Image", placeholder="bundled astronaut.jpg")
    patch_size: int = param(8, lo=2, hi=16, help="patch side p: patches have 3·p² dimensions (192 for 8)",
                        label="Patch p×p", slider=(2, 16))

    def __post_init__(self) -> None:
        if len(self.moved_points) % 3:
            raise ValueError("moved_points must hold (index, x, y) triples")


def _preset(name: str, claim: str, **changes: object) -> Preset:
    # dragged points and the selection refer to the old data: a preset clears them
    return Preset(name, claim, {"view": "stages", **changes, "moved_points": (), "selected": -1}, keeps=ALL)


#: One lecture claim per preset (LECTURE.md §2); parameters not named keep their value.
PRESETS: tuple[Preset, ...] = (
    _preset("Correlated Gaussian",
            "Centre, rotate onto the eigenvectors (diagonal covariance Λ), scale to identity covariance.",
            source="gaussian", n=400, std1=2.0, std2=0.6, rotation_deg=30.0,
            mean_x=3.0, mean_y=2.0, eps=1e-5, standardise=False, test_fraction=0.2, x_name="", y_name=""),
    _preset("Units differ (hPa vs °C)",
            "Features in different units: dividing by the std puts pressure and temperature on equal footing.",
            source="gaussian", n=400, std1=25.0, std2=6.0, rotation_deg=8.0,
            mean_x=1013.0, mean_y=15.0, eps=1e-5, standardise=True, test_fraction=0.2,
            x_name="pressure (hPa)", y_name="temperature (°C)"),
    _preset("All-positive data",
            "All-positive inputs sit far from the origin: zero-centring moves them around it.",
            source="positive", n=400, std1=2.0, std2=1.0, rotation_deg=35.0,
            mean_x=0.0, mean_y=0.0, eps=1e-5, standardise=False, test_fraction=0.2, x_name="", y_name=""),
    _preset("Outlier",
            "One far point pulls the mean and tilts the principal axes.",
            source="outlier", n=60, std1=2.0, std2=0.6, rotation_deg=30.0,
            mean_x=3.0, mean_y=2.0, eps=1e-5, standardise=False, test_fraction=0.0, x_name="", y_name=""),
    _preset("Nearly collinear (ε matters)",
            "A tiny second eigenvalue: whitening divides by √(λ + ε), so ε decides how much noise is blown up.",
            source="gaussian", n=400, std1=2.0, std2=0.02, rotation_deg=30.0,
            mean_x=3.0, mean_y=2.0, eps=0.01, standardise=False, test_fraction=0.2, x_name="", y_name=""),
    _preset("Worked example Σ",
            "Points with exactly this covariance (÷N): λ = 3.80278, 0.19722 and PC1 at 28.155°.",
            source=WORKED, n=400, mean_x=3.0, mean_y=2.0, divisor="N", eps=1e-5, standardise=False,
            test_fraction=0.0, x_name="", y_name=""),
    _preset("Decision line: centred vs not",
            "A small tilt of w flips many far-off points, few centred ones: centred data are easier to optimize.",
            view="decision", tilt_deg=5.0, source="gaussian", n=400, std1=1.0, std2=1.0, rotation_deg=0.0,
            mean_x=6.0, mean_y=6.0, standardise=False, test_fraction=0.0, x_name="", y_name=""),
    _preset("Training statistics only",
            "Mean, std and PCA come from the training half; the test half gets the same transform, nearly white.",
            source="gaussian", n=200, std1=2.0, std2=0.6, rotation_deg=30.0, mean_x=3.0, mean_y=2.0,
            eps=1e-5, standardise=False, test_fraction=0.5, x_name="", y_name=""),
    _preset("Patches: what top-k keeps",
            "8×8 RGB patches are 192-D: a few components keep most of the variance; the rest is lost.",
            view="patches", patch_size=8, image_path=""),
)


#: Each preset's claim as a slide title, and the figure that shows it: ``{name: (figure, headline)}``.
PRESETS = with_headlines(PRESETS, {
    "Correlated Gaussian": ("stages", "Centre, decorrelate, whiten: covariance Σ → Λ → I"),
    "Units differ (hPa vs °C)": ("stages", "Divide by the std: hPa and °C on an equal footing"),
    "All-positive data": ("stages", "Zero-centring moves all-positive data around the origin"),
    "Outlier": ("stages", "One outlier pulls the mean and tilts the principal axes"),
    "Nearly collinear (ε matters)": ("stages", "λ₂ ≈ 0: ε = 0.01 caps the whitening gain at 1/√ε = 10"),
    "Worked example Σ": ("stages", "Worked Σ: λ = 3.80278, 0.19722, PC1 at 28.155°"),
    "Decision line: centred vs not": ("decision", "Tilt w by 5°: far fewer centred points flip class"),
    "Training statistics only": ("stages", "Training statistics only: test data get the same transform"),
    "Patches: what top-k keeps": ("patches", "192-D patches: k = 3 keeps 90 % of the variance"),
})


def apply_preset(params: PcaParams, name: str) -> PcaParams:
    """Return ``params`` with preset ``name`` applied (dragged points and selection cleared)."""
    return find(PRESETS, name).apply(params)
