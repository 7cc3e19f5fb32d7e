"""Weight-initialization schemes as the field names them: their standard deviations, gains and weights.

* LeCun (normal, uniform): Var = 1/d_in.  The lecture's "Xavier" W = N(0,1)/√d_in is this scheme;
  the saved name ``"xavier"`` still loads and means exactly that (see :data:`LEGACY_ALIASES`).
* Glorot / Xavier (normal, uniform): std = gain·√(2/(d_in + d_out)), Glorot's original with gain 1.
* Kaiming / He (normal, uniform, fan-in mode): std = gain/√d_in, He's gain √2 for ReLU.
* Uniform variants draw U(−b, b) with b = √3·std.

The gain follows PyTorch's ``torch.nn.init.calculate_gain`` (:func:`calculate_gain`).  Its source
(``gain_mode``): ``"scheme"`` is each scheme's own (Glorot 1, Kaiming He's ReLU/Leaky ReLU gain,
as PyTorch's defaults), ``"activation"`` is ``calculate_gain`` of the net's activation, and
``"fixed"`` is the number in :attr:`SchemeSettings.gain`.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

SCHEMES: tuple[str, ...] = (
    "zeros",
    "constant",
    "small_gaussian",
    "large_gaussian",
    "lecun_normal",
    "lecun_uniform",
    "xavier",
    "glorot_normal",
    "glorot_uniform",
    "kaiming_normal",
    "kaiming_uniform",
    "orthogonal",
)

SCHEME_LABELS: dict[str, str] = {
    "zeros": "zeros",
    "constant": "constant",
    "small_gaussian": "small Gaussian",
    "large_gaussian": "large Gaussian",
    "lecun_normal": "LeCun normal",
    "lecun_uniform": "LeCun uniform",
    "xavier": "Xavier",
    "glorot_normal": "Glorot normal",
    "glorot_uniform": "Glorot uniform",
    "kaiming_normal": "Kaiming normal",
    "kaiming_uniform": "Kaiming uniform",
    "orthogonal": "orthogonal",
}

#: Saved names that mean another scheme: ``"xavier"`` (the lecture's N(0,1)/√d_in) is LeCun normal.
LEGACY_ALIASES: dict[str, str] = {"xavier": "lecun_normal"}

#: What a name means where that is not obvious (for tooltips and export captions).
SCHEME_NOTES: dict[str, str] = {
    "xavier": "the lecture's Xavier, W = N(0,1)/√d_in: this is LeCun normal (Var = 1/d_in)",
    "glorot_normal": "Xavier/Glorot normal (PyTorch xavier_normal_): Var = gain²·2/(d_in + d_out)",
    "glorot_uniform": "Xavier/Glorot uniform (PyTorch xavier_uniform_): b = gain·√(6/(d_in + d_out))",
    "kaiming_normal": "Kaiming/He normal (PyTorch kaiming_normal_, fan-in mode): Var = gain²/d_in",
    "kaiming_uniform": "Kaiming/He uniform (PyTorch kaiming_uniform_, fan-in mode): b = gain·√(3/d_in)",
}

#: Schemes whose weights are drawn from the shared uniform stream U(−1, 1).
UNIFORM_SCHEMES = frozenset({"lecun_uniform", "glorot_uniform", "kaiming_uniform"})

#: Schemes whose std takes a gain (Glorot and Kaiming, as in PyTorch).
GAIN_SCHEMES = frozenset({"glorot_normal", "glorot_uniform", "kaiming_normal", "kaiming_uniform"})

GAIN_MODES: tuple[str, ...] = ("scheme", "activation", "fixed")
GAIN_LABELS: dict[str, str] = {"scheme": "from the scheme", "activation": "from the activation (calculate_gain)",
                               "fixed": "fixed value"}

#: ``calculate_gain`` for the nonlinearities PyTorch knows (Leaky ReLU depends on its slope).
_PYTORCH_GAINS: dict[str, float] = {
    "linear": 1.0,
    "sigmoid": 1.0,
    "tanh": 5.0 / 3.0,
    "relu": math.sqrt(2.0),
    "selu": 3.0 / 4.0,
}


@dataclass(frozen=True)
class SchemeSettings:
    """The user-set numbers some schemes need."""

    sigma_small: float = 0.01
    sigma_large: float = 0.5
    const_value: float = 0.01
    slope: float = 0.01  # Leaky ReLU slope, used by Kaiming when the activation is Leaky ReLU
    gain_mode: str = "scheme"  # where Glorot's and Kaiming's gain comes from: one of GAIN_MODES
    gain: float = 1.0  # the gain with gain_mode="fixed"

    def __post_init__(self) -> None:
        if self.gain_mode not in GAIN_MODES:
            raise ValueError(f"unknown gain mode {self.gain_mode!r} (known: {', '.join(GAIN_MODES)})")
        if not (math.isfinite(self.gain) and 0.0 < self.gain <= 100.0):
            raise ValueError(f"gain must be in (0, 100], got {self.gain!r}")


def check_scheme(name: str) -> None:
    """Raise ``ValueError`` for an unknown scheme name."""
    if name not in SCHEMES:
        raise ValueError(f"unknown init scheme {name!r} (known: {', '.join(SCHEMES)})")


def canonical_scheme(name: str) -> str:
    """The scheme a (possibly saved, older) name means: ``"xavier"`` → ``"lecun_normal"``."""
    check_scheme(name)
    return LEGACY_ALIASES.get(name, name)


def calculate_gain(activation: str, slope: float = 0.01) -> float:
    """PyTorch's ``calculate_gain``: linear/sigmoid 1, tanh 5/3, ReLU √2, Leaky ReLU √(2/(1 + a²)), SELU 3/4.

    Raises ``ValueError`` for a nonlinearity PyTorch gives no gain (ELU, GELU, …), as PyTorch does.
    """
    if activation == "leaky_relu":
        return math.sqrt(2.0 / (1.0 + slope * slope))
    try:
        return _PYTORCH_GAINS[activation]
    except KeyError:
        raise ValueError(f"PyTorch's calculate_gain has no gain for {activation!r}") from None


def kaiming_gain(activation: str, slope: float) -> float:
    """He et al.'s gain: √2 for ReLU, √(2/(1 + a²)) for Leaky ReLU (PyTorch's convention)."""
    a = slope if activation == "leaky_relu" else 0.0
    return math.sqrt(2.0 / (1.0 + a * a))


@dataclass(frozen=True)
class EffectiveInit:
    """What a scheme amounts to for one layer: the std of a weight, its gain and uniform bound."""

    scheme: str  # the canonical scheme name
    std: float
    gain: float  # 1.0 for schemes without a gain
    bound: float | None  # b of U(−b, b) for uniform schemes, else None
    formula: str
    note: str = ""  # e.g. "PyTorch has no gain for 'elu': 1 used"


def scheme_gain(scheme: str, activation: str, settings: SchemeSettings) -> tuple[float, str]:
    """The gain of ``scheme`` under ``settings.gain_mode`` and a note when a fallback was used."""
    scheme = canonical_scheme(scheme)
    if scheme not in GAIN_SCHEMES:
        return 1.0, ""
    if settings.gain_mode == "fixed":
        return settings.gain, ""
    if settings.gain_mode == "scheme":
        if scheme.startswith("kaiming"):
            return kaiming_gain(activation, settings.slope), ""
        return 1.0, ""
    try:
        return calculate_gain(activation, settings.slope), ""
    except ValueError:
        return 1.0, f"PyTorch's calculate_gain has no gain for {activation!r}: 1 used"


def effective_init(
    scheme: str, activation: str, fan_in: int, fan_out: int, gain_mode: str | None = None,
    *, settings: SchemeSettings | None = None,
) -> EffectiveInit:
    """The std, gain and uniform bound of ``scheme`` for a layer (what the panel and export show).

    ``gain_mode`` (one of :data:`GAIN_MODES`) overrides ``settings.gain_mode`` when given.

    Examples
    --------
    >>> e = effective_init("kaiming_normal", "tanh", 500, 500, "activation")
    >>> round(e.gain, 4), round(e.std * 500 ** 0.5, 4)
    (1.6667, 1.6667)
    """
    s = settings or SchemeSettings()
    if gain_mode is not None:
        s = dataclasses.replace(s, gain_mode=gain_mode)
    name = canonical_scheme(scheme)
    std = weight_std(name, fan_in, fan_out, activation=activation, settings=s)
    gain, note = scheme_gain(name, activation, s)
    bound = math.sqrt(3.0) * std if name in UNIFORM_SCHEMES else None
    return EffectiveInit(name, std, gain, bound, _FORMULAS[name], note)


_FORMULAS: dict[str, str] = {
    "zeros": "W = 0",
    "constant": "W = c",
    "small_gaussian": "W ~ N(0, σ²), σ = σ_small",
    "large_gaussian": "W ~ N(0, σ²), σ = σ_large",
    "lecun_normal": "W ~ N(0, 1/d_in)",
    "lecun_uniform": "W ~ U(−b, b), b = √(3/d_in)",
    "glorot_normal": "W ~ N(0, gain²·2/(d_in + d_out))",
    "glorot_uniform": "W ~ U(−b, b), b = gain·√(6/(d_in + d_out))",
    "kaiming_normal": "W ~ N(0, gain²/d_in)",
    "kaiming_uniform": "W ~ U(−b, b), b = gain·√(3/d_in)",
    "orthogonal": "W orthogonal (QR of a Gaussian), entry variance 1/max(d_in, d_out)",
}


def weight_std(
    scheme: str, fan_in: int, fan_out: int, *, activation: str = "relu", settings: SchemeSettings | None = None
) -> float:
    """Standard deviation of one weight under ``scheme`` (0 for the deterministic schemes).

    Uniform schemes draw from U(−b, b) with b = √3·std, so their std is the same formula.
    Orthogonal matrices have unit-norm columns (or rows), so each entry has variance
    1/max(d_in, d_out).
    """
    scheme = canonical_scheme(scheme)
    if fan_in < 1 or fan_out < 1:
        raise ValueError(f"fan-in and fan-out must be >= 1, got {fan_in} and {fan_out}")
    s = settings or SchemeSettings()
    if scheme in ("zeros", "constant"):
        return 0.0
    if scheme == "small_gaussian":
        return s.sigma_small
    if scheme == "large_gaussian":
        return s.sigma_large
    if scheme in ("lecun_normal", "lecun_uniform"):
        return math.sqrt(1.0 / fan_in)
    gain = scheme_gain(scheme, activation, s)[0]
    if scheme in ("glorot_normal", "glorot_uniform"):
        return gain * math.sqrt(2.0 / (fan_in + fan_out))
    if scheme in ("kaiming_normal", "kaiming_uniform"):
        return gain / math.sqrt(fan_in)
    return math.sqrt(1.0 / max(fan_in, fan_out))


def orthogonalize(base: NDArray[np.floating]) -> NDArray[np.float32]:
    """Orthonormal columns (or rows, if wider than tall) from a Gaussian matrix, as in PyTorch.

    The QR factor is sign-corrected with ``sign(diag(R))`` so the result is Haar-distributed.
    SciPy's QR, because NumPy's holds the GIL for much of a tall matrix's factorization (the
    GUI thread froze for seconds behind a conv net's orthogonal weights).
    """
    from scipy.linalg import qr

    rows, cols = base.shape
    a = base.astype(np.float64, copy=False)
    if rows < cols:
        a = a.T
    q, r = qr(a, mode="economic", check_finite=False)
    d = np.sign(np.diag(r))
    d[d == 0] = 1.0
    q = q * d
    if rows < cols:
        q = q.T
    return np.ascontiguousarray(q, dtype=np.float32)


def scheme_weights(
    scheme: str,
    base_normal: NDArray[np.float32] | None,
    base_uniform: NDArray[np.float32] | None,
    shape: tuple[int, int],
    fan_in: int,
    fan_out: int,
    *,
    activation: str,
    settings: SchemeSettings,
    out: NDArray[np.float32] | None = None,
) -> NDArray[np.float32]:
    """Weights of ``shape`` for ``scheme``, scaled from shared base draws.

    Two schemes compared on one seed start from the same standard-normal matrix
    ``base_normal`` (or the same U(−1, 1) matrix ``base_uniform``), so the comparison shows the
    scheme and nothing else.  A scaled scheme writes into ``out`` when it is given (the other
    schemes return a new array).
    """
    scheme = canonical_scheme(scheme)
    if scheme == "zeros":
        return np.zeros(shape, dtype=np.float32)
    if scheme == "constant":
        return np.full(shape, settings.const_value, dtype=np.float32)
    std = weight_std(scheme, fan_in, fan_out, activation=activation, settings=settings)
    if scheme in UNIFORM_SCHEMES:
        if base_uniform is None or base_uniform.shape != shape:
            raise ValueError("uniform schemes need a U(-1, 1) base matrix of the weight shape")
        return np.multiply(base_uniform, np.float32(math.sqrt(3.0) * std), out=out)
    if base_normal is None or base_normal.shape != shape:
        raise ValueError("Gaussian schemes need a standard-normal base matrix of the weight shape")
    if scheme == "orthogonal":
        return orthogonalize(base_normal)
    return np.multiply(base_normal, np.float32(std), out=out)


def init_weights(
    scheme: str,
    fan_in: int,
    fan_out: int,
    rng: np.random.Generator,
    *,
    activation: str = "relu",
    settings: SchemeSettings | None = None,
) -> NDArray[np.float32]:
    """Draw a ``(fan_in, fan_out)`` float32 weight matrix with ``rng``.

    Examples
    --------
    >>> w = init_weights("kaiming_normal", 500, 500, np.random.default_rng(0))
    >>> round(float(w.std() ** 2 * 500), 1)
    2.0
    """
    shape = (fan_in, fan_out)
    s = settings or SchemeSettings()
    normal = uniform = None
    if scheme in UNIFORM_SCHEMES:
        uniform = rng.uniform(-1.0, 1.0, size=shape).astype(np.float32)
    elif scheme not in ("zeros", "constant"):
        normal = rng.standard_normal(shape, dtype=np.float32)
    return scheme_weights(scheme, normal, uniform, shape, fan_in, fan_out, activation=activation, settings=s)
