"""Staff members: the clinicians, nurses and administrators of the practice."""

from __future__ import annotations

from sqlalchemy import select

from .. import models as m
from ..changes import Change, Subject
from ..errors import ValidationError
from ..i18n import N_, _
from ..permissions import Permission
from ..plan_fields import Field, Kind
from ..records import StaffRecord
from ..text import NAME_MAX
from ..vocabulary import StaffRole, one_of
from . import convert
from .base import Service, get_or_404

FULL_NAME = Field("full_name", Kind.LINE, N_("name"), required=True, max_length=NAME_MAX)
JOB_TITLE = Field("job_title", Kind.LINE, max_length=NAME_MAX)


def staff_details(full_name: str, role: str, job_title: str | None) -> tuple[str, str, str | None]:
    """A staff member's name, role and job title as stored, or :class:`ValidationError`."""
    name = FULL_NAME.convert(full_name)
    if not one_of(role, StaffRole):
        raise ValidationError("role", _("Choose a role: clinician, nurse or admin."))
    return name, role, JOB_TITLE.convert(job_title)


class StaffService(Service):
    def create(self, full_name: str, role: str, job_title: str | None = None) -> StaffRecord:
        self._require(Permission.MANAGE_STAFF)
        name, role, title = staff_details(full_name, role, job_title)
        with self._write() as session:
            row = m.StaffMember(
                full_name=name, role=role, job_title=title, active=True, created_at=self._now()
            )
            session.add(row)
            session.flush()
            record = convert.staff(row)
            self._report(session, Change(Subject.STAFF, record.id))
        return record

    def get(self, staff_id: int) -> StaffRecord:
        self._require(Permission.VIEW_PATIENTS)
        with self._read() as session:
            return convert.staff(get_or_404(session, m.StaffMember, staff_id, _("staff member")))

    def list(self, *, active_only: bool = True) -> list[StaffRecord]:
        self._require(Permission.VIEW_PATIENTS)
        query = select(m.StaffMember).order_by(m.StaffMember.full_name)
        if active_only:
            query = query.where(m.StaffMember.active.is_(True))
        with self._read() as session:
            return [convert.staff(r) for r in session.scalars(query)]
