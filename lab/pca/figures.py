"""Plain-data figures of the PCA panel: the four stages, the top-k projection, the patch spectrum."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from lab.figures.numbers import num, percent
from lab.figures.spec import Arrow, Axes, Ellipse, Figure, Histogram, HLine, Line, Scatter, Table, Text, VLine
from lab.pca.analysis import N_STAGES, PcaAnalysis, interpolate_stage
from lab.pca.patches import PatchSpectrum
from lab.pca.pipeline import axis_angle_deg, eigh_sorted, mean_cov

#: Most points drawn per view; beyond it a fixed, evenly strided subset is drawn (CSV has all).
DISPLAY_LIMIT = 25_000
#: Most residual lines drawn in the top-k view.
RESIDUAL_LIMIT = 2_000

TRAIN, TEST, PC1, PC2, ELLIPSE, SELECTED, RECON = 0, 2, 1, 3, 7, 4, 3


def display_indices(n: int, limit: int = DISPLAY_LIMIT, extra: tuple[int, ...] = ()) -> NDArray[np.intp]:
    """All of ``range(n)`` up to ``limit``; beyond it an even stride plus the ``extra`` indices."""
    if n <= limit:
        return np.arange(n)
    base = np.linspace(0, n - 1, limit).astype(np.intp)
    keep = [i for i in extra if 0 <= i < n]
    return np.unique(np.concatenate([base, np.asarray(keep, dtype=np.intp)])) if keep else base


def moved_indices(moves: tuple[float, ...]) -> tuple[int, ...]:
    """Indices named in flattened ``(index, x, y)`` triples."""
    return tuple(int(moves[j]) for j in range(0, len(moves) - len(moves) % 3, 3))


def _round(values: NDArray[np.float64], scale: float) -> NDArray[np.float64]:
    """Rounding noise below 1e-12 of ``scale`` shown as 0."""
    return np.where(np.abs(values) < 1e-12 * max(scale, 1e-300), 0.0, values)


def _math(v: float) -> str:
    return num(float(v)).replace("·10", r"\cdot 10")


def stats_text(cov: NDArray[np.float64], lam: NDArray[np.float64]) -> str:
    """Two lines: the 2×2 covariance and its eigenvalues, 3 significant digits."""
    scale = float(np.abs(cov).max()) if cov.size else 0.0
    c, lam = _round(cov, scale), _round(lam, scale)
    return (f"Σ = [[{num(c[0, 0])}, {num(c[0, 1])}], [{num(c[1, 0])}, {num(c[1, 1])}]]\n"
            f"λ = {num(float(lam[0]))}, {num(float(lam[1]))}")


def stats_math(cov: NDArray[np.float64]) -> str:
    """The 2×2 covariance as a mathtext matrix (for the exporter), 3 significant digits."""
    scale = float(np.abs(cov).max()) if cov.size else 0.0
    c = _round(cov, scale)
    return (rf"$\Sigma = \left(\genfrac{{}}{{}}{{0}}{{0}}{{{_math(c[0, 0])}}}{{{_math(c[1, 0])}}}\;\;"
            rf"\genfrac{{}}{{}}{{0}}{{0}}{{{_math(c[0, 1])}}}{{{_math(c[1, 1])}}}\right)$")


def _labels(name: str, names: tuple[str, str]) -> tuple[str, str]:
    x, y = names
    return {
        "original": (x, y),
        "centred": (f"{x} − mean", f"{y} − mean"),
        "standardised": (f"({x} − mean)/std", f"({y} − mean)/std"),
        "decorrelated": ("PC1", "PC2"),
        "pca_whitened": ("PC1/√(λ₁+ε)", "PC2/√(λ₂+ε)"),
        "zca_whitened": (f"{x} (ZCA)", f"{y} (ZCA)"),
    }.get(name, (x, y))


def view_axes(
    result: PcaAnalysis,
    points: NDArray[np.float64],
    *,
    key: str,
    title: str,
    labels: tuple[str, str],
    arrows: NDArray[np.float64],
    display: NDArray[np.intp],
    selected: int = -1,
    row: int = 0,
    col: int = 0,
    stats: tuple[NDArray[np.float64], NDArray[np.float64]] | None = None,
    limits: tuple[tuple[float, float], tuple[float, float]] | None = None,
    split: tuple[NDArray[np.intp], NDArray[np.intp]] | None = None,
) -> Axes:
    """One scatter view: training/test points, 1σ/2σ ellipses, principal-axis arrows, Σ and λ.

    ``split`` may pass :func:`shown_split` of ``display`` (the same for every stage).
    """
    shown_tr, shown_te = shown_split(result, points.shape[0], display) if split is None else split
    if stats is None:
        mean, cov = mean_cov(points[result.train], result.fit.divisor)  # type: ignore[arg-type]
    else:
        mean, cov = stats
    lam, vec = eigh_sorted(cov)
    angle = axis_angle_deg(vec[:, 0])
    root = np.sqrt(lam)
    items: list = [  # test first, so the training points that define the statistics stay on top
        Scatter(points[shown_te, 0], points[shown_te, 1], label="test (training statistics)", color=TEST,
                size=1.0, alpha=0.8, marker="triangle", key="test"),
        Scatter(points[shown_tr, 0], points[shown_tr, 1], label="training", color=TRAIN, size=0.8,
                alpha=0.55, key="train"),
    ]
    xlim, ylim = limits if limits is not None else _limits(points[display], mean, root, vec)
    if xlim[0] < 0.0 < xlim[1] and ylim[0] < 0.0 < ylim[1]:  # the origin cross-hair: centring moves here
        items += [HLine(0.0, color=7, style="solid", width=0.35, key="origin_h"),
                  VLine(0.0, color=7, style="solid", width=0.35, key="origin_v")]
    for m, style in ((1, "solid"), (2, "dashed")):
        items.append(Ellipse(float(mean[0]), float(mean[1]), 2 * m * float(root[0]), 2 * m * float(root[1]),
                             angle, label=f"{m}σ", color=ELLIPSE, style=style, line_width=0.5, key=f"ell{m}"))
    for i, color in ((0, PC1), (1, PC2)):
        items.append(Arrow(float(mean[0]), float(mean[1]), float(arrows[i, 0]), float(arrows[i, 1]),
                           label=f"PC{i + 1} · √λ{i + 1}", color=color, width=1.2, key=f"pc{i + 1}"))
    sel = points[[selected]] if 0 <= selected < points.shape[0] else np.empty((0, 2))
    items.append(Scatter(sel[:, 0], sel[:, 1], label="selected", color=SELECTED, size=2.6, alpha=1.0,
                         key="selected"))
    cov_line, lam_line = stats_text(cov, lam).split("\n")
    # beside the plot, not on the points
    items.append(Text(1.04, 0.98, cov_line, size=0.8, coords="axes", key="stats_cov", math=stats_math(cov)))
    items.append(Text(1.04, 0.52, lam_line, size=0.8, coords="axes", valign="top", key="stats_lam"))
    return Axes(key=key, items=tuple(items), title=title, xlabel=labels[0], ylabel=labels[1],
                xlim=xlim, ylim=ylim, equal_aspect=True, grid=False, row=row, col=col)


def shown_split(result: PcaAnalysis, n: int, display: NDArray[np.intp]) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """The displayed training and test indices."""
    tr_mask = np.zeros(n, dtype=bool)
    tr_mask[result.train] = True
    keep = tr_mask[display]
    return display[keep], display[~keep]


def _limits(pts: NDArray[np.float64], mean, root, vec) -> tuple[tuple[float, float], tuple[float, float]]:
    t = np.linspace(0, 2 * np.pi, 64)
    ring = mean + 2.2 * (np.outer(np.cos(t), root[0] * vec[:, 0]) + np.outer(np.sin(t), root[1] * vec[:, 1]))
    allp = np.vstack([pts, ring, mean[None, :]]) if pts.size else np.vstack([ring, mean[None, :]])
    # column-wise reductions: NumPy's axis-0 reduce over an (N, 2) array is ~30× slower
    lo = np.array([allp[:, 0].min(), allp[:, 1].min()])
    hi = np.array([allp[:, 0].max(), allp[:, 1].max()])
    span = np.maximum(hi - lo, 1e-9 * max(1.0, float(np.abs(allp).max())))
    span = np.maximum(span, 0.05 * span.max())
    lo, hi = lo - 0.06 * span, hi + 0.06 * span
    return (float(lo[0]), float(hi[0])), (float(lo[1]), float(hi[1]))


def stage_limits(result: PcaAnalysis, display: NDArray[np.intp]) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The view box of each stage: one shared box where the stages have similar scales.

    Sharing the box makes centring read as a shift to the origin and whitening as a change of
    shape; a stage whose own box is under a third of the shared one (hPa-sized data before
    centring) keeps its own box instead.
    """
    own = []
    for st in result.stages:
        lam, vec = eigh_sorted(st.cov)
        own.append(_limits(st.points[display], st.mean, np.sqrt(np.maximum(lam, 0.0)), vec))
    out = list(own)
    group = list(range(len(own)))
    while group:
        lo = np.array([min(own[i][0][0] for i in group), min(own[i][1][0] for i in group)])
        hi = np.array([max(own[i][0][1] for i in group), max(own[i][1][1] for i in group)])
        span = float(np.max(hi - lo))
        small = [i for i in group if max(own[i][0][1] - own[i][0][0], own[i][1][1] - own[i][1][0]) < span / 3]
        if not small:
            for i in group:
                out[i] = ((float(lo[0]), float(hi[0])), (float(lo[1]), float(hi[1])))
            break
        # drop the stage farthest from the rest (the smallest box) and try again
        group.remove(min(small, key=lambda i: max(own[i][0][1] - own[i][0][0], own[i][1][1] - own[i][1][0])))
    return out


