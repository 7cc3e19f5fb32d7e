"""The depth experiment's activations: the float32 kernels of :mod:`lab.activations.float32`.

Kept as the import path of :mod:`lab.init` and :mod:`lab.train`; the kernels live with the
one activation module, :mod:`lab.activations`.
"""

from lab.activations.float32 import (
    ACTIVATION_LABELS,
    ACTIVATIONS,
    ELU_SATURATION_Z,
    SELU_ALPHA,
    SELU_LAMBDA,
    SIGMOID_SATURATION,
    TANH_SATURATION,
    activate,
    check_activation,
    dead_count,
    local_grad_from_output,
    saturated_count,
)

__all__ = ["ACTIVATIONS", "ACTIVATION_LABELS", "ELU_SATURATION_Z", "SELU_ALPHA", "SELU_LAMBDA",
           "SIGMOID_SATURATION", "TANH_SATURATION", "activate", "check_activation", "dead_count",
           "local_grad_from_output", "saturated_count"]
