"""From parameters to the PCA panel's results: points (cached), analysis and patch spectrum."""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from lab.pca.analysis import PcaAnalysis
from lab.pca.params import PcaParams, analyse_params, base_points
from lab.pca.patches import PatchSpectrum, image_spectrum

#: The fields that decide the points before any drag (a change clears drags and selection).
BASE_FIELDS = ("source", "n", "seed", "std1", "std2", "rotation_deg", "mean_x", "mean_y", "csv_path", "csv_x", "csv_y")
#: The fields that only change what is drawn, not what is computed.
REDRAW_ONLY = frozenset({"stage", "layout", "selected", "x_name", "y_name"})


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
