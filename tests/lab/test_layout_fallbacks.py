"""The layout leans on a few matplotlib internals for speed; without them it must lay out and draw
the very same figure (a matplotlib upgrade may make exports slower, never different or broken)."""

from __future__ import annotations

import io
import threading

import numpy as np
import pytest
from PIL import Image

from lab.figures import layout, render
from lab.registry import load_spec

MISSING = "_not_in_this_matplotlib"


def _figures():
    activations = load_spec("activations")
    pca = load_spec("pca")
    figs = activations.figures(activations.params_type())
    figs += pca.figures(pca.params_type())
    return [f for f in figs if f.name in ("overview", "depth", "stages", "topk")]


def _render_in_fresh_thread(fig, **page):
    """PNG pixels and axes boxes, laid out on a thread of its own (its own renderer pool)."""
    out = {}

    def work():
        from matplotlib import rc_context

        with rc_context(render._rc(render.SLIDE)):
            mfig = render.build_matplotlib(fig, raster=True, **page)
            out["boxes"] = np.array([ax.get_position().bounds for ax in mfig.axes])
        out["png"] = render.render_bytes(fig, "png", width_px=round(page["width_in"] * page["dpi"]),
                                         height_px=round(page["height_in"] * page["dpi"]), dpi=page["dpi"])

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    return out


@pytest.mark.parametrize("page", [dict(width_in=12 / 2.54, height_in=9 / 2.54, dpi=100.0),
                                  dict(width_in=9.6, height_in=5.4, dpi=60.0)], ids=["12x9cm", "16:9"])
def test_without_the_private_shortcuts_the_figure_is_the_same(monkeypatch, page):
    figures = _figures()
    assert {f.name for f in figures} == {"overview", "depth", "stages", "topk"}
    fast = [_render_in_fresh_thread(f, **page) for f in figures]
    for name in ("UPDATE_TICKS", "LAST_KEY", "FIND_FONTS", "FONT_METRICS"):
        monkeypatch.setattr(layout, name, MISSING)
    monkeypatch.setattr(render, "DRAW_DISABLED", MISSING)
    plain = [_render_in_fresh_thread(f, **page) for f in figures]
    for fig, a, b in zip(figures, fast, plain, strict=True):
        np.testing.assert_allclose(a["boxes"], b["boxes"], atol=1e-9, err_msg=fig.name)
        with Image.open(io.BytesIO(a["png"])) as x, Image.open(io.BytesIO(b["png"])) as y:
            assert x.size == y.size
            assert np.array_equal(np.asarray(x), np.asarray(y)), f"{fig.name}: pixels differ"
