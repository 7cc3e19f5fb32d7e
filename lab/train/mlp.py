"""A small fully connected classifier in NumPy: forward, backward, softmax cross-entropy, SGD.

Conventions: row vectors, ``z_l = h_{l−1} W_l + b_l``, ``h_l = f(z_l)`` for the hidden layers and
softmax on the last; the loss is the mean cross-entropy over the batch (natural log, so chance
level with k classes is ln k).  The activation functions and their derivatives are the lab's
(:mod:`lab.activations.functions`), the initial weights come from :mod:`lab.init.schemes`.  On the
way back f′ is computed from the stored output h = f(z) where the depth experiment can
(σ′ = h(1 − h), tanh′ = 1 − h², ReLU, Leaky ReLU, ELU, SELU: :func:`lab.activations.float32.local_grad_from_output`),
which saves the exponentials of f′(z); the other activations use f′(z) from the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from lab.activations.float32 import ACTIVATIONS as FROM_OUTPUT
from lab.activations.float32 import local_grad_from_output
from lab.activations.functions import get_activation
from lab.init.schemes import SchemeSettings, canonical_scheme, scheme_weights

Array = NDArray[np.float64]


@dataclass(frozen=True)
class Net:
    """Weights ``W_l`` (d_{l−1}, d_l) and biases ``b_l`` (d_l,) of every layer, and the hidden activation."""

    weights: tuple[Array, ...]
    biases: tuple[Array, ...]
    activation: str
    slope: float = 0.01
    alpha: float = 1.0

    def copy(self) -> Net:
        return Net(tuple(w.copy() for w in self.weights), tuple(b.copy() for b in self.biases),
                   self.activation, self.slope, self.alpha)


def layer_sizes(n_in: int, width: int, depth: int, n_out: int) -> list[int]:
    """``[n_in, width × depth, n_out]``: ``depth`` hidden layers."""
    if depth < 1 or width < 1:
        raise ValueError(f"depth and width must be >= 1, got {depth} and {width}")
    return [n_in, *([width] * depth), n_out]


def base_draws(sizes: list[int], rng: np.random.Generator) -> list[tuple[Array, Array]]:
    """One standard-normal and one U(−1, 1) matrix per layer: every scheme of a comparison is a
    rescaling of the same draws, so runs differ by the scheme alone."""
    return [(rng.standard_normal((a, b)), rng.uniform(-1.0, 1.0, (a, b))) for a, b in zip(sizes, sizes[1:], strict=False)]


def init_net(sizes: list[int], draws: list[tuple[Array, Array]], scheme: str, activation: str, *,
             settings: SchemeSettings | None = None, slope: float = 0.01, alpha: float = 1.0) -> Net:
    """Weights of ``scheme`` from the shared base ``draws`` (float64), zero biases."""
    get_activation(activation)
    s = settings or SchemeSettings(slope=slope)
    weights = []
    for (a, b), (normal, uniform) in zip(zip(sizes, sizes[1:], strict=False), draws, strict=True):
        w = scheme_weights(canonical_scheme(scheme), normal, uniform, (a, b), a, b, activation=activation, settings=s)
        weights.append(np.asarray(w, dtype=np.float64))
    biases = tuple(np.zeros(b) for b in sizes[1:])
    return Net(tuple(weights), biases, activation, slope, alpha)


def forward(net: Net, x: Array) -> tuple[list[Array], list[Array]]:
    """Pre-activations ``z_l`` and outputs ``h_l`` (``h_0 = x``; the last ``z`` is the logits)."""
    act = get_activation(net.activation)
    hs, zs = [x], []
    last = len(net.weights) - 1
    for k, (w, b) in enumerate(zip(net.weights, net.biases, strict=True)):
        z = hs[-1] @ w + b
        zs.append(z)
        if k < last:
            hs.append(act.f(z, net.slope, net.alpha))
    return zs, hs


def logits(net: Net, x: Array) -> Array:
    """The network's class scores for ``x``."""
    return forward(net, x)[0][-1]


def softmax_cross_entropy(scores: Array, y: NDArray[np.intp]) -> tuple[float, Array]:
    """Mean cross-entropy of ``softmax(scores)`` against labels ``y`` and its gradient wrt ``scores``."""
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_p = shifted - log_norm
    n = scores.shape[0]
    loss = -float(log_p[np.arange(n), y].mean())
    grad = np.exp(log_p)
    grad[np.arange(n), y] -= 1.0
    return loss, grad / n


def loss_and_grads(net: Net, x: Array, y: NDArray[np.intp]) -> tuple[float, list[Array], list[Array]]:
    """The mean loss on ``(x, y)`` and its gradients wrt every weight matrix and bias vector."""
    zs, hs = forward(net, x)
    loss, delta = softmax_cross_entropy(zs[-1], y)
    n_layers = len(net.weights)
    grad_w: list[Array] = [np.empty(0)] * n_layers
    grad_b: list[Array] = [np.empty(0)] * n_layers
    for k in range(n_layers - 1, -1, -1):
        grad_w[k] = hs[k].T @ delta
        grad_b[k] = delta.sum(axis=0)
        if k > 0:
            delta = (delta @ net.weights[k].T) * local_grad(net, zs[k - 1], hs[k])
    return loss, grad_w, grad_b


def local_grad(net: Net, z: Array, h: Array) -> Array:
    """f′(z) of a hidden layer, from its output ``h`` where that is exact (see the module docstring)."""
    if net.activation in FROM_OUTPUT:
        return local_grad_from_output(h, net.activation, slope=net.slope, alpha=net.alpha)
    return get_activation(net.activation).df(z, net.slope, net.alpha)


def sgd_step(net: Net, grad_w: list[Array], grad_b: list[Array], lr: float) -> None:
    """In place: W ← W − lr·∂L/∂W, b ← b − lr·∂L/∂b."""
    for w, gw, b, gb in zip(net.weights, grad_w, net.biases, grad_b, strict=True):
        w -= lr * gw
        b -= lr * gb


def evaluate(net: Net, x: Array, y: NDArray[np.intp]) -> tuple[float, float]:
    """Mean cross-entropy and accuracy of ``net`` on ``(x, y)``."""
    scores = logits(net, x)
    loss = softmax_cross_entropy(scores, y)[0]
    return loss, float(np.mean(scores.argmax(axis=1) == y))
