"""The panel spec: params, presets, the export figure and its CSV tables."""

from __future__ import annotations

import csv
import dataclasses
import subprocess
import sys

import pytest

from lab.figures.tables import write_csv
from lab.init.spec import PRESETS, SPEC, InitParams, preset, run
from lab.params import from_dict, infos, to_dict
from lab.registry import load_spec

SMALL = {"depth": 3, "width": 40, "batch": 30}


def test_registry_finds_the_spec():
    spec = load_spec("init")
    assert spec is SPEC and spec.params_type is InitParams
    assert "0.5642" in spec.notice and "grad_std" in spec.notice


def test_every_param_default_is_in_range():
    params = InitParams()
    restored, problems = from_dict(InitParams, to_dict(params))
    assert restored == params and problems == []
    assert {i.name for i in infos(InitParams)} >= {"scheme", "sigma_small", "seed", "compare", "scheme_b"}


@pytest.mark.parametrize("name", [p.name for p in PRESETS])
def test_presets_are_valid_params(name):
    p = preset(name, InitParams(seed=5, compare=True))
    assert p.seed == 5 and p.compare  # a preset keeps the seed and compare mode
    assert p.scheme_b != p.scheme  # and never compares a scheme with itself
    from_dict(InitParams, to_dict(p))  # every value in range


def test_preset_values_reproduce_the_lecture():
    assert preset("Large Gaussian + tanh").sigma_large == 1.0
    conv = preset("Conv layer fan-in")
    assert (conv.layer_kind, conv.scheme, conv.activation) == ("conv", "kaiming_normal", "relu")


def test_build_is_deterministic_and_exports_the_tables(tmp_path):
    p = InitParams(compare=True, scheme="xavier", scheme_b="kaiming_normal", activation="relu", **SMALL)
    fig = SPEC.build(p)[0]
    again = SPEC.build(p)[0]
    layers, hist, detail, scheme, calculator = fig.tables
    assert [scheme.name, calculator.name] == ["init-scheme", "layer-calculator"]
    assert layers.columns == ("scheme", "activation", "layer", "mean", "std", "saturated", "dead", "grad_std")
    assert layers.rows() == again.tables[0].rows()
    assert layers.n_rows == 2 * 3
    assert {row[0] for row in layers.rows()} == {"xavier", "kaiming_normal"}
    # histogram table: every value of every layer counted once, out-of-range rows included
    total = {}
    for scheme, _act, layer, _lo, _hi, count in hist.rows():
        total[(scheme, layer)] = total.get((scheme, layer), 0) + count
    assert set(total.values()) == {30 * 40}
    path = write_csv(layers, tmp_path / "layers.csv")
    with open(path, newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(layers.columns) and len(rows) == 7
    assert detail.n_rows == 6
    assert "Xavier vs Kaiming normal + ReLU" in fig.title


def test_exploding_run_still_builds():
    p = dataclasses.replace(preset("Large Gaussian + tanh"), activation="relu", depth=50, batch=20)
    (result,) = run(p)
    fig = SPEC.build(p)[0]
    assert "inf at layer" in fig.caption
    assert fig.tables[0].n_rows == result.exploded_at - 1


def test_lab_init_does_not_import_qt():
    code = "import sys, lab.init.spec; sys.exit(any(m.startswith(('PySide6', 'pyqtgraph', 'superqt')) for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
