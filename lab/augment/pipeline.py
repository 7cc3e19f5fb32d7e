"""An augmentation pipeline: ordered steps with on/off and probability, presets, JSON, sampling."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from lab.augment.step_types import Canvas, Context
from lab.augment.steps import STEP_KINDS

PIPELINE_FORMAT = "nnlab-augment-pipeline"

#: All the samples of one call together may hold at most this many pixels (~770 MB as RGB).
MAX_GRID_PIXELS: int = 256_000_000
PIPELINE_VERSION = 1


@dataclass(frozen=True)
class Step:
    """One step of a pipeline: a kind from :data:`STEP_KINDS`, on/off, probability, options."""

    kind: str
    enabled: bool = True
    p: float = 1.0
    options: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        spec = STEP_KINDS.get(self.kind)
        if spec is None:
            raise ValueError(f"unknown step {self.kind!r} (known: {', '.join(STEP_KINDS)})")
        if isinstance(self.p, bool) or not isinstance(self.p, int | float) or not (0.0 <= self.p <= 1.0):
            raise ValueError(f"{self.kind}: probability p must be in [0, 1], got {self.p!r}")
        if not isinstance(self.enabled, bool):
            raise ValueError(f"{self.kind}: enabled must be true or false, got {self.enabled!r}")
        if not isinstance(self.options, Mapping):
            raise ValueError(f"{self.kind}: options must be an object, got {self.options!r}")
        known = {o.name: o for o in spec.options}
        for name in self.options:
            if name not in known:
                raise ValueError(f"{self.kind}: unknown option {name!r} (known: {', '.join(known) or 'none'})")
        checked = {o.name: o.check(self.options.get(o.name, o.default), self.kind) for o in spec.options}
        object.__setattr__(self, "p", float(self.p))
        object.__setattr__(self, "options", checked)

    @classmethod
    def default(cls, kind: str) -> Step:
        """A step of ``kind`` with its default options and probability."""
        spec = STEP_KINDS.get(kind)
        if spec is None:
            raise ValueError(f"unknown step {kind!r}")
        return cls(kind, True, spec.default_p, spec.defaults())

    @property
    def title(self) -> str:
        return STEP_KINDS[self.kind].title

    def to_json(self) -> dict[str, Any]:
        opts = {k: list(v) if isinstance(v, tuple) else v for k, v in self.options.items()}
        return {"kind": self.kind, "enabled": self.enabled, "p": self.p, "options": opts}

    def replace(self, **changes: Any) -> Step:
        data = {"kind": self.kind, "enabled": self.enabled, "p": self.p, "options": dict(self.options)}
        if "options" in changes:
            data["options"] = {**data["options"], **changes.pop("options")}
        data.update(changes)
        return Step(**data)


Pipeline = tuple[Step, ...]


def pipeline_to_json(steps: Sequence[Step]) -> str:
    """The pipeline as a JSON document (stable key order, one step per line)."""
    body = ",\n    ".join(json.dumps(s.to_json(), ensure_ascii=False) for s in steps)
    return (
        f'{{\n  "format": "{PIPELINE_FORMAT}",\n  "version": {PIPELINE_VERSION},\n  "steps": [\n    {body}\n  ]\n}}\n'
        if steps else f'{{"format": "{PIPELINE_FORMAT}", "version": {PIPELINE_VERSION}, "steps": []}}\n'
    )


def pipeline_from_json(text: str) -> Pipeline:
    """Parse a pipeline JSON document (or a bare list of steps); ``ValueError`` on anything wrong."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if isinstance(data, dict):
        if data.get("format", PIPELINE_FORMAT) != PIPELINE_FORMAT:
            raise ValueError(f"not an augmentation pipeline (format {data.get('format')!r})")
        version = data.get("version", PIPELINE_VERSION)
        if not isinstance(version, int) or version > PIPELINE_VERSION:
            raise ValueError(f"pipeline version {version!r} is newer than this lab understands ({PIPELINE_VERSION})")
        steps = data.get("steps")
    else:
        steps = data
    if not isinstance(steps, list):
        raise ValueError("pipeline JSON needs a list of steps")
    out = []
    for i, raw in enumerate(steps, start=1):
        if not isinstance(raw, dict) or "kind" not in raw:
            raise ValueError(f"step {i}: expected an object with a 'kind'")
        extra = set(raw) - {"kind", "enabled", "p", "options"}
        if extra:
            raise ValueError(f"step {i}: unknown field(s) {', '.join(sorted(extra))}")
        spec = STEP_KINDS.get(raw["kind"]) if isinstance(raw["kind"], str) else None
        if spec is None:
            raise ValueError(f"step {i}: unknown step {raw['kind']!r}")
        try:
            out.append(Step(raw["kind"], raw.get("enabled", True), raw.get("p", spec.default_p), raw.get("options", {})))
        except ValueError as exc:
            raise ValueError(f"step {i}: {exc}") from None
    return tuple(out)


