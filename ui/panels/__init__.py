"""One module per panel; each defines a :class:`ui.panels.base.Panel` subclass."""
