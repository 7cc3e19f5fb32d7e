"""Image loading that survives real-world files: odd modes, EXIF rotation, huge or broken files."""

from __future__ import annotations

import os
import warnings
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from threading import Lock

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageOps, UnidentifiedImageError

from lab.paths import IMAGE_SUFFIXES, file_problem

#: Refuse images with more pixels than this (decompression-bomb guard): up to and including
#: 120,000,000 pixels pass, so a 100-MP medium-format photo loads but a 20 000 x 20 000 bomb
#: does not.  Pillow's own guard (a warning above 89.5 MP, an error above 179 MP) is not
#: used as the limit: its warning is ignored and its error reported with this limit.
MAX_PIXELS: int = 120_000_000

#: Figures show the original at most this long on its long side (a page cell is smaller), so
#: a full-resolution photo does not become several float64 copies inside the figures.
DISPLAY_MAX_SIDE: int = 2048

#: Refuse files bigger than this before even reading their header.
MAX_FILE_BYTES: int = 512 * 1024 * 1024

SAMPLE_NAMES: tuple[str, ...] = ("astronaut.jpg", "coffee.jpg", "cat.jpg")


def sample_paths() -> list[Path]:
    """The bundled sample photos (see ``resources/samples/LICENSE.md``)."""
    from lab.resources import resource_path

    return [resource_path("samples", name) for name in SAMPLE_NAMES]


@dataclass(frozen=True, eq=False)
class LoadedImage:
    """A decoded image as RGB uint8, with what was done to get there.

    Attributes
    ----------
    path : Path
        The file it came from.
    pixels : ndarray
        ``(H, W, 3)`` uint8, read-only.
    source_size : tuple of int
        ``(width, height)`` of the file after EXIF orientation, before any downscaling.
    notes : tuple of str
        Human-readable conversions, e.g. ``"16-bit → 8-bit"``, ``"rotated by EXIF"``.
    """

    path: Path
    pixels: NDArray[np.uint8]
    source_size: tuple[int, int]
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def label(self) -> str:
        """The class label of the photo: its file stem."""
        return self.path.stem

    @property
    def downscaled(self) -> bool:
        h, w = self.pixels.shape[:2]
        return (w, h) != self.source_size


def _fail(path: Path, reason: str) -> ValueError:
    return ValueError(f"{path}: {reason}")


def _check_file(path: Path) -> None:
    """Refuse, before opening, anything that is not a regular, non-empty file of a sane size."""
    problem = file_problem(path)
    if problem is not None:
        raise _fail(path, "is a folder, not an image file" if problem.startswith("is a folder") else problem)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _fail(path, f"cannot read ({exc.strerror or exc})") from None
    if size == 0:
        raise _fail(path, "empty file (0 bytes)")
    if size > MAX_FILE_BYTES:
        raise _fail(path, f"file is {size / 2**20:.0f} MB, above the {MAX_FILE_BYTES / 2**20:.0f} MB limit")


def _reason(exc: BaseException, what: str) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if "truncat" in text.lower() or isinstance(exc, EOFError):
        return "truncated file (the data ends early)"
    return f"{what} ({text[:160]})"


def _open(path: Path, max_pixels: int) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our own limit decides
            im = Image.open(path)
    except PermissionError:
        raise _fail(path, "permission denied") from None
    except UnidentifiedImageError:
        raise _fail(path, "not an image Pillow can read (unknown or unsupported format)") from None
    except Image.DecompressionBombError:  # Pillow's hard limit, above ours
        raise _fail(path, f"too many pixels (more than the {max_pixels:,}-pixel limit): "
                          "refused as a possible decompression bomb") from None
    except Exception as exc:
        raise _fail(path, _reason(exc, "corrupt header")) from None
    w, h = im.size
    if w <= 0 or h <= 0:
        im.close()
        raise _fail(path, f"has no pixels ({w}x{h})")
    if w * h > max_pixels:
        im.close()
        raise _fail(
            path,
            f"{w}x{h} = {w * h:,} pixels is more than the {max_pixels:,}-pixel limit "
            "(refused as a possible decompression bomb)",
        )
    return im