def save_pipeline(steps: Sequence[Step], path: str | os.PathLike[str]) -> Path:
    """Write the pipeline JSON to ``path`` (atomically) and return the path."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(pipeline_to_json(steps), encoding="utf-8")
    os.replace(tmp, path)
    return path


def load_pipeline(path: str | os.PathLike[str]) -> Pipeline:
    """Read a pipeline JSON file; ``ValueError`` naming the file on any problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    try:
        return pipeline_from_json(text)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None


def _s(kind: str, p: float | None = None, enabled: bool = True, **options: Any) -> Step:
    spec = STEP_KINDS[kind]
    return Step(kind, enabled, spec.default_p if p is None else p, {**spec.defaults(), **options})


PRESETS: dict[str, Pipeline] = {
    "Flips & crops": (
        _s("resize_short", short_side=(256, 256)),
        _s("random_crop", width=224, height=224),
        _s("hflip", 0.5),
        _s("vflip", 0.5, enabled=False),
    ),
    "ResNet training": (
        _s("resize_short", short_side=(256, 480)),
        _s("random_crop", width=224, height=224),
        _s("hflip", 0.5),
    ),
    "AlexNet + fancy PCA": (
        _s("resize", width=256, height=256),
        _s("random_crop", width=224, height=224),
        _s("hflip", 0.5),
        _s("fancy_pca", 1.0, sigma=0.1, basis="imagenet"),
    ),
    "Colour jitter (HSL)": (
        _s("resize_short", short_side=(256, 256)),
        _s("hsl_jitter", 1.0, hue=(-30.0, 30.0), saturation=(0.5, 1.5), lightness=(-0.15, 0.15)),
        _s("brightness_contrast", 0.5, brightness=(0.8, 1.2), contrast=(0.8, 1.2)),
    ),
    "Geometry (affine)": (
        _s("resize_short", short_side=(256, 256)),
        _s("affine", 1.0, angle=(-20.0, 20.0), scale=(0.85, 1.15), stretch=(0.8, 1.25), shear_x=(-10.0, 10.0),
           translate=(-0.1, 0.1), fill="reflect"),
        _s("hflip", 0.5),
    ),
    "Cutout": (
        _s("resize_short", short_side=(256, 256)),
        _s("hflip", 0.5),
        _s("cutout", 1.0, count=(1, 2), size=(0.25, 0.45), fill="black"),
    ),
    "Noise & filters": (
        _s("resize_short", short_side=(256, 256)),
        _s("gaussian_noise", 0.5, sigma=(5.0, 25.0)),
        _s("salt_pepper", 0.3, amount=(0.005, 0.03)),
        _s("filter", 0.5, filter="blur", strength=(0.5, 2.0)),
    ),
    "MixUp / CutMix": (
        _s("resize", width=256, height=256),
        _s("hflip", 0.5),
        _s("mixup", 0.5, alpha=0.4),
        _s("cutmix", 0.5, alpha=1.0),
    ),
}


@dataclass(frozen=True)
class DrawnStep:
    """What one step did to one sample: whether it ran (the probability draw) and what it drew."""

    kind: str
    applied: bool
    values: Mapping[str, Any]


