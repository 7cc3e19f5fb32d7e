"""Synthetic shapes, CSV parsing (including malformed files), dragged points and the split."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lab.pca.sources import SHAPES, apply_moves, load_csv_points, make_shape, set_move, split_indices


def rng(seed: int = 0) -> np.random.Generator:
    return np.random.default_rng(seed)


def test_gaussian_covariance_matches_rotation_of_stds():
    pts = make_shape("gaussian", 200_000, rng(), std1=2.0, std2=0.5, rotation_deg=30.0, mean=(3.0, -1.0))
    a = math.radians(30.0)
    r = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    expected = r @ np.diag([4.0, 0.25]) @ r.T
    assert np.cov(pts, rowvar=False) == pytest.approx(expected, abs=0.05)
    assert pts.mean(axis=0) == pytest.approx([3.0, -1.0], abs=0.02)


def test_uniform_has_requested_stds():
    pts = make_shape("uniform", 100_000, rng(), std1=3.0, std2=1.0, rotation_deg=0.0, mean=(0.0, 0.0))
    assert pts.std(axis=0) == pytest.approx([3.0, 1.0], rel=0.02)
    assert np.abs(pts[:, 0]).max() <= math.sqrt(3) * 3.0


def test_outlier_is_far_and_positive_is_positive():
    pts = make_shape("outlier", 50, rng(), std1=2.0, std2=0.5, rotation_deg=0.0, mean=(0.0, 0.0))
    assert pts[-1] == pytest.approx([0.0, 20.0])
    pos = make_shape("positive", 5000, rng(), std1=2.0, std2=1.0, rotation_deg=35.0, mean=(0.0, 0.0))
    assert pos.min() > 0
    assert np.corrcoef(pos, rowvar=False)[0, 1] > 0.3


@pytest.mark.parametrize("shape", SHAPES)
def test_shapes_are_seeded_and_finite(shape):
    a = make_shape(shape, 300, rng(5))
    b = make_shape(shape, 300, rng(5))
    c = make_shape(shape, 300, rng(6))
    assert a.shape == (300, 2) and np.all(np.isfinite(a))
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)


def test_shape_validation():
    with pytest.raises(ValueError, match="between 3"):
        make_shape("gaussian", 2, rng())
    with pytest.raises(ValueError, match="unknown shape"):
        make_shape("spiral", 10, rng())
    with pytest.raises(ValueError, match="std1"):
        make_shape("gaussian", 10, rng(), std1=-1.0)
    zero = make_shape("gaussian", 10, rng(), std1=0.0, std2=0.0, mean=(1.0, 2.0))
    assert zero == pytest.approx(np.tile([1.0, 2.0], (10, 1)))


def write(tmp_path, text: str, name: str = "data.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_with_header_by_name_and_number(tmp_path):
    path = write(tmp_path, "id,pressure,temp\n1,1010,12.5\n2,1015,14\n3,1008,9.5\n\n4,1020,20\n")
    pts = load_csv_points(path, "pressure", "temp")
    assert pts == pytest.approx(np.array([[1010, 12.5], [1015, 14], [1008, 9.5], [1020, 20]]))
    assert load_csv_points(path, "2", "3") == pytest.approx(pts)


def test_csv_without_header_and_semicolons(tmp_path):
    path = write(tmp_path, "1;2\n3;4\n5;7\n")
    assert load_csv_points(path) == pytest.approx(np.array([[1, 2], [3, 4], [5, 7]]))


@pytest.mark.parametrize(
    ("text", "cols", "message"),
    [
        ("a,b\n1,2\n3,x\n5,6\n", ("a", "b"), r"line 3: 'x' in b is not a number"),
        ("a,b\n1,2\n3,\n5,6\n", ("a", "b"), r"line 3: missing value in b"),
        ("a,b\n1,2\n3\n5,6\n", ("a", "b"), r"line 3: missing value in b"),
        ("a,b\n1,2\n3,4\n", ("a", "b"), r"need at least 3 data rows, found 2"),
        ("a,b\n1,2\n3,4\n5,6\n", ("a", "c"), r"no column named 'c' \(header: a, b\)"),
        ("1,2\n3,4\n5,6\n", ("1", "5"), r"column 5 does not exist"),
        ("a,b\n1,2\nnan,4\n5,6\n", ("a", "b"), r"'nan' in a is not a finite number"),
        ("", ("1", "2"), "empty"),
    ],
)
def test_malformed_csv_gives_clear_errors(tmp_path, text, cols, message):
    path = write(tmp_path, text)
    with pytest.raises(ValueError, match=message) as info:
        load_csv_points(path, *cols)
    if text:
        assert "data.csv" in str(info.value)


def test_csv_missing_file_and_no_path(tmp_path):
    with pytest.raises(ValueError, match="file not found"):
        load_csv_points(tmp_path / "nope.csv")
    with pytest.raises(ValueError, match="no CSV file"):
        load_csv_points("")
    binary = tmp_path / "b.csv"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(ValueError, match="UTF-8"):
        load_csv_points(binary)


def test_moves_replace_points_and_report_out_of_range():
    base = np.zeros((4, 2))
    moves = set_move((), 1, 5.0, 6.0)
    moves = set_move(moves, 3, -1.0, 2.0)
    moves = set_move(moves, 1, 7.0, 8.0)  # replaces the first move of point 1
    assert moves == (3.0, -1.0, 2.0, 1.0, 7.0, 8.0)
    out, ignored = apply_moves(base, (*moves, 9.0, 1.0, 1.0))
    assert out[1] == pytest.approx([7.0, 8.0]) and out[3] == pytest.approx([-1.0, 2.0])
    assert ignored == (9,)
    assert np.all(base == 0)  # the input is not changed
    with pytest.raises(ValueError, match="triples"):
        apply_moves(base, (1.0, 2.0))
    with pytest.raises(ValueError, match="whole number"):
        apply_moves(base, (1.5, 2.0, 3.0))


def test_split_is_seeded_and_disjoint():
    tr, te = split_indices(100, 0.25, rng(1))
    assert tr.size == 75 and te.size == 25
    assert np.intersect1d(tr, te).size == 0 and np.union1d(tr, te).size == 100
    tr2, te2 = split_indices(100, 0.25, rng(1))
    assert np.array_equal(te, te2)
    with pytest.raises(ValueError, match="leaves 2 training points"):
        split_indices(4, 0.5, rng())
