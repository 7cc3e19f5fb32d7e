"""Korean translations of the lab's words: every runtime string has an entry; figures keep data."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from lab import i18n
from lab.figures import spec as fs
from lab.figures.render import render
from lab.i18n_font import hangul_font_path
from lab.i18n_strings import collect, paste_lines, untranslated
from lab.i18n_ts import ts_text
from lab.registry import available_specs

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "nnlab_ko.ts"
HANGUL = re.compile("[\uac00-\ud7a3]")


@pytest.fixture
def korean():
    i18n.set_language("ko")
    yield
    i18n.set_language("en")


def test_every_runtime_string_has_a_korean_entry():
    """Panel titles, notices, presets, params and every figure of every panel × preset."""
    texts = collect()
    assert len(texts) > 300  # the collector really walked the panels
    gaps = untranslated(texts)
    assert not gaps, (f"{len(gaps)} string(s) without a Korean entry; paste into EXACT in lab/i18n_ko/ (panels.py, window.py or tour.py), "
                      f"translate, then run scripts/build_translations.py:\n{paste_lines(gaps)}")


def test_templates_keep_numbers_and_translate_names():
    assert i18n.tr("Top-1 keeps 91.58%", "ko") == "상위 1개가 91.58% 남김"
    assert i18n.tr("Weight initialization: Kaiming normal + ReLU", "ko") == "가중치 초기화: Kaiming 정규분포 + ReLU"
    assert i18n.tr("mean Leaky ReLU -0.030", "ko") == "평균 Leaky ReLU -0.030"
    # a line of a notice found on its own, indentation kept
    assert i18n.tr("What to notice\n  mean", "ko") == "눈여겨볼 점\n  평균"
    # the lecture's English names stay, and need no entry
    assert i18n.tr("ReLU", "ko") == "ReLU" and i18n.missing("PCA") == ()
    # unknown text comes back unchanged and is reported
    assert i18n.tr("Frobnicated widgets", "ko") == "Frobnicated widgets"
    assert i18n.missing("Frobnicated widgets") == ("Frobnicated widgets",)


def test_catalog_uses_the_lecture_terms():
    ko = i18n.tr
    assert "포화" in ko("saturated", "ko")
    assert ko("Dead ReLU", "ko") == "죽은 ReLU"
    assert ko("Weight initialization: Xavier + tanh", "ko").startswith("가중치 초기화")
    assert ko("Whitening", "ko") == "화이트닝"
    assert ko("Augmentation", "ko") == "데이터 증강"
    assert ko("mean image", "ko") == "평균 이미지"


def test_translated_figure_keeps_keys_data_and_tables(korean):
    spec = available_specs()["activations"]
    fig = spec.build(spec.params_type())[0]
    out = i18n.translate_figure(fig)
    assert out.title != fig.title and HANGUL.search(out.title)
    assert [a.key for a in out.axes] == [a.key for a in fig.axes]
    for a, b in zip(fig.axes, out.axes, strict=True):
        assert [getattr(i, "key", "") for i in a.items] == [getattr(i, "key", "") for i in b.items]
        for i, j in zip(a.items, b.items, strict=True):
            if isinstance(i, fs.Line):
                assert np.array_equal(i.x, j.x) and np.array_equal(i.y, j.y)
    assert out.tables == fig.tables  # CSV columns stay English: scripts read them by name
    assert i18n.translate_figure(fig, "en") is fig


def _korean_figures():
    for panel_id, spec in available_specs().items():
        for fig in spec.build(spec.params_type()):
            yield panel_id, fig


def test_korean_export_of_every_figure_has_every_glyph_and_embeds_nanum(tmp_path, korean):
    """Warnings are errors: a "Glyph … missing from font" in any figure fails here."""
    assert hangul_font_path() is not None, "koreanize-matplotlib (NanumGothic) is a dependency"
    count = 0
    for panel_id, fig in _korean_figures():
        pdf = render(fig, tmp_path / f"{panel_id}-{fig.name}.pdf", width_px=984, height_px=551, dpi=100)  # 25 × 14 cm
        data = pdf.read_bytes()
        fonts = set(re.findall(rb"/BaseFont\s*/([A-Za-z0-9+\-]+)", data))
        if any(HANGUL.search(t) for t in i18n.figure_texts(i18n.translate_figure(fig))):
            assert any(f.endswith(b"+NanumGothic") for f in fonts), (panel_id, fig.name, fonts)
            count += 1
    assert count >= 8


def test_korean_svg_keeps_text_as_text(tmp_path, korean):
    spec = available_specs()["pca"]
    fig = spec.build(spec.params_type())[0]
    svg = render(fig, tmp_path / "pca.svg").read_text(encoding="utf-8")
    assert "<text" in svg and "화이트닝" in svg


def test_every_catalog_character_has_a_glyph():
    """Each character of every translation is in DejaVu Sans (Latin, maths) or NanumGothic."""
    from fontTools.ttLib import TTFont
    from matplotlib import font_manager

    with TTFont(font_manager.findfont("DejaVu Sans")) as font:
        dejavu = font.getBestCmap()
    with TTFont(str(hangul_font_path())) as font:
        nanum = font.getBestCmap()
    from lab import i18n_ko

    chars = {c for _s, t in [*i18n_ko.EXACT.items(), *i18n_ko.TEMPLATES] for c in t if not c.isspace()}
    lacking = sorted(c for c in chars if ord(c) not in dejavu and ord(c) not in nanum)
    assert not lacking, lacking


def test_ts_file_is_generated_from_the_catalog_and_finished():
    text = TS.read_text(encoding="utf-8")
    assert text == ts_text(), "stale: run python scripts/build_translations.py"
    assert 'type="unfinished"' not in text and "<translation></translation>" not in text
    assert text.count("<message>") == text.count("<translation>") > 500


def test_cli_export_in_korean(tmp_path, capsys):
    from lab.cli import run_export

    try:
        code = run_export(["--panel", "activations", "--format", "pdf", "--lang", "ko", "--size", "12x9cm",
                           "--out", str(tmp_path)])
    finally:
        i18n.set_language("en")
    assert code == 0
    pdfs = sorted(tmp_path.glob("*.pdf"))
    assert pdfs and all(b"NanumGothic" in p.read_bytes() for p in pdfs)
    assert run_export(["--panel", "activations", "--format", "pdf", "--out", str(tmp_path / "en")]) == 0
    assert all(b"NanumGothic" not in p.read_bytes() for p in (tmp_path / "en").glob("*.pdf"))


def test_language_reaches_the_export_process(korean):
    """The GUI's "Export all" runs in a spawned interpreter: it inherits the language."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", "from lab import i18n; print(i18n.language())"],
                         capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "ko"


