"""Session files written before the panel framework (same parameter names) keep loading."""

from __future__ import annotations

import json

from lab.session import load_session

# A session as the app wrote it before presets moved into lab/ and forms were generated.
OLD = {
    "format": "nn-training-lab-session",
    "version": 1,
    "panels": {
        "activations": {"functions": ["relu", "elu"], "mu": 1.5, "sigma": 0.5, "threshold": 0.001, "seed": 3},
        "init": {"scheme": "kaiming_normal", "activation": "relu", "depth": 5, "compare": True,
                 "scheme_b": "xavier", "layer_kind": "conv", "kernel": 5, "channels": 8},
        "augment": {"preset": "Cutout", "n_samples": 8, "seed": 11, "max_side": 256, "normalization": "mean image"},
        "pca": {"source": "outlier", "n": 60, "eps": 0.01, "whitening": "ZCA", "layout": "single", "stage": 1.5,
                "moved_points": [3.0, 1.0, 2.0]},
    },
}


def test_sessions_of_the_previous_version_load_unchanged(tmp_path):
    path = tmp_path / "old.json"
    path.write_text(json.dumps(OLD))
    params, notes = load_session(path)
    assert notes == []
    for panel_id, values in OLD["panels"].items():
        for name, value in values.items():
            got = getattr(params[panel_id], name)
            assert (list(got) if isinstance(got, tuple) else got) == value, (panel_id, name)