def _to_rgb(im: Image.Image, notes: list[str]) -> Image.Image:
    """Convert any Pillow mode to RGB, noting what was lost."""
    mode = im.mode
    if mode == "RGB":
        return im
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        arr = np.asarray(im)
        if mode.startswith("I;16"):
            arr8 = (arr.astype(np.uint16) >> 8).astype(np.uint8)
            notes.append("16-bit grayscale → 8-bit")
        else:
            arr = arr.astype(np.float64)
            finite = np.isfinite(arr)
            lo = float(arr[finite].min()) if finite.any() else 0.0
            hi = float(arr[finite].max()) if finite.any() else 1.0
            scale = 255.0 / (hi - lo) if hi > lo else 0.0
            arr8 = np.clip(np.where(finite, (arr - lo) * scale, 0.0), 0, 255).round().astype(np.uint8)
            notes.append(f"{'32-bit integer' if mode == 'I' else 'floating-point'} grayscale rescaled {lo:g}…{hi:g} → 0…255")
        return Image.fromarray(np.repeat(arr8[:, :, None], 3, axis=2))
    if mode in ("RGBA", "LA", "PA", "RGBa", "La") or (mode in ("P", "L", "RGB") and "transparency" in im.info):
        rgba = im.convert("RGBA")
        alpha = rgba.getchannel("A")
        if alpha.getextrema() != (255, 255):
            notes.append("transparency composited over white")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    names = {"L": "grayscale", "P": "palette", "1": "1-bit", "CMYK": "CMYK", "YCbCr": "YCbCr", "LAB": "Lab", "HSV": "HSV"}
    notes.append(f"{names.get(mode, mode)} → RGB")
    return im.convert("RGB")


