"""PCA pipeline against closed forms and independent computations (NumPy/SciPy only)."""

from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.linalg

from lab.pca.pipeline import (
    axis_angle_deg,
    centre,
    components_for,
    covariance,
    cumulative_retained,
    decorrelate,
    eigh_sorted,
    fit_pca,
    fix_signs,
    project_topk,
    reconstruct,
    retained_variance,
    standardise,
    whiten_pca,
    whiten_zca,
    whitening_matrix,
)

SIGMA = np.array([[3.0, 1.5], [1.5, 1.0]])


def data_with_covariance(sigma: np.ndarray, n: int, mean=(3.0, -2.0), seed: int = 0) -> np.ndarray:
    """Points whose ÷N sample covariance is exactly ``sigma`` (up to rounding)."""
    rng = np.random.default_rng(seed)
    z = rng.standard_normal((n, sigma.shape[0]))
    z -= z.mean(axis=0)
    own = z.T @ z / n
    z = z @ np.linalg.inv(np.linalg.cholesky(own)).T  # now exactly white (÷N)
    return z @ np.linalg.cholesky(sigma).T + np.asarray(mean)


def test_worked_example_eigenvalues_and_axis():
    lam, u = eigh_sorted(SIGMA)
    # closed form: 2 ± √(1 + 1.5²)
    assert lam == pytest.approx([2 + math.sqrt(3.25), 2 - math.sqrt(3.25)], abs=1e-12)
    assert lam == pytest.approx([3.80278, 0.19722], abs=5e-6)
    assert axis_angle_deg(u[:, 0]) == pytest.approx(math.degrees(0.5 * math.atan(1.5)), abs=1e-10)
    assert axis_angle_deg(u[:, 0]) == pytest.approx(28.155, abs=5e-4)
    assert u @ np.diag(lam) @ u.T == pytest.approx(SIGMA, abs=1e-12)


def test_fit_on_data_recovers_worked_example():
    x = data_with_covariance(SIGMA, 500)
    fit = fit_pca(x)
    assert fit.cov == pytest.approx(SIGMA, abs=1e-10)
    assert fit.eigenvalues == pytest.approx([3.80278, 0.19722], abs=5e-6)
    assert fit.first_axis_deg == pytest.approx(28.155, abs=5e-4)
    assert fit.mean == pytest.approx([3.0, -2.0], abs=1e-12)


def test_covariance_divisors_match_numpy():
    rng = np.random.default_rng(1)
    x = rng.standard_normal((50, 3)) @ rng.standard_normal((3, 3))
    assert covariance(x, "N") == pytest.approx(np.cov(x, rowvar=False, bias=True), abs=1e-12)
    assert covariance(x, "N-1") == pytest.approx(np.cov(x, rowvar=False, ddof=1), abs=1e-12)
    assert covariance(x, "N") == pytest.approx(covariance(x, "N-1") * 49 / 50, abs=1e-12)
    with pytest.raises(ValueError, match="divisor"):
        covariance(x, "N+1")  # type: ignore[arg-type]


def test_decorrelated_covariance_is_diagonal_lambda():
    x = data_with_covariance(SIGMA, 300)
    fit = fit_pca(x)
    cov = covariance(decorrelate(x, fit))
    assert cov[0, 1] == pytest.approx(0.0, abs=1e-12)
    assert np.diag(cov) == pytest.approx([2 + math.sqrt(3.25), 2 - math.sqrt(3.25)], abs=1e-10)


