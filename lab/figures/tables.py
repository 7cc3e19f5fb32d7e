"""Write the tables behind a figure as tidy CSV (full float precision, atomic replace)."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

import numpy as np

from lab.figures.spec import Table
from lab.files import publish


def _cell(value: object) -> object:
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float):
        return repr(value)  # shortest text that round-trips exactly
    return value


def table_to_csv(table: Table) -> str:
    """Return the CSV text of ``table`` (header line first)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.columns)
    for row in zip(*table.data, strict=True):
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue()


def write_csv(table: Table, path: str | os.PathLike[str]) -> Path:
    """Write ``table`` to ``path`` via a temporary file and return the path."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".csv", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(table_to_csv(table))
        publish(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path
