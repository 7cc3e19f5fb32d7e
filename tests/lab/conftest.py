"""Fixtures for the Qt-free tests."""

from __future__ import annotations

import pytest

from lab import registry


@pytest.fixture
def fake_registry(monkeypatch):
    """Replace the panel registry with the fake panel plus one panel that is not available."""
    monkeypatch.setattr(registry, "PANELS", (
        registry.Panel("fake", "Fake", "tests.lab.fake_panel", "tests.ui.fake_panel_widget:FakePanel"),
        registry.Panel("missing", "Missing", "lab.not_landed_yet", "ui.panels.not_landed:Nothing"),
    ))  # PANEL_MODULES and PANEL_TITLES are views of PANELS: they follow
    return registry.PANEL_MODULES
