"""The depth experiment's weights: cached per seed, drawn beside the run on a new seed."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np
from numpy.typing import NDArray

from lab.init import draws
from lab.init.config import DepthConfig
from lab.init.schemes import UNIFORM_SCHEMES, scheme_weights

#: The one helper thread that draws the next layer's weights while a layer's statistics are computed.
_POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nnlab-draws")


def weight_key(config: DepthConfig, scheme: str, layer: int) -> tuple:
    """The cache key of :func:`layer_weights` (for :func:`lab.init.draws.lookup`)."""
    if scheme == "orthogonal":
        return ("orthogonal", draws.STREAM_NORMAL, layer, config.weight_shape)
    # the weights depend on the scheme only through one number: the std (or the constant)
    scale = config.settings.const_value if scheme == "constant" else config.weight_std(scheme)
    return ("weights", layer, config.weight_shape, scheme, scale)


def layer_weights(config: DepthConfig, scheme: str, layer: int) -> NDArray[np.float32]:
    """The weights of ``layer`` for ``scheme``, scaled from the seed's base draws (cached)."""
    shape = config.weight_shape
    if scheme == "orthogonal":
        return draws.orthogonal(config.seed, layer, shape)

    def make() -> NDArray[np.float32]:
        normal = uniform = None
        if scheme in UNIFORM_SCHEMES:
            uniform = draws.uniform_pm1(config.seed, layer, shape)
        elif scheme not in ("zeros", "constant"):
            normal = draws.standard_normal(config.seed, draws.STREAM_NORMAL, layer, shape)
        return scheme_weights(
            scheme, normal, uniform, shape, config.fan_in, config.fan_out,
            activation=config.activation, settings=config.settings,
        )

    return draws.cached(config.seed, weight_key(config, scheme, layer), make)


class DrawsBeside:
    """Draws the next layer's weights on a helper thread while this layer's statistics are computed.

    On a new seed the draws (about 1 ms per 250 k normals) would otherwise add to the run.  A
    draw is started right after a product and waited for before the next one, so it fills the
    core the single-threaded statistics leave idle and never competes with the products, which
    take both cores.  Draws in the cache are taken directly, without the helper.  Each array
    comes from its own generator, so which thread draws it does not matter.
    """

    def __init__(self, config: DepthConfig) -> None:
        self.config = config
        self.pending: tuple[int, Future[NDArray[np.float32]]] | None = None

    def start(self, item: int) -> None:
        """Start drawing ``item``: a layer's weights, or the upstream gradient for ``depth + 1``."""
        config = self.config
        if item > config.depth + config.backward:
            return
        key = (weight_key(config, config.scheme, item) if item <= config.depth
               else draws.normal_key(draws.STREAM_UPSTREAM, 0, config.input_shape))
        if draws.lookup(config.seed, key) is None:
            try:
                self.pending = (item, _POOL.submit(self._draw, item))
            except RuntimeError:  # the interpreter is exiting: :meth:`get` draws it in this thread
                self.pending = None

    def get(self, item: int) -> NDArray[np.float32]:
        """``item``, as :meth:`start` describes it (drawn here if it was not started)."""
        if self.pending is not None and self.pending[0] == item:
            future, self.pending = self.pending[1], None
            return future.result()
        return self._draw(item)

    def _draw(self, item: int) -> NDArray[np.float32]:
        config = self.config
        if item <= config.depth:
            return layer_weights(config, config.scheme, item)
        return draws.standard_normal(config.seed, draws.STREAM_UPSTREAM, 0, config.input_shape)
