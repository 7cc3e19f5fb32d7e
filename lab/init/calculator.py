"""Layer calculator: output shape, parameter count and fan-in of conv and pooling layers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LayerShape:
    """What a layer does to an ``H×W×C`` input.

    ``fan_in`` is the number of inputs one output unit sees (F²·C for a convolution, the
    d_in of Xavier/Kaiming); pooling has no weights, so its ``fan_in`` is ``None``.
    ``dense_params`` is what a fully connected layer between the same input and output
    volumes would need, to show what weight sharing and locality save.
    """

    kind: str
    in_shape: tuple[int, int, int]
    out_shape: tuple[int, int, int]
    params: int
    fan_in: int | None
    fan_out: int | None
    dense_params: int

    def describe(self) -> str:
        """One line for the panel and the CLI."""
        h, w, c = self.in_shape
        oh, ow, oc = self.out_shape
        text = f"{h}×{w}×{c} → {oh}×{ow}×{oc}, {self.params:,} parameters"
        if self.fan_in is not None:
            text += f", fan-in d_in = {self.fan_in:,}"
        return text


def _check_positive(**values: int) -> None:
    for name, value in values.items():
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"{name} must be a positive integer, got {value!r}")


def output_size(size: int, f: int, s: int, p: int, *, axis: str = "width") -> int:
    """``(size − F + 2P)/S + 1``, or ``ValueError`` when the filter does not tile the input.

    Examples
    --------
    >>> output_size(32, 5, 1, 2)
    32
    >>> output_size(7, 3, 2, 0)
    3
    """
    _check_positive(size=size, F=f, S=s)
    if isinstance(p, bool) or not isinstance(p, int) or p < 0:
        raise ValueError(f"P must be an integer >= 0, got {p!r}")
    span = size - f + 2 * p
    if span < 0:
        raise ValueError(f"the {f}×{f} filter is larger than the padded {axis} {size} + 2·{p} = {size + 2 * p}")
    if span % s != 0:
        raise ValueError(
            f"F={f}, S={s}, P={p} do not tile an input {axis} of {size}: "
            f"({size} − {f} + 2·{p})/{s} + 1 = {span / s + 1:g} is not an integer"
        )
    return span // s + 1


def conv_layer(h: int, w: int, c: int, *, k: int, f: int, s: int = 1, p: int = 0) -> LayerShape:
    """A convolution with ``k`` filters of ``f×f×c``, stride ``s``, zero padding ``p``.

    Parameters are ``(F·F·C + 1)·K`` (one bias per filter); the fan-in is ``F²·C``.

    Examples
    --------
    >>> conv_layer(32, 32, 3, k=10, f=5, s=1, p=2).params
    760
    """
    _check_positive(H=h, W=w, C=c, K=k)
    oh = output_size(h, f, s, p, axis="height")
    ow = output_size(w, f, s, p, axis="width")
    return LayerShape(
        kind="conv",
        in_shape=(h, w, c),
        out_shape=(oh, ow, k),
        params=(f * f * c + 1) * k,
        fan_in=f * f * c,
        fan_out=f * f * k,
        dense_params=(h * w * c + 1) * (oh * ow * k),
    )


def pool_layer(h: int, w: int, c: int, *, f: int = 2, s: int = 2) -> LayerShape:
    """A max (or average) pooling layer: shrinks H and W, keeps C, has **zero** parameters.

    Examples
    --------
    >>> pool_layer(32, 32, 3, f=2, s=2).out_shape
    (16, 16, 3)
    """
    _check_positive(H=h, W=w, C=c)
    oh = output_size(h, f, s, 0, axis="height")
    ow = output_size(w, f, s, 0, axis="width")
    return LayerShape(
        kind="pool",
        in_shape=(h, w, c),
        out_shape=(oh, ow, c),
        params=0,
        fan_in=None,
        fan_out=None,
        dense_params=0,
    )
