"""Hostile CSV files: huge values, files over the row limit, and the fast reader agreeing with the exact one."""

from __future__ import annotations

import numpy as np
import pytest

from lab.pca import sources
from lab.pca.params import PcaParams
from lab.pca.sources import MAX_POINTS, load_csv_points
from lab.pca.spec import build


@pytest.mark.parametrize("magnitude", [1e154, 1e200, 1e300])
def test_values_around_1e200_get_the_rescale_advice_without_runtime_warnings(tmp_path, magnitude):
    path = tmp_path / "big.csv"
    rng = np.random.default_rng(0)
    np.savetxt(path, rng.standard_normal((60, 2)) * magnitude, delimiter=",")
    # pytest turns a RuntimeWarning into an error, so reaching the ValueError proves there was none
    with pytest.raises(ValueError, match="rescale them"):
        build(PcaParams(source="csv", csv_path=str(path)))


@pytest.mark.parametrize("magnitude", [1e150, 1e-150, 1e-300, 5e-324])
def test_large_and_tiny_values_that_still_square_run_through_warning_free(tmp_path, magnitude):
    path = tmp_path / "ok.csv"
    rng = np.random.default_rng(1)
    np.savetxt(path, rng.standard_normal((60, 2)) * magnitude, delimiter=",")
    for whitening in ("PCA", "ZCA"):
        for standardise in (False, True):
            assert build(PcaParams(source="csv", csv_path=str(path), whitening=whitening, standardise=standardise))


def test_a_file_one_row_over_the_limit_is_refused_before_any_row_is_parsed(tmp_path):
    path = tmp_path / "many.csv"
    # the last row is not a number: a reader that parses before counting reports that instead
    path.write_bytes(b"1,2\n" * MAX_POINTS + b"x,y\n")
    with pytest.raises(ValueError) as info:
        load_csv_points(path)
    assert str(info.value) == f"many.csv: 1,000,001 rows is more than the {MAX_POINTS:,} the lab handles"


def test_the_row_limit_counts_data_rows_only(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_POINTS", 10)
    path = tmp_path / "p.csv"
    path.write_text("a,b\n" + "1,2\n\n" * 10)  # a header and blank lines do not count
    assert load_csv_points(path, "a", "b").shape == (10, 2)
    path.write_text("1,2\n" * 11)
    with pytest.raises(ValueError, match="11 rows is more than the 10"):
        load_csv_points(path)


@pytest.mark.parametrize(
    ("text", "cols", "expected"),
    [
        ("x,y\n0.1,2e-308\n-3,4.5\n5,6\n", ("x", "y"), [[0.1, 2e-308], [-3, 4.5], [5, 6]]),
        ("\ufeffa;b;c\n1;2;3\n4;5;6\n7;8;9\n", ("c", "a"), [[3, 1], [6, 4], [9, 7]]),
        ("1\t2\n\n3\t4\n\n5\t6\n", ("2", "1"), [[2, 1], [4, 3], [6, 5]]),
        ('"x","y"\n"1","2"\n"3","4"\n"5","6"\n', ("x", "y"), [[1, 2], [3, 4], [5, 6]]),
        ("x,y\r\n1,2\r\n3,4\r\n5,6\r\n", ("x", "y"), [[1, 2], [3, 4], [5, 6]]),
        ("x,y\n1,2\n   \n3,4\n5,6\n", ("x", "y"), [[1, 2], [3, 4], [5, 6]]),  # a blank line of spaces
        ("x,y,z\n1,2\n3,4,9\n5,6\n", ("x", "y"), [[1, 2], [3, 4], [5, 6]]),  # ragged rows
        ("x,y\n1_0,2\n3,4\n5,6\n", ("x", "y"), [[10, 2], [3, 4], [5, 6]]),  # Python's float() syntax
    ],
)
def test_every_reader_path_gives_the_exact_values(tmp_path, text, cols, expected):
    path = tmp_path / "d.csv"
    path.write_text(text, encoding="utf-8")
    out = load_csv_points(path, *cols)
    assert out.dtype == np.float64 and out.flags.c_contiguous
    assert np.array_equal(out, np.array(expected, dtype=np.float64))


@pytest.mark.parametrize(
    ("text", "message"),
    [("x,y\n1,2\n3,nan\n5,6\n", "d.csv, line 3: 'nan' in y is not a finite number"),
     ("x,y\n1,2\n3,\n5,6\n", "d.csv, line 3: missing value in y"),
     ("x,y\n1,2\n# note\n5,6\n", "d.csv, line 3: '# note' in x is not a number"),
     ("x,y\n1,2\n\n\n3,1e999\n", "d.csv, line 5: '1e999' in y is not a finite number")],
)
def test_bad_cells_are_named_by_line_and_column(tmp_path, text, message):
    path = tmp_path / "d.csv"
    path.write_text(text)
    with pytest.raises(ValueError) as info:
        load_csv_points(path, "x", "y")
    assert str(info.value) == message


@pytest.mark.parametrize("piece", [1, 3, 5, 1 << 22])
def test_the_file_is_checked_in_pieces_without_splitting_a_character_or_a_row(tmp_path, monkeypatch, piece):
    # long byte operations run on pieces (a worker must not hold the GIL for long); a piece
    # boundary inside a UTF-8 character or a line must change nothing
    monkeypatch.setattr(sources, "_PIECE", piece)
    monkeypatch.setattr(sources, "MAX_POINTS", 4)
    path = tmp_path / "u.csv"
    path.write_text("température,pression\n1,2\n\n3,4\n5,6\n7,8\n", encoding="utf-8")
    assert np.array_equal(load_csv_points(path, "température", "pression"), [[1, 2], [3, 4], [5, 6], [7, 8]])
    path.write_text("température,pression\n1,2\n\n3,4\n5,6\n7,8\n9,10\n", encoding="utf-8")
    with pytest.raises(ValueError, match="5 rows is more than the 4"):
        load_csv_points(path, "température", "pression")
    path.write_bytes("température,p\n1,2\n3,4\n5,6\n".encode() + b"\xff\n")
    with pytest.raises(ValueError, match="not a UTF-8 text file"):
        load_csv_points(path, "température", "p")
