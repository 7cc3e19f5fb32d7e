"""NN Training Lab Qt front end: main window, one module per panel, shared widgets."""
