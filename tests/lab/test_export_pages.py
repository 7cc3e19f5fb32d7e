"""Lecture numbers, log ticks, --figure, refusal of too-small pages, and umask permissions."""

from __future__ import annotations

import os
import stat

import pytest

from lab.cli import run_export
from lab.figures.numbers import MINUS, num, percent
from lab.figures.placement import MIN_TEXT_SHARE, page_scale, text_sizes
from lab.figures.ticks import log_ticks
from lab.session import save_session
from tests.lab.fake_panel import FakeParams


@pytest.mark.parametrize(("value", "text"), [
    (0.62793, "0.628"), (-1.5, f"{MINUS}1.5"), (-0.0, "0"), (-1e-17, f"{MINUS}10⁻¹⁷"), (6.648e-3, "0.00665"),
    (1e-5, "10⁻⁵"), (30.158, "30.2"), (123456.0, "1.23·10⁵"), (-2.5e-7, f"{MINUS}2.5·10⁻⁷"), (0.0004999, "5·10⁻⁴"),
])
def test_numbers_have_three_significant_digits_and_a_real_minus(value, text):
    assert num(value) == text
    assert "-" not in num(value)  # never an ASCII hyphen as a minus sign


def test_rounding_to_zero_never_prints_negative_zero():
    assert num(-0.0001, 1) != f"{MINUS}0" and num(-4e-400) == "0"
    assert percent(0.91576) == "91.6%"


@pytest.mark.parametrize(("lo", "hi"), [(1e-72, 1e6), (1e-150, 1.0), (1.0, 192.0), (0.005, 1.0), (1e-35, 1.0)])
def test_log_axes_get_at_least_four_labelled_ticks(lo, hi):
    ticks, _ = log_ticks(lo, hi, fit=6)
    assert len(ticks) >= 4
    assert all(lo * (1 - 1e-9) <= t <= hi * (1 + 1e-9) for t in ticks)
    assert len(ticks) <= max(6, 4) + 1


def test_text_follows_the_page_and_keeps_its_share_of_the_height():
    small = text_sizes(16, 19, 12 / 2.54, 9 / 2.54)
    large = text_sizes(16, 19, 40 / 2.54, 22.5 / 2.54)
    # the same share of the page height: reads the same once scaled onto a slide
    assert small.base / (9 / 2.54) == pytest.approx(large.base / (22.5 / 2.54), rel=1e-9)
    assert small.note / (9 / 2.54 * 72) >= MIN_TEXT_SHARE
    assert page_scale(9.6, 5.4) == pytest.approx(1.0)


def test_figure_option_exports_only_the_named_figures(fake_registry, tmp_path, capsys):
    assert run_export(["--panel", "fake", "--out", str(tmp_path), "--figure", "second", "--size", "400x300px",
                       "--dpi", "100"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fake-second.png"]
    code = run_export(["--panel", "fake", "--out", str(tmp_path / "x"), "--figure", "nope"])
    assert code == 2 and "no figure named 'nope'" in capsys.readouterr().err


def test_a_page_too_small_exits_2_naming_a_size_that_works(fake_registry, tmp_path, capsys):
    code = run_export(["--panel", "fake", "--out", str(tmp_path), "--figure", "main", "--size", "2x1cm"])
    err = capsys.readouterr().err
    assert code == 2 and "too small" in err and "--size" in err
    assert not list(tmp_path.glob("*.png"))  # nothing overprinted was written
    size = err.split("--size ")[1].split(")")[0]
    assert run_export(["--panel", "fake", "--out", str(tmp_path), "--figure", "main", "--size", size]) == 0


@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002])
def test_exports_and_sessions_get_the_permissions_of_the_umask(fake_registry, tmp_path, mask):
    old = os.umask(mask)
    try:
        assert run_export(["--panel", "fake", "--out", str(tmp_path), "--format", "png,csv", "--size", "400x300px",
                           "--dpi", "100"]) == 0
        session = save_session(tmp_path / "s.json", {"fake": FakeParams()})
    finally:
        os.umask(old)
    for path in [*tmp_path.glob("*.png"), *tmp_path.glob("*.csv"), session]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask, path.name