def stage_axes(result: PcaAnalysis, i: int, *, names: tuple[str, str] = ("x", "y"), selected: int = -1,
               display: NDArray[np.intp] | None = None, row: int = 0, col: int = 0,
               limits: tuple[tuple[float, float], tuple[float, float]] | None = None,
               split: tuple[NDArray[np.intp], NDArray[np.intp]] | None = None) -> Axes:
    """The view of stage ``i`` (0 original … 3 whitened)."""
    st = result.stages[i]
    disp = display_indices(st.points.shape[0], extra=(selected,)) if display is None else display
    return view_axes(result, st.points, key=f"stage{i}", title=st.title, labels=_labels(st.name, names),
                     arrows=st.axes, display=disp, selected=selected, row=row, col=col, stats=(st.mean, st.cov),
                     limits=limits, split=split)


def interpolated_axes(result: PcaAnalysis, t: float, *, names: tuple[str, str] = ("x", "y"),
                      selected: int = -1, display: NDArray[np.intp] | None = None) -> Axes:
    """The single animated view at fractional stage ``t ∈ [0, 3]``."""
    pts = interpolate_stage(result, t)
    i = min(int(np.floor(t)), N_STAGES - 2)
    f = min(max(t - i, 0.0), 1.0)
    arrows = (1 - f) * result.stages[i].axes + f * result.stages[i + 1].axes
    near = result.stages[int(round(t))]
    title = near.title if abs(t - round(t)) < 1e-9 else f"{result.stages[i].title} → {result.stages[i + 1].title}"
    disp = display_indices(pts.shape[0], extra=(selected,)) if display is None else display
    return view_axes(result, pts, key="single", title=title, labels=_labels(near.name, names),
                     arrows=arrows, display=disp, selected=selected)


