"""The Initialization panel's parameters and presets (session JSON, settings, ``--set init.NAME``)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from lab.init.activations import ACTIVATION_LABELS, ACTIVATIONS
from lab.init.config import INPUT_KINDS, LAYER_KINDS
from lab.init.schemes import SCHEME_LABELS, SCHEMES
from lab.params import param
from lab.presets import Preset, find


@dataclass(frozen=True)
class InitParams:
    """Everything that defines one depth experiment (or a comparison of two schemes)."""

    scheme: str = param("xavier", choices=SCHEMES, help="weight-initialization scheme",
                         label="scheme", choice_labels=SCHEME_LABELS)
    activation: str = param("tanh", choices=ACTIVATIONS, help="activation function of every layer",
                             label="activation", choice_labels=ACTIVATION_LABELS)
    depth: int = param(10, lo=1, hi=50, help="number of layers", slider=(1, 50))
    width: int = param(500, lo=10, hi=4096, help="units per fully connected layer (and input features)",
                       log=True)
    batch: int = param(1000, lo=10, hi=10000, help="number of input samples", log=True)
    sigma_small: float = param(0.01, lo=1e-4, hi=0.1, help="std of the small Gaussian scheme",
                                label="small σ", decimals=4, log=True)
    sigma_large: float = param(0.5, lo=0.1, hi=5.0, help="std of the large Gaussian scheme (1.0: classic slides)",
                                label="large σ", decimals=2, log=True)
    const_value: float = param(0.01, lo=-1.0, hi=1.0, help="value of every weight in the constant scheme",
                                label="constant")
    bias: float = param(0.0, lo=-1.0, hi=1.0, help="initial value of every bias")
    slope: float = param(0.01, lo=0.0, hi=0.99, help="Leaky ReLU negative slope (also Kaiming's gain)",
                          label="leaky slope")
    elu_alpha: float = param(1.0, lo=0.1, hi=5.0, help="ELU alpha", label="ELU α", decimals=2)
    input_kind: str = param("normal", choices=INPUT_KINDS, help="input data: N(0,1) or all-positive |N(0,1)|",
                             label="input", choice_labels={"normal": "N(0, 1)", "positive": "all positive |N(0, 1)|"})
    layer_kind: str = param("dense", choices=LAYER_KINDS, help="fully connected layers or conv layers",
                             label="layers", choice_labels={"dense": "fully connected", "conv": "convolution (fan-in F²·C)"})
    kernel: int = param(3, lo=1, hi=11, help="conv filter size F (fan-in F²·C)", label="F")
    channels: int = param(16, lo=1, hi=512, help="conv channels C (= number of filters K)", label="C")
    conv_size: int = param(8, lo=2, hi=32, help="height and width of the conv feature maps", label="map")
    compare: bool = param(False, help="run a second scheme on the same seed and input",
                          label="compare with")
    scheme_b: str = param("kaiming_normal", choices=SCHEMES, help="the scheme to compare with",
                           label="", choice_labels=SCHEME_LABELS)
    bins: int = param(100, lo=10, hi=400, help="about this many histogram bins (power-of-two widths)")
    seed: int = param(0, lo=0, hi=2**31 - 1, help="seed of the input, the weights and the upstream gradient")


#: What a preset resets to the default: the shape of the experiment (net size, batch, bias, input,
#: layer kind); the seed, the bin count, compare mode and the scheme settings are kept.
_RESETS = ("depth", "width", "batch", "bias", "input_kind", "layer_kind")
_KEEPS = tuple(f.name for f in dataclasses.fields(InitParams) if f.name not in _RESETS)


def _settle(p: InitParams) -> InitParams:
    if p.compare and p.scheme_b == p.scheme:  # comparing a scheme with itself shows nothing
        return dataclasses.replace(p, scheme_b="xavier" if p.scheme != "xavier" else "kaiming_normal")
    return p


def _preset(name: str, claim: str, changes: dict) -> Preset:
    return Preset(name, claim, changes, keeps=_KEEPS, settle=_settle)


#: One-click settings that reproduce the lecture (LECTURE.md §4).
PRESETS: tuple[Preset, ...] = (
    _preset("Small Gaussian + tanh", "W = 0.01·N(0,1): stds collapse by ≈0.22 a layer, gradients vanish",
            {"scheme": "small_gaussian", "sigma_small": 0.01, "activation": "tanh"}),
    _preset("Large Gaussian + tanh", "W = 1.0·N(0,1): ~92 % of tanh units saturate at ±1",
            {"scheme": "large_gaussian", "sigma_large": 1.0, "activation": "tanh"}),
    _preset("Xavier + tanh", "W = N(0,1)/√d_in: 0.628, 0.486, 0.407, … (layer 1 analytic 0.62793)",
            {"scheme": "xavier", "activation": "tanh"}),
    _preset("Xavier + ReLU", "Xavier with ReLU halves the variance each layer",
            {"scheme": "xavier", "activation": "relu"}),
    _preset("Kaiming + ReLU", "W = N(0,1)·√(2/d_in): mean 1/√π, std √(1 − 1/π), scale kept with depth",
            {"scheme": "kaiming_normal", "activation": "relu"}),
    _preset("Conv layer fan-in", "conv layers with 3×3×16 filters: Kaiming with d_in = F²·C",
            {"scheme": "kaiming_normal", "activation": "relu", "layer_kind": "conv", "kernel": 3, "channels": 16,
             "conv_size": 8, "batch": 200}),
)


def preset(name: str, base: InitParams | None = None) -> InitParams:
    """The params of preset ``name``, keeping seed, bins and compare settings of ``base``."""
    return find(PRESETS, name).apply(base or InitParams())
