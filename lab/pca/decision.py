"""Why zero-centring helps a linear classifier: a small tilt of w flips far-off data, not centred data.

The decision line is {x : w·x + b = 0}.  Tilting w by a small angle θ with b fixed rotates the
line about the origin, so a point at distance R from the origin moves relative to the line by
about R·θ: a cloud far from the origin (R large) sees the line sweep through it and many points
change class, while for a centred cloud the line turns about the cloud's own centre and only the
points in a thin wedge flip (a fraction θ/180° for a round cloud).  The lecture's figure.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

Array = NDArray[np.float64]


def rotate(w: ArrayLike, angle_deg: float) -> Array:
    """``w`` rotated counter-clockwise by ``angle_deg``."""
    a = math.radians(angle_deg)
    c, s = math.cos(a), math.sin(a)
    w = np.asarray(w, dtype=np.float64)
    return np.array([c * w[0] - s * w[1], s * w[0] + c * w[1]])


def classify(points: ArrayLike, w: ArrayLike, b: float) -> NDArray[np.bool_]:
    """True where w·x + b > 0."""
    return np.asarray(points, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b > 0


@dataclass(frozen=True, eq=False)
class DecisionStability:
    """A line through the cloud's mean, the same line with w tilted, and which points flipped."""

    points: Array
    w: Array
    b: float
    w_tilted: Array
    angle_deg: float
    flipped: NDArray[np.bool_]

    @property
    def fraction(self) -> float:
        """Share of the points whose class changed."""
        return float(self.flipped.mean())

    @property
    def distance(self) -> float:
        """Distance of the cloud's mean from the origin."""
        return float(np.hypot(*self.points.mean(axis=0)))


def decision_stability(points: ArrayLike, angle_deg: float, w: ArrayLike = (1.0, -1.0)) -> DecisionStability:
    """Put the line with normal ``w`` through the mean of ``points``, tilt ``w`` by ``angle_deg``
    (b fixed) and report which points change class."""
    pts = np.asarray(points, dtype=np.float64)
    if pts.ndim != 2 or pts.shape[1] != 2 or pts.shape[0] < 1 or not np.isfinite(pts).all():
        raise ValueError(f"points must be a finite (n, 2) array, got shape {pts.shape}")
    if not (math.isfinite(angle_deg) and abs(angle_deg) < 90.0):
        raise ValueError(f"the tilt must be a finite angle below 90°, got {angle_deg!r}")
    w0 = np.asarray(w, dtype=np.float64)
    if w0.shape != (2,) or not np.isfinite(w0).all() or not np.any(w0):
        raise ValueError(f"w must be a non-zero 2-vector, got {w!r}")
    b = -float(w0 @ pts.mean(axis=0))
    w1 = rotate(w0, angle_deg)
    flipped = classify(pts, w0, b) != classify(pts, w1, b)
    return DecisionStability(pts, w0, b, w1, float(angle_deg), flipped)


def lecture_example(rng: np.random.Generator, *, n: int = 400, offset: tuple[float, float] = (6.0, 6.0),
                    angle_deg: float = 3.0) -> tuple[DecisionStability, DecisionStability]:
    """The same round cloud (N(0, I)) off-centre at ``offset`` and centred, the same small tilt."""
    cloud = rng.standard_normal((n, 2))
    return (decision_stability(cloud + np.asarray(offset), angle_deg),
            decision_stability(cloud - cloud.mean(axis=0), angle_deg))

