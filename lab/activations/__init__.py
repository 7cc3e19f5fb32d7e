"""Activation functions, their derivatives and what they do to Gaussian inputs (panel 1)."""

from lab.activations.functions import ACTIVATIONS, FUNCTIONS, SELU_ALPHA, SELU_LAMBDA, Activation, evaluate
from lab.activations.params import ActivationParams
from lab.activations.stats import ActivationStats, activation_stats, monte_carlo_stats, saturated_intervals

__all__ = [
    "ACTIVATIONS",
    "FUNCTIONS",
    "SELU_ALPHA",
    "SELU_LAMBDA",
    "Activation",
    "ActivationParams",
    "ActivationStats",
    "activation_stats",
    "evaluate",
    "monte_carlo_stats",
    "saturated_intervals",
]
