"""``main.py export --list-presets`` and ``--preset PANEL:NAME`` (applied before ``--set``)."""

from __future__ import annotations

import csv
import math

import pytest

from lab.cli import run_export
from lab.registry import available_specs


def test_list_presets_names_every_preset_with_its_claim(capsys):
    assert run_export(["--list-presets"]) == 0
    out = capsys.readouterr().out
    specs = available_specs()
    assert set(specs) == {"activations", "init", "augment", "pca", "train"}
    for panel_id, spec in specs.items():
        assert spec.presets, f"{panel_id} has no presets"
        for preset in spec.presets:
            assert f"{panel_id}:{preset.name}    {preset.claim}" in out
    assert "init:Kaiming + ReLU" in out and "activations:Dead ReLU" in out


def test_preset_then_set_reaches_the_exported_numbers(tmp_path):
    code = run_export(["--panel", "activations", "--preset", "activations:Dead ReLU",
                       "--set", "activations.sigma=2", "--format", "csv", "--out", str(tmp_path)])
    assert code == 0
    (path,) = [p for p in tmp_path.iterdir() if "statistics" in p.name]
    with path.open() as fh:
        rows = list(csv.DictReader(fh))
    assert [r["function"] for r in rows] == ["relu"]  # the preset chose the function …
    mu, sigma = -3.0, 2.0  # … and μ; --set changed σ afterwards
    z = mu / sigma
    phi, cdf = math.exp(-z * z / 2) / math.sqrt(2 * math.pi), 0.5 * math.erfc(-z / math.sqrt(2))
    assert float(rows[0]["mean"]) == pytest.approx(mu * cdf + sigma * phi, rel=1e-9)  # E[max(0, N(μ, σ²))]


@pytest.mark.parametrize(("args", "fragment"), [
    (["--preset", "activations:No such claim"], "unknown preset 'No such claim'"),
    (["--preset", "nowhere:Dead ReLU"], "unknown panel 'nowhere'"),
    (["--preset", "activations"], "expected PANEL:NAME"),
    (["--preset", "activations:Dead ReLU", "--preset", "activations:ELU: near-zero mean"], "one preset per panel"),
])
def test_bad_presets_exit_2_with_one_line(tmp_path, capsys, args, fragment):
    assert run_export([*args, "--panel", "activations", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert fragment in err and err.count("\n") == 1
    assert not any(tmp_path.iterdir())
