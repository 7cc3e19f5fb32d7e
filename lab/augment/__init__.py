"""Image augmentation and preprocessing: loading, transforms, pipelines, statistics, figures."""

from lab.augment.loading import (
    LoadedImage,
    expand_paths,
    load_cached,
    load_image,
    resolve_images,
    sample_paths,
)
from lab.augment.pipeline import (
    PRESETS,
    Sample,
    Step,
    load_pipeline,
    pipeline_from_json,
    pipeline_to_json,
    sample_variants,
    save_pipeline,
)
from lab.augment.preprocess import IMAGENET_MEAN, IMAGENET_STD, compute_stats, normalize
from lab.augment.steps import STEP_KINDS

__all__ = [
    "IMAGENET_MEAN",
    "IMAGENET_STD",
    "PRESETS",
    "STEP_KINDS",
    "LoadedImage",
    "Sample",
    "Step",
    "compute_stats",
    "expand_paths",
    "load_cached",
    "load_image",
    "load_pipeline",
    "normalize",
    "pipeline_from_json",
    "pipeline_to_json",
    "resolve_images",
    "sample_paths",
    "sample_variants",
    "save_pipeline",
]
