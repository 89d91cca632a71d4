"""``python -m klaim``: the ``klaim`` command, for environments without the console script."""

import sys

from klaim.cli import main

sys.exit(main())
