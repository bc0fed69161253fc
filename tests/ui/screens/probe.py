"""Open every window on a 1366×768 screen at one scale and report what does not fit.

    QT_SCALE_FACTOR=1.5 python -m tests.ui.screens.probe OUT.json [--shots DIR]

Run in a process of its own (the scale factor must be set before the QApplication
exists), on the offscreen platform with a 1366×768 screen, or under Xvfb when
``--x11`` is given. Writes ``{"scale": s, "problems": {window: [text, ...]}, "a11y": ...}``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

SCREEN_CONFIG = {
    "screens": [
        {
            "name": "consulting-room",
            "x": 0,
            "y": 0,
            "width": 1366,
            "height": 768,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }
    ]
}
NAME_COLUMN_CHARACTERS = 20
ROOT = Path(__file__).resolve().parents[3]


def run_at_scale(module: str, scale: str, out: Path, timeout: int = 600) -> None:
    """``python -m <module> <out>`` in a process of its own at text scale ``scale`` (read
    when its QApplication starts), on the offscreen platform."""
    import subprocess

    env = {**os.environ, "QT_SCALE_FACTOR": scale, "PYTHONPATH": str(ROOT)}
    env.pop("DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", module, str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-4000:]


def use_offscreen_screen(workdir: Path) -> None:
    config = workdir / "screen.json"
    config.write_text(json.dumps(SCREEN_CONFIG), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def _scrolled(widget: object) -> bool:
    """``widget`` is a scroll area's viewport, or the content inside the viewport."""
    from PySide6.QtWidgets import QScrollArea, QWidget

    assert isinstance(widget, QWidget)
    parent = widget.parentWidget()
    if isinstance(parent, QScrollArea):
        return True
    grand = parent.parentWidget() if parent is not None else None
    return isinstance(grand, QScrollArea) and parent is grand.viewport()


def button_problems(window: object) -> list[str]:
    """Buttons that are squashed or cut off by the window or by what holds them.

    A button inside a scroll area counts as visible when the scroll area can bring it into
    view (it lies within the scrolled content); every other button must be wholly inside
    the window and each widget that holds it.
    """
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

    assert isinstance(window, QWidget)
    problems = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not window:
            continue
        if isinstance(button.parentWidget(), QLineEdit):
            continue  # the line edit's own action buttons (clear, calendar)
        what = button.accessibleName() or button.text() or button.toolTip() or button.objectName()
        hint = button.minimumSizeHint()
        if button.width() < hint.width() - 1 or button.height() < hint.height() - 1:
            problems.append(f"button {what!r} squashed to {button.width()}x{button.height()}")
            continue
        child: QWidget = button
        holder = button.parentWidget()
        while holder is not None:
            rect = button.rect().translated(button.mapTo(holder, button.rect().topLeft()))
            if _scrolled(holder):
                break  # inside the scrolled content: reachable by scrolling
            if not holder.rect().contains(rect):
                problems.append(
                    f"button {what!r} cut off by {type(holder).__name__} "
                    f"{holder.objectName() or holder.accessibleName()!r}: "
                    f"{rect.getRect()} outside {holder.rect().getRect()}"
                )
                break
            if holder is window:
                break
            child, holder = holder, holder.parentWidget()
        del child
    return problems


def window_problems(window: object) -> list[str]:
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    problems: list[str] = []
    screen = window.screen()
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    if not area.contains(frame):
        problems.append(f"window {frame.getRect()} outside the screen {area.getRect()}")
    if window.minimumWidth() > area.width() or window.minimumHeight() > area.height():
        problems.append(
            f"minimum size {window.minimumWidth()}x{window.minimumHeight()} larger than "
            f"the screen {area.width()}x{area.height()}"
        )
    layout = window.layout()
    if layout is not None:
        needed = layout.minimumSize()
        if needed.width() > window.width() + 1 or needed.height() > window.height() + 1:
            problems.append(
                f"contents need {needed.width()}x{needed.height()}, the window is "
                f"{window.width()}x{window.height()} (squashed)"
            )
    problems.extend(button_problems(window))
    return problems


