"""From parameters to results: which images, which pipeline, the samples, the statistics, the figures."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from threading import Lock
from typing import Any

from lab.augment.color import pca_basis
from lab.augment.figures import grid_figure, preprocess_figure, single_figure
from lab.augment.loading import LoadedImage, display_copy, expand_paths, load_cached, sample_paths
from lab.augment.params import AugmentParams, pipeline_of
from lab.augment.pipeline import Pipeline, Sample, sample_variants
from lab.augment.preprocess import Stats, compute_stats, imagenet_stats
from lab.figures.spec import Figure

#: The long side of the images in the preprocessing figure.
PREPROCESS_MAX_SIDE = 1024


def image_paths(images: Sequence[str]) -> list[Path]:
    """The files of ``images`` (folders expanded), or the bundled samples when empty."""
    return expand_paths(list(images)) if images else sample_paths()


def load_all(images: Sequence[str], max_side: int) -> list[LoadedImage]:
    """Decode every image at preview size (cached); ``ValueError`` naming the first bad file."""
    return [load_cached(p, max_side=max_side) for p in image_paths(images)]


def split(n_images: int, n_test: int) -> tuple[list[int], list[int]]:
    """Training and held-out indices: the last ``n_test`` are held out, at least one trains."""
    n_train = max(1, n_images - max(0, n_test))
    return list(range(n_train)), list(range(n_train, n_images))


@dataclass(frozen=True, eq=False)
class Result:
    """Everything a panel shows for one parameter set."""

    images: list[LoadedImage]
    source: int
    steps: Pipeline
    samples: list[Sample]
    stats: Stats
    train: list[int]
    test: list[int]


def compute(params: AugmentParams, images: list[LoadedImage]) -> Result:
    """Sample the grid and compute the statistics for ``params`` on already loaded ``images``."""
    if not images:
        raise ValueError("no images loaded")
    source = min(params.image_index, len(images) - 1)
    steps = pipeline_of(params.preset, params.pipeline_json)
    train, test = split(len(images), params.n_test)
    pool = [im.pixels for im in images]
    labels = [im.label for im in images]
    train_images = [images[i] for i in train]
    pca = None
    if any(s.kind == "fancy_pca" and s.options.get("basis") == "images" for s in steps):
        pca = _cached(("pca", _identity(train_images)), lambda: pca_basis([im.pixels for im in train_images]), train_images)
    samples = sample_variants(pool, labels, steps, params.n_samples, params.seed, source=source, pca=pca)
    size = (params.stats_size, params.stats_size)
    if params.statistics == "ImageNet":
        stats = imagenet_stats(size)
    else:
        stats = _cached(("stats", size, _identity(train_images)),
                        lambda: compute_stats([im.pixels for im in train_images], size), train_images)
    return Result(images, source, steps, samples, stats, train, test)


# Statistics over a folder of images cost far more than a grid of samples, and they only
# change with the training set: keep the last few (keyed by the images' identity).
_STATS_CACHE: OrderedDict[tuple, Any] = OrderedDict()
_STATS_LOCK = Lock()


def _identity(images: list[LoadedImage]) -> tuple:
    return tuple((str(im.path), im.source_size, im.pixels.shape, id(im.pixels)) for im in images)


def _cached(key: tuple, make: Callable[[], Any], keep: object) -> Any:
    """``make()`` memoized under ``key``; ``keep`` (the images) stays referenced so ids stay unique."""
    with _STATS_LOCK:
        if key in _STATS_CACHE:
            _STATS_CACHE.move_to_end(key)
            return _STATS_CACHE[key][1]
    value = make()
    with _STATS_LOCK:
        _STATS_CACHE[key] = (keep, value)
        while len(_STATS_CACHE) > 8:
            _STATS_CACHE.popitem(last=False)
    return value


def figures(params: AugmentParams, result: Result) -> list[Figure]:
    """The grid, the single sample and the preprocessing figures."""
    original = display_copy(result.images[result.source])  # full resolution is no use on a page
    title = f"Augmentation: {params.preset}" if params.preset != "custom" else "Augmentation: custom pipeline"
    grid = grid_figure(original, result.samples, result.steps, title)
    focus = result.samples[min(params.sample_index, len(result.samples) - 1)]
    single = single_figure(original, focus)
    # five images side by side: 1024 px each is more than a 40 cm slide at 200 dpi gives them,
    # and a quarter of the pixels a screen view has to convert on the GUI thread
    pre = preprocess_figure(display_copy(original, PREPROCESS_MAX_SIDE), result.source in result.train, result.stats,
                            params.normalization, len(result.train), len(result.test))
    return [grid, single, pre]
