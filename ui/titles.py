"""Window titles: the app, the person signed in and the patient open — never a file path.

A title is what a screen reader says first and what the task bar shows; the database's
location means nothing to the person at the desk (and may say more than it should).
"""

from __future__ import annotations

from careplan.errors import CarePlanError
from careplan.services import Services
from ui.i18n import translator

_tr = translator("titles")


def signed_in_name(services: Services) -> str:
    """The full name of whoever the services act for ("" when no one has signed in)."""
    actor = services.context.actor
    if actor is None:
        return ""
    if actor.staff_id is not None:
        try:
            return services.staff.get(actor.staff_id).full_name
        except CarePlanError:
            pass
    return actor.username or ""


def window_title(what: str = "", *, person: str = "", patient: str = "") -> str:
    """``Consultation — Margaret Smith — Care planning — Dr Amara Okafor``."""
    parts = [part for part in (what, patient, _tr("Care planning"), person) if part]
    return " — ".join(parts)