def test_pca_whitened_covariance_is_identity_up_to_eps_and_divisor():
    x = data_with_covariance(SIGMA, 400)
    exact = covariance(whiten_pca(x, fit_pca(x, eps=0.0)))
    assert exact == pytest.approx(np.eye(2), abs=1e-10)
    eps = 0.05
    lam = np.array([2 + math.sqrt(3.25), 2 - math.sqrt(3.25)])
    reg = covariance(whiten_pca(x, fit_pca(x, eps=eps)))
    assert reg == pytest.approx(np.diag(lam / (lam + eps)), abs=1e-10)
    # fitted with ÷N but measured with ÷(N−1): identity × N/(N−1)
    assert covariance(whiten_pca(x, fit_pca(x)), "N-1") == pytest.approx(np.eye(2) * 400 / 399, abs=1e-10)
    # fitted and measured with ÷(N−1): identity again
    assert covariance(whiten_pca(x, fit_pca(x, divisor="N-1")), "N-1") == pytest.approx(np.eye(2), abs=1e-10)


def test_zca_is_pca_white_rotated_back_and_equals_inverse_sqrt():
    x = data_with_covariance(SIGMA, 200)
    fit = fit_pca(x)
    u = fit.eigenvectors
    pca_white = whiten_pca(x, fit)
    zca = whiten_zca(x, fit)
    # column convention (lecture: ZCA = U · PCA-white · Uᵀ on column vectors) == rows · Uᵀ
    assert zca == pytest.approx(pca_white @ u.T, abs=1e-12)
    assert (u @ pca_white.T).T == pytest.approx(zca, abs=1e-12)
    # independent: Σ^(−1/2) by SciPy's matrix square root
    inv_sqrt = np.linalg.inv(np.real(scipy.linalg.sqrtm(SIGMA)))
    assert zca == pytest.approx((x - x.mean(axis=0)) @ inv_sqrt, abs=1e-9)
    w = whitening_matrix(fit, "ZCA")
    assert w == pytest.approx(w.T, abs=1e-12)  # ZCA's matrix is symmetric
    assert covariance(zca) == pytest.approx(np.eye(2), abs=1e-10)


def test_sign_is_deterministic():
    rng = np.random.default_rng(3)
    for _ in range(20):
        a = rng.standard_normal((4, 4))
        cov = a @ a.T
        _, u = eigh_sorted(cov)
        for j in range(4):
            col = u[:, j]
            assert col[np.argmax(np.abs(col))] > 0
        assert fix_signs(-u) == pytest.approx(u, abs=0)
    # row order of the data does not change the fit
    x = data_with_covariance(SIGMA, 100)
    a, b = fit_pca(x), fit_pca(x[::-1])
    assert a.eigenvectors == pytest.approx(b.eigenvectors, abs=1e-12)


def test_eigenvectors_of_axis_aligned_covariance_are_unit_axes():
    lam, u = eigh_sorted(np.diag([1.0, 4.0]))
    assert lam == pytest.approx([4.0, 1.0])
    assert u == pytest.approx(np.array([[0.0, 1.0], [1.0, 0.0]]), abs=0)


def test_identical_points_stay_finite():
    x = np.tile([2.0, 5.0], (10, 1))
    fit = fit_pca(x, eps=0.0)
    assert fit.eigenvalues == pytest.approx([0.0, 0.0], abs=0)
    out = whiten_pca(x, fit)
    assert np.all(np.isfinite(out)) and np.all(out == 0)
    assert np.all(np.isfinite(whiten_zca(x, fit)))
    assert fit.flat_directions == (0, 1)


def test_collinear_points_flag_flat_direction_and_stay_finite():
    t = np.linspace(-1, 1, 21)
    x = np.column_stack([t, 2 * t + 1])
    fit = fit_pca(x, eps=0.0)
    assert fit.flat_directions == (1,)
    assert axis_angle_deg(fit.eigenvectors[:, 0]) == pytest.approx(math.degrees(math.atan(2.0)), abs=1e-9)
    w = whiten_pca(x, fit)
    assert np.all(np.isfinite(w))
    assert np.var(w[:, 0]) == pytest.approx(1.0, abs=1e-9)
    # with ε the gain on the empty direction is capped at 1/√ε
    fit_eps = fit_pca(x, eps=1e-4)
    assert fit_eps.whitening_scales[1] == pytest.approx(100.0, rel=1e-9)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (np.zeros((2, 2)), "at least 3 points"),
        (np.array([[0.0, 1.0], [np.nan, 2.0], [1.0, 1.0]]), "NaN or infinity .*row 1"),
        (np.array([[0.0, 1.0], [3.0, np.inf], [1.0, 1.0]]), "NaN or infinity"),
        (np.zeros(5), "shape"),
    ],
)
def test_degenerate_inputs_raise_clear_errors(data, message):
    with pytest.raises(ValueError, match=message):
        fit_pca(data)


