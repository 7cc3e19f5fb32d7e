"""Where the 2-D points come from: seeded synthetic shapes, a CSV file, and dragged points."""

from __future__ import annotations

import codecs
import csv
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from lab.paths import check_regular_file, file_problem

SHAPES: tuple[str, ...] = ("gaussian", "uniform", "clusters", "banana", "outlier", "positive")
SOURCES: tuple[str, ...] = (*SHAPES, "csv")
MAX_POINTS = 1_000_000

Array = NDArray[np.float64]


def _rotate(points: Array, rotation_deg: float) -> Array:
    a = math.radians(rotation_deg)
    c, s = math.cos(a), math.sin(a)
    # row vectors: p @ Rᵀ rotates counter-clockwise by a
    return points @ np.array([[c, s], [-s, c]])


def make_shape(
    shape: str,
    n: int,
    rng: np.random.Generator,
    *,
    std1: float = 2.0,
    std2: float = 0.7,
    rotation_deg: float = 30.0,
    mean: tuple[float, float] = (3.0, 2.0),
) -> Array:
    """Draw ``n`` points of a synthetic shape.

    Every shape is built in its own frame with spread ``std1`` along x and ``std2`` along y,
    rotated counter-clockwise by ``rotation_deg`` and shifted by ``mean``:

    * ``gaussian``: N(0, diag(std1², std2²)), so its covariance is exactly ``R diag R ᵀ``;
    * ``uniform``: a uniform rectangle with the same stds (half-widths √3·std);
    * ``clusters``: two equal Gaussian clusters at ±std1 along x (within-cluster std std2);
    * ``banana``: ``(std1·t, std2·(t² − 1)/√2 + noise)``, a curved, non-Gaussian cloud;
    * ``outlier``: the Gaussian plus one point 10·std1 away along the minor axis;
    * ``positive``: ``s·exp(g)`` for a rotated Gaussian ``g`` of spread 0.35·std/s
      (``s = max(std1, std2)``): skewed, correlated and strictly positive before ``mean``.

    Parameters
    ----------
    shape
        One of :data:`SHAPES`.
    n
        Number of points, 3 … 1,000,000.
    rng
        The generator every random number comes from.
    """
    if shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r} (known: {', '.join(SHAPES)})")
    if not 3 <= n <= MAX_POINTS:
        raise ValueError(f"n must be between 3 and {MAX_POINTS:,}, got {n}")
    for name, value in (("std1", std1), ("std2", std2)):
        if not math.isfinite(value) or value < 0:
            raise ValueError(f"{name} must be a finite number ≥ 0, got {value}")
    scale = np.array([std1, std2])
    if shape == "gaussian" or shape == "outlier":
        pts = rng.standard_normal((n, 2)) * scale
        if shape == "outlier":
            pts[-1] = (0.0, 10.0 * max(std1, std2, 1e-12))
    elif shape == "uniform":
        pts = rng.uniform(-1.0, 1.0, (n, 2)) * (math.sqrt(3.0) * scale)
    elif shape == "clusters":
        side = np.where(rng.random(n) < 0.5, -1.0, 1.0)
        pts = rng.standard_normal((n, 2)) * std2
        pts[:, 0] += side * std1
    elif shape == "banana":
        t = rng.standard_normal(n)
        noise = rng.standard_normal(n) * 0.25 * std2
        pts = np.column_stack([std1 * t, std2 * (t * t - 1.0) / math.sqrt(2.0) + noise])
    else:  # positive
        s = max(std1, std2)
        if s == 0:
            pts = np.ones((n, 2))
        else:
            g = rng.standard_normal((n, 2)) * (0.35 * scale / s)
            g = _rotate(g, rotation_deg)
            return s * np.exp(g) + np.asarray(mean, dtype=np.float64)
    return _rotate(pts, rotation_deg) + np.asarray(mean, dtype=np.float64)


def apply_moves(points: Array, moves: Sequence[float]) -> tuple[Array, tuple[int, ...]]:
    """Place dragged points: ``moves`` is flattened ``(index, x, y)`` triples.

    Later triples win for a repeated index.  Returns the new array (the input is not changed)
    and the indices that were out of range and therefore ignored.
    """
    if len(moves) % 3:
        raise ValueError(f"moved points must be (index, x, y) triples; got {len(moves)} numbers")
    out = np.array(points, dtype=np.float64, copy=True)
    ignored = []
    for j in range(0, len(moves), 3):
        idx, x, y = moves[j], moves[j + 1], moves[j + 2]
        if idx != int(idx) or idx < 0:
            raise ValueError(f"moved point index must be a whole number ≥ 0, got {idx}")
        if not (math.isfinite(x) and math.isfinite(y)):
            raise ValueError(f"moved point {int(idx)} has a non-finite position ({x}, {y})")
        if int(idx) >= out.shape[0]:
            ignored.append(int(idx))
            continue
        out[int(idx)] = (x, y)
    return out, tuple(ignored)


