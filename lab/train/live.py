"""The training view while it trains: figures of the runs so far, with a stable layout.

A live view redraws many times per run; :class:`LiveRuns` collects the :class:`Progress`
events of one comparison and builds the curves, the decision regions at the current step
and the steps-to-target bars from what has arrived.  The regions figure always has one map
per run (runs not started yet show the data and "waiting"), so its layout never changes
during a comparison and the view only updates data.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass

from lab.figures.spec import Axes, Figure, Scatter, Text
from lab.train.compute import Progress, RunKey, RunResult, TrainResult, dataset, run_keys
from lab.train.data import Dataset
from lab.train.figures import (
    common_label,
    describe,
    region_axes,
    region_bounds,
    run_label,
    run_style,
    steps_figure,
    training_figure,
)
from lab.train.params import TrainParams


def grid_shape(n: int) -> tuple[int, int]:
    """Rows and columns of the live regions grid for ``n`` runs: at most two columns up to six runs,
    so each map stays wide enough for its title beside the curves."""
    cols = 1 if n == 1 else 2 if n <= 6 else 3
    return math.ceil(n / cols), cols


@dataclass(frozen=True, eq=False)
class LiveFrame:
    """What the live view shows at one moment: the three figures, built where the training runs.

    ``event`` is the progress event it was built at (``None`` for a finished or stopped comparison).
    """

    params: TrainParams
    event: Progress | None
    runs: tuple[RunResult | None, ...]
    curves: Figure
    regions: Figure
    steps: Figure


class LiveRuns:
    """The runs of one comparison as they arrive (a run's latest partial result replaces the last)."""

    def __init__(self, params: TrainParams, data: Dataset | None = None) -> None:
        self.params = params
        self.data = data if data is not None else dataset(params)
        self.keys: list[RunKey] = run_keys(params)
        self.runs: list[RunResult | None] = [None] * len(self.keys)
        self._regions: dict[int, Axes] = {}  # maps of finished runs do not change: built once
        self.step = 0
        self.current = 0

    def add(self, event: Progress) -> None:
        """Record one progress event."""
        self.runs[event.run] = event.partial
        self.step, self.current = event.step, event.run

    def finish(self, result: TrainResult) -> None:
        """Replace the partial runs by the finished ones."""
        self.runs = list(result.runs)
        self._regions.clear()

    @property
    def fraction(self) -> float:
        """Share of the whole comparison done."""
        return (self.current + self.step / self.params.steps) / len(self.keys)

    def result(self) -> TrainResult:
        """The runs so far (in order, those started) as a :class:`TrainResult`."""
        return TrainResult(self.params, self.data, tuple(r for r in self.runs if r is not None))

    def curves(self) -> Figure:
        """Loss and accuracy of the runs so far (titled by what every run of the comparison shares)."""
        figure = training_figure(self.result(), with_tables=False)
        return dataclasses.replace(figure, title=f"Training on {self.params.dataset}: {common_label(self.keys)}")

    def steps(self) -> Figure:
        """Steps-to-target of the runs so far; a run still training says so instead of "not reached"."""
        figure = steps_figure(self.result(), with_tables=False)
        started = [r for r in self.runs if r is not None]
        training = {i for i, r in enumerate(started)
                    if r.steps_to_target is None and r.diverged_at is None and int(r.steps[-1]) < self.params.steps}
        if not training:
            return figure
        ax = figure.axes[0]
        items = tuple(
            dataclasses.replace(it, text=f"training… (step {int(started[int(it.key[5:])].steps[-1])})")
            if isinstance(it, Text) and it.key.startswith("note:") and int(it.key[5:]) in training else it
            for it in ax.items
        )
        return dataclasses.replace(figure, axes=(dataclasses.replace(ax, items=items),))

    def frame(self, event: Progress | None) -> LiveFrame:
        """The curves, regions and steps-to-target figures of the runs so far."""
        return LiveFrame(self.params, event, tuple(self.runs), self.curves(), self.regions(), self.steps())

    def regions(self) -> Figure:
        """One map per run: its decision regions at its latest step, or the data while it waits."""
        rows, cols = grid_shape(len(self.keys))
        axes = [self._region(i, row=i // cols, col=i % cols) for i in range(len(self.keys))]
        p = self.params
        finished = all(r is not None and r.steps[-1] == p.steps for r in self.runs)
        when = f"after {p.steps} steps" if finished else "at the current step"
        return Figure("regions", tuple(axes), title=f"Decision regions {when}: {common_label(self.keys)}",
                      nrows=rows, ncols=cols, caption=describe(self.result()) if any(self.runs) else "")

    def _region(self, i: int, *, row: int, col: int) -> Axes:
        key, run = self.keys[i], self.runs[i]
        label = run_label(key, self.keys)
        if run is None:
            return waiting_axes(self.data, label, key=f"regions:{i}", row=row, col=col)
        done = run.steps[-1] == self.params.steps or run.diverged_at is not None
        if done and i in self._regions:
            return self._regions[i]
        color, style = run_style(key, self.keys)
        ax = region_axes(run, self.data, label, key=f"regions:{i}", color=color, style=style, row=row, col=col)
        ax = _with_step(ax, label if done else f"{label}, step {int(run.steps[-1])} / {self.params.steps}", i,
                        region_bounds(self.data))
        if done:
            self._regions[i] = ax
        return ax


#: The live map's band under the map for two lines of text (its share of the map's height), and
#: where they hang from: under the run's bar (at 0.035).
_BAND = 0.36
_STATUS_AT = 0.06


def _with_step(ax: Axes, text: str, i: int, bounds: tuple[float, float, float, float]) -> Axes:
    """``ax`` with ``text`` (the run's name, and its step while it trains) above its status line
    instead of a title: a plot title sets a minimum width, and a map must shrink with the view."""
    _x0, _x1, y0, y1 = bounds
    items = tuple(
        dataclasses.replace(it, text=f"{text}\n{it.text}", size=0.7, y=y0 - _STATUS_AT * (y1 - y0), valign="top")
        if isinstance(it, Text) and it.key == f"regions:{i}:status" else it
        for it in ax.items
    )
    return dataclasses.replace(ax, items=items, title="", ylim=(y0 - _BAND * (y1 - y0), y1))


def waiting_axes(data: Dataset, label: str, *, key: str, row: int, col: int) -> Axes:
    """A run's map before it starts: the training points and "waiting"."""
    x0, x1, y0, y1 = region_bounds(data)
    items: list = [Scatter(data.x[data.y == c, 0], data.x[data.y == c, 1], color=c, size=0.55, alpha=0.35,
                           key=f"{key}:class{c}") for c in range(data.classes)]
    items.append(Text(0.5 * (x0 + x1), y0 - _STATUS_AT * (y1 - y0), f"{label}\nwaiting", size=0.7, anchor="center",
                      valign="top", key=f"{key}:status"))
    return Axes(key, tuple(items), title="", xlim=(x0, x1), ylim=(y0 - _BAND * (y1 - y0), y1), equal_aspect=True,
                grid=False, show_axes=False, row=row, col=col)


_NOT_REACHED = re.compile(r"not reached in \d+ \(")


def screen_bars(ax: Axes, steps: int) -> Axes:
    """The steps-to-target bars on one line a run for the screen: each run's name left of its bar
    (right-aligned) and its note after it.  Above the bar, as on the slide, a name needs a second
    line that a bar a dozen pixels high does not have."""
    items = []
    for it in ax.items:
        if isinstance(it, Text) and it.key.startswith("name:"):
            it = dataclasses.replace(it, x=-0.03 * steps, y=it.y - 0.42, anchor="right")
        elif isinstance(it, Text) and it.key.startswith("note:"):
            it = dataclasses.replace(it, text=_NOT_REACHED.sub("not reached (", it.text))
        items.append(it)
    return dataclasses.replace(ax, items=tuple(items), xlim=(-1.5 * steps, 2.5 * steps))
