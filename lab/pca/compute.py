"""From parameters to the PCA panel's results: points (cached), analysis and patch spectrum."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass

import numpy as np

from lab.pca.analysis import PcaAnalysis, analyse
from lab.pca.params import PcaParams
from lab.pca.patches import PatchSpectrum, image_spectrum
from lab.pca.sources import apply_moves, load_csv_points, make_shape, split_indices
from lab.pca.worked import WORKED, WORKED_COV, exact_covariance_points

#: The fields that decide the points before any drag (a change clears drags and selection).
BASE_FIELDS = ("source", "n", "seed", "std1", "std2", "rotation_deg", "mean_x", "mean_y", "csv_path", "csv_x", "csv_y")
#: The fields that only change what is drawn, not what is computed.
REDRAW_ONLY = frozenset({"stage", "layout", "selected", "x_name", "y_name", "view", "tilt_deg"})


def base_key(p: PcaParams) -> tuple:
    """What the base points depend on (a CSV's modification time included)."""
    key = tuple(getattr(p, f) for f in BASE_FIELDS)
    if p.source == "csv":
        try:
            key += (os.stat(p.csv_path).st_mtime_ns,)
        except OSError:
            key += (None,)
    return key


@dataclass(frozen=True, eq=False)
class PcaResult:
    """The analysis (``None`` with ``error`` when the data are unusable) and the patch spectrum."""

    analysis: PcaAnalysis | None
    spectrum: PatchSpectrum | None
    error: str = ""
    spectrum_error: str = ""


def base_points(p: PcaParams) -> np.ndarray:
    """The points before any drag: a seeded synthetic shape, or the CSV file's columns."""
    if p.source == "csv":
        return load_csv_points(p.csv_path, p.csv_x, p.csv_y)
    if p.source == WORKED:  # the lecture's Σ exactly; std1, std2 and the rotation do not apply
        return exact_covariance_points(p.n, np.random.default_rng(p.seed), WORKED_COV, (p.mean_x, p.mean_y))
    return make_shape(p.source, p.n, np.random.default_rng(p.seed), std1=p.std1, std2=p.std2,
                      rotation_deg=p.rotation_deg, mean=(p.mean_x, p.mean_y))


def analyse_params(p: PcaParams, base: np.ndarray | None = None) -> PcaAnalysis:
    """Points (with drags), the seeded train/test split and the full analysis for ``p``.

    ``base`` may pass the result of :func:`base_points` for ``p`` to skip regenerating it.
    """
    pts = base_points(p) if base is None else base
    pts, ignored = apply_moves(pts, p.moved_points)
    # A separate stream for the split, so the split does not depend on how points were drawn.
    train, test = split_indices(pts.shape[0], p.test_fraction, np.random.default_rng([p.seed, 1]))
    result = analyse(pts, train, test, divisor=p.divisor, eps=p.eps,  # type: ignore[arg-type]
                     whitening=p.whitening, standardise_first=p.standardise, k=p.k)
    if ignored:
        extra = (f"Ignored dragged point(s) {', '.join(map(str, ignored))}: only {pts.shape[0]} points.",)
        result = dataclasses.replace(result, notes=result.notes + extra)
    return result


class PcaComputer:
    """``params -> PcaResult``, regenerating the points and the spectrum only when their inputs change.

    Called from one worker at a time (the panel controller runs one computation at a time).
    """

    def __init__(self) -> None:
        self._base: tuple[tuple, np.ndarray] | None = None
        self._spectrum: tuple[tuple, PatchSpectrum] | None = None

    def __call__(self, p: PcaParams) -> PcaResult:
        spectrum, spectrum_error = None, ""
        skey = (p.image_path, p.patch_size, p.seed, p.divisor)
        if self._spectrum is not None and self._spectrum[0] == skey:
            spectrum = self._spectrum[1]
        else:
            try:
                spectrum = image_spectrum(p.image_path, p.patch_size, rng=np.random.default_rng(p.seed),
                                          divisor=p.divisor)  # type: ignore[arg-type]
                self._spectrum = (skey, spectrum)
            except ValueError as exc:
                spectrum_error = f"Image patches: {exc}"
        try:
            key = base_key(p)
            if self._base is None or self._base[0] != key:
                self._base = (key, base_points(p))
            analysis = analyse_params(p, self._base[1])
            analysis.reconstruction  # noqa: B018 - computed here, in the worker, not in the GUI thread
        except ValueError as exc:
            return PcaResult(None, spectrum, f"PCA data: {exc}", spectrum_error)
        return PcaResult(analysis, spectrum, "", spectrum_error)