def stage_tables(result: PcaAnalysis) -> tuple[Table, ...]:
    """Tidy tables: every point at every stage, each stage's covariance/eigenvalues, the split."""
    n = result.points.shape[0]
    stage_col = np.empty(N_STAGES * n, dtype=object)
    for i, st in enumerate(result.stages):
        stage_col[i * n : (i + 1) * n] = st.name
    point_col = np.tile(np.arange(n), N_STAGES)
    xy = np.concatenate([st.points for st in result.stages])
    points = Table("points", ("stage", "point", "x", "y"), (stage_col, point_col, xy[:, 0], xy[:, 1]))
    rows = [(st.name, st.cov[0, 0], st.cov[0, 1], st.cov[1, 1], st.eigenvalues[0], st.eigenvalues[1],
             result.fit.divisor, result.train.size, result.fit.eps) for st in result.stages]
    stats = Table.from_rows("stage_stats", ("stage", "cov_xx", "cov_xy", "cov_yy", "eigenvalue_1",
                                                "eigenvalue_2", "divisor", "n_train", "eps"), rows)
    subset = np.full(n, "train", dtype=object)
    subset[result.test] = "test"
    split = Table("split", ("point", "subset"), (np.arange(n), subset))
    return points, stats, split


def stages_figure(result: PcaAnalysis, *, names: tuple[str, str] = ("x", "y"), selected: int = -1,
                  tables: bool = True, display: NDArray[np.intp] | None = None) -> Figure:
    """The four stages on a 2×2 slide, with the tidy tables behind them."""
    n = result.points.shape[0]
    disp = display_indices(n, extra=(selected,)) if display is None else display
    boxes = stage_limits(result, disp)
    split = shown_split(result, n, disp)
    axes = [stage_axes(result, i, names=names, selected=selected, display=disp, row=i // 2, col=i % 2,
                       limits=boxes[i], split=split) for i in range(N_STAGES)]
    shown = "" if disp.size >= n else f" Showing {disp.size:,} of {n:,} points (the CSV has all)."
    test = f"; green ▲: {result.test.size:,} test points" if result.test.size else ""
    caption = (f"Blue ●: {result.train.size:,} training points (statistics){test}. "
               f"Σ ÷{'N' if result.fit.divisor == 'N' else '(N−1)'}, ε = {num(result.fit.eps)}, "
               f"PC1 at {num(result.fit.first_axis_deg)}°; arrows √λ·PC; ellipses 1σ, 2σ.{shown}")
    return Figure(name="stages", axes=tuple(axes), title="Original → centred → decorrelated → whitened",
                  nrows=2, ncols=2, tables=stage_tables(result) if tables else (), caption=caption)


