"""The Initialization panel's registry entry: running the experiment, export figures, help text."""

from __future__ import annotations

from lab.figures.spec import Figure
from lab.init.compute import experiment, run, run_all, to_config
from lab.init.params import PRESETS, InitParams, preset
from lab.init.views import figures
from lab.registry import PanelSpec

__all__ = ["NOTICE", "PRESETS", "SPEC", "InitParams", "build", "experiment", "preset", "run", "to_config"]


def build(p: InitParams) -> list[Figure]:
    """The export figures of ``p``: the depth figure (tables: per-layer stats, histogram counts, details,
    the effective init, the layer calculator), then with ``seeds > 1`` the multi-seed statistics."""
    return figures(p, run_all(p))


NOTICE = """\
What to notice
• Small Gaussian (σ = 0.01) + tanh: the std shrinks by √500·0.01 ≈ 0.22 a layer (0.2135, 0.0476,
  0.0106, …); the histograms collapse onto 0 and the gradients on the weights vanish.
• Large Gaussian (σ = 1) + tanh: about 92 % of the units sit at ±1 (saturated); the local gradient
  f′(z) is ~0 there, so the weights barely learn.
• Xavier N(0, 1/d_in) + tanh: 0.628, 0.486, 0.407, … — a slow, healthy decline. The dashed line
  is the mean-field (infinite-width) prediction; layer 1 is exact (0.62793).
• Xavier + ReLU: half of the units are 0, so the variance halves every layer (std × 1/√2).
• Kaiming N(0, 2/d_in) + ReLU: layer 1 mean 1/√π = 0.5642, std √(1 − 1/π) = 0.8256, half the units
  exactly 0, and the scale stays put with depth (deep layers vary from seed to seed).
• Seeds: one seed's deep layers can sit 7–17 % off the lecture's numbers. The presets that quote
  numbers run 8 consecutive seeds and show their mean, range and ± (sample std) beside the
  prediction and the quoted values (Kaiming + ReLU: ≈ 0.80 ± 0.08 at layer 10 vs 0.8256).
• Gain: Glorot/Kaiming take PyTorch's gain "from the scheme" (Glorot 1, Kaiming √2), "from the
  activation" (calculate_gain: tanh 5/3, ReLU √2, SELU 3/4) or a fixed value; the caption and the
  init-scheme table give the effective std, gain and formula. "Xavier" here is N(0, 1/d_in),
  i.e. LeCun normal.
• A bias of 0.01 does not cure dead ReLUs: ≈ 50 % of the outputs are 0 with bias 0 and with 0.01
  (preset "Dead ReLU: bias 0 vs 0.01"). SELU + LeCun normal keeps mean 0 and std 1 through 30 layers.
• Conv layers: the fan-in is d_in = F²·C (kernel area × input channels); see the layer calculator
  (pooling 32×32×3, 2×2, stride 2 → 16×16×3 with 0 parameters; exported as layer-calculator.csv).
• Compare mode runs two schemes on the same seed, input and base weight draws.
• The net runs in float32 like a GPU: σ = 1 with ReLU at depth 50 overflows, reported as
  "exploded to inf at layer k".
Columns of the exported per-layer CSV: grad_std is the std of ∂L/∂W of that layer for a random
upstream gradient N(0, 1) at the last layer, averaged over the batch; dead = fraction of ReLU outputs
exactly 0; saturated = |tanh| > 0.97, |σ − 0.5| > 0.47, or e^z < 0.03 for ELU/SELU.
"""

SPEC = PanelSpec(id="init", title="Initialization", params_type=InitParams, build=build, notice=NOTICE,
                presets=PRESETS, figure_names=("depth", "seeds"))