def test_nested_arrangements_are_translated_too():
    """A figure may hold another arrangement of itself (a field of type Figure): both are translated."""
    import dataclasses

    inner = fs.Figure("n", (fs.Axes("a", title="Whitening"),), title="Preprocessing")
    extra = dataclasses.make_dataclass("Outer", [("other", fs.Figure, dataclasses.field(default=inner))],
                                       bases=(fs.Figure,), frozen=True, eq=False)
    outer = extra("o", (fs.Axes("a", xlabel="layer"),), title="Augmentation")
    out = i18n.translate_figure(outer, "ko")
    assert (out.title, out.axes[0].xlabel) == ("데이터 증강", "층")
    assert (out.other.title, out.other.axes[0].title) == ("전처리", "화이트닝")
    assert {"Preprocessing", "Whitening"} <= set(i18n.figure_texts(outer))


def test_lecture_tour_is_collected_and_translated_with_its_numbers():
    """Every step's section, title and text has a Korean entry that keeps each number the English quotes."""
    from lab.tour import tour

    texts = collect(figures=False)
    number = re.compile(r"\d+(?:\.\d+)?(?:e-?\d+)?")
    for step in tour():
        for text in (step.section, step.title, step.text):
            assert text in texts
            ko = i18n.tr(text, "ko")
            if i18n.missing(text) == () and text != ko:
                assert HANGUL.search(ko), text
            assert set(number.findall(text)) <= set(number.findall(ko)), (text, ko)
        assert HANGUL.search(i18n.tr(step.text, "ko")), step.text
    assert i18n.tr("Centred: 2.8% flip", "ko") == "중심화 후: 2.8% 클래스 바뀜"
    assert i18n.tr("▼ 2 curves below 10⁻⁶⁰", "ko") == "▼ 10⁻⁶⁰ 미만 곡선 2개"
    assert i18n.tr("▼ Leaky ReLU below 10⁻⁶⁰", "ko") == "▼ Leaky ReLU: 10⁻⁶⁰ 미만"


def test_a_value_of_a_phrase_does_not_swallow_a_list():
    """"{p} in k = {k}" must not take "3, 95% in k = 6, …" as its k: the list is split first."""
    assert i18n.tr("astronaut.jpg, 192 → k dimensions: 90% in k = 3, 95% in k = 6, 99% in k = 22", "ko") == \
        "astronaut.jpg, 192 → k차원: k = 3에서 90%, k = 6에서 95%, k = 22에서 99%"
    assert i18n.tr("SGD steps until the loss ≤ 0.2: ReLU, Glorot normal, zero-centred inputs", "ko") == \
        "손실 ≤ 0.2까지 SGD 스텝 수: ReLU, Glorot 정규분포, 0 중심 입력"
    # "in" of a sentence needs an entry; "in" after a number is the inch
    assert i18n.missing("90% in k = 3") == () and i18n.missing("9.6 x 5.4 in") == ()
    assert i18n.missing("12 in the box") == ("12 in the box",)