def topk_figure(result: PcaAnalysis, *, names: tuple[str, str] = ("x", "y"), tables: bool = True) -> Figure:
    """Projection onto the top-k axes with residual lines, and the variance per component."""
    x, rec = result.points, result.reconstruction
    n = x.shape[0]
    disp = display_indices(n)
    res_idx = display_indices(n, RESIDUAL_LIMIT)
    seg = np.full((res_idx.size, 3, 2), np.nan)
    seg[:, 0], seg[:, 1] = x[res_idx], rec[res_idx]
    seg = seg.reshape(-1, 2)
    mu = x[result.train].mean(axis=0)
    u1 = result.fit.eigenvectors[:, 0] * result.scale
    u1 = u1 / max(float(np.linalg.norm(u1)), 1e-300)
    proj = (x[disp] - mu) @ u1
    t = np.array([proj.min(), proj.max()]) * 1.1 if proj.size else np.array([-1.0, 1.0])
    line = mu + np.outer(t, u1)
    lam = result.fit.eigenvalues
    frac = lam / lam.sum() if lam.sum() > 0 else np.zeros_like(lam)
    ax1 = Axes(
        key="topk",
        items=(
            Scatter(x[disp, 0], x[disp, 1], label="data", color=TRAIN, size=0.8, alpha=0.45, key="data"),
            Line(seg[:, 0], seg[:, 1], label="residual", color="#888888", width=0.25, key="residual"),
            Line(line[:, 0], line[:, 1], label="PC1 axis", color=PC1, width=1.0, key="axis"),
            Scatter(rec[disp, 0], rec[disp, 1], label=f"reconstruction (k = {result.k})", color=RECON,
                    size=1.0, alpha=0.9, marker="diamond", key="recon"),
        ),
        title=f"Top-{result.k} keeps {percent(result.retained)}",
        xlabel=names[0], ylabel=names[1], equal_aspect=True, legend=True,
    )
    ax2 = Axes(
        key="spectrum",
        items=(
            Histogram(np.arange(lam.size + 1) + 0.5, frac, label="variance share", color=TRAIN, key="share"),
            Line(np.arange(1, lam.size + 1), np.cumsum(frac), label="cumulative", color=PC1, key="cum"),
            VLine(result.k + 0.5, label=f"k = {result.k}", key="k"),
        ),
        title="Variance per component", xlabel="component", ylabel="share of variance",
        ylim=(0.0, 1.05), xlim=(0.4, lam.size + 0.6), integer_x=True, legend=True, col=1,
    )
    tabs: tuple[Table, ...] = ()
    if tables:
        resid = np.linalg.norm(x - rec, axis=1)
        pts = Table("topk", ("point", "x", "y", "x_reconstructed", "y_reconstructed", "residual"),
                    (np.arange(n), x[:, 0], x[:, 1], rec[:, 0], rec[:, 1], resid))
        kept = Table.from_rows("retained", ("k", "eigenvalue", "retained_variance"),
                               [(i + 1, float(lam[i]), float(np.cumsum(frac)[i])) for i in range(lam.size)])
        tabs = (pts, kept)
    return Figure(name="topk", axes=(ax1, ax2), title="Projecting onto the top-k principal axes",
                  ncols=2, tables=tabs,
                  caption="Residuals are orthogonal to the kept axis; the variance kept is Σ top-k λ / Σ λ.")


