"""The training view as the shell sees it: parameters, figures and what to notice."""

from __future__ import annotations

from lab.figures.spec import Figure
from lab.registry import PanelSpec
from lab.train.compute import TrainResult, compute
from lab.train.figures import regions_figure, steps_figure, training_figure
from lab.train.params import PRESETS, TrainParams


def figures(result: TrainResult) -> list[Figure]:
    """The curves (main, with ``training-curves``), the decision regions and the steps-to-target bars."""
    return [training_figure(result), regions_figure(result, with_tables=False), steps_figure(result, with_tables=False)]


def build(p: TrainParams) -> list[Figure]:
    """Train every run of ``p`` and describe it (deterministic: all randomness comes from ``p.seed``)."""
    return figures(compute(p))


NOTICE = """\
What to notice
• Small init (σ = 0.01) on a deep net does not learn: the signal shrinks by ≈ √width·σ per
  layer, the gradients vanish with it, and the loss sits at chance (ln 3 = 1.10 for the spiral)
  while Glorot/Xavier and Kaiming/He train (preset "Small init does not learn").
• ReLU reaches the target loss in fewer steps than tanh, and sigmoid barely moves, with the same
  weights for every activation (preset "ReLU vs tanh vs sigmoid"; read the steps-to-target bars,
  not a factor: Krizhevsky et al. 2012 report 6× on CIFAR-10).  Give each activation PyTorch's
  gain instead (gain from the activation: ReLU √2, tanh 5/3) and on this small problem tanh
  catches up with ReLU: here the init scale matters as much as the activation.
• Zero-centred inputs train faster than all-positive ones (same points shifted so every
  coordinate is ≥ 1): with all-positive inputs every first-layer weight of a unit gets a gradient
  of the same sign, so the weights zig-zag (preset "Zero-centred vs all-positive inputs").
• Every run shares the data, the base weight draws and the mini-batch sequence (all from the
  seed): runs differ only by activation, scheme and input centring.  Loss and accuracy are
  measured on the whole training set.
"""

SPEC = PanelSpec(id="train", title="Training", params_type=TrainParams, build=build, notice=NOTICE,
                presets=PRESETS, figure_names=("training", "regions", "steps-to-target"))
