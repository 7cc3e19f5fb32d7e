"""Statistics under Gaussian inputs: LECTURE.md §1 facts, closed forms, Monte Carlo cross-checks."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import integrate
from scipy.special import expit

from lab.activations.functions import FUNCTIONS
from lab.activations.stats import (
    CLOSED_FORM,
    QUADRATURE,
    activation_stats,
    dead_interval,
    gaussian_nodes,
    interval_probability,
    moments,
    monte_carlo_stats,
    saturated_intervals,
)


def test_lecture_elu_selu_sigmoid_numbers() -> None:
    elu = activation_stats("elu", 0.0, 1.0, alpha=1.0)
    assert round(elu.mean, 4) == 0.1605 and round(elu.std, 4) == 0.7869
    assert elu.method == CLOSED_FORM
    selu = activation_stats("selu", 0.0, 1.0)
    assert abs(selu.mean) < 1e-3 and abs(selu.std**2 - 1.0) < 1e-3
    assert activation_stats("sigmoid").mean == pytest.approx(0.5, abs=1e-14)
    assert activation_stats("tanh").mean == pytest.approx(0.0, abs=1e-14)


def test_relu_closed_form_against_known_constants() -> None:
    s = activation_stats("relu", 0.0, 1.0)
    assert s.mean == pytest.approx(1 / math.sqrt(2 * math.pi), rel=1e-14)  # 0.3989
    assert s.std == pytest.approx(math.sqrt(0.5 - 1 / (2 * math.pi)), rel=1e-14)  # 0.5838
    assert s.mean_grad == 0.5 and s.dead == 0.5 and s.saturated == 0.5


def test_stein_identities_check_the_quadrature() -> None:
    # E[z·g(z)] = E[g′(z)] for z ~ N(0,1): GELU mean = E[φ] = 1/(2√π); SiLU mean = E[σ′].
    gelu = activation_stats("gelu")
    assert gelu.method == QUADRATURE
    assert gelu.mean == pytest.approx(1 / (2 * math.sqrt(math.pi)), abs=1e-13)
    assert gelu.mean_grad == pytest.approx(0.5, abs=1e-13)  # E[Φ + zφ] = 1/2 + 0
    assert activation_stats("silu").mean == pytest.approx(activation_stats("sigmoid").mean_grad, abs=1e-13)
    assert activation_stats("softplus").mean_grad == pytest.approx(0.5, abs=1e-13)  # E[σ(z)] by symmetry


@pytest.mark.parametrize(("mu", "sigma"), [(0.0, 1.0), (1.5, 0.3), (-2.0, 4.0), (0.5, 10.0)])
@pytest.mark.parametrize("name", FUNCTIONS)
def test_moments_match_adaptive_quadrature(name: str, mu: float, sigma: float) -> None:
    from lab.activations.functions import evaluate

    def expect(g):
        def integrand(z: float) -> float:
            return g(mu + sigma * z) * math.exp(-0.5 * z * z) / math.sqrt(2 * math.pi)
        return integrate.quad(integrand, -12, 12, points=[-mu / sigma] if abs(mu / sigma) < 12 else None,
                              epsabs=1e-13, epsrel=1e-12, limit=500)[0]

    f = lambda x: float(evaluate(name, x, slope=0.1, alpha=0.7)[0])  # noqa: E731
    df = lambda x: float(evaluate(name, x, slope=0.1, alpha=0.7)[1])  # noqa: E731
    mean, std, grad, _ = moments(name, mu, sigma, slope=0.1, alpha=0.7)
    ref_mean = expect(f)
    ref_var = expect(lambda x: (f(x) - ref_mean) ** 2)
    assert mean == pytest.approx(ref_mean, abs=1e-9)
    assert std == pytest.approx(math.sqrt(ref_var), abs=1e-9)
    assert grad == pytest.approx(expect(df), abs=1e-9)


@pytest.mark.parametrize("name", FUNCTIONS)
def test_statistics_agree_with_monte_carlo(name: str) -> None:
    rng = np.random.default_rng(12345)
    mu, sigma, n = -0.5, 2.0, 400_000
    exact = activation_stats(name, mu, sigma, threshold=0.05, slope=0.02, alpha=1.3)
    mc = monte_carlo_stats(name, mu, sigma, rng, n=n, threshold=0.05, slope=0.02, alpha=1.3)
    tol = 5 / math.sqrt(n)  # ~5 standard errors for quantities of order 1
    assert mc.mean == pytest.approx(exact.mean, abs=tol * max(1.0, exact.std))
    assert mc.std == pytest.approx(exact.std, abs=tol * max(1.0, exact.std))
    assert mc.mean_grad == pytest.approx(exact.mean_grad, abs=tol)
    assert mc.saturated == pytest.approx(exact.saturated, abs=tol)
    assert mc.dead == pytest.approx(exact.dead, abs=tol)


def test_saturated_intervals_are_the_analytic_boundaries() -> None:
    # σ′(x) = t ⇔ σ(x) = (1 ± √(1 − 4t))/2 ⇔ x = ±logit(...)
    t = 0.01
    p = (1 + math.sqrt(1 - 4 * t)) / 2
    edge = math.log(p / (1 - p))
    (a, b), (c, d) = saturated_intervals("sigmoid", t)
    assert a == -math.inf and d == math.inf
    assert b == pytest.approx(-edge, rel=1e-13) and c == pytest.approx(edge, rel=1e-13)
    # ELU: α·eˣ = t ⇔ x = log(t/α)
    ((lo, hi),) = saturated_intervals("elu", 0.01, alpha=2.0)
    assert lo == -math.inf and hi == pytest.approx(math.log(0.005), rel=1e-13)
    assert saturated_intervals("relu", 0.01) == ((-math.inf, 0.0),)
    assert saturated_intervals("leaky_relu", 0.01, slope=0.01) == ()  # 0.01 is not < 0.01
    assert saturated_intervals("leaky_relu", 0.02, slope=0.01) == ((-math.inf, 0.0),)
    # GELU′ crosses zero at its minimum (x ≈ −0.7518): a narrow saturated window around it
    windows = [iv for iv in saturated_intervals("gelu", 1e-4) if math.isfinite(iv[0])]
    assert len(windows) == 1 and windows[0][0] < -0.7518 < windows[0][1]
    assert windows[0][1] - windows[0][0] < 1e-3


def test_saturation_far_beyond_the_grid() -> None:
    # with a threshold of 1e-40 sigmoid saturates only beyond |x| ≈ 92, outside the ±64 grid
    (a, b), (c, d) = saturated_intervals("sigmoid", 1e-40)
    assert b == pytest.approx(-math.log(1e40), rel=1e-9) and c == pytest.approx(math.log(1e40), rel=1e-9)


def test_dead_fraction_and_lecture_bias_claim() -> None:
    assert dead_interval("relu") == (-math.inf, 0.0)
    assert dead_interval("leaky_relu", slope=0.01) is None
    assert dead_interval("leaky_relu", slope=0.0) == (-math.inf, 0.0)
    always_negative = activation_stats("relu", -3.0, 1.0)
    assert always_negative.dead == pytest.approx(0.5 * math.erfc(-3 / math.sqrt(2)), rel=1e-14)  # Φ(3)
    with_bias = activation_stats("relu", -3.0 + 0.01, 1.0)
    assert with_bias.dead < always_negative.dead and with_bias.dead > 0.99  # helps, does not cure
    assert activation_stats("leaky_relu", -3.0, 1.0).dead == 0.0


def test_depth_factor_is_a_power_and_sigmoid_is_below_quarter() -> None:
    s = activation_stats("sigmoid", 0.0, 1.0)
    factors = s.depth_factor(50)
    assert factors[0] == s.mean_grad and factors[9] == pytest.approx(s.mean_grad**10, rel=1e-14)
    assert np.all(factors <= 0.25 ** np.arange(1, 51))
    with pytest.raises(ValueError):
        s.depth_factor(0)


def test_interval_probability_in_the_far_tail() -> None:
    p = interval_probability(10.0, math.inf, 0.0, 1.0)
    assert p == pytest.approx(0.5 * math.erfc(10 / math.sqrt(2)), rel=1e-12)  # 7.6e-24, not 0


def test_gaussian_nodes_integrate_polynomials() -> None:
    x, w = gaussian_nodes(0.7, 2.5, kinks=(0.0,))
    assert w.sum() == pytest.approx(1.0, abs=1e-14)
    assert w @ x == pytest.approx(0.7, abs=1e-13)
    assert w @ (x - 0.7) ** 4 == pytest.approx(3 * 2.5**4, rel=1e-12)
    assert w @ expit(x) == pytest.approx(float(np.mean(expit(0.7 + 2.5 * np.random.default_rng(0).standard_normal(10**6)))), abs=2e-3)


@pytest.mark.parametrize("kwargs", [dict(sigma=0.0), dict(sigma=-1.0), dict(mu=math.nan), dict(sigma=math.inf)])
def test_invalid_gaussians_are_rejected(kwargs) -> None:
    args = {"mu": 0.0, "sigma": 1.0, **kwargs}
    with pytest.raises(ValueError):
        activation_stats("relu", args["mu"], args["sigma"])
    with pytest.raises(ValueError):
        saturated_intervals("relu", 0.0)


@pytest.mark.parametrize("alpha", [0.1, 0.37, 1.0, 2.9])
def test_elu_saturation_edge_follows_alpha_and_the_others_ignore_it(alpha) -> None:
    # ELU: α·eˣ < t ⇔ x < log(t/α); sigmoid/tanh/Leaky ReLU do not use α
    ((lo, hi),) = saturated_intervals("elu", 0.01, alpha=alpha)
    assert lo == -math.inf and hi == pytest.approx(math.log(0.01 / alpha), rel=1e-13)
    # tanh′ = sech²(x) = t ⇔ x = ±arccosh(1/√t)
    (a, b), (c, d) = saturated_intervals("tanh", 0.01, alpha=alpha)
    assert c == pytest.approx(math.acosh(10.0), rel=1e-13) and b == pytest.approx(-math.acosh(10.0), rel=1e-13)
    assert saturated_intervals("leaky_relu", 0.02, slope=0.01, alpha=alpha) == ((-math.inf, 0.0),)
