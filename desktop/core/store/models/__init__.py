"""All ORM models, importable from one place."""

from desktop.core.store.models import derived  # noqa: F401 (its flush listeners)
from desktop.core.store.models.audit import AuditEvent
from desktop.core.store.models.base import Base, new_id, utcnow
from desktop.core.store.models.cases import (
    CASE_STATUSES,
    AssessmentNeed,
    Case,
    CaseNote,
    CaseStep,
    Consent,
    ConsentApproval,
    ConsentChange,
    Draft,
    Incident,
    Perpetrator,
    Survivor,
)
from desktop.core.store.models.hub_lists import HubPublicationApplied
from desktop.core.store.models.hub_reference import HubReferenceList
from desktop.core.store.models.identity import InstallationKey
from desktop.core.store.models.keys import SlotKey
from desktop.core.store.models.name_search import SurvivorNameKey
from desktop.core.store.models.packages import (
    INCOMING_STATUSES,
    FeedbackReceived,
    IncomingReferral,
    ProviderCard,
    ReceivedPackage,
)
from desktop.core.store.models.people import ROLES, Blob, Setting, Site, Staff
from desktop.core.store.models.plans import (
    OPEN_PLAN_STATUSES,
    PLAN_STATUSES,
    ClosureChecklist,
    FollowUpPlanUpdate,
    FollowUpReview,
    PlanItem,
    PlanItemReferral,
    PlanReview,
)
from desktop.core.store.models.referrals import (
    PRIORITIES,
    REFERRAL_STATUSES,
    FollowUp,
    LetterIssued,
    ProviderService,
    Referral,
    ReferralStatusChange,
    ServiceProvider,
)
from desktop.core.store.models.safety import SafetyAssessment, SafetyPlan
from desktop.core.store.models.sea import (
    SeaAssistance,
    SeaChild,
    SeaClaim,
    SeaFile,
    SeaInformed,
)
from desktop.core.store.models.services_given import ServiceGiven
from desktop.core.store.models.stats_facts import (
    IncidentFact,
    ReferralFact,
    SeaFact,
    ServiceFact,
)
from desktop.core.store.models.sync import SyncJournal, SyncState

__all__ = [
    "CASE_STATUSES",
    "INCOMING_STATUSES",
    "OPEN_PLAN_STATUSES",
    "PLAN_STATUSES",
    "PRIORITIES",
    "REFERRAL_STATUSES",
    "ROLES",
    "AssessmentNeed",
    "AuditEvent",
    "Base",
    "Blob",
    "Case",
    "CaseNote",
    "CaseStep",
    "ClosureChecklist",
    "Consent",
    "ConsentApproval",
    "ConsentChange",
    "Draft",
    "FeedbackReceived",
    "FollowUp",
    "FollowUpPlanUpdate",
    "FollowUpReview",
    "HubPublicationApplied",
    "HubReferenceList",
    "Incident",
    "IncidentFact",
    "IncomingReferral",
    "InstallationKey",
    "LetterIssued",
    "Perpetrator",
    "PlanItem",
    "PlanItemReferral",
    "PlanReview",
    "ProviderCard",
    "ProviderService",
    "ReceivedPackage",
    "Referral",
    "ReferralFact",
    "ReferralStatusChange",
    "SafetyAssessment",
    "SafetyPlan",
    "SeaAssistance",
    "SeaChild",
    "SeaClaim",
    "SeaFact",
    "SeaFile",
    "SeaInformed",
    "ServiceFact",
    "ServiceGiven",
    "ServiceProvider",
    "Setting",
    "Site",
    "SlotKey",
    "Staff",
    "Survivor",
    "SurvivorNameKey",
    "SyncJournal",
    "SyncState",
    "new_id",
    "utcnow",
]
