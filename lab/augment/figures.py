"""Slide-ready figures of the augmentation grid, a single sample, and the preprocessing view."""

from __future__ import annotations

import dataclasses
import math
import textwrap
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from lab.augment.loading import LoadedImage
from lab.augment.pipeline import Sample, Step
from lab.augment.preprocess import Stats, channel_histograms, normalize, rescale01
from lab.figures.numbers import num
from lab.figures.spec import Axes, Figure, Histogram, Image, Table, Text, VLine

CHANNEL_COLORS: tuple[str, str, str] = ("#D55E00", "#009E73", "#0072B2")
CHANNELS: tuple[str, str, str] = ("R", "G", "B")


def grid_shape(n: int) -> tuple[int, int]:
    """``(rows, cols)`` of the sample grid for ``n`` samples."""
    rows = 1 if n <= 3 else 2 if n <= 8 else 3 if n <= 12 else 4
    return rows, math.ceil(n / rows)


def _label_note(sample: Sample) -> str:
    """``"cat .62 · coffee .38"`` for a mixed sample, else ``""``."""
    if len(sample.label_weights) <= 1:
        return ""
    # a no-break space: a wrapped title never parts a label from its weight
    return " · ".join(f"{k}\u00a0{num(v, 2)}" for k, v in sample.label_weights.items())


def _image_axes(key: str, data: NDArray[np.uint8], title: str, note: str = "", **place: int) -> Axes:
    """An image without axes; a mixed label's weights go under the title (fitted to the cell with
    it, so neighbouring notes never run into each other)."""
    items: tuple = (Image(data, key=f"{key}_img"),)
    full = f"{title}\n{note}" if note else title
    return Axes(key=key, items=items, title=full, equal_aspect=True, grid=False, show_axes=False, **place)


def samples_table(samples: Sequence[Sample], table_name: str = "samples") -> Table:
    """Tidy table: one row per drawn value of every step of every sample."""
    rows: list[tuple[object, ...]] = []
    for s in samples:
        for pos, d in enumerate(s.steps, start=1):
            if not d.applied or not d.values:
                rows.append((s.index + 1, pos, d.kind, d.applied, "", ""))
                continue
            for name, value in d.values.items():
                if name in ("partner_index", "label_weights"):
                    continue
                text = " ".join(f"{v:.6g}" if isinstance(v, float) else str(v) for v in np.ravel(value)) \
                    if isinstance(value, list | tuple) else (f"{value:.6g}" if isinstance(value, float) else value)
                rows.append((s.index + 1, pos, d.kind, True, name, text))
        for label, weight in s.label_weights.items():
            rows.append((s.index + 1, 0, "label", True, label, f"{weight:.6g}"))
    return Table.from_rows(table_name, ("sample", "step", "kind", "applied", "parameter", "value"), rows)


def pipeline_table(steps: Sequence[Step]) -> Table:
    """Tidy table of the pipeline: one row per option of every step."""
    rows: list[tuple[object, ...]] = []
    for pos, st in enumerate(steps, start=1):
        if not st.options:
            rows.append((pos, st.kind, st.enabled, st.p, "", ""))
        for name, value in st.options.items():
            text = f"{value[0]:g}..{value[1]:g}" if isinstance(value, tuple) else (f"{value:g}" if isinstance(value, float) else str(value))
            rows.append((pos, st.kind, st.enabled, st.p, name, text))
    return Table.from_rows("pipeline", ("step", "kind", "enabled", "p", "option", "value"), rows)


def grid_figure(original: LoadedImage, samples: Sequence[Sample], steps: Sequence[Step], title: str) -> Figure:
    """The original beside a grid of augmented samples.

    Mixed labels (MixUp, CutMix) go under each sample's number one per line ("cat 0.35"), and
    a 4:3 page gets a reflowed arrangement with the original as large as one column, so the
    samples keep a readable size.
    """
    rows, cols = grid_shape(len(samples))
    ocols = 2 if rows >= 2 else 1
    h, w = original.pixels.shape[:2]
    enabled = [st.title for st in steps if st.enabled]
    caption = f"{original.name} · " + (" → ".join(enabled) if enabled else "empty pipeline: samples equal the original")

    def arrangement(ocols: int) -> Figure:
        axes = [_image_axes("original", original.pixels, f"original ({w}×{h})", row=0, col=0,
                            rowspan=rows, colspan=ocols)]
        for k, s in enumerate(samples):
            r, c = divmod(k, cols)
            axes.append(_image_axes(f"s{k}", s.image, f"#{s.index + 1}", _label_note(s).replace(" · ", "\n"),
                                    row=r, col=ocols + c))
        return Figure("grid", tuple(axes), title=title, nrows=rows, ncols=ocols + cols,
                      tables=(samples_table(samples), pipeline_table(steps)), caption=caption)

    mixed = any(len(s.label_weights) > 1 for s in samples)
    narrow = arrangement(1) if mixed and ocols > 1 else None
    return dataclasses.replace(arrangement(ocols), narrow=narrow)


