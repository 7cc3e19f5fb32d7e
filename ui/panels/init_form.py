"""The parameter form of the Initialization panel: one control per field of :class:`InitParams`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from lab import params as lp
from lab.init.activations import ACTIVATION_LABELS
from lab.init.config import INPUT_KINDS, LAYER_KINDS
from lab.init.schemes import SCHEME_LABELS
from lab.init.spec import InitParams
from ui.panels.init_controls import combo, set_combo
from ui.widgets import SliderSpin
from ui.workers import signals_blocked


class ParamsForm(QGroupBox):
    """Scheme, σ, activation, net size, input, bias, conv fan-in, compare and seed controls.

    ``changed`` fires after a user edit; :meth:`show_params` never fires it.
    """

    changed = Signal()

    def __init__(self, p: InitParams, parent: QWidget | None = None) -> None:
        super().__init__("Network and initialization", parent)
        info = {i.name: i for i in lp.infos(InitParams)}
        self.scheme = combo(SCHEME_LABELS, info["scheme"].help)
        self.activation = combo(ACTIVATION_LABELS, info["activation"].help)
        self.sigma_small = SliderSpin(1e-4, 0.1, p.sigma_small, decimals=4, log=True, tooltip=info["sigma_small"].help)
        self.sigma_large = SliderSpin(0.1, 5.0, p.sigma_large, decimals=2, log=True, tooltip=info["sigma_large"].help)
        self.const_value = SliderSpin(-1.0, 1.0, p.const_value, decimals=3, tooltip=info["const_value"].help)
        self.depth = SliderSpin(1, 50, p.depth, integer=True, tooltip=info["depth"].help)
        self.width = SliderSpin(10, 4096, p.width, integer=True, log=True, tooltip=info["width"].help)
        self.batch = SliderSpin(10, 10000, p.batch, integer=True, log=True, tooltip=info["batch"].help)
        self.input_kind = combo({k: {"normal": "N(0, 1)", "positive": "all positive |N(0, 1)|"}[k] for k in INPUT_KINDS},
                                info["input_kind"].help)
        self.bias = SliderSpin(-1.0, 1.0, p.bias, decimals=3, tooltip=info["bias"].help)
        self.slope = SliderSpin(0.0, 0.99, p.slope, decimals=3, tooltip=info["slope"].help)
        self.elu_alpha = SliderSpin(0.1, 5.0, p.elu_alpha, decimals=2, tooltip=info["elu_alpha"].help)
        self.layer_kind = combo({k: {"dense": "fully connected", "conv": "convolution (fan-in F²·C)"}[k]
                                 for k in LAYER_KINDS}, info["layer_kind"].help)
        self.kernel = _spin(1, 11, info["kernel"].help)
        self.channels = _spin(1, 512, info["channels"].help)
        self.conv_size = _spin(2, 32, info["conv_size"].help)
        self.bins = _spin(10, 400, info["bins"].help)
        self.compare = QCheckBox("compare with")
        self.compare.setToolTip(info["compare"].help)
        self.scheme_b = combo(SCHEME_LABELS, info["scheme_b"].help)
        self.seed = _spin(0, 2**31 - 1, info["seed"].help)
        self.new_seed = QPushButton("New seed")
        self.new_seed.setToolTip("draw a new random seed (new input, weights and upstream gradient)")

        form = QFormLayout(self)
        form.addRow("scheme", self.scheme)
        form.addRow("small σ", self.sigma_small)
        form.addRow("large σ", self.sigma_large)
        form.addRow("constant", self.const_value)
        form.addRow("activation", self.activation)
        form.addRow("depth", self.depth)
        form.addRow("width", self.width)
        form.addRow("batch", self.batch)
        form.addRow("input", self.input_kind)
        form.addRow("bias", self.bias)
        form.addRow("leaky slope", self.slope)
        form.addRow("ELU α", self.elu_alpha)
        form.addRow("layers", self.layer_kind)
        conv_row = QHBoxLayout()
        for label, box in (("F", self.kernel), ("C", self.channels), ("map", self.conv_size)):
            conv_row.addWidget(QLabel(label))
            conv_row.addWidget(box)
        form.addRow("conv", conv_row)
        form.addRow("bins", self.bins)
        compare_row = QHBoxLayout()
        compare_row.addWidget(self.compare)
        compare_row.addWidget(self.scheme_b, 1)
        form.addRow(compare_row)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.new_seed)
        form.addRow("seed", seed_row)

        for w in (self.sigma_small, self.sigma_large, self.const_value, self.depth, self.width, self.batch,
                  self.bias, self.slope, self.elu_alpha):
            w.valueChanged.connect(self._on_edit)
        for c in (self.scheme, self.activation, self.input_kind, self.layer_kind, self.scheme_b):
            c.currentIndexChanged.connect(self._on_edit)
        for s in (self.kernel, self.channels, self.conv_size, self.bins, self.seed):
            s.valueChanged.connect(self._on_edit)
        self.compare.toggled.connect(self._on_edit)

    def _on_edit(self, *_: object) -> None:
        self._update_enabled(self.read())
        self.changed.emit()

    def show_params(self, p: InitParams) -> None:
        """Show ``p`` in the controls without emitting ``changed``."""
        widgets = [self.scheme, self.activation, self.input_kind, self.layer_kind, self.scheme_b, self.compare,
                   self.kernel, self.channels, self.conv_size, self.bins, self.seed, self.sigma_small,
                   self.sigma_large, self.const_value, self.depth, self.width, self.batch, self.bias, self.slope,
                   self.elu_alpha]
        blockers = [signals_blocked(w) for w in widgets]
        for b in blockers:
            b.__enter__()
        try:
            for name in ("scheme", "activation", "input_kind", "layer_kind", "scheme_b"):
                set_combo(getattr(self, name), getattr(p, name))
            for name in ("kernel", "channels", "conv_size", "bins", "seed"):
                getattr(self, name).setValue(getattr(p, name))
            for name in ("sigma_small", "sigma_large", "const_value", "depth", "width", "batch", "bias", "slope",
                         "elu_alpha"):
                getattr(self, name).setValue(getattr(p, name))
            self.compare.setChecked(p.compare)
        finally:
            for b in reversed(blockers):
                b.__exit__(None, None, None)
        self._update_enabled(p)

    def read(self) -> InitParams:
        """The params the controls show."""
        return InitParams(
            scheme=self.scheme.currentData(),
            activation=self.activation.currentData(),
            depth=int(self.depth.value()),
            width=int(self.width.value()),
            batch=int(self.batch.value()),
            sigma_small=self.sigma_small.value(),
            sigma_large=self.sigma_large.value(),
            const_value=self.const_value.value(),
            bias=self.bias.value(),
            slope=self.slope.value(),
            elu_alpha=self.elu_alpha.value(),
            input_kind=self.input_kind.currentData(),
            layer_kind=self.layer_kind.currentData(),
            kernel=self.kernel.value(),
            channels=self.channels.value(),
            conv_size=self.conv_size.value(),
            compare=self.compare.isChecked(),
            scheme_b=self.scheme_b.currentData(),
            bins=self.bins.value(),
            seed=self.seed.value(),
        )

    def _update_enabled(self, p: InitParams) -> None:
        used = {p.scheme, p.scheme_b} if p.compare else {p.scheme}
        self.sigma_small.setEnabled("small_gaussian" in used)
        self.sigma_large.setEnabled("large_gaussian" in used)
        self.const_value.setEnabled("constant" in used)
        self.slope.setEnabled(p.activation == "leaky_relu")
        self.elu_alpha.setEnabled(p.activation == "elu")
        conv = p.layer_kind == "conv"
        for w in (self.kernel, self.channels, self.conv_size):
            w.setEnabled(conv)
        self.width.setEnabled(not conv)
        self.scheme_b.setEnabled(p.compare)



def _spin(lo: int, hi: int, tooltip: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(lo, hi)
    box.setToolTip(tooltip)
    box.setKeyboardTracking(False)
    return box