def _to_array(im: Image.Image) -> NDArray[np.uint8]:
    """The pixels of an RGB image as an array, copied in bands of ~4 MB.

    ``np.asarray(im)`` goes through ``tobytes()``, which holds the encoded chunks and the
    joined bytes at once: three copies of a 50-MP photo instead of two.
    """
    w, h = im.size
    if im.mode != "RGB" or w * h <= 4_000_000:
        return np.asarray(im, dtype=np.uint8)
    out = np.empty((h, w, 3), dtype=np.uint8)
    band = max(1, 2**22 // (3 * w))
    for top in range(0, h, band):
        bottom = min(h, top + band)
        out[top:bottom] = np.asarray(im.crop((0, top, w, bottom)), dtype=np.uint8)
    return out


def load_image(path: str | os.PathLike[str], *, max_side: int = 0, max_pixels: int = MAX_PIXELS) -> LoadedImage:
    """Decode an image file to RGB uint8, downscaled so its longest side is at most ``max_side``.

    JPEGs are decoded at reduced size (DCT scaling, "draft mode") and other formats are
    shrunk with ``Image.reduce`` before a final resample, so a 50-megapixel photo costs a
    fraction of a full decode.  EXIF orientation is applied; GIFs and other multi-frame
    files give their first frame.

    Parameters
    ----------
    path : path-like
        The image file.
    max_side : int
        Longest side of the result in pixels; ``0`` keeps the full resolution.
    max_pixels : int
        Decompression-bomb guard: files with more pixels are refused.

    Returns
    -------
    LoadedImage

    Raises
    ------
    ValueError
        One line naming the file and why it cannot be used.
    """
    path = Path(path)
    if max_side < 0:
        raise ValueError(f"max_side must be >= 0, got {max_side}")
    _check_file(path)
    src = im = _open(path, max_pixels)
    notes: list[str] = []
    try:
        try:
            frames = getattr(im, "n_frames", 1)
            orientation = im.getexif().get(0x0112, 1)
            w, h = im.size
            if max_side and max(w, h) > max_side and im.format == "JPEG":
                im.draft("RGB", (max(1, w * max_side // max(w, h)), max(1, h * max_side // max(w, h))))
            im.load()
        except MemoryError:
            raise _fail(path, "not enough memory to decode it") from None
        except Exception as exc:  # decoders raise OSError, SyntaxError, struct.error, ...
            raise _fail(path, _reason(exc, "corrupt image data")) from None
        if frames > 1:
            notes.append(f"first of {frames} frames")
        source_size = (h, w) if orientation in (5, 6, 7, 8) else (w, h)
        if orientation not in (1, None) and isinstance(orientation, int) and 2 <= orientation <= 8:
            im = ImageOps.exif_transpose(im)
            notes.append(f"EXIF orientation {orientation} applied")
        im = _to_rgb(im, notes)
        if im is not src:
            src.close()  # a full-resolution decode: do not hold two copies
        if max_side and max(im.size) > max_side:
            factor = max(im.size) // (2 * max_side)
            if factor >= 2:
                im = im.reduce(factor)
            scale = max_side / max(im.size)
            size = (max(1, round(im.size[0] * scale)), max(1, round(im.size[1] * scale)))
            im = im.resize(size, Image.Resampling.BILINEAR, reducing_gap=None)
        pixels = _to_array(im)
    finally:
        if im is not src:
            im.close()
        src.close()
    if pixels.ndim != 3 or pixels.shape[2] != 3:
        raise _fail(path, f"unexpected pixel layout {pixels.shape}")
    pixels = np.ascontiguousarray(pixels)
    pixels.setflags(write=False)
    return LoadedImage(path=path, pixels=pixels, source_size=source_size, notes=tuple(notes))


def display_copy(image: LoadedImage, max_side: int = DISPLAY_MAX_SIDE) -> LoadedImage:
    """``image`` shrunk to at most ``max_side`` on its long side for showing it (itself if small)."""
    h, w = image.pixels.shape[:2]
    if max(h, w) <= max_side:
        return image
    scale = max_side / max(h, w)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    with Image.fromarray(image.pixels) as im:
        factor = max(w, h) // (2 * max_side)
        small = im.reduce(factor) if factor >= 2 else im
        shown = small.resize(size, Image.Resampling.BILINEAR, reducing_gap=None)
    pixels = np.asarray(shown, dtype=np.uint8)
    pixels.setflags(write=False)
    return LoadedImage(path=image.path, pixels=pixels, source_size=image.source_size,
                       notes=(*image.notes, f"shown at {size[0]}x{size[1]}"))


_CACHE: OrderedDict[tuple, LoadedImage] = OrderedDict()
_CACHE_LOCK = Lock()
_CACHE_SIZE = 64
#: The cache holds at most this many bytes of pixels: 64 full-resolution 50-MP photos would
#: otherwise stay in memory (9 GB) after the user moved on to a preview size.
CACHE_BYTES: int = 512 * 2**20


def load_cached(path: str | os.PathLike[str], *, max_side: int = 0) -> LoadedImage:
    """:func:`load_image` with a small LRU cache keyed by path, size, mtime and ``max_side``."""
    p = Path(path)
    try:
        st = p.stat()
        key = (str(p.resolve()), st.st_size, st.st_mtime_ns, max_side)
    except OSError:
        return load_image(p, max_side=max_side)
    with _CACHE_LOCK:
        hit = _CACHE.get(key)
        if hit is not None:
            _CACHE.move_to_end(key)
            return hit
    loaded = load_image(p, max_side=max_side)
    if loaded.pixels.nbytes > CACHE_BYTES // 2:
        return loaded  # too big to keep next to anything else
    with _CACHE_LOCK:
        _CACHE[key] = loaded
        while len(_CACHE) > _CACHE_SIZE or sum(im.pixels.nbytes for im in _CACHE.values()) > CACHE_BYTES:
            _CACHE.popitem(last=False)
    return loaded


def expand_paths(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """Expand folders into the image files they hold (sorted, not recursive, hidden files skipped).

    Raises
    ------
    ValueError
        For a path that does not exist or a folder without image files.
    """
    out: list[Path] = []
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            try:
                found = sorted(
                    (c for c in p.iterdir() if c.is_file() and not c.name.startswith(".") and c.suffix.lower() in IMAGE_SUFFIXES),
                    key=lambda c: c.name.lower(),
                )
            except OSError as exc:
                raise _fail(p, f"cannot list the folder ({exc.strerror or exc})") from None
            if not found:
                raise _fail(p, "no image files in this folder")
            out.extend(found)
        elif p.exists():
            out.append(p)
        else:
            problem = file_problem(p)
            raise _fail(p, "no such file or folder" if problem == "no such file" else problem or "no such file or folder")
    return out


def resolve_images(paths: Sequence[str | os.PathLike[str]], *, verify: bool = True) -> list[Path]:
    """Expand folders and check that every file is a usable image.

    Parameters
    ----------
    paths : sequence of path-like
        Files and folders (a folder means every image file in it).
    verify : bool
        Decode each file (at a small size) so truncated or corrupt files are caught here.

    Returns
    -------
    list of Path

    Raises
    ------
    ValueError
        One line naming the first unusable file and the reason.
    """
    files = expand_paths(paths)
    for f in files:
        if verify:
            load_image(f, max_side=64)
        else:
            _check_file(f)
    return files
