"""Open the review dialog on a 1366×768 screen at one text size and report its widths.

    QT_SCALE_FACTOR=2.0 python -m tests.ui.followup.review_width OUT.json

Run in a process of its own (the scale factor is read when the QApplication starts).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    out = Path(sys.argv[1])
    workdir = Path(tempfile.mkdtemp(prefix="careplan-review-width-"))
    from tests.ui.screens.probe import use_offscreen_screen

    use_offscreen_screen(workdir)
    os.environ["XDG_CONFIG_HOME"] = str(workdir / "config")

    from tests.ui.screens.windows import make_world, open_review_dialog
    from ui.app import application
    from ui.followup.review_dialog import ReviewDialog

    app = application()
    world = make_world(app, workdir)
    dialog = open_review_dialog(world)
    assert isinstance(dialog, ReviewDialog)
    dialog.add_new_goal()  # the widest rows: a new goal's action
    dialog.reviewed_on.setText("not a date")
    dialog.reviewed_on.behaviour.normalise()  # a message under the date
    world.settle(100)
    body = dialog.scroll_area.widget()
    assert body is not None
    report = {
        "viewport": dialog.scroll_area.viewport().width(),
        "body": body.width(),
        "body_minimum": body.minimumSizeHint().width(),
        "dialog": dialog.width(),
        "screen": app.primaryScreen().availableGeometry().width(),
    }
    out.write_text(json.dumps(report), encoding="utf-8")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
