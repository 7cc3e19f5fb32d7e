"""The configuration of one depth experiment, validated on construction."""

from __future__ import annotations

from dataclasses import dataclass, field

from lab.activations.float32 import check_activation
from lab.init.schemes import SchemeSettings, check_scheme, weight_std

INPUT_KINDS: tuple[str, ...] = ("normal", "positive")
LAYER_KINDS: tuple[str, ...] = ("dense", "conv")

#: Float32 values the forward and backward passes may hold at once (≈ 1 GB).
MAX_VALUES = 250_000_000


@dataclass(frozen=True)
class DepthConfig:
    """A deep stack of identical layers fed a seeded random batch.

    ``layer_kind="dense"``: ``depth`` fully connected layers of ``width`` units, input
    ``batch × width``.  ``layer_kind="conv"``: ``depth`` conv layers with ``channels`` filters of
    ``kernel × kernel × channels`` (stride 1, circular padding) on ``conv_size × conv_size`` maps,
    so the fan-in is ``kernel²·channels``.
    """

    scheme: str = "xavier"
    activation: str = "tanh"
    depth: int = 10
    width: int = 500
    batch: int = 1000
    input_kind: str = "normal"
    bias: float = 0.0
    layer_kind: str = "dense"
    kernel: int = 3
    channels: int = 16
    conv_size: int = 8
    slope: float = 0.01
    elu_alpha: float = 1.0
    settings: SchemeSettings = field(default_factory=SchemeSettings)
    bins: int = 100
    seed: int = 0
    backward: bool = True

    def __post_init__(self) -> None:
        check_scheme(self.scheme)
        check_activation(self.activation)
        checks = {
            "depth": (self.depth, 1, 50),
            "width": (self.width, 10, 4096),
            "batch": (self.batch, 10, 10_000),
            "kernel": (self.kernel, 1, 11),
            "channels": (self.channels, 1, 512),
            "conv_size": (self.conv_size, 2, 32),
            "bins": (self.bins, 10, 400),
        }
        for name, (value, lo, hi) in checks.items():
            if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
                raise ValueError(f"{name} must be an integer in [{lo}, {hi}], got {value!r}")
        if self.input_kind not in INPUT_KINDS:
            raise ValueError(f"unknown input kind {self.input_kind!r} (known: {', '.join(INPUT_KINDS)})")
        if self.layer_kind not in LAYER_KINDS:
            raise ValueError(f"unknown layer kind {self.layer_kind!r} (known: {', '.join(LAYER_KINDS)})")
        if self.seed < 0:
            raise ValueError(f"seed must be >= 0, got {self.seed}")
        if not 0.0 <= self.slope < 1.0:
            raise ValueError(f"Leaky ReLU slope must be in [0, 1), got {self.slope}")
        if not self.elu_alpha > 0.0:
            raise ValueError(f"ELU alpha must be > 0, got {self.elu_alpha}")
        needed = self.values_needed
        if needed > MAX_VALUES:
            raise ValueError(
                f"this run would hold about {needed * 4 / 1e9:.1f} GB "
                f"(batch × units × (depth + 1) plus weights); lower the batch, the width or the depth"
            )

    # --- derived sizes ----------------------------------------------------------------
    @property
    def is_conv(self) -> bool:
        return self.layer_kind == "conv"

    @property
    def units(self) -> int:
        """Units per sample in every layer (and in the input)."""
        return self.conv_size**2 * self.channels if self.is_conv else self.width

    @property
    def fan_in(self) -> int:
        """d_in of one output unit: F²·C for conv layers, the width for dense layers."""
        return self.kernel**2 * self.channels if self.is_conv else self.width

    @property
    def fan_out(self) -> int:
        """PyTorch's fan-out: F²·K for conv layers (K = C filters here)."""
        return self.kernel**2 * self.channels if self.is_conv else self.width

    @property
    def weight_shape(self) -> tuple[int, int]:
        return (self.fan_in, self.channels) if self.is_conv else (self.width, self.width)

    @property
    def input_shape(self) -> tuple[int, ...]:
        if self.is_conv:
            return (self.batch, self.conv_size, self.conv_size, self.channels)
        return (self.batch, self.width)

    @property
    def values_needed(self) -> int:
        w = self.weight_shape[0] * self.weight_shape[1]
        acts = self.batch * self.units
        stored = (self.depth + 1) * acts if self.backward else 2 * acts
        cols = acts * self.kernel**2 if self.is_conv else 0
        return stored + self.depth * w + 3 * acts + 2 * cols

    def weight_std(self, scheme: str | None = None) -> float:
        """Std of one weight for ``scheme`` (default: this config's scheme)."""
        return weight_std(
            scheme or self.scheme, self.fan_in, self.fan_out, activation=self.activation, settings=self.settings
        )
