"""The core's service functions: the only way the UI and the CLI change data."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from .. import search_index  # noqa: F401  (keeps the search index with every patient write)
from ..audit import Actor
from ..changes import Notify, ignore
from ..dates import Clock, utcnow
from .accounts import AccountService, AuthenticationError, SessionError
from .audit_trail import AuditService
from .base import PasswordChangeRequiredError, PermissionDeniedError, ServiceContext
from .consultations import ConsultationService
from .group_agenda import GroupAgendaService
from .group_board import GroupBoardService
from .group_overview import GroupOverviewService
from .group_plans import GroupPlanService
from .groups import GroupService
from .history import HistoryService
from .overview import OverviewService
from .patients import DuplicatePatientError, PatientService
from .population import PopulationService
from .previsit import PrevisitService
from .registers import RegisterService
from .results import ResultService
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
        actor: Actor | None = None,
    ) -> None:
        self.context = ServiceContext(session_factory, clock, notify, actor)
        self.accounts = AccountService(self.context)
        self.audit = AuditService(self.context)
        self.patients = PatientService(self.context)
        self.staff = StaffService(self.context)
        self.consultations = ConsultationService(self.context)
        self.history = HistoryService(self.context)
        self.reviews = ReviewService(self.context)
        self.worklist = WorklistService(self.context)
        self.overview = OverviewService(self.context)
        self.groups = GroupService(self.context)
        self.group_agenda = GroupAgendaService(self.context)
        self.group_board = GroupBoardService(self.context)
        self.group_plans = GroupPlanService(self.context)
        self.group_overview = GroupOverviewService(self.context)
        self.registers = RegisterService(self.context)
        self.results = ResultService(self.context)
        self.previsit = PrevisitService(self.context)
        self.population = PopulationService(self.context)


__all__ = [
    "AccountService",
    "AuditService",
    "AuthenticationError",
    "ConsultationService",
    "DuplicatePatientError",
    "GroupAgendaService",
    "GroupBoardService",
    "GroupOverviewService",
    "GroupPlanService",
    "GroupService",
    "HistoryService",
    "OverviewService",
    "PasswordChangeRequiredError",
    "PatientService",
    "PermissionDeniedError",
    "PopulationService",
    "PrevisitService",
    "RegisterService",
    "ResultService",
    "ReviewService",
    "ServiceContext",
    "Services",
    "SessionError",
    "StaffService",
    "WorklistService",
]
