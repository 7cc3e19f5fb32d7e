"""The parameters of the training view (session JSON, settings and ``--set train.NAME``), and its presets."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from lab.activations.functions import ACTIVATIONS, FUNCTIONS
from lab.init.schemes import GAIN_LABELS, GAIN_MODES, SCHEME_LABELS, SCHEMES
from lab.params import ParamInfo, infos, param
from lab.presets import Preset, find, with_headlines
from lab.train.data import DATASETS, INPUT_LABELS, INPUTS

_ACTIVATION_LABELS = {n: ACTIVATIONS[n].label for n in FUNCTIONS}


@functools.cache
def _infos() -> tuple[ParamInfo, ...]:
    return tuple(infos(TrainParams))


@dataclass(frozen=True)
class TrainParams:
    """One training comparison: every activation × scheme × input kind, same data, draws and batches."""

    dataset: str = param("spiral", choices=DATASETS, help="toy 2-D classification set",
                          label="data set", choice_labels={"spiral": "spiral (3 classes)", "moons": "two moons", "xor": "XOR blobs"})
    n_per_class: int = param(100, lo=10, hi=2000, help="training points per class",
                          label="points per class", log=True)
    noise: float = param(0.2, lo=0.0, hi=1.0, help="noise of the data set (spiral: angle, moons/XOR: position)",
                          decimals=2)
    activations: tuple[str, ...] = param(("relu", "tanh", "sigmoid"), choices=FUNCTIONS,
                                         help="hidden-layer activations to compare (comma-separated)",
                                         label="activations", choice_labels=_ACTIVATION_LABELS)
    schemes: tuple[str, ...] = param(("glorot_normal", "small_gaussian"), choices=SCHEMES,
                                     help="weight-initialization schemes to compare (comma-separated)",
                                     label="schemes", choice_labels=SCHEME_LABELS)
    gain_mode: str = param("scheme", choices=GAIN_MODES,
                           help="gain of Glorot/Kaiming: the scheme's own, calculate_gain(activation), or fixed",
                           label="gain", choice_labels=GAIN_LABELS)
    gain: float = param(1.0, lo=0.01, hi=10.0, help="the gain when gain_mode is fixed",
                        label="fixed gain", decimals=3, log=True)
    sigma_small: float = param(0.01, lo=1e-4, hi=0.1, help="std of the small Gaussian scheme",
                               label="small σ", decimals=4, log=True)
    sigma_large: float = param(1.0, lo=0.1, hi=5.0, help="std of the large Gaussian scheme",
                               label="large σ", decimals=2, log=True)
    inputs: tuple[str, ...] = param(("centred",), choices=INPUTS,
                                    help="input centring: zero-centred and/or all-positive (comma-separated)",
                                    label="inputs", choice_labels=INPUT_LABELS)
    depth: int = param(4, lo=1, hi=12, help="hidden layers", label="hidden layers")
    width: int = param(50, lo=2, hi=256, help="units per hidden layer", label="units per layer", log=True)
    lr: float = param(0.1, lo=1e-4, hi=10.0, help="SGD learning rate", label="learning rate", decimals=4, log=True)
    batch: int = param(32, lo=1, hi=1024, help="mini-batch size (samples drawn with replacement)",
                       label="batch", log=True)
    steps: int = param(800, lo=10, hi=20000, help="SGD steps per run", label="SGD steps", log=True)
    target_loss: float = param(0.2, lo=0.001, hi=5.0, help="loss that counts as 'reached' (steps-to-target)",
                               label="target loss", decimals=3, log=True)
    slope: float = param(0.01, lo=0.0, hi=1.0, help="Leaky ReLU negative slope", label="leaky slope")
    alpha: float = param(1.0, lo=0.01, hi=5.0, help="ELU α", label="ELU α", decimals=2)
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

#: What a preset sets besides its own values: the net and the optimizer (the data set, its size
#: and noise, the seed and the activation settings are kept).
PRESET_BASE: dict[str, Any] = {
    "depth": 4, "width": 50, "lr": 0.1, "batch": 32, "steps": 800, "target_loss": 0.2, "gain_mode": "scheme",
    "sigma_small": 0.01,
}
_KEEPS = ("dataset", "n_per_class", "noise", "gain", "sigma_large", "slope", "alpha", "seed")


def _preset(name: str, claim: str, changes: dict[str, Any]) -> Preset:
    return Preset(name, claim, {**PRESET_BASE, **changes}, keeps=_KEEPS)


#: One-click comparisons that show the lecture's claims (LECTURE.md §1 and §4, trained).
PRESETS: tuple[Preset, ...] = (
    _preset("Small init does not learn",
            "W = 0.01·N(0,1) on a 4-layer net: the loss stays at chance (ln 3 = 1.10) while Glorot/Xavier and "
            "Kaiming/He train.",
            {"activations": ("relu", "tanh"), "schemes": ("small_gaussian", "glorot_normal", "kaiming_normal"),
             "inputs": ("centred",)}),
    # the same weights for every activation (Glorot, gain 1), so only the activation differs
    _preset("ReLU vs tanh vs sigmoid",
            "Same Glorot weights for all: ReLU reaches the target loss in the fewest steps, sigmoid barely moves "
            "(read the steps, not a factor).",
            {"activations": ("relu", "tanh", "sigmoid"), "schemes": ("glorot_normal",), "inputs": ("centred",)}),
    _preset("Zero-centred vs all-positive inputs",
            "The same points shifted to be all positive train more slowly: every first-layer weight of a unit "
            "gets a gradient of the same sign.",
            {"activations": ("relu", "tanh"), "schemes": ("glorot_normal",), "inputs": ("centred", "positive")}),
)


#: Each preset's claim as a slide title, and the figure that shows it: ``{name: (figure, headline)}``.
PRESETS = with_headlines(PRESETS, {
    "Small init does not learn": ("training", "Small init W = 0.01·N(0, 1): the loss stays at chance"),
    "ReLU vs tanh vs sigmoid": ("steps-to-target", "Same weights: ReLU trains fastest, sigmoid barely moves"),
    "Zero-centred vs all-positive inputs": ("steps-to-target", "All-positive inputs train slower than zero-centred ones"),
})


def preset(name: str, base: TrainParams | None = None) -> TrainParams:
    """The params of preset ``name``, keeping the data set and the seed of ``base``."""
    return find(PRESETS, name).apply(base or TrainParams())
