"""A tiny panel spec used to test the shell's machinery independently of the real panels."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lab.figures import Axes, Figure, Histogram, Line, Table
from lab.params import param
from lab.registry import PanelSpec


@dataclass(frozen=True)
class FakeParams:
    seed: int = param(0, lo=0, hi=2**31 - 1, help="random seed")
    n: int = param(100, lo=3, hi=10_000, help="number of samples")
    scale: float = param(1.0, lo=0.0, hi=10.0, help="standard deviation")
    kind: str = param("normal", choices=("normal", "uniform"), help="distribution")
    names: tuple[str, ...] = param(("a", "b"), choices=("a", "b", "c"), help="series to draw")
    shown: bool = param(True, help="draw the line")


def build(p: FakeParams) -> list[Figure]:
    rng = np.random.default_rng(p.seed)
    draw = rng.normal(0.0, p.scale, p.n) if p.kind == "normal" else rng.uniform(-p.scale, p.scale, p.n)
    counts, edges = np.histogram(draw, bins=10)
    x = np.arange(p.n, dtype=float)
    table = Table("samples", ("i", "value"), (list(range(p.n)), draw.tolist()))
    main = Figure(
        "main",
        axes=(
            Axes("line", (Line(x, draw, "draw"),) if p.shown else (), title="Draws", xlabel="i", ylabel="value"),
            Axes("hist", (Histogram(edges, counts, "counts", 1),), title="Histogram", col=1),
        ),
        ncols=2,
        title="Fake panel",
        tables=(table,),
    )
    return [main, Figure("second", axes=(Axes("a", (Line([0, 1], [0, p.scale]),)),))]


SPEC = PanelSpec(id="fake", title="Fake", params_type=FakeParams, build=build, notice="nothing to notice")
