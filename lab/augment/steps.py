"""The catalogue of pipeline steps: each step's options, how its parameters are drawn, how it applies."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from lab.augment import color, geometry, noise, testtime
from lab.augment.step_types import Canvas, Context, Drawn, Option, PendingCrop, StepKind, no_draw


def _u(rng: np.random.Generator, pair: tuple[float, float]) -> float:
    lo, hi = pair
    return float(lo) if lo == hi else float(rng.uniform(lo, hi))


def _ui(rng: np.random.Generator, pair: tuple[float, float]) -> int:
    return int(rng.integers(int(pair[0]), int(pair[1]) + 1))


def _apply_hflip(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    if c.crop is not None:  # joins the pending resized crop's resampling
        c.set_crop(dataclasses.replace(c.crop, flipped=not c.crop.flipped))
        return
    # Pillow mirrors its 4-byte pixels 4× faster than NumPy copies 3-byte ones, and the
    # source's Pillow copy is shared by the samples of a call.
    c.set_pil(c.pil().transpose(Image.Transpose.FLIP_LEFT_RIGHT))


def _apply_vflip(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    if not c.holds_array:
        c.set_pil(c.pil().transpose(Image.Transpose.FLIP_TOP_BOTTOM))
    else:
        c.set_array(c.array()[::-1])  # whole rows: a plain copy when the sample is made contiguous


#: A sample may not exceed this many pixels (4096 x 4096): extreme resize settings on a
#: full-resolution photo would otherwise allocate gigabytes for a grid of 16.
MAX_SAMPLE_PIXELS: int = 4096 * 4096
#: A strip's short-side resize keeps its aspect but is capped at this long side (a valid image:
#: preview it); a normal photo resized beyond :data:`MAX_SAMPLE_PIXELS` is refused instead.
MAX_SAMPLE_SIDE: int = 4096


def check_output_size(height: int, width: int, what: str) -> None:
    """Raise ``ValueError`` when a step would produce more than :data:`MAX_SAMPLE_PIXELS`."""
    if height * width > MAX_SAMPLE_PIXELS:
        raise ValueError(f"{what} would make a {width}x{height} image ({width * height / 1e6:.0f} MP), above the "
                         f"{MAX_SAMPLE_PIXELS / 1e6:.0f} MP limit per sample; use a smaller size or preview size")


def _draw_resize_short(rng: np.random.Generator, o: Mapping[str, Any], hw: tuple[int, int], ctx: Context) -> Drawn:
    return {"short_side": _ui(rng, o["short_side"])}


def _apply_resize_short(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    h, w = geometry.short_side_size(*c.shape, d["short_side"])
    if h * w > MAX_SAMPLE_PIXELS and max(h, w) > 4 * min(h, w):  # a strip (20000x20): cap the long side
        h, w = (max(1, h * MAX_SAMPLE_SIDE // w), MAX_SAMPLE_SIDE) if w >= h else (MAX_SAMPLE_SIDE, max(1, w * MAX_SAMPLE_SIDE // h))
    check_output_size(h, w, "resize short side")
    c.set_pil(_reduced_source(c, int(max(o["short_side"]))).resize((w, h), Image.Resampling.BILINEAR))


def _reduced_source(c: Canvas, short: int) -> Image.Image:
    """The source, box-reduced once per grid when it is over twice as big as any short side asked.

    Pillow's resampling holds the GIL (~0.1 s per sample of a 50-MP photo, which stalls the
    GUI thread); from the reduced copy each sample's resize takes a few milliseconds.
    """
    im = c.pil()
    factor = min(im.size) // (2 * short)
    shared = c._shared
    if factor < 2 or shared is None or im is not shared.get("pil"):
        return im
    key = f"reduced/{factor}"
    if key not in shared:
        shared[key] = im.reduce(factor)
    return shared[key]


def _apply_resize(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    check_output_size(int(o["height"]), int(o["width"]), "resize")
    c.set_pil(c.pil().resize((int(o["width"]), int(o["height"])), Image.Resampling.BILINEAR))


def _draw_crop(rng: np.random.Generator, o: Mapping[str, Any], hw: tuple[int, int], ctx: Context) -> Drawn:
    top, left, h, w = geometry.random_crop_box(rng, hw[0], hw[1], int(o["height"]), int(o["width"]))
    return {"top": top, "left": left, "height": h, "width": w}


def _apply_crop(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    t, lft, h, w = d["top"], d["left"], d["height"], d["width"]
    if c.holds_array:
        c.set_array(c.array()[t : t + h, lft : lft + w])
    else:
        c.set_pil(c.pil().crop((lft, t, lft + w, t + h)))


def _draw_centre_crop(rng: np.random.Generator, o: Mapping[str, Any], hw: tuple[int, int], ctx: Context) -> Drawn:
    size = min(int(o["size"]), *hw)  # clamped to the image, like the random crop
    top, left, h, w = testtime.centre_crop_box(hw[0], hw[1], size, size)
    return {"top": top, "left": left, "height": h, "width": w}


def _draw_ten_crop(rng: np.random.Generator, o: Mapping[str, Any], hw: tuple[int, int], ctx: Context) -> Drawn:
    size = min(int(o["size"]), *hw)
    k = ctx.index % 10
    top, left, h, w = testtime.ten_crop_boxes(hw[0], hw[1], size)[k % 5]
    if k >= 5:  # torchvision crops the mirrored image with the same boxes
        left = hw[1] - left - w
    return {"crop": testtime.TEN_CROP_NAMES[k], "top": top, "left": left, "height": h, "width": w, "mirrored": k >= 5}


def _apply_ten_crop(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    _apply_crop(c, d, o, ctx)
    if d["mirrored"]:
        c.set_array(geometry.hflip(c.array()))


def _draw_rrc(rng: np.random.Generator, o: Mapping[str, Any], hw: tuple[int, int], ctx: Context) -> Drawn:
    top, left, h, w = geometry.random_resized_crop_box(rng, hw[0], hw[1], o["scale"], o["ratio"])
    return {"top": top, "left": left, "height": h, "width": w, "area_fraction": h * w / (hw[0] * hw[1]), "aspect": w / h}


def _apply_rrc(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    box = (d["top"], d["left"], d["height"], d["width"])
    out_h, out_w = int(o["out_height"]), int(o["out_width"])
    check_output_size(out_h, out_w, "random resized crop")
    if d["height"] <= out_h and d["width"] <= out_w:
        # an enlargement (no antialiasing needed): a flip and an affine warp may join its resampling
        c.set_crop(PendingCrop(c.pil(), box, out_h, out_w))
    else:
        c.set_pil(geometry.resized_crop_pil(c.pil(), box, out_h, out_w))


_AFFINE_KEYS = ("angle", "scale", "stretch", "shear_x", "shear_y", "translate_x", "translate_y")


def _draw_affine(rng: np.random.Generator, o: Mapping[str, Any], hw: tuple[int, int], ctx: Context) -> Drawn:
    d: Drawn = {k: _u(rng, o[k]) for k in _AFFINE_KEYS[:-2]}
    d["translate_x"] = _u(rng, o["translate"])
    d["translate_y"] = _u(rng, o["translate"])
    # stretch is drawn log-uniformly so 0.8 and 1.25 are equally likely
    lo, hi = o["stretch"]
    d["stretch"] = float(math.exp(rng.uniform(math.log(lo), math.log(hi)))) if lo != hi else float(lo)
    return d


def _apply_affine(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    h, w = c.shape
    m = geometry.affine_matrix(w, h, **{k: d[k] for k in _AFFINE_KEYS})
    if c.crop is not None:  # crop, resize, mirror and warp in one resampling
        c.set_pil(c.crop.warp(m, o["fill"], int(o["fill_value"])))
    else:
        c.set_pil(geometry.warp_affine_pil(c.pil(), m, o["fill"], int(o["fill_value"])))


def _draw_hsl(rng: np.random.Generator, o: Mapping[str, Any], hw: tuple[int, int], ctx: Context) -> Drawn:
    return {"hue_shift": _u(rng, o["hue"]), "saturation": _u(rng, o["saturation"]), "lightness": _u(rng, o["lightness"])}


def _apply_hsl(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    c.set_array(color.jitter_hsl(c.array(), d["hue_shift"], d["saturation"], d["lightness"]))


def _draw_bc(rng: np.random.Generator, o: Mapping[str, Any], hw: tuple[int, int], ctx: Context) -> Drawn:
    return {"brightness": _u(rng, o["brightness"]), "contrast": _u(rng, o["contrast"])}


def _apply_bc(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    if c.holds_array:  # one table on the bytes in place: no conversion either way
        c.set_array(color.brightness_contrast(c.array(), d["brightness"], d["contrast"]))
    else:
        c.set_pil(color.brightness_contrast_pil(c.pil(), d["brightness"], d["contrast"]))


def _draw_pca(rng: np.random.Generator, o: Mapping[str, Any], hw: tuple[int, int], ctx: Context) -> Drawn:
    alphas = rng.normal(0.0, float(o["sigma"]), size=3) if o["sigma"] > 0 else np.zeros(3)
    eigval, eigvec = ctx.pca if o["basis"] == "images" else (color.IMAGENET_EIGVAL, color.IMAGENET_EIGVEC)
    shift = color.fancy_pca_shift(alphas, eigval, eigvec)
    return {"alpha": [float(a) for a in alphas], "rgb_shift": [float(255.0 * s) for s in shift]}


def _apply_pca(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    c.set_pil(color.add_rgb_offset_pil(c.pil(), np.asarray(d["rgb_shift"]) / 255.0))


def _apply_gray(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    c.set_pil(color.grayscale_pil(c.pil()))


def _draw_cutout(rng: np.random.Generator, o: Mapping[str, Any], hw: tuple[int, int], ctx: Context) -> Drawn:
    boxes = noise.random_boxes(rng, hw[0], hw[1], _ui(rng, o["count"]), o["size"])
    return {"boxes": [list(b) for b in boxes], "noise_offset": int(rng.integers(noise.NOISE_BANK_SIZE))}


def _apply_cutout(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    c.set_array(noise.erase(c.array(), [tuple(b) for b in d["boxes"]], o["fill"], d["noise_offset"]))


def _draw_gauss(rng: np.random.Generator, o: Mapping[str, Any], hw: tuple[int, int], ctx: Context) -> Drawn:
    return {"sigma": _u(rng, o["sigma"]), "bank_offset": int(rng.integers(noise.NOISE_BANK_SIZE))}


def _apply_gauss(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    c.set_array(noise.gaussian_noise(c.array(), d["sigma"], d["bank_offset"]))


def _draw_sp(rng: np.random.Generator, o: Mapping[str, Any], hw: tuple[int, int], ctx: Context) -> Drawn:
    return {"amount": _u(rng, o["amount"]), "seed": int(rng.integers(2**31))}


def _apply_sp(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    c.set_array(noise.salt_and_pepper(c.array(), d["amount"], np.random.default_rng(d["seed"])))


def _draw_filter(rng: np.random.Generator, o: Mapping[str, Any], hw: tuple[int, int], ctx: Context) -> Drawn:
    return {"strength": _u(rng, o["strength"])}


def _apply_filter(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    if o["filter"] == "blur" and 0 < d["strength"] <= noise.NUMPY_BLUR_MAX_SIGMA:
        c.set_array(noise.gaussian_blur(c.array(), d["strength"]))
    else:
        c.set_pil(noise.apply_filter_pil(c.pil(), o["filter"], d["strength"]))


def _partner(rng: np.random.Generator, ctx: Context) -> int:
    others = [i for i in range(len(ctx.pool)) if i != ctx.source]
    return int(others[rng.integers(len(others))]) if others else ctx.source


def _partner_pil(c: Canvas, ctx: Context, index: int) -> Image.Image:
    h, w = c.shape
    key = (index, w, h)
    im = ctx.pil_cache.get(key)
    if im is None:
        im = Image.fromarray(ctx.pool[index], "RGB")
        if im.size != (w, h):
            im = im.resize((w, h), Image.Resampling.BILINEAR)
        ctx.pil_cache[key] = im
    return im


def _partner_array(c: Canvas, ctx: Context, index: int) -> NDArray[np.uint8]:
    h, w = c.shape
    arr = ctx.pool[index]
    if arr.shape[:2] == (h, w):
        return arr
    key = (index, w, h, "array")
    if key not in ctx.pil_cache:
        ctx.pil_cache[key] = geometry.to_array(_partner_pil(c, ctx, index))
    return ctx.pil_cache[key]


def _mix_weights(ctx: Context, keep: float, partner: int) -> dict[str, float]:
    out = {k: v * keep for k, v in ctx.weights.items()}
    label = ctx.labels[partner]
    out[label] = out.get(label, 0.0) + (1.0 - keep)
    ctx.weights = out
    return {k: round(v, 6) for k, v in out.items()}


def _draw_mixup(rng: np.random.Generator, o: Mapping[str, Any], hw: tuple[int, int], ctx: Context) -> Drawn:
    lam = float(rng.beta(o["alpha"], o["alpha"]))
    partner = _partner(rng, ctx)
    return {"lambda": lam, "partner": ctx.labels[partner], "partner_index": partner,
            "label_weights": _mix_weights(ctx, lam, partner)}


def _apply_mixup(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    c.set_array(noise.mixup(c.array(), _partner_array(c, ctx, d["partner_index"]), d["lambda"]))


def _draw_cutmix(rng: np.random.Generator, o: Mapping[str, Any], hw: tuple[int, int], ctx: Context) -> Drawn:
    lam = float(rng.beta(o["alpha"], o["alpha"]))
    partner = _partner(rng, ctx)
    box, keep = noise.cutmix_box(rng, hw[0], hw[1], lam)
    return {"lambda": lam, "box": list(box), "partner": ctx.labels[partner], "partner_index": partner,
            "label_weights": _mix_weights(ctx, keep, partner)}


def _apply_cutmix(c: Canvas, d: Drawn, o: Mapping[str, Any], ctx: Context) -> None:
    top, left, bh, bw = d["box"]
    if bh <= 0 or bw <= 0:
        return
    im = c.pil().copy()
    im.paste(_partner_pil(c, ctx, d["partner_index"]).crop((left, top, left + bw, top + bh)), (left, top))
    c.set_pil(im)


def _range(name: str, default: tuple[float, float], lo: float, hi: float, help: str, integer: bool = False) -> Option:
    return Option(name, "range", default, lo, hi, help=help, integer=integer)


STEP_KINDS: dict[str, StepKind] = {
    s.kind: s
    for s in (
        StepKind("hflip", "Horizontal flip", "Mirror left-right.", (), no_draw, _apply_hflip, 0.5),
        StepKind("vflip", "Vertical flip", "Mirror top-bottom (only when upside-down photos make sense).", (),
                 no_draw, _apply_vflip, 0.5),
        StepKind("resize_short", "Resize short side", "Resize so the short side is L ~ U{lo..hi}, aspect kept (ResNet: 256–480).",
                 (_range("short_side", (256, 480), 8, 4096, "short side L in pixels", integer=True),),
                 _draw_resize_short, _apply_resize_short),
        StepKind("resize", "Resize", "Resize to a fixed width x height (AlexNet: 256 x 256).",
                 (Option("width", "int", 256, 8, 4096, help="output width (px)", integer=True),
                  Option("height", "int", 256, 8, 4096, help="output height (px)", integer=True)),
                 no_draw, _apply_resize),
        StepKind("random_crop", "Random crop", "A uniformly placed crop of fixed size (clamped to the image).",
                 (Option("width", "int", 224, 1, 4096, help="crop width (px)", integer=True),
                  Option("height", "int", 224, 1, 4096, help="crop height (px)", integer=True)),
                 _draw_crop, _apply_crop),
        StepKind("centre_crop", "Centre crop (test time)",
                 "The size x size centre (torchvision's CenterCrop rounding): the test-time crop, nothing random.",
                 (Option("size", "int", 224, 1, 4096, help="crop side (px)", integer=True),),
                 _draw_centre_crop, _apply_crop),
        StepKind("ten_crop", "10-crop (test time)",
                 "Sample i shows crop i mod 10: four corners and the centre, then the same five of the mirrored "
                 "image (torchvision's TenCrop); predictions are averaged over the ten.",
                 (Option("size", "int", 224, 1, 4096, help="crop side (px)", integer=True),),
                 _draw_ten_crop, _apply_ten_crop),
        StepKind("random_resized_crop", "Random resized crop",
                 "Crop a random area fraction and aspect ratio, resize to a fixed size (Inception / torchvision).",
                 (_range("scale", (0.08, 1.0), 0.01, 1.0, "area fraction of the crop"),
                  _range("ratio", (0.75, 4 / 3), 0.1, 10.0, "aspect ratio w/h of the crop (log-uniform)"),
                  Option("out_width", "int", 224, 8, 4096, help="output width (px)", integer=True),
                  Option("out_height", "int", 224, 8, 4096, help="output height (px)", integer=True)),
                 _draw_rrc, _apply_rrc),
        StepKind("affine", "Affine (rotate, scale, stretch, shear, translate)",
                 "One combined affine warp about the centre; uncovered pixels follow the fill mode.",
                 (_range("angle", (-15.0, 15.0), -180.0, 180.0, "rotation in degrees (counter-clockwise)"),
                  _range("scale", (0.9, 1.1), 0.1, 4.0, "isotropic zoom factor"),
                  _range("stretch", (1.0, 1.0), 0.25, 4.0, "x/y scale ratio (log-uniform, area kept)"),
                  _range("shear_x", (0.0, 0.0), -60.0, 60.0, "horizontal shear angle (degrees)"),
                  _range("shear_y", (0.0, 0.0), -60.0, 60.0, "vertical shear angle (degrees)"),
                  _range("translate", (-0.1, 0.1), -1.0, 1.0, "shift as a fraction of width/height"),
                  Option("fill", "choice", "reflect", choices=geometry.FILL_MODES, help="what uncovered pixels show"),
                  Option("fill_value", "int", 0, 0, 255, help="gray level for the constant fill", integer=True)),
                 _draw_affine, _apply_affine),
        StepKind("hsl_jitter", "Colour jitter (HSL)",
                 "Hue rotation (degrees), saturation factor and lightness shift in HSL.",
                 (_range("hue", (-20.0, 20.0), -180.0, 180.0, "hue shift in degrees"),
                  _range("saturation", (0.7, 1.3), 0.0, 4.0, "HSL saturation factor"),
                  _range("lightness", (-0.1, 0.1), -1.0, 1.0, "HSL lightness shift (0–1 scale)")),
                 _draw_hsl, _apply_hsl),
        StepKind("brightness_contrast", "Brightness / contrast", "Multiply brightness; scale contrast about the mean luma.",
                 (_range("brightness", (0.8, 1.2), 0.0, 4.0, "brightness factor"),
                  _range("contrast", (0.8, 1.2), 0.0, 4.0, "contrast factor")),
                 _draw_bc, _apply_bc),
        StepKind("fancy_pca", "Fancy PCA (AlexNet)", "Add Σ pᵢ αᵢ λᵢ along the RGB principal components, αᵢ ~ N(0, σ).",
                 (Option("sigma", "float", 0.1, 0.0, 5.0, help="standard deviation of the α draws (AlexNet: 0.1)"),
                  Option("basis", "choice", "imagenet", choices=("imagenet", "images"),
                         help="principal components: published ImageNet values or the loaded training images")),
                 _draw_pca, _apply_pca),
        StepKind("grayscale", "Grayscale", "BT.601 luma 0.299 R + 0.587 G + 0.114 B in all three channels.", (),
                 no_draw, _apply_gray, 0.2),
        StepKind("cutout", "Cutout / random erasing", "Erase square boxes (side a fraction of the short side).",
                 (_range("count", (1, 1), 0, 20, "number of boxes", integer=True),
                  _range("size", (0.2, 0.4), 0.01, 1.0, "box side / short side"),
                  Option("fill", "choice", "black", choices=noise.ERASE_FILLS, help="what the boxes are filled with")),
                 _draw_cutout, _apply_cutout),
        StepKind("gaussian_noise", "Gaussian noise", "Add N(0, σ²) per pixel and channel (σ in gray levels).",
                 (_range("sigma", (5.0, 20.0), 0.0, 128.0, "noise standard deviation (0–255 scale)"),),
                 _draw_gauss, _apply_gauss),
        StepKind("salt_pepper", "Salt & pepper noise", "Set a fraction of pixels to white or black.",
                 (_range("amount", (0.01, 0.05), 0.0, 1.0, "fraction of pixels hit"),),
                 _draw_sp, _apply_sp),
        StepKind("filter", "Filter (blur, sharpen, edge)", "A Pillow filter with a random strength.",
                 (Option("filter", "choice", "blur", choices=noise.FILTERS, help="which filter"),
                  _range("strength", (0.5, 2.0), 0.0, 20.0, "blur radius (px), sharpen amount (x100 %) or edge blend")),
                 _draw_filter, _apply_filter),
        StepKind("mixup", "MixUp", "Blend with another image: λ·x + (1 − λ)·x′, λ ~ Beta(α, α); labels mix likewise.",
                 (Option("alpha", "float", 0.4, 0.01, 100.0, help="Beta(α, α) parameter"),),
                 _draw_mixup, _apply_mixup),
        StepKind("cutmix", "CutMix", "Paste a box of another image; label weight = 1 − box area / image area.",
                 (Option("alpha", "float", 1.0, 0.01, 100.0, help="Beta(α, α) parameter"),),
                 _draw_cutmix, _apply_cutmix),
    )
}