def set_move(moves: Sequence[float], index: int, x: float, y: float) -> tuple[float, ...]:
    """Return ``moves`` with point ``index`` placed at ``(x, y)`` (replacing an earlier move)."""
    out: list[float] = []
    for j in range(0, len(moves) - len(moves) % 3, 3):
        if int(moves[j]) != index:
            out.extend(float(v) for v in moves[j : j + 3])
    out.extend((float(index), float(x), float(y)))
    return tuple(out)


def _column_index(spec: str, header: list[str] | None, ncols: int, path: Path) -> int:
    spec = spec.strip()
    if header is not None and spec in header:
        return header.index(spec)
    if spec.isdigit():
        idx = int(spec) - 1
        if not 0 <= idx < ncols:
            raise ValueError(f"{path.name}: column {spec} does not exist (the file has {ncols} columns)")
        return idx
    known = f"header: {', '.join(header)}" if header else "the file has no header row"
    raise ValueError(f"{path.name}: no column named {spec!r} ({known}); use a name or a 1-based number")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


#: CSV files above this size are refused before they are read.
MAX_CSV_BYTES = 256 * 2**20


#: Long byte operations run on pieces of this size: a single C call on a 40-MB file would hold
#: the GIL for a tenth of a second and stall the GUI thread while a worker loads the file.
_PIECE = 1 << 22


def _pieces(data: bytes) -> list[memoryview]:
    """``data`` cut after a newline about every :data:`_PIECE` bytes."""
    view, out, start = memoryview(data), [], 0
    while start < len(data):
        end = data.find(b"\n", min(start + _PIECE, len(data) - 1))
        end = len(data) if end < 0 else end + 1
        out.append(view[start:end])
        start = end
    return out


def _check_utf8(data: bytes, name: str) -> None:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for piece in _pieces(data):
            decoder.decode(piece)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise ValueError(f"{name}: not a UTF-8 text file") from None


def _count_rows(data: bytes, delimiter: bytes) -> int:
    """Lines of ``data`` holding anything besides blanks and delimiters (no number is parsed)."""
    blank = b" \t\r" + delimiter
    return sum(sum(1 for line in bytes(piece).split(b"\n") if line.strip(blank)) for piece in _pieces(data))


def _sniff(text: str) -> str:
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",;\t").delimiter
    except csv.Error:
        return ","


def _first_row(head: str, delimiter: str) -> tuple[int, list[str]]:
    """``(line index, cells)`` of the first non-blank line of ``head`` (lines split at ``\\n``)."""
    for index, line in enumerate(head.split("\n")):
        try:
            cells = next(csv.reader([line.rstrip("\r")], delimiter=delimiter), [])
        except csv.Error:  # e.g. old Mac line ends: leave it to the exact reader
            return -1, []
        if any(c.strip() for c in cells):
            return index, cells
    return -1, []