def test_eps_must_be_non_negative():
    with pytest.raises(ValueError, match="eps"):
        fit_pca(np.eye(3), eps=-1.0)


def test_topk_projection_and_retained_variance():
    x = data_with_covariance(SIGMA, 200)
    fit = fit_pca(x)
    scores = project_topk(x, fit, 1)
    rec = reconstruct(scores, fit)
    resid = x - rec
    # residuals are orthogonal to PC1, and the variance of the scores is λ1
    assert resid @ fit.eigenvectors[:, 0] == pytest.approx(np.zeros(200), abs=1e-10)
    assert np.var(scores[:, 0]) == pytest.approx(2 + math.sqrt(3.25), abs=1e-10)
    # retained = variance kept / total variance (trace), computed independently
    kept = np.var(rec, axis=0).sum() / np.trace(SIGMA)
    assert retained_variance(fit.eigenvalues, 1) == pytest.approx(kept, abs=1e-10)
    assert retained_variance(fit.eigenvalues, 1) == pytest.approx((2 + math.sqrt(3.25)) / 4, abs=1e-12)
    assert reconstruct(project_topk(x, fit, 2), fit) == pytest.approx(x, abs=1e-12)
    with pytest.raises(ValueError, match="k must be"):
        project_topk(x, fit, 3)


def test_cumulative_and_components_for():
    lam = np.array([5.0, 3.0, 1.0, 1.0])
    assert cumulative_retained(lam) == pytest.approx([0.5, 0.8, 0.9, 1.0])
    assert components_for(lam, 0.8) == 2
    assert components_for(lam, 0.81) == 3
    assert components_for(lam, 1.0) == 4
    assert cumulative_retained(np.zeros(3)) == pytest.approx([0, 0, 0])


def test_standardise_keeps_correlation_and_uses_training_stats():
    x = data_with_covariance(np.array([[900.0, 30.0], [30.0, 4.0]]), 300, mean=(1013.0, 15.0))
    z, mu, sd = standardise(x)
    assert np.std(z, axis=0) == pytest.approx([1.0, 1.0], abs=1e-12)
    assert np.corrcoef(z, rowvar=False)[0, 1] == pytest.approx(np.corrcoef(x, rowvar=False)[0, 1], abs=1e-12)
    assert sd == pytest.approx([30.0, 2.0], abs=1e-9)
    z2, _, _ = standardise(x[:5], mu, sd)
    assert z2 == pytest.approx(z[:5], abs=1e-12)


def test_centre_with_training_mean():
    x = np.array([[1.0, 2.0], [3.0, 6.0]])
    xc, mu = centre(x, mean=[1.0, 1.0])
    assert xc == pytest.approx(np.array([[0.0, 1.0], [2.0, 5.0]]))
    assert mu == pytest.approx([1.0, 1.0])


def test_covariance_is_stable_far_from_origin_and_across_chunks():
    rng = np.random.default_rng(7)
    x = rng.standard_normal((200_003, 2)) @ np.array([[1e-2, 0.0], [5e-3, 2e-2]]) + [1e4, -3e3]
    ref = np.cov(x, rowvar=False, bias=True)  # NumPy's two-pass centred formula
    assert covariance(x) == pytest.approx(ref, rel=1e-9, abs=1e-15)
    fit = fit_pca(x)
    assert fit.mean == pytest.approx(x.mean(axis=0), rel=1e-13)
    assert covariance(whiten_pca(x, fit)) == pytest.approx(np.eye(2), abs=1e-6)
