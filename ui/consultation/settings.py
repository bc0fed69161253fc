"""What the consultation windows remember: text sizes (the person's choice) and geometry."""

from __future__ import annotations

from PySide6.QtCore import QByteArray

from ui.settings import WINDOW_STATE_GROUP, Setting

# The person's own choices: a group apart from window state.
CHOICES_GROUP = "consultation"

WORKSPACE_TEXT_SCALE = Setting(CHOICES_GROUP, "workspace-text-scale", float, 1.0)
PATIENT_VIEW_TEXT_SCALE = Setting(CHOICES_GROUP, "patient-view-text-scale", float, 1.6)

WORKSPACE_GEOMETRY = Setting(
    WINDOW_STATE_GROUP, "consultation-window-geometry", QByteArray, QByteArray()
)
PATIENT_VIEW_GEOMETRY = Setting(
    WINDOW_STATE_GROUP, "patient-view-geometry", QByteArray, QByteArray()
)
