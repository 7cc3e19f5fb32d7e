"""PCA and whitening: centring, covariance, eigen-decomposition, PCA/ZCA whitening and top-k."""

from lab.pca.analysis import PcaAnalysis, Stage, analyse, interpolate_stage
from lab.pca.compute import analyse_params, base_points
from lab.pca.params import PRESETS, PcaParams, apply_preset
from lab.pca.pipeline import (
    PcaFit,
    centre,
    covariance,
    cumulative_retained,
    decorrelate,
    eigh_sorted,
    fit_pca,
    project_topk,
    reconstruct,
    retained_variance,
    standardise,
    whiten_pca,
    whiten_zca,
)
from lab.pca.sources import load_csv_points, make_shape

__all__ = [
    "PRESETS",
    "PcaAnalysis",
    "PcaFit",
    "PcaParams",
    "Stage",
    "analyse",
    "analyse_params",
    "apply_preset",
    "base_points",
    "centre",
    "covariance",
    "cumulative_retained",
    "decorrelate",
    "eigh_sorted",
    "fit_pca",
    "interpolate_stage",
    "load_csv_points",
    "make_shape",
    "project_topk",
    "reconstruct",
    "retained_variance",
    "standardise",
    "whiten_pca",
    "whiten_zca",
]
