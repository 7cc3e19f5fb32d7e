"""Augmentation benchmarks: per-transform and full-pipeline time per sample, and drop-to-grid latency.

Run ``python -m benchmarks.bench_augment``.  References measured in the same run:

* albumentations with OpenCV (a benchmark-only dependency; ``n/a`` when it is missing) doing
  the equivalent transform on the same image;
* a memcpy of the same image (``np.copyto``): the floor for memory-bound steps;
* drawing fresh normals (``rng.standard_normal``) for the noise bank;
* a full-size decode of the 12-MP JPEG for the drop-to-grid latency.

Our times go through the real pipeline machinery (``sample_variants``: per-step generator,
probability draw, recorded parameters), so they include its overhead.  Each step and the full
pipeline are timed in alternation with their reference (one call of each per round, medians),
so a busy machine's load drifts through both alike.  Where a Pillow or NumPy kernel alone is
already above the goal, the note gives that floor beside the reference.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from typing import Any

import numpy as np
from PIL import Image

from benchmarks.common import Row, median, time_calls
from lab.augment.compute import compute, figures
from lab.augment.loading import load_image
from lab.augment.pipeline import Step, sample_variants
from lab.augment.spec import AugmentParams

SIZES: tuple[tuple[int, int], ...] = ((256, 192), (512, 384), (1024, 768))
N = 16  # samples per timed call, like the grid


def _photo(w: int, h: int, seed: int = 0) -> np.ndarray:
    """A photo-like image: smooth gradients plus texture (compresses and filters like a photo)."""
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    rng = np.random.default_rng(seed)
    base = np.stack([128 + 100 * np.sin(x / 37.0), 128 + 90 * np.cos(y / 29.0), 128 + 80 * np.sin((x + y) / 53.0)], axis=2)
    return np.clip(base + rng.normal(0, 12, base.shape), 0, 255).astype(np.uint8)


def _albumentations() -> Any:
    try:
        import albumentations as A
        import cv2  # noqa: F401 - albumentations needs it; its absence means n/a
    except Exception:
        return None
    return A


def _ours(step: Step, img: np.ndarray, partner: np.ndarray) -> Callable[[], object]:
    pool, labels = [img, partner], ["a", "b"]
    counter = iter(range(10**9))
    return lambda: sample_variants(pool, labels, (step,), N, next(counter))


def _cases(w: int, h: int) -> list[tuple[str, Step, Callable[[Any], Any] | None, bool]]:
    """(name, our step, albumentations factory, memory-bound?)"""
    return [
        ("hflip", Step("hflip", True, 1.0), lambda A: A.HorizontalFlip(p=1.0), True),
        ("random resized crop", Step("random_resized_crop", True, 1.0, {"out_width": w, "out_height": h}),
         lambda A: A.RandomResizedCrop(size=(h, w), p=1.0), False),
        ("affine (rot+scale+shear+shift)", Step("affine", True, 1.0, {"angle": (-20.0, 20.0), "shear_x": (-10.0, 10.0),
                                                                      "fill": "constant"}),
         lambda A: A.Affine(rotate=(-20, 20), scale=(0.9, 1.1), shear={"x": (-10, 10), "y": (0, 0)},
                            translate_percent=(-0.1, 0.1), p=1.0), False),
        ("colour jitter HSL (ref: HSV)", Step("hsl_jitter", True, 1.0), lambda A: A.HueSaturationValue(p=1.0), False),
        ("brightness/contrast", Step("brightness_contrast", True, 1.0),
         lambda A: A.RandomBrightnessContrast(p=1.0), False),
        ("fancy PCA", Step("fancy_pca", True, 1.0), lambda A: A.FancyPCA(alpha=0.1, p=1.0), False),
        ("grayscale", Step("grayscale", True, 1.0), lambda A: A.ToGray(p=1.0), False),
        ("gaussian noise", Step("gaussian_noise", True, 1.0), lambda A: A.GaussNoise(std_range=(0.02, 0.08), p=1.0), False),
        ("salt & pepper", Step("salt_pepper", True, 1.0), lambda A: A.SaltAndPepper(p=1.0), False),
        ("blur", Step("filter", True, 1.0, {"filter": "blur", "strength": (1.0, 1.0)}),
         lambda A: A.GaussianBlur(sigma_limit=(1.0, 1.0), blur_limit=0, p=1.0), False),
        ("cutout", Step("cutout", True, 1.0), lambda A: A.CoarseDropout(num_holes_range=(1, 1),
                                                                         hole_height_range=(0.2, 0.4),
                                                                         hole_width_range=(0.2, 0.4), p=1.0), True),
        ("mixup", Step("mixup", True, 1.0), None, True),
    ]


def _full_pipeline(w: int, h: int) -> tuple[tuple[Step, ...], Callable[[Any], Any]]:
    ours = (
        Step("random_resized_crop", True, 1.0, {"scale": (0.3, 1.0), "out_width": w, "out_height": h}),
        Step("hflip", True, 0.5),
        Step("affine", True, 1.0, {"angle": (-15.0, 15.0), "fill": "constant"}),
        Step("hsl_jitter", True, 1.0),
        Step("brightness_contrast", True, 1.0),
        Step("gaussian_noise", True, 1.0),
        Step("cutout", True, 1.0),
    )

    def ref(A: Any) -> Any:
        return A.Compose([
            A.RandomResizedCrop(size=(h, w), scale=(0.3, 1.0), p=1.0),
            A.HorizontalFlip(p=0.5),
            A.Affine(rotate=(-15, 15), scale=(0.9, 1.1), translate_percent=(-0.1, 0.1), p=1.0),
            A.HueSaturationValue(p=1.0),
            A.RandomBrightnessContrast(p=1.0),
            A.GaussNoise(std_range=(0.02, 0.08), p=1.0),
            A.CoarseDropout(num_holes_range=(1, 1), hole_height_range=(0.2, 0.4), hole_width_range=(0.2, 0.4), p=1.0),
        ])

    return ours, ref


def _per_sample_us(fn: Callable[[], object], per_call: int, repeat: int = 9) -> float:
    return median(time_calls(fn, repeat=repeat, warmup=1)) / per_call * 1e6


def _ref_fn(A: Any, factory: Callable[[Any], Any] | None, img: np.ndarray, partner: np.ndarray,
            name: str) -> Callable[[], object] | None:
    """The reference doing what one timed call of ours does (``N`` samples)."""
    if A is None:
        return None
    if name == "mixup":
        import cv2

        return lambda: [cv2.addWeighted(img, 0.6, partner, 0.4, 0.0) for _ in range(N)]
    if factory is None:
        return None
    t = factory(A)
    return lambda: [t(image=img) for _ in range(N)]


def _paired_us(ours: Callable[[], object], ref: Callable[[], object] | None, repeat: int = 9) -> tuple[float, float | None]:
    """Median µs per sample of ours and of the reference, timed in alternation (one call of each
    per round), so that the load of a busy machine drifts through both alike."""
    ours()
    if ref is not None:
        ref()
    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        ours()
        mine.append(time.perf_counter() - t0)
        if ref is not None:
            t0 = time.perf_counter()
            ref()
            theirs.append(time.perf_counter() - t0)
    return median(mine) / N * 1e6, (median(theirs) / N * 1e6 if theirs else None)


def _row(name: str, value: float, ref: str, ref_value: float | None, goal: str, note: str = "") -> Row:
    return Row(name, value, "µs", ref if ref_value is not None else f"{ref} n/a", ref_value, goal, note)


def transform_rows(A: Any) -> list[Row]:
    rows: list[Row] = []
    for w, h in SIZES:
        img, partner = _photo(w, h, 1), _photo(w, h, 2)
        dst = np.empty_like(img)
        floor = _per_sample_us(lambda img=img, dst=dst: np.copyto(dst, img), 1, repeat=51)
        kernels = _kernels(img, partner)
        for name, step, factory, _memory_bound in _cases(w, h):
            ours, ref = _paired_us(_ours(step, img, partner), _ref_fn(A, factory, img, partner, name))
            label = f"{name} {w}×{h}"
            ref_name = "cv2.addWeighted" if name == "mixup" else "albumentations"
            note = "per sample through sample_variants"
            for key in (name, f"{name} (Pillow)"):
                if key in kernels:
                    kernel = _per_sample_us(kernels[key][1], 1, repeat=15)
                    vs = f" = {kernel / ref:.1f}× the reference" if ref else ""
                    note += f"; the bare kernel ({kernels[key][0]}, no conversions) {kernel:.0f} µs{vs}"
            rows.append(_row(label, ours, ref_name, ref, "≤ 3× albumentations" if name != "gaussian noise"
                             else "≤ 1× albumentations", note))
        rows += memory_rows(img, partner, floor, f"{w}×{h}")
        steps, ref_factory = _full_pipeline(w, h)
        ref_fn = None
        if A is not None:
            t = ref_factory(A)
            ref_fn = lambda t=t, img=img: [t(image=img) for _ in range(N)]  # noqa: E731
        ours, ref = _paired_us(_ours_pipeline(steps, img, partner), ref_fn)
        warp = _per_sample_us(_warp_kernel(img), 1, repeat=15)
        vs = f" = {warp / ref:.2f}× the reference's whole pipeline" if ref else ""
        rows.append(_row(f"full pipeline {w}×{h}", ours, "albumentations", ref, "≤ 1.5× albumentations",
                         "RRC, flip, affine, colour, brightness/contrast, noise, cutout; its one "
                         f"Image.transform alone (the floor of a Pillow warp) {warp:.0f} µs{vs}"))
    return rows


def _warp_kernel(img: np.ndarray) -> Callable[[], object]:
    im = Image.fromarray(img)
    turn = (0.98, 0.17, -5.0, -0.17, 0.98, 8.0)
    return lambda: im.transform(im.size, Image.Transform.AFFINE, turn, resample=Image.Resampling.BILINEAR)


def _kernels(img: np.ndarray, partner: np.ndarray) -> dict[str, tuple[str, Callable[[], object]]]:
    """The one Pillow call each step is built on, on an image already in Pillow: the floor of
    any Pillow implementation (a step also converts to and from NumPy, draws and records)."""
    from PIL import ImageFilter

    from lab.augment import noise

    im, other = Image.fromarray(img), Image.fromarray(partner)
    w, h = im.size
    lut = list(range(255, -1, -1))
    bytes_view = Image.frombuffer("L", (w * 3, h), img, "raw", "L", 0, 1)
    bilinear = Image.Resampling.BILINEAR
    turn = (0.98, 0.17, -5.0, -0.17, 0.98, 8.0)
    return {
        "hflip": ("Image.transpose", lambda: im.transpose(Image.Transpose.FLIP_LEFT_RIGHT)),
        "random resized crop": ("Image.crop + Image.resize",
                                lambda: im.crop((10, 10, int(w * 0.6), int(h * 0.6))).resize((w, h), bilinear)),
        "affine (rot+scale+shear+shift)": ("Image.transform", lambda: im.transform((w, h), Image.Transform.AFFINE,
                                                                                   turn, resample=bilinear)),
        "brightness/contrast": ("Image.point on the bytes", lambda: bytes_view.point(lut)),
        "grayscale": ("Image.convert L", lambda: im.convert("L")),
        "blur": ("NumPy separable uint16, noise.gaussian_blur", lambda: noise.gaussian_blur(img, 1.0)),
        "blur (Pillow)": ("ImageFilter.GaussianBlur", lambda: im.filter(ImageFilter.GaussianBlur(1.0))),
        "mixup": ("NumPy uint16, noise.mixup", lambda: noise.mixup(img, partner, 0.6)),
        "mixup (Pillow)": ("Image.blend", lambda: Image.blend(other, im, 0.6)),
    }


def memory_rows(img: np.ndarray, partner: np.ndarray, floor: float, size: str) -> list[Row]:
    """The memory-bound kernels alone, each beside a copy of the same image in the same layout."""
    from lab.augment import geometry, noise

    im, other = Image.fromarray(img), Image.fromarray(partner)
    pil_copy = _per_sample_us(im.copy, 1, repeat=51)
    boxes = noise.random_boxes(np.random.default_rng(0), img.shape[0], img.shape[1], 1, (0.3, 0.3))
    cases = [
        ("hflip (Pillow transpose)", lambda: im.transpose(Image.Transpose.FLIP_LEFT_RIGHT), "Image.copy", pil_copy),
        ("hflip (NumPy 3-byte pixels)", lambda: geometry.hflip(img), "memcpy", floor),
        ("vflip (NumPy rows)", lambda: geometry.vflip(img), "memcpy", floor),
        ("cutout (copy + fill)", lambda: noise.erase(img, boxes, "black"), "memcpy", floor),
        ("mixup (Pillow blend)", lambda: Image.blend(other, im, 0.6), "Image.copy", pil_copy),
    ]
    return [_row(f"{name} {size}", _per_sample_us(fn, 1, repeat=51), ref, ref_us, "≤ 5× copy")
            for name, fn, ref, ref_us in cases]


def _ours_pipeline(steps: tuple[Step, ...], img: np.ndarray, partner: np.ndarray) -> Callable[[], object]:
    counter = iter(range(10**9))
    return lambda: sample_variants([img, partner], ["a", "b"], steps, N, next(counter))


def noise_bank_rows() -> list[Row]:
    from lab.augment import noise

    img = _photo(512, 384)
    bank = noise.noise_bank()
    n = img.size
    rng = np.random.default_rng(0)
    sliced = _per_sample_us(lambda: bank[1000 : 1000 + n] * np.float32(10.0), 1, repeat=31)
    fresh = _per_sample_us(lambda: rng.standard_normal(n, dtype=np.float32) * np.float32(10.0), 1, repeat=31)
    return [_row("noise: bank slice 512×384×3", sliced, "fresh standard_normal", fresh, "≈ 8× faster")]


def drop_to_grid_rows() -> list[Row]:
    """A 12-MP JPEG: decode at reduced size, sample 16 tiles, statistics and figures."""
    buf = io.BytesIO()
    Image.fromarray(_photo(4000, 3000, 5)).save(buf, format="JPEG", quality=88)
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "twelve_mp.jpg"
        path.write_bytes(buf.getvalue())
        params = AugmentParams(images=(str(path),), n_samples=16, n_test=0)

        def grid() -> object:
            loaded = load_image(path, max_side=params.max_side)
            return figures(params, compute(params, [loaded]))

        def full_decode() -> object:
            with Image.open(path) as im:
                im.load()
                return im.size

        times = time_calls(grid, repeat=7, warmup=1)
        ref = time_calls(full_decode, repeat=5, warmup=1)
        decode = time_calls(lambda: load_image(path, max_side=512), repeat=7, warmup=1)
    return [
        Row("12-MP JPEG → 16-sample grid (lab, p50)", median(times) * 1e3, "ms", "full-size decode alone",
            median(ref) * 1e3, "< 300 ms", f"draft-mode decode {median(decode) * 1e3:.0f} ms; worst {max(times) * 1e3:.0f} ms"),
    ]


def run() -> list[Row]:
    A = _albumentations()
    t0 = time.perf_counter()
    rows = drop_to_grid_rows() + noise_bank_rows() + transform_rows(A)
    rows.append(Row("benchmark wall time", time.perf_counter() - t0, "s"))
    return rows


def main() -> None:
    for row in run():
        ref = "n/a" if row.ref_value is None else f"{row.ref_value:.1f} {row.unit}"
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "n/a"
        print(f"{row.name:48s} {row.value:9.1f} {row.unit:3s} | {row.reference}: {ref} | ratio {ratio} | goal: {row.goal}"
              + (f" | {row.note}" if row.note else ""))


if __name__ == "__main__":
    main()
