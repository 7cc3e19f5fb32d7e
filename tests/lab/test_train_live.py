"""The live training figures: a stable regions layout while runs arrive, and the finished state."""

from __future__ import annotations

from lab.figures.spec import Image, Text
from lab.train.compute import train
from lab.train.live import LiveRuns, grid_shape
from lab.train.params import TrainParams

P = TrainParams(activations=("relu", "tanh", "sigmoid"), schemes=("glorot_normal",), steps=40, n_per_class=20)


def test_regions_keep_one_map_per_run_while_runs_arrive():
    live = LiveRuns(P)
    gen = train(P)
    layouts, saw_waiting, saw_training = set(), False, False
    try:
        while True:
            event = next(gen)
            live.add(event)
            regions = live.regions()
            layouts.add(tuple((a.key, a.row, a.col) for a in regions.axes))
            statuses = [i.text.split("\n")[-1] for a in regions.axes for i in a.items if isinstance(i, Text)]
            saw_waiting |= "waiting" in statuses
            notes = [i.text for i in live.steps().axes[0].items if isinstance(i, Text) and i.key.startswith("note:")]
            saw_training |= any(n.startswith("training…") for n in notes)
    except StopIteration as done:
        result = done.value
    assert len(layouts) == 1 and grid_shape(3) == (2, 2)  # the maps never move while the runs arrive
    assert saw_waiting and saw_training
    live.finish(result)
    regions = live.regions()
    assert all(any(isinstance(i, Image) for i in a.items) for a in regions.axes)  # every run has its map
    assert regions.title.startswith("Decision regions after 40 steps")
    notes = [i.text for i in live.steps().axes[0].items if isinstance(i, Text) and i.key.startswith("note:")]
    assert not any(n.startswith("training…") for n in notes)


def test_the_screen_bars_keep_every_run_on_one_line_and_speak_korean():
    """40 steps never reach the target: every run gets the short note, which the catalog translates."""
    from lab import i18n
    from lab.train.live import screen_bars

    gen = train(P)
    try:
        while True:
            next(gen)
    except StopIteration as done:
        result = done.value
    live = LiveRuns(P)
    live.finish(result)
    bars = screen_bars(live.steps().axes[0], P.steps)
    names = [i for i in bars.items if isinstance(i, Text) and i.key.startswith("name:")]
    notes = [i.text for i in bars.items if isinstance(i, Text) and i.key.startswith("note:")]
    assert len(names) == 3 and all(n.anchor == "right" and n.x < 0 for n in names)  # left of the bars
    assert notes and all(n.startswith("not reached (loss ") for n in notes), notes
    assert all(i18n.missing(n) == () and "도달 못 함" in i18n.tr(n, "ko") for n in notes)