@dataclass(frozen=True, eq=False)
class Sample:
    """One augmented variant with everything needed to reproduce and explain it."""

    index: int
    image: NDArray[np.uint8]
    source: str
    steps: tuple[DrawnStep, ...]
    label_weights: Mapping[str, float]

    def describe(self) -> str:
        """Multi-line text of the parameters drawn (for a tooltip)."""
        lines = [f"sample {self.index + 1} of {self.source}  ({self.image.shape[1]}×{self.image.shape[0]})"]
        for d in self.steps:
            title = STEP_KINDS[d.kind].title
            if not d.applied:
                lines.append(f"· {title}: skipped")
                continue
            vals = ", ".join(f"{k}={_fmt(v)}" for k, v in d.values.items() if k not in ("partner_index", "label_weights"))
            lines.append(f"· {title}" + (f": {vals}" if vals else ""))
        if len(self.label_weights) > 1:
            lines.append("labels: " + ", ".join(f"{k} {v:.3f}" for k, v in self.label_weights.items()))
        return "\n".join(lines)


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.3g}"
    if isinstance(v, list | tuple):
        return "[" + ", ".join(_fmt(x) for x in v) + "]"
    return str(v)


def sample_variants(
    pool: Sequence[NDArray[np.uint8]],
    labels: Sequence[str],
    steps: Sequence[Step],
    n: int,
    seed: int,
    *,
    source: int = 0,
    pca: tuple[NDArray[np.float64], NDArray[np.float64]] | None = None,
    first: int = 0,
) -> list[Sample]:
    """Draw ``n`` augmented variants of ``pool[source]``.

    Sample ``i`` and step ``j`` use their own generator seeded with ``(seed, i, j)``, so a
    sample does not change when ``n`` grows, and editing one step leaves the draws of the
    others alone.  Mixing steps take their partner from the other images of ``pool``.
    """
    if not pool:
        raise ValueError("no images to augment")
    if len(labels) != len(pool):
        raise ValueError("need one label per image")
    if not (0 <= source < len(pool)):
        raise ValueError(f"source index {source} is outside 0..{len(pool) - 1}")
    if n < 0 or seed < 0:
        raise ValueError(f"n and seed must be >= 0, got {n}, {seed}")
    if seed >= 2**31 or len(steps) >= 2**16 or first + n >= 2**16:
        raise ValueError("seed must be < 2**31, and samples and steps fewer than 65536")
    base = pool[source]
    total = 0
    out = []
    pil_cache: dict = {}
    shared: dict[str, Any] = {"base": base}
    pool_list, label_list, label = list(pool), list(labels), labels[source]
    # (index, step, kind, needs a generator): a step that always runs and draws nothing (a flip at
    # p = 1, grayscale, resize) needs no generator, which is most of a small image's cost
    active = [(j, step, STEP_KINDS[step.kind], step.p < 1.0 or STEP_KINDS[step.kind].draws)
              for j, step in enumerate(steps) if step.enabled]
    for i in range(first, first + n):
        ctx = Context(pool=pool_list, labels=label_list, source=source, weights={label: 1.0},
                      pil_cache=pil_cache, index=i)
        if pca is not None:
            ctx.pca = pca
        canvas = Canvas(arr=base, shared=shared)  # the source converts to Pillow once, if at all
        drawn: list[DrawnStep] = []
        for j, step, spec, needs_rng in active:
            # one integer seed per (seed, sample, step): a single-int SeedSequence is 5x cheaper
            # than a tuple, and distinct triples give distinct, well-mixed streams
            rng = np.random.default_rng((seed << 32) | (i << 16) | j) if needs_rng else None
            if step.p < 1.0 and not rng.random() < step.p:
                drawn.append(DrawnStep(step.kind, False, {}))
                continue
            values = spec.draw(rng, step.options, canvas.shape, ctx)
            spec.apply(canvas, values, step.options, ctx)
            drawn.append(DrawnStep(step.kind, True, values))
        img = np.ascontiguousarray(canvas.array())
        if img is not base:
            total += img.shape[0] * img.shape[1]
            if total > MAX_GRID_PIXELS:
                raise ValueError(f"{len(out) + 1} samples of {img.shape[1]}x{img.shape[0]} already exceed "
                                 f"{MAX_GRID_PIXELS / 1e6:.0f} MP in all; use a smaller preview size or fewer samples")
        out.append(Sample(i, img, labels[source], tuple(drawn), dict(ctx.weights)))
    return out
