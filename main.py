"""NN Training Lab from a source checkout: ``python main.py`` opens the lab, ``python main.py export …`` exports.

Installed, the same command is ``nn-training-lab`` (see ``ui/launcher.py``).
"""

from __future__ import annotations

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
