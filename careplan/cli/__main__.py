"""``python -m careplan.cli``: the same as ``careplan-admin``."""

import sys

from . import main

if __name__ == "__main__":
    sys.exit(main())