def always_in_view_problems(window: object, buttons: list[object]) -> list[str]:
    """``buttons`` wholly inside ``window`` and in no scroll area (never scrolled away)."""
    from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget

    assert isinstance(window, QWidget)
    problems = []
    for button in buttons:
        assert isinstance(button, QAbstractButton)
        if button.isHidden():
            continue
        what = button.accessibleName() or button.text()
        holder = button.parentWidget()
        while holder is not None and holder is not window:
            if isinstance(holder, QScrollArea):
                problems.append(f"button {what!r} is in a scroll area")
                break
            holder = holder.parentWidget()
        rect = button.rect().translated(button.mapTo(window, button.rect().topLeft()))
        if not button.isVisible() or not window.rect().contains(rect):
            problems.append(f"button {what!r} not in view: {rect.getRect()}")
    return problems


def consultation_problems(window: object) -> list[str]:
    """The stage bar and the footer's buttons stay in view; only the stage scrolls."""
    form: Any = window
    footer = [form.back_button, form.next_button, form.discard_button]
    problems = always_in_view_problems(window, [*form.step_buttons, *footer])
    if form.stack.height() < 2 * form.fontMetrics().height():
        problems.append(f"the stage has {form.stack.height()} px")
    return problems


def name_column_problems(main: object) -> list[str]:
    from ui.models.patient_list import Column

    view = main.list_view  # type: ignore[attr-defined]
    needed = NAME_COLUMN_CHARACTERS * view.fontMetrics().averageCharWidth()
    width = view.columnWidth(Column.NAME)
    visible = view.viewport().width() >= view.columnViewportPosition(Column.NAME) + needed
    if width < needed or not visible:
        return [
            f"the Name column is {width} px (visible: {visible}); "
            f"{NAME_COLUMN_CHARACTERS} characters need {needed} px"
        ]
    return []


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--shots", type=Path, default=None)
    parser.add_argument("--x11", action="store_true")
    parser.add_argument("--only", action="append", default=[])
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="careplan-screens-"))
    if not args.x11:
        use_offscreen_screen(workdir)
    os.environ["XDG_CONFIG_HOME"] = str(workdir / "config")
    os.environ["XDG_DATA_HOME"] = str(workdir / "data")
    os.environ["CAREPLAN_NO_DEMO_OFFER"] = "1"

    from tests.ui.screens import a11y
    from tests.ui.screens.windows import VARIANTS, WINDOWS, make_world
    from ui.app import application

    app = application()
    world = make_world(app, workdir)
    report: dict[str, object] = {
        "scale": os.environ.get("QT_SCALE_FACTOR", "1"),
        "screen": app.primaryScreen().availableGeometry().getRect(),
        "problems": {},
        "a11y": {},
        "sizes": {},
    }
    problems: dict[str, list[str]] = {}
    unnamed: dict[str, list[str]] = {}
    sizes: dict[str, list[int]] = {}
    for name, opener in {**WINDOWS, **VARIANTS}.items():
        if args.only and not any(part in name for part in args.only):
            continue
        window = opener(world)
        found = window_problems(window)
        if name.endswith(":MainWindow"):
            found.extend(name_column_problems(window))
        if name.endswith(":ConsultationWindow"):
            found.extend(consultation_problems(window))
        problems[name] = found
        unnamed[name] = a11y.unnamed_controls(window)
        frame = window.frameGeometry()
        sizes[name] = [frame.x(), frame.y(), frame.width(), frame.height()]
        if args.shots is not None:
            args.shots.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(args.shots / (name.split(":")[1].replace(" ", "-") + ".png")))
        if window is not world.main:
            window.close()
            world.settle(50)
        # Kept: a closed window's last reference must not go with a job on the worker
        # thread (Qt widgets are destroyed on the UI thread only).
        world.opened.append(window)
    report["problems"] = problems
    report["a11y"] = unnamed
    report["sizes"] = sizes
    args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    # The report is written; tearing down a dozen windows and their jobs proves nothing
    # here (the other tests do), so the process ends at once.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