def patch_figure(spec: PatchSpectrum) -> Figure:
    """Cumulative retained variance of an image's p×p colour patches, and their eigenvalues."""
    k = np.arange(1, spec.dim + 1)
    marks = [(f, spec.components_for(f)) for f in (0.9, 0.95, 0.99)]
    items: list = [Line(k, spec.cumulative, label="variance kept", color=TRAIN, width=1.2, key="cum")]
    for j, (f, kk) in enumerate(marks):
        items.append(HLine(f, color="#999999", style="dotted", width=0.6, key=f"h{j}"))
        items.append(VLine(kk, label=f"k = {kk} keeps {100 * f:.0f}%", color=PC1 + j, key=f"v{j}"))
    p = spec.patch_size
    ax1 = Axes(key="cumulative", items=tuple(items),
               title=f"{p}×{p} RGB patches: {spec.dim}-D",
               xlabel="components kept (k)", ylabel="fraction of variance kept", xscale="log",
               ylim=(0.0, 1.02), xlim=(1.0, float(spec.dim)), legend=True)
    lam = np.maximum(spec.eigenvalues, 1e-300)
    ax2 = Axes(key="eigenvalues",
               items=(Line(k, lam, label="eigenvalue", color=PC2, width=1.2, key="eig"),),
               title="Eigenvalues fall fast", xlabel="component", ylabel="eigenvalue λ", yscale="log",
               xlim=(1.0, float(spec.dim)), col=1)
    summary = ", ".join(f"{100 * f:.0f}% in k = {kk}" for f, kk in marks)
    table = Table("patch_spectrum", ("k", "eigenvalue", "cumulative_retained"),
                  (k, spec.eigenvalues, spec.cumulative))
    return Figure(name="patches", axes=(ax1, ax2), ncols=2, tables=(table,),
                  title=f"{spec.image_name}, {spec.dim} → k dimensions: {summary}",
                  caption=f"PCA of {spec.n_patches:,} of {spec.n_available:,} non-overlapping patches "
                          f"(values 0–1, Σ ÷{'N' if spec.divisor == 'N' else '(N−1)'}).")
