"""Fixtures for the Qt-free tests."""

from __future__ import annotations

import pytest

from lab import registry


@pytest.fixture
def fake_registry(monkeypatch):
    """Replace the panel registry with the fake panel plus one panel that is not available."""
    monkeypatch.setattr(registry, "PANEL_MODULES", {"fake": "tests.lab.fake_panel", "missing": "lab.not_landed_yet"})
    monkeypatch.setattr(registry, "PANEL_TITLES", {"fake": "Fake", "missing": "Missing"})
    for module in ("lab.session", "lab.cli"):
        mod = __import__(module, fromlist=["PANEL_MODULES"])
        monkeypatch.setattr(mod, "PANEL_MODULES", registry.PANEL_MODULES)
    return registry.PANEL_MODULES
