"""``python -m ui``: start the desktop client."""

import sys

from ui.app import main

sys.exit(main())
