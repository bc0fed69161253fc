"""Actions a role may not take are disabled, with a tooltip saying why — before the click.

The core refuses them anyway (and audits the refusal); this only spares the person a
button that looks usable and then says no. A disabled control stays disabled even when
the view would enable it (a patient chosen, a plan due), and says why in its tooltip
and status tip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from careplan.permissions import Permission, allowed
from ui.i18n import translator

if TYPE_CHECKING:
    from careplan.services import Services


_tr = translator("roles")


def why_not(role: str, permission: Permission, who: str | None = None) -> str:
    """The tooltip of an action ``role`` may not take (``who`` does it, if not the usual)."""
    who = who or {
        Permission.EDIT_PLANS: _tr("clinicians and nurses build care plans"),
        Permission.RECORD_REVIEWS: _tr("clinicians and nurses record reviews"),
        Permission.IMPORT: _tr("clinicians and nurses import plans"),
        Permission.MANAGE_STAFF: _tr("administrators manage staff accounts"),
        Permission.VIEW_AUDIT: _tr("administrators see the audit trail"),
    }.get(permission, _tr("another role does this"))
    role_name = {
        "clinician": _tr("clinicians"),
        "nurse": _tr("nurses"),
        "admin": _tr("administrators"),
    }.get(role, role)
    return _tr("Not available when signed in as one of the {role}: {who}.").format(
        role=role_name, who=who
    )


class _KeepDisabled(QObject):
    def __init__(self, widget: QWidget, reason: str) -> None:
        super().__init__(widget)
        self._reason = reason
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget):
            kind = event.type()
            if kind == QEvent.Type.EnabledChange and watched.isEnabled():
                watched.setEnabled(False)
            elif kind == QEvent.Type.ToolTipChange and watched.toolTip() != self._reason:
                watched.setToolTip(self._reason)
        return False


def forbid(control: QAction | QWidget, reason: str) -> None:
    """Disable ``control`` for good, saying ``reason``."""
    control.setEnabled(False)
    control.setToolTip(reason)
    control.setStatusTip(reason)
    if isinstance(control, QAction):
        action = control

        def keep_disabled(enabled: bool) -> None:
            if enabled:
                action.setEnabled(False)

        action.enabledChanged.connect(keep_disabled)
    else:
        _KeepDisabled(control, reason)


def forbid_unless(
    role: str | None, permission: Permission, *controls: QAction | QWidget, who: str | None = None
) -> bool:
    """Disable ``controls`` when ``role`` lacks ``permission``; ``True`` if it was allowed."""
    if role is None or allowed(role, permission):
        return True
    reason = why_not(role, permission, who)
    for control in controls:
        forbid(control, reason)
    return False


def role_of(services: Services) -> str | None:
    """The role of the person the services act for (``None`` for nobody signed in)."""
    actor = services.context.actor
    return actor.role if actor is not None else None
