"""The figure lint: every panel × preset × page size renders without overlaps, off-page boxes,
legends on data or text below the smallest share of the page height.

Each figure is built once (module fixture) and laid out once per page size at a low DPI
(layout is in points, so the DPI does not change it); the checks run on matplotlib's
measured text boxes without rasterising.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle

import numpy as np
import pytest
from matplotlib import rc_context

from lab.figures import Axes, Figure, Line, Scatter, Text
from lab.figures.layout import LayoutError
from lab.figures.lint import lint
from lab.figures.placement import MIN_TEXT_SHARE
from lab.figures.render import _rc, build_matplotlib, lay_out
from lab.figures.themes import SLIDE
from lab.registry import load_spec
from tests.lab.figure_presets import preset_params

PAGES_CM = {"25x14cm": (25.0, 14.0), "20x15cm": (20.0, 15.0), "12x9cm": (12.0, 9.0), "40x22.5cm": (40.0, 22.5)}
DPI = 40.0


def _problems(fig: Figure, width_cm: float, height_cm: float) -> list[str]:
    with rc_context(_rc(SLIDE)):
        try:
            _, problems = lay_out(fig, theme=SLIDE, width_in=width_cm / 2.54, height_in=height_cm / 2.54, dpi=DPI)
        except LayoutError as exc:
            return [f"refused: {exc}"]
        return [str(p) for p in problems]  # the whole lint of the page the exporter would write


#: Figures that are the same under every preset (the patch spectrum, preprocessing): linted
#: with the panel's first preset (its defaults) only.
SHARED_FIGURES = ("patches", "preprocess")


Linted = list[tuple[str, dict[str, list[str]]]]


def _claim(claims: str, fig: Figure) -> tuple[str, bool]:
    """The figure's content digest, and True for the first worker to claim it.

    Many presets leave some figures untouched (a preset about the output histogram does not
    change the zig-zag): a figure identical to one already claimed lays out identically, so it
    is linted once and its result shared.  Identical pickles mean identical content; equal
    content that pickles differently is merely linted twice.
    """
    digest = hashlib.sha1(pickle.dumps(fig, protocol=5)).hexdigest()
    try:
        os.close(os.open(os.path.join(claims, digest), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return digest, False
    return digest, True


def _lint_preset(job: tuple[int, bool, str]) -> list[tuple[str, str, dict[str, list[str]] | None]]:
    """Build preset ``index`` of :func:`preset_params`; lint each figure no worker has claimed on every page."""
    index, with_shared, claims = job
    panel, name, params = preset_params()[index]
    if panel == "init":  # a smaller batch: the layout is the same, the experiment 5× cheaper
        params = dataclasses.replace(params, batch=min(params.batch, 200))
    spec = load_spec(panel)  # figures(): titled with the preset's headline, as exported
    out = []
    for fig in spec.figures(params, name):
        if with_shared or fig.name not in SHARED_FIGURES or spec.headline(params, fig.name, name):
            digest, mine = _claim(claims, fig)
            pages = {page: _problems(fig, *size) for page, size in PAGES_CM.items()} if mine else None
            out.append((f"{panel}/{name}/{fig.name}", digest, pages))
    return out


@pytest.fixture(scope="module")
def linted(tmp_path_factory) -> Linted:
    """``(label, problems per page)`` of every figure of every panel under every preset.

    Building and laying out are CPU-bound: each preset goes to a spawned worker process (one
    per core, at most 4), which builds its figures and lints them on the four pages (a figure
    identical to one another preset produced is linted once, see :func:`_claim`).
    Spawned, not forked: the depth experiment keeps a worker thread, and forking a threaded
    process is unsafe.
    """
    import multiprocessing

    presets = preset_params()
    claims = str(tmp_path_factory.mktemp("lint-claims"))
    first = {panel: i for i, (panel, _, _) in reversed(list(enumerate(presets)))}
    jobs = [(i, first[panel] == i, claims) for i, (panel, _, _) in enumerate(presets)]
    jobs.sort(key=lambda job: presets[job[0]][0] != "init")  # the slowest first, for an even finish
    workers = min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    if workers > 1:
        with multiprocessing.get_context("spawn").Pool(workers) as pool:
            found = pool.map(_lint_preset, jobs, chunksize=1)
    else:
        found = [_lint_preset(job) for job in jobs]
    entries = [entry for preset in found for entry in preset]
    by_digest = {digest: pages for _, digest, pages in entries if pages is not None}
    return [(label, by_digest[digest]) for label, digest, _ in entries]


def test_identical_figures_share_one_lint(tmp_path):
    """The sharing never merges different figures: a changed title is a different figure."""
    a = Figure("f", (Axes("a", (Line([0, 1], [0, 1]),)),), title="one")
    b = dataclasses.replace(a, title="two")
    claims = str(tmp_path)
    assert _claim(claims, a)[1] and not _claim(claims, a)[1]
    assert _claim(claims, dataclasses.replace(a))[1] is False  # equal content, another object
    assert _claim(claims, b)[1]


@pytest.fixture(scope="module")
def lint_results(linted) -> dict[str, dict[str, list[str]]]:
    """Page → {figure label: its first problems}, for the figures with any."""
    out: dict[str, dict[str, list[str]]] = {page: {} for page in PAGES_CM}
    for label, pages in linted:
        for page, problems in pages.items():
            if problems:
                out[page][label] = problems[:3]
    return out


@pytest.mark.parametrize("page", list(PAGES_CM))
def test_every_figure_is_clean_on_every_page(lint_results, page):
    bad = lint_results[page]
    assert not bad, "\n".join(f"{label} at {page}: {p}" for label, ps in bad.items() for p in ps)


def test_every_panel_and_preset_is_covered(linted):
    labels = [label for label, _ in linted]
    assert {label.split("/")[0] for label in labels} == {"activations", "init", "augment", "pca", "train"}
    linted_presets = {label.rsplit("/", 1)[0] for label in labels}  # preset names may hold "/"
    assert linted_presets == {f"{panel}/{name}" for panel, name, _ in preset_params()}
    assert len(linted_presets) >= 25  # defaults + every preset
    for shared in SHARED_FIGURES:  # the preset-independent figures are linted once, not lost
        assert sum(label.endswith(f"/{shared}") for label in labels) <= len({p for p, _, _ in preset_params()})
    assert all(set(pages) == set(PAGES_CM) for _, pages in linted)


# The lint itself must catch what it promises to catch.

def _lint_of(fig: Figure, width_in: float = 6.0, height_in: float = 4.0) -> set[str]:
    with rc_context(_rc(SLIDE)):
        mfig, found = lay_out(fig, theme=SLIDE, width_in=width_in, height_in=height_in, dpi=DPI, check=False)
        rules = {p.rule for p in lint(mfig)}
        assert {p.rule for p in found} == rules  # the lint lay_out hands back is the figure's own
        return rules


def test_lint_catches_overlapping_text():
    texts = (Text(0.5, 0.5, "overprinted", coords="axes"), Text(0.52, 0.5, "overprinted", coords="axes"))
    assert "overlap" in _lint_of(Figure("f", (Axes("a", texts),)))


def test_lint_catches_a_label_on_its_data():
    """A label a line runs through (the GELU minimum's value across its curve), a label on a
    straight two-point rule, and not one beside the data."""
    x = np.linspace(-3, 3, 200)
    curve = Line(x, x * 0.5 * (1 + np.tanh(x)))
    on_curve = Text(-0.75, -0.05, "GELU(−0.75) = −0.17 across the curve")
    assert "on-data" in _lint_of(Figure("f", (Axes("a", (curve, on_curve), xlim=(-3, 3), ylim=(-0.5, 3)),)))
    rule = Line([0.0, 1.0], [0.5, 0.5])
    on_rule = Text(0.5, 0.5, "on the rule", anchor="center")
    assert "on-data" in _lint_of(Figure("f", (Axes("a", (rule, on_rule), xlim=(0, 1), ylim=(0, 1)),)))
    beside = Text(0.5, 0.8, "well above the rule", anchor="center")
    assert "on-data" not in _lint_of(Figure("f", (Axes("a", (rule, beside), xlim=(0, 1), ylim=(0, 1)),)))


def test_lint_catches_a_label_running_into_a_legend():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as MplFigure

    mfig = MplFigure(figsize=(4, 3), dpi=DPI)
    FigureCanvasAgg(mfig)
    ax = mfig.add_subplot()
    ax.plot([0, 1], [0, 1], label="a rather long legend entry")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.text(0.95, 0.97, "a label running right", transform=ax.transAxes, va="top")
    mfig.draw_without_rendering()
    assert any("runs into the legend" in p.detail for p in lint(mfig))


def test_lint_catches_a_legend_on_data():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as MplFigure

    mfig = MplFigure(figsize=(4, 3), dpi=DPI)
    FigureCanvasAgg(mfig)
    ax = mfig.add_subplot()
    x = np.linspace(0, 1, 50)
    ax.plot(x, np.full_like(x, 0.95), label="along the top")
    ax.plot(x, x, label="diagonal")
    ax.legend(loc="upper left")
    mfig.draw_without_rendering()
    assert "legend" in {p.rule for p in lint(mfig)}


def test_lint_catches_text_off_the_page_and_too_small():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as MplFigure

    mfig = MplFigure(figsize=(4, 3), dpi=DPI)
    FigureCanvasAgg(mfig)
    mfig.text(0.95, 0.5, "runs off the right edge", fontsize=12)
    mfig.text(0.1, 0.1, "tiny", fontsize=MIN_TEXT_SHARE * 3 * 72 * 0.5)
    mfig.draw_without_rendering()
    assert {p.rule for p in lint(mfig)} == {"outside", "small"}


def test_a_page_too_small_is_refused_not_overprinted():
    lines = tuple(Line([0, 1], [k, k + 1], f"a long legend entry {k}") for k in range(6))
    fig = Figure("crowded", tuple(Axes(f"a{i}", lines, title="a title", xlabel="x", ylabel="y", legend=True, col=i)
                                  for i in range(4)), ncols=4, title="Four plots with legends")
    with rc_context(_rc(SLIDE)), pytest.raises(LayoutError, match="too small"):
        build_matplotlib(fig, theme=SLIDE, width_in=3.0, height_in=2.2, dpi=DPI)


def test_scatter_markers_reach_matplotlib():
    fig = Figure("f", (Axes("a", (Scatter([0, 1], [0, 1], marker="triangle"), Scatter([0, 1], [1, 0]))),))
    with rc_context(_rc(SLIDE)):
        mfig = build_matplotlib(fig, theme=SLIDE, dpi=DPI)
    paths = [c.get_paths()[0] for c in mfig.axes[0].collections]
    assert len(paths[0].vertices) != len(paths[1].vertices)  # a triangle is not a circle
