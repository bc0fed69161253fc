"""What each role may do. Enforced in the core services, not only by hidden buttons."""

from __future__ import annotations

from enum import StrEnum


class Permission(StrEnum):
    VIEW_PATIENTS = "view_patients"
    EDIT_PATIENTS = "edit_patients"
    VIEW_PLANS = "view_plans"
    EDIT_PLANS = "edit_plans"
    RECORD_REVIEWS = "record_reviews"
    PRINT_EXPORT = "print_export"
    IMPORT = "import"  # a person's plan from a FHIR file: clinical content
    # The practice's patient list from its clinical system (CSV): registering people, with
    # their conditions and results as that system recorded them.
    IMPORT_PATIENTS = "import_patients"
    VIEW_OVERVIEW = "view_overview"
    MANAGE_STAFF = "manage_staff"
    VIEW_AUDIT = "view_audit"


_CARE = frozenset(
    {
        Permission.VIEW_PATIENTS,
        Permission.EDIT_PATIENTS,
        Permission.VIEW_PLANS,
        Permission.EDIT_PLANS,
        Permission.RECORD_REVIEWS,
        Permission.PRINT_EXPORT,
        Permission.IMPORT,
        Permission.IMPORT_PATIENTS,
        Permission.VIEW_OVERVIEW,
    }
)

# Practice administrators register people (one by one, or the practice's list from its
# clinical system), run recalls and manage accounts; they do not build, review or import
# care plans.
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "clinician": _CARE,
    "nurse": _CARE,
    "admin": frozenset(
        {
            Permission.VIEW_PATIENTS,
            Permission.EDIT_PATIENTS,
            Permission.IMPORT_PATIENTS,
            Permission.VIEW_PLANS,
            Permission.PRINT_EXPORT,
            Permission.VIEW_OVERVIEW,
            Permission.MANAGE_STAFF,
            Permission.VIEW_AUDIT,
        }
    ),
    # careplan-admin, run by an operating-system user with access to the database.
    "system": frozenset(Permission),
}


def allowed(role: str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(role, frozenset())