def load_csv_points(path: str | Path, x_column: str = "1", y_column: str = "2") -> Array:
    """Read two numeric columns of a CSV file as ``(N, 2)`` points.

    The delimiter (comma, semicolon, tab) is sniffed; the first row is a header unless all
    of its cells are numbers.  Columns are given by header name or 1-based number.
    Blank lines are skipped.  Lines are counted before anything is parsed, so a file over
    the limit is refused at once; a clean file is parsed by ``np.loadtxt``, and only a file
    it rejects goes through the cell-by-cell reader that names the line and the column.

    Raises
    ------
    ValueError
        With the file name, row and column for: a missing or unreadable file (or a named
        pipe, folder, device), an unknown column, an empty or non-numeric cell,
        NaN/infinity, fewer than 3 or more than :data:`MAX_POINTS` data rows.
    """
    p = Path(path)
    if not str(path).strip():
        raise ValueError("no CSV file chosen")
    if file_problem(p) == "no such file":
        raise ValueError(f"{p}: file not found")
    check_regular_file(p, max_bytes=MAX_CSV_BYTES, what="CSV file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ValueError(f"{p}: cannot read ({exc.strerror or exc})") from None
    _check_utf8(data, p.name)
    head = data[:65536].decode("utf-8-sig", errors="ignore")  # a character cut at the end is dropped
    delimiter = _sniff(head)
    index, first = _first_row(head, delimiter)
    if not first:
        return _exact_parse(p, delimiter, [0, 1])  # empty (or a first line longer than 64 kB)
    # The first row is a header unless every cell in it is a number.
    header = None if all(_is_number(c.strip()) for c in first if c.strip()) else [c.strip() for c in first]
    cols = [_column_index(s, header, len(first), p) for s in (x_column, y_column)]
    limit = MAX_POINTS + (header is not None)
    newlines = sum(data.count(b"\n", i, i + _PIECE) for i in range(0, len(data), _PIECE))
    if newlines + (not data.endswith(b"\n")) > limit:  # an upper bound: count exactly only when needed
        rows = _count_rows(data, delimiter.encode()) - (header is not None)
        if rows > MAX_POINTS:
            raise ValueError(f"{p.name}: {rows:,} rows is more than the {MAX_POINTS:,} the lab handles")
    quoted = b'"' in data
    del data
    out = _fast_parse(p, delimiter, cols, skip=index + 1 if header is not None else 0,
                      ncols=len(first), quoted=quoted)
    if out is None:
        out = _exact_parse(p, delimiter, cols)
    if out.shape[0] < 3:
        raise ValueError(f"{p.name}: need at least 3 data rows, found {out.shape[0]}")
    return out


def _fast_parse(p: Path, delimiter: str, cols: list[int], *, skip: int, ncols: int, quoted: bool) -> Array | None:
    """``np.loadtxt`` on the data rows, or None when it rejects them or finds NaN/infinity."""
    # reading every column is faster than usecols (a NumPy 2 quirk) while the table is narrow
    used = sorted(set(cols)) if ncols > 8 else None
    try:
        table = np.loadtxt(p, delimiter=delimiter, comments=None, quotechar='"' if quoted else None,
                           skiprows=skip, usecols=used, ndmin=2, dtype=np.float64, encoding="utf-8-sig")
    except (ValueError, UnicodeDecodeError):
        return None
    picked = [used.index(c) for c in cols] if used is not None else cols
    if table.shape[0] and table.shape[1] <= max(picked):
        return None
    out = np.ascontiguousarray(table[:, picked]) if table.size else np.empty((0, 2))
    return out if np.isfinite(out).all() else None


def _exact_parse(p: Path, delimiter: str, cols: list[int]) -> Array:
    """The cell-by-cell reader: slow, but its errors name the line, the column and the cell."""
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(f"{p.name}: not a UTF-8 text file") from None
    except OSError as exc:
        raise ValueError(f"{p}: cannot read ({exc.strerror or exc})") from None
    rows = [(i + 1, r) for i, r in enumerate(csv.reader(text.splitlines(), delimiter=delimiter))
            if any(cell.strip() for cell in r)]
    if not rows:
        raise ValueError(f"{p.name}: the file is empty")
    first = rows[0][1]
    header = None if all(_is_number(c.strip()) for c in first if c.strip()) else [c.strip() for c in first]
    data_rows = rows[1:] if header is not None else rows
    names = [header[c] if header and c < len(header) else f"column {c + 1}" for c in cols]
    if len(data_rows) > MAX_POINTS:
        raise ValueError(f"{p.name}: {len(data_rows):,} rows is more than the {MAX_POINTS:,} the lab handles")
    out = np.empty((len(data_rows), 2))
    for r, (line, row) in enumerate(data_rows):
        for j, c in enumerate(cols):
            if c >= len(row) or not row[c].strip():
                raise ValueError(f"{p.name}, line {line}: missing value in {names[j]}")
            cell = row[c].strip()
            try:
                value = float(cell)
            except ValueError:
                raise ValueError(f"{p.name}, line {line}: {cell[:40]!r} in {names[j]} is not a number") from None
            if not math.isfinite(value):
                raise ValueError(f"{p.name}, line {line}: {cell[:40]!r} in {names[j]} is not a finite number")
            out[r, j] = value
    return out


def split_indices(n: int, test_fraction: float, rng: np.random.Generator) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Randomly split ``range(n)`` into sorted ``(train, test)`` index arrays.

    ``floor(test_fraction · n)`` points go to the test set; at least 3 must stay for training.
    """
    if not 0.0 <= test_fraction < 1.0:
        raise ValueError(f"test fraction must be in [0, 1), got {test_fraction}")
    n_test = int(math.floor(test_fraction * n))
    if n - n_test < 3:
        raise ValueError(f"a test fraction of {test_fraction:g} leaves {n - n_test} training points; need 3")
    perm = rng.permutation(n)
    return np.sort(perm[n_test:]), np.sort(perm[:n_test])
