"""The core's service functions: the only way the UI and the CLI change data."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from ..changes import Notify, ignore
from ..dates import Clock, utcnow
from .base import ServiceContext
from .consultations import ConsultationService
from .history import HistoryService
from .overview import OverviewService
from .patients import DuplicatePatientError, PatientService
from .reviews import ReviewService
from .staff import StaffService
from .worklist import WorklistService


class Services:
    """All services over one session factory; views take the ones they need."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        clock: Clock = utcnow,
        notify: Notify = ignore,
    ) -> None:
        self.context = ServiceContext(session_factory, clock, notify)
        self.patients = PatientService(self.context)
        self.staff = StaffService(self.context)
        self.consultations = ConsultationService(self.context)
        self.history = HistoryService(self.context)
        self.reviews = ReviewService(self.context)
        self.worklist = WorklistService(self.context)
        self.overview = OverviewService(self.context)


__all__ = [
    "ConsultationService",
    "DuplicatePatientError",
    "HistoryService",
    "OverviewService",
    "PatientService",
    "ReviewService",
    "ServiceContext",
    "Services",
    "StaffService",
    "WorklistService",
]
