"""Slide export: PNG/SVG/PDF decode with the requested size and DPI; CSV parses back exactly."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image as PILImage

from lab.figures import SLIDE, Axes, Band, Figure, Line, Table
from lab.figures.render import render, render_bytes
from lab.figures.sizes import PRESETS, Size, parse_size
from lab.figures.tables import table_to_csv, write_csv
from lab.figures.themes import OKABE_ITO
from tests.lab.fake_panel import FakeParams, build


def figure():
    return build(FakeParams(n=50))[0]


def test_png_has_requested_pixels_and_dpi(tmp_path):
    path = render(figure(), tmp_path / "f.png", width_px=1200, height_px=675, dpi=150)
    with PILImage.open(path) as im:
        assert im.size == (1200, 675)
        # PNG stores whole pixels per metre: 150 DPI -> 5906 px/m -> 150.012 DPI.
        assert im.info["dpi"] == pytest.approx((150, 150), abs=0.02)
        assert im.mode in ("RGBA", "RGB")
        pixels = np.asarray(im.convert("RGB"))
    assert pixels[0, 0].tolist() == [255, 255, 255]  # slide theme: white page
    assert (pixels < 128).any()  # something dark (text, lines) was drawn


def test_transparent_png_has_clear_background(tmp_path):
    path = render(figure(), tmp_path / "t.png", width_px=400, height_px=300, dpi=100, transparent=True)
    with PILImage.open(path) as im:
        assert np.asarray(im.convert("RGBA"))[0, 0, 3] == 0


def test_svg_is_xml_with_text_kept_as_text(tmp_path):
    path = render(figure(), tmp_path / "f.svg")
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    texts = "".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "Histogram" in texts and "Fake panel" in texts


def test_pdf_page_has_requested_size(tmp_path):
    path = render(figure(), tmp_path / "f.pdf", width_px=1920, height_px=1080, dpi=200)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert box is not None
    # 1920 px at 200 DPI = 9.6 in = 691.2 pt
    assert float(box[1]) == pytest.approx(9.6 * 72, abs=0.01)
    assert float(box[2]) == pytest.approx(5.4 * 72, abs=0.01)


def test_render_rejects_unknown_format_and_absurd_size(tmp_path):
    with pytest.raises(ValueError, match="format"):
        render(figure(), tmp_path / "f.bmp")
    with pytest.raises(ValueError, match="size"):
        render(figure(), tmp_path / "f.png", width_px=5, height_px=5)
    assert list(tmp_path.iterdir()) == []


def test_failed_render_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "keep.png"
    path.write_bytes(b"old figure")
    import lab.figures.render as rmod

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(rmod, "_save", boom)
    with pytest.raises(OSError):
        render(figure(), path)
    assert path.read_bytes() == b"old figure"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.png"]


def test_every_item_kind_renders_in_every_format():
    from lab.figures import Arrow, Ellipse, Histogram, HLine, Image, Scatter, Span, Text, VLine

    x = np.linspace(-1, 1, 50)
    items = (Line(x, x**2, "l"), Band(x, x - 1, x + 1, "b"), Span(-0.5, 0.5, label="s"), VLine(0.0), HLine(0.5),
             Histogram([0, 1, 2], [3, 4], "h"), Scatter(x, x, "p"), Arrow(0, 0, 1, 1, "a"),
             Ellipse(0, 0, 2, 1, 30, "e"), Text(0.1, 0.9, "t", coords="axes"))
    fig = Figure("all", axes=(
        Axes("a", items, legend=True, equal_aspect=True),
        Axes("b", (Image(np.zeros((4, 5)), cmap="RdBu_r", colorbar=True, label="z"),), col=1),
        Axes("c", (Image(np.zeros((4, 5, 3), np.uint8)),), col=2, show_axes=False),
        Axes("d", (Line([1, 10, 100], [0.0, 1e-3, 1.0]),), col=3, xscale="log", yscale="log"),
    ), ncols=4)
    for fmt in ("png", "svg", "pdf"):
        assert len(render_bytes(fig, fmt, width_px=800, height_px=300, dpi=100)) > 1000


def test_csv_round_trips_floats_exactly(tmp_path):
    values = [0.1, 1 / 3, 6.648056670790033e-03, -0.0, 1e-300]
    table = Table("t", ("name", "value"), (["a", "b,c", 'd"e', "f", "g"], values))
    path = write_csv(table, tmp_path / "t.csv")
    rows = list(csv.reader(io.StringIO(path.read_text())))
    assert rows[0] == ["name", "value"]
    assert [r[0] for r in rows[1:]] == ["a", "b,c", 'd"e', "f", "g"]
    assert [float(r[1]) for r in rows[1:]] == values


def test_table_validation():
    with pytest.raises(ValueError, match="differ in length"):
        Table("t", ("a", "b"), ([1, 2], [1]))
    t = Table.from_rows("t", ("a", "b"), [(1, 2.0), (3, 4.0)])
    assert t.data == ([1, 3], [2.0, 4.0]) and t.n_rows == 2
    assert table_to_csv(t).splitlines() == ["a,b", "1,2.0", "3,4.0"]


@pytest.mark.parametrize(
    ("text", "dpi", "pixels"),
    [("1920x1080", 200, (1920, 1080)), ("1920x1080px", 72, (1920, 1080)), ("10x5in", 150, (1500, 750)),
     ("25.4x12.7cm", 100, (1000, 500)), ("16:9", 200, (1920, 1080)), ("4:3", 100, (800, 600))],
)
def test_sizes(text, dpi, pixels):
    assert parse_size(text).pixels(dpi) == pixels


@pytest.mark.parametrize("text", ["", "1920", "axb", "0x100", "10x10mm", "-5x5"])
def test_bad_sizes_are_rejected(text):
    with pytest.raises(ValueError, match="size"):
        parse_size(text)


def test_presets_have_their_aspect_ratios():
    assert PRESETS["16:9"][0] / PRESETS["16:9"][1] == pytest.approx(16 / 9)
    assert PRESETS["4:3"][0] / PRESETS["4:3"][1] == pytest.approx(4 / 3)
    assert Size(9.6, 5.4, "in").pixels(200) == (1920, 1080)


def test_slide_theme_uses_okabe_ito_and_large_type():
    assert SLIDE.palette == OKABE_ITO
    assert SLIDE.background.upper() == "#FFFFFF"
    assert SLIDE.font_size >= 14 and SLIDE.line_width >= 2.5
    assert SLIDE.color(0) == "#0072B2" and SLIDE.color(8) == SLIDE.color(0) and SLIDE.color("fg") == "#000000"


def test_spec_validation():
    with pytest.raises(ValueError, match="shape"):
        Line([0, 1], [0, 1, 2])
    with pytest.raises(ValueError, match="does not fit"):
        Figure("f", axes=(Axes("a", col=1),), ncols=1)


def test_long_titles_and_captions_are_fitted_to_their_room():
    from matplotlib import rc_context

    from lab.figures.lint import lint
    from lab.figures.render import _rc, build_matplotlib

    long = "a title far too long for one narrow panel of a four-column slide"
    fig = Figure("f", axes=tuple(Axes(f"a{i}", (Line([0, 1], [0, 1]),), title=long if i == 0 else "ok", col=i)
                                 for i in range(4)), ncols=4, title=long * 3, caption=long * 3)
    with rc_context(_rc(SLIDE)):
        mfig = build_matplotlib(fig, theme=SLIDE)
        renderer = mfig.canvas.get_renderer()
        first, second = mfig.axes[0], mfig.axes[1]
        assert "\n" in first.title.get_text()  # too long even when shrunk: wrapped
        # within its own column: it ends before the next plot's tick labels begin
        assert first.title.get_window_extent(renderer).x1 < second.get_tightbbox(renderer).x0
        for text in (mfig._suptitle, mfig._supxlabel):
            box = text.get_window_extent(renderer)
            assert box.x0 >= 0 and box.x1 <= mfig.bbox.width
            assert "\n" in text.get_text()
        assert second.title.get_fontsize() == SLIDE.title_size  # short titles untouched (16:9 slide page)
        assert lint(mfig) == []


def test_legends_sit_beside_or_above_their_plot_never_on_it():
    from matplotlib import rc_context

    from lab.figures.lint import lint
    from lab.figures.render import _rc, build_matplotlib

    lines = tuple(Line([0, 1], [k, k + 1], f"series number {k}") for k in range(8))
    fig = Figure("f", axes=(Axes("small", lines, legend=True), Axes("big", lines[:1], legend=True, col=1, colspan=4)),
                 ncols=5, nrows=3)
    with rc_context(_rc(SLIDE)):
        mfig = build_matplotlib(fig, theme=SLIDE)
        renderer = mfig.canvas.get_renderer()
        for ax in mfig.axes:
            box, legend = ax.get_window_extent(renderer), ax.get_legend().get_window_extent(renderer)
            beside = legend.x0 >= box.x1
            above = legend.y0 >= box.y1
            assert beside or above
        assert lint(mfig) == []


def test_integer_axes_get_whole_number_ticks():
    from matplotlib import rc_context

    from lab.figures.render import _rc, build_matplotlib

    x = np.arange(1.0, 4.0)
    fig = Figure("f", axes=(Axes("layers", (Line(x, x),), xlim=(0.8, 3.2), integer_x=True),
                            Axes("plain", (Line(x, x),), xlim=(0.8, 3.2), col=1)), ncols=2)
    with rc_context(_rc(SLIDE)):
        layers, plain = build_matplotlib(fig, theme=SLIDE).axes
        ticks = [t for t in layers.get_xticks() if 0.8 <= t <= 3.2]
        assert ticks == [1.0, 2.0, 3.0]
        assert any(not float(t).is_integer() for t in plain.get_xticks() if 0.8 <= t <= 3.2)  # 1.5, 2.5
