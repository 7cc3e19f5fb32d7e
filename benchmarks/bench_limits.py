"""Resource limits on big inputs: a 50-MP photo (preview latency, full-mode memory) and a 1,000,000-row CSV.

Run ``python -m benchmarks limits``.  References measured in the same run:

* drop → first preview at the default preview size (512): the goal is a number (≤ 1 s); the
  reference is Pillow decoding the same JPEG at full size, what a naive loader would pay;
* full mode (preview size 0): peak RSS of a fresh process that decodes the photo, samples the
  grid and builds and renders the figures, minus the peak of the same process on a tiny image
  (the fixed base); the reference is the decoded image itself (H·W·3 bytes), goal ≤ 3×;
* the CSV loader beside ``np.loadtxt`` on the same file (interleaved medians), goal ≤ 3×; and
  a file one row over the limit, refused (the goal: well under a second).

The files are written to a temporary folder at run time (nothing is checked in).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

from benchmarks.common import Row, median
from lab.augment.compute import compute
from lab.augment.image_sets import load_images
from lab.augment.spec import AugmentParams
from lab.pca.sources import MAX_POINTS, load_csv_points

WIDTH, HEIGHT = 8700, 5800  # 50.5 MP, stored landscape with EXIF orientation 6 (shown portrait)
ROOT = Path(__file__).resolve().parents[1]

_FULL_MODE = """
import resource, sys
from pathlib import Path
from lab.augment.compute import compute, figures
from lab.augment.image_sets import load_images
from lab.augment.spec import AugmentParams
from lab.export import ExportOptions, export_figures
params = AugmentParams(images=(sys.argv[1],), max_side=0, n_test=0)
images = list(load_images(params.images, 0).images)
figs = figures(params, compute(params, images))
export_figures("augment", figs, Path(sys.argv[2]), ExportOptions(formats=("png",), width_px=1920, height_px=1080))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def _photo_50mp(path: Path) -> None:
    y = np.linspace(0, 255, HEIGHT, dtype=np.float32)[:, None]
    x = np.linspace(0, 255, WIDTH, dtype=np.float32)[None, :]
    rng = np.random.default_rng(0)
    arr = np.empty((HEIGHT, WIDTH, 3), np.uint8)
    arr[..., 0] = (0.5 * (x + y)).astype(np.uint8)
    arr[..., 1] = ((3 * x) % 256).astype(np.uint8)
    arr[..., 2] = rng.integers(100, 140, (HEIGHT, WIDTH), dtype=np.uint8)
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.fromarray(arr).save(path, quality=85, exif=exif.tobytes())


def _fresh(path: Path) -> None:
    """A new modification time, so the image cache (keyed by mtime) decodes the file again."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))


def preview_rows(path: Path, repeat: int = 5) -> list[Row]:
    params = AugmentParams(images=(str(path),))
    ours, full = [], []
    for _ in range(repeat):
        _fresh(path)
        t0 = time.perf_counter()
        compute(params, list(load_images(params.images, params.max_side).images))
        ours.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        with Image.open(path) as im:
            im.load()
        full.append(time.perf_counter() - t0)
    return [Row("50 MP drop → first grid (preview 512)", median(ours), "s", "Pillow full decode", median(full),
                goal="≤ 1 s", note=f"median of {repeat}; decode in draft mode + grid of 12")]


def _peak(image: Path, out: Path) -> tuple[int, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _FULL_MODE, str(image), str(out)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=600, check=True)
    return int(proc.stdout.split()[-1]), time.perf_counter() - t0


def full_mode_rows(path: Path, folder: Path) -> list[Row]:
    tiny = folder / "tiny.jpg"
    Image.new("RGB", (64, 48), (90, 120, 150)).save(tiny)
    base, _ = _peak(tiny, folder / "out-tiny")
    peak, seconds = _peak(path, folder / "out-big")
    decoded = WIDTH * HEIGHT * 3
    return [
        Row("50 MP full mode: peak RSS above base", (peak - base) / 2**20, "MB", "decoded image (H·W·3)",
            decoded / 2**20, goal="≤ 3× decoded", note=f"base {base / 2**20:.0f} MB (same script, 64×48 image)"),
        Row("50 MP full mode: decode + grid + 3 PNGs", seconds, "s", note="one fresh process"),
    ]


def csv_rows(folder: Path, repeat: int = 5) -> list[Row]:
    rng = np.random.default_rng(0)
    path = folder / "points.csv"
    np.savetxt(path, rng.standard_normal((MAX_POINTS, 2)), delimiter=",", header="x,y", comments="")
    over = folder / "over.csv"
    with open(over, "wb") as handle:
        handle.write(path.read_bytes().split(b"\n", 1)[1])
        handle.write(b"0.5,0.25\n")
    ours, ref, refused = [], [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        load_csv_points(path, "x", "y")
        ours.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        np.loadtxt(path, delimiter=",", skiprows=1)
        ref.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        try:
            load_csv_points(over)
        except ValueError:
            refused.append(time.perf_counter() - t0)
    if len(refused) != repeat:
        raise RuntimeError("the over-limit CSV was not refused")
    return [
        Row("CSV 1,000,000 rows: load_csv_points", median(ours), "s", "np.loadtxt", median(ref), goal="≤ 3×",
            note=f"median of {repeat}, interleaved"),
        Row("CSV 1,000,001 rows: refused", median(refused), "s", "np.loadtxt of 1,000,000", median(ref),
            goal="well under 1 s", note="rows counted before parsing"),
    ]


def run() -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="nnlab-limits-") as tmp:
        folder = Path(tmp)
        photo = folder / "photo-50mp.jpg"
        _photo_50mp(photo)
        return [*preview_rows(photo), *full_mode_rows(photo, folder), *csv_rows(folder)]


if __name__ == "__main__":
    from benchmarks.__main__ import print_table

    print_table([("limits", r) for r in run()])
