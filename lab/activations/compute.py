"""From parameters to the activation panel's slow results: statistics views and measured costs."""

from __future__ import annotations

from dataclasses import dataclass

from lab.activations.cost import Cost, cached_costs
from lab.activations.extras import augment_views
from lab.activations.figures import StatisticsViews, compute_statistics_views
from lab.activations.noise_figure import noise_figure
from lab.activations.params import ActivationParams
from lab.figures.spec import Figure


@dataclass(frozen=True, eq=False)
class StatisticsResult:
    """The distribution, depth and zig-zag views with their statistics, and the cost per function.

    ``costs`` is ``None`` until the cost has been measured (once per process, not at start-up:
    timing ten functions would slow the first paint).
    """

    views: StatisticsViews
    costs: dict[str, Cost] | None
    noise: Figure | None = None  # the noise-robustness figure, when show_noise is on


def compute(params: ActivationParams, *, with_costs: bool = False) -> StatisticsResult:
    """The statistics views of ``params`` (seconds at most; run off the GUI thread)."""
    views = augment_views(compute_statistics_views(params), params)
    noise = noise_figure(params, with_tables=False) if params.show_noise else None
    return StatisticsResult(views, cached_costs() if with_costs else None, noise)
