"""Labels for the off-scale spikes of the output histogram (point masses such as ReLU's zeros)."""

from __future__ import annotations

import numpy as np

from lab.activations.functions import ACTIVATIONS
from lab.activations.stats import ActivationStats
from lab.figures.numbers import num
from lab.figures.spec import Color, Item, Text

#: Height of one label line, as a share of the data's ceiling: the band above the data that holds the labels.
LINE_SHARE = 0.2
#: The overview's plots are about half as tall as a single view's: its spike labels need twice the band.
OVERVIEW_LINE_SHARE = 2.2 * LINE_SHARE


def labelled_spikes(stats: tuple[ActivationStats, ...], hists: dict[str, np.ndarray], edges: np.ndarray,
                    data_top: float, lo: float, hi: float, colors: dict[str, Color],
                    line_share: float = LINE_SHARE) -> tuple[list[Item], float, int]:
    """The labels of the spikes above ``data_top``, the plot's top (``data_top`` plus a band of
    ``line_share`` × ``data_top`` per label line) and the number of label lines."""
    _, lines = spike_labels(stats, hists, edges, data_top, lo, hi, colors)
    ceiling = data_top * (1.0 + line_share * lines)
    labels, _ = spike_labels(stats, hists, edges, ceiling, lo, hi, colors, line_share * data_top)
    return labels, ceiling, lines


def spike_labels(stats: tuple[ActivationStats, ...], hists: dict[str, np.ndarray], edges: np.ndarray,
                 ceiling: float, lo: float, hi: float, colors: dict[str, Color],
                 line: float = 0.0) -> tuple[list[Item], int]:
    """One label per function (empty without an off-scale spike; a stable set of item keys lets
    the live view update in place), and how many text lines the labels take.

    Spikes taller than ``ceiling`` are labelled.  Spikes in neighbouring bins (ReLU and Leaky
    ReLU at 0) share one label listing each; beyond two such groups one label lists them all.
    Labels sit beside the spikes, hanging from the top of the plot: the caller keeps a band of
    that many ``line`` heights (data units) above everything else it draws, so no label sits
    on a bar or a rule.
    """
    width = edges[1] - edges[0]
    peaks = []
    for s in stats:
        h = hists[s.name]
        tall = np.flatnonzero(h > ceiling)
        if tall.size:
            k = int(tall[np.argmax(h[tall])])
            peaks.append((k, s.name, float(h[k])))
    groups: list[list[tuple[int, str, float]]] = []
    for peak in sorted(peaks):
        if groups and peak[0] - groups[-1][-1][0] <= 2:
            groups[-1].append(peak)
        else:
            groups.append([peak])
    if len(groups) > 2:  # many spikes (ten functions at once): one label, at the tallest spike
        tallest = max(peaks, key=lambda p: p[2])
        groups = [[tallest, *(p for p in sorted(peaks) if p is not tallest)]]
    texts: dict[str, tuple[float, float, str, str, Color]] = {}
    lines = 0
    for g, group in enumerate(groups):
        k0 = min(p[0] for p in group[:2]) if len(groups) > 1 or len(group) <= 2 else group[0][0]
        k1 = max(p[0] for p in group[:2]) if len(groups) > 1 or len(group) <= 2 else group[0][0]
        centre = 0.5 * (edges[k0] + edges[k1 + 1])
        wider = "right" if centre > 0.5 * (lo + hi) else "left"
        # a second group goes to the other side where that side has room, else below the first
        roomy = (hi - centre if wider == "right" else centre - lo) > 0.3 * (hi - lo)
        anchor = wider if g == 0 or not roomy else ("left" if wider == "right" else "right")
        level = 0 if roomy else g
        x = edges[k0] - 0.6 * width if anchor == "right" else edges[k1 + 1] + 0.6 * width
        rows = [f"{ACTIVATIONS[name].label} {num(100.0 * share, 2)}%"
                for _, name, share in sorted(group, key=lambda p: -p[2])]
        if len(rows) > 2:
            rows = [rows[0], f"+{len(rows) - 1} more off scale"]
        arrow = "↑ " if anchor == "left" else ""
        text = arrow + ("\n" + " " * len(arrow)).join(rows) + (" ↑" if anchor == "right" else "")
        color: Color = colors[group[0][1]] if len(group) == 1 else 7
        below = lines if level else 0  # a second label without room beside: under the first
        texts[group[0][1]] = (float(x), 0.985 * ceiling - below * line, text, anchor, color)
        lines = max(lines, below + len(rows))
    out: list[Item] = []
    for s in stats:
        x, y, text, anchor, color = texts.get(s.name, (0.0, 0.5 * ceiling, "", "left", colors[s.name]))
        out.append(Text(x, y, text, color=color, size=0.75, anchor=anchor, valign="top", key=f"spike:{s.name}"))
    return out, lines