def single_figure(original: LoadedImage, sample: Sample) -> Figure:
    """The original beside one sample, with the parameters drawn for it."""
    lines: list[str] = []
    for line in sample.describe().splitlines()[1:]:
        lines += textwrap.wrap(line, 40, subsequent_indent="    ") or [""]
    lines = lines[:16]
    # one text block (its line spacing follows its font size, so lines never overprint)
    # beside the images and centred on them (a title far above would float over empty space)
    texts = (Text(0.0, 0.5, "\n".join(["drawn for this sample:", *lines]), size=0.8, coords="axes", valign="center",
                  key="t0"),)
    h, w = original.pixels.shape[:2]
    sh, sw = sample.image.shape[:2]
    axes = (
        _image_axes("original", original.pixels, "original", row=0, col=0),
        _image_axes("sample", sample.image, f"sample #{sample.index + 1}", _label_note(sample), row=0, col=1),
        Axes(key="drawn", items=texts, grid=False, show_axes=False, row=0, col=2),
    )
    # columns as wide as the images are at full height: no empty bands above and below them
    ratios = (max(0.5, w / h), max(0.5, sw / sh), 0.95)
    title = f"One augmented sample of {original.name}"
    # a 4:3 page: the two images side by side, what was drawn below them
    narrow = Figure("sample", (dataclasses.replace(axes[0], row=0, col=0), dataclasses.replace(axes[1], row=0, col=1),
                               dataclasses.replace(axes[2], row=1, col=0, colspan=2)),
                    title=title, nrows=2, ncols=2, width_ratios=ratios[:2], height_ratios=(2.6, 1.0))
    return Figure("sample", axes, title=title, nrows=1, ncols=3, tables=(samples_table([sample], "sample"),),
                  width_ratios=ratios, narrow=narrow)


def stats_table(stats: Stats) -> Table:
    rows = [(stat, CHANNELS[c], float(getattr(stats, stat)[c]), stats.source, stats.n_images)
            for stat in ("mean", "std") for c in range(3)]
    return Table.from_rows("stats", ("statistic", "channel", "value_0_1", "source", "n_images"), rows)


def preprocess_figure(image: LoadedImage, is_train: bool, stats: Stats, mode: str, n_train: int, n_test: int) -> Figure:
    """The normalized image (rescaled RGB and per-channel diverging maps), histograms, statistics."""
    note = ""
    try:
        x = normalize(image.pixels, stats, mode)
    except ValueError:  # a channel with zero std (e.g. one flat training image): do not divide
        x = normalize(image.pixels, stats, "per-channel mean")
        note = " · std is 0 in a channel: only the mean was subtracted"
    shown, lo, hi = rescale01(x)
    vmax = float(max(1e-9, np.abs(x).max()))
    role = "train" if is_train else "held out"
    mean_title = "mean image" if stats.n_images else "ImageNet mean"
    axes: list[Axes] = [
        _image_axes("pre_original", image.pixels, f"{image.label} ({role})", row=0, col=0),
        Axes(key="pre_mean", items=(Image(np.clip(stats.mean_image, 0.0, 1.0), key="pre_mean_img"),), title=mean_title,
             equal_aspect=True, grid=False, show_axes=False, row=0, col=1),
        Axes(key="pre_norm", items=(Image(shown, key="pre_norm_img"),), title="normalized",
             equal_aspect=True, grid=False, show_axes=False, row=0, col=2),
    ]
    for c in range(3):
        # every map with its own colour bar: same size, and each one readable alone
        axes.append(Axes(key=f"pre_ch{c}", items=(Image(x[..., c], cmap="RdBu_r", vmin=-vmax, vmax=vmax, colorbar=True,
                                                        key=f"pre_ch{c}_img"),),
                         title=CHANNELS[c], equal_aspect=True, grid=False, show_axes=False, row=1, col=c))
    before_edges = np.linspace(0.0, 1.0, 65)
    span = max(1.0, float(np.ceil(vmax * 4) / 4))
    after_edges = np.linspace(-span, span, 65)
    before = channel_histograms(image.pixels / 255.0, before_edges)
    after = channel_histograms(x, after_edges)
    hist_rows: list[tuple[object, ...]] = []
    for stage, edges, counts in (("before", before_edges, before), ("after", after_edges, after)):
        for c in range(3):
            hist_rows += [(stage, CHANNELS[c], float(edges[i]), float(edges[i + 1]), int(counts[c, i])) for i in range(len(edges) - 1)]
    axes.append(Axes(key="hist_before", title="before (pixel/255)", ylabel="pixels", legend=True,
                     items=tuple(Histogram(before_edges, before[c], label=CHANNELS[c], color=CHANNEL_COLORS[c], alpha=0.12,
                                           width=0.5, key=f"hb{c}") for c in range(3)),
                     xlim=(0.0, 1.0), row=0, col=3))
    axes.append(Axes(key="hist_after", title="after", ylabel="pixels",
                     items=(*(Histogram(after_edges, after[c], label=CHANNELS[c], color=CHANNEL_COLORS[c], alpha=0.12,
                                        width=0.5, key=f"ha{c}") for c in range(3)), VLine(0.0, key="zero")),
                     xlim=(-span, span), row=1, col=3))
    source = f"{n_train} train, {n_test} held out" if stats.n_images else "ImageNet"
    caption = (f"mean {' '.join(f'{v:.3f}' for v in stats.mean)} · std {' '.join(f'{v:.3f}' for v in stats.std)} "
               f"· {source} · normalized image shown {num(lo)}…{num(hi)} ↦ 0…1{note}")
    hist = Table.from_rows("histograms", ("stage", "channel", "bin_low", "bin_high", "count"), hist_rows)
    return Figure("preprocess", tuple(axes), title=f"Preprocessing: {mode}", nrows=2, ncols=4,
                  tables=(stats_table(stats), hist), caption=caption)
