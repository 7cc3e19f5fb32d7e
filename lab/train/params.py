"""The parameters of the training view (session JSON, settings and ``--set train.NAME``), and its presets."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from typing import Any

from lab.activations.functions import FUNCTIONS
from lab.init.schemes import GAIN_MODES, SCHEMES
from lab.params import ParamInfo, infos, param
from lab.train.data import DATASETS, INPUTS


@functools.cache
def _infos() -> tuple[ParamInfo, ...]:
    return tuple(infos(TrainParams))


@dataclass(frozen=True)
class TrainParams:
    """One training comparison: every activation × scheme × input kind, same data, draws and batches."""

    dataset: str = param("spiral", choices=DATASETS, help="toy 2-D classification set")
    n_per_class: int = param(100, lo=10, hi=2000, help="training points per class")
    noise: float = param(0.2, lo=0.0, hi=1.0, help="noise of the data set (spiral: angle, moons/XOR: position)")
    activations: tuple[str, ...] = param(("relu", "tanh", "sigmoid"), choices=FUNCTIONS,
                                         help="hidden-layer activations to compare (comma-separated)")
    schemes: tuple[str, ...] = param(("glorot_normal", "small_gaussian"), choices=SCHEMES,
                                     help="weight-initialization schemes to compare (comma-separated)")
    gain_mode: str = param("scheme", choices=GAIN_MODES,
                           help="gain of Glorot/Kaiming: the scheme's own, calculate_gain(activation), or fixed")
    gain: float = param(1.0, lo=0.01, hi=10.0, help="the gain when gain_mode is fixed")
    sigma_small: float = param(0.01, lo=1e-4, hi=0.1, help="std of the small Gaussian scheme")
    sigma_large: float = param(1.0, lo=0.1, hi=5.0, help="std of the large Gaussian scheme")
    inputs: tuple[str, ...] = param(("centred",), choices=INPUTS,
                                    help="input centring: zero-centred and/or all-positive (comma-separated)")
    depth: int = param(4, lo=1, hi=12, help="hidden layers")
    width: int = param(50, lo=2, hi=256, help="units per hidden layer")
    lr: float = param(0.1, lo=1e-4, hi=10.0, help="SGD learning rate")
    batch: int = param(32, lo=1, hi=1024, help="mini-batch size (samples drawn with replacement)")
    steps: int = param(800, lo=10, hi=20000, help="SGD steps per run")
    target_loss: float = param(0.2, lo=0.001, hi=5.0, help="loss that counts as 'reached' (steps-to-target)")
    slope: float = param(0.01, lo=0.0, hi=1.0, help="Leaky ReLU negative slope")
    alpha: float = param(1.0, lo=0.01, hi=5.0, help="ELU α")
    seed: int = param(0, lo=0, hi=2**31 - 1, help="seed of the data, the weights and the mini-batches")

    def __post_init__(self) -> None:
        for name in ("activations", "schemes", "inputs"):
            values = getattr(self, name)
            if not values:
                raise ValueError(f"{name}: choose at least one")
            if len(set(values)) != len(values):
                raise ValueError(f"{name}: a value is listed twice")
        n_runs = len(self.activations) * len(self.schemes) * len(self.inputs)
        if n_runs > MAX_RUNS:
            raise ValueError(f"{n_runs} runs (activations × schemes × inputs); at most {MAX_RUNS}")
        for info in _infos():
            value = getattr(self, info.name)
            if info.choices is not None:
                items = value if isinstance(value, tuple) else (value,)
                unknown = [v for v in items if v not in info.choices]
                if unknown:
                    raise ValueError(f"{info.name}: {unknown[0]!r} is not one of {info.describe_range()}")
            elif info.kind in ("int", "float") and not (info.lo <= value <= info.hi):  # also rejects NaN
                raise ValueError(f"{info.name}: {value!r} is outside {info.describe_range()}")

    @property
    def record_every(self) -> int:
        """Steps between two points of the curves (about 100 points per run)."""
        return max(1, self.steps // 100)


#: At most this many runs side by side (activations × schemes × inputs).
MAX_RUNS = 12

#: One-click comparisons that show the lecture's claims; every other parameter keeps its default.
PRESETS: dict[str, dict[str, Any]] = {
    "Small init does not learn": {
        "activations": ("relu", "tanh"), "schemes": ("small_gaussian", "glorot_normal", "kaiming_normal"),
        "inputs": ("centred",),
    },
    # the same weights for every activation (Glorot, gain 1), so only the activation differs
    "ReLU vs tanh vs sigmoid": {
        "activations": ("relu", "tanh", "sigmoid"), "schemes": ("glorot_normal",), "inputs": ("centred",),
    },
    "Zero-centred vs all-positive inputs": {
        "activations": ("relu", "tanh"), "schemes": ("glorot_normal",), "inputs": ("centred", "positive"),
    },
}

#: What a preset resets besides its own values (the net and the optimizer, not the data or seed).
PRESET_BASE: dict[str, Any] = {
    "depth": 4, "width": 50, "lr": 0.1, "batch": 32, "steps": 800, "target_loss": 0.2, "gain_mode": "scheme",
    "sigma_small": 0.01,
}


def preset(name: str, base: TrainParams | None = None) -> TrainParams:
    """The params of preset ``name``, keeping the data set and the seed of ``base``."""
    if name not in PRESETS:
        raise ValueError(f"unknown preset {name!r} (known: {', '.join(PRESETS)})")
    return dataclasses.replace(base or TrainParams(), **{**PRESET_BASE, **PRESETS[name]})
