"""Weight initialization: schemes, the depth experiment (forward + backward) and the layer calculator."""

from lab.init.calculator import LayerShape, conv_layer, output_size, pool_layer
from lab.init.config import DepthConfig
from lab.init.experiment import (
    DepthResult,
    GradStats,
    LayerStats,
    Progress,
    run_compare,
    run_depth,
    run_to_end,
)
from lab.init.schemes import SCHEMES, SchemeSettings, init_weights, weight_std

__all__ = [
    "SCHEMES",
    "DepthConfig",
    "DepthResult",
    "GradStats",
    "LayerShape",
    "LayerStats",
    "Progress",
    "SchemeSettings",
    "conv_layer",
    "init_weights",
    "output_size",
    "pool_layer",
    "run_compare",
    "run_depth",
    "run_to_end",
    "weight_std",
]
