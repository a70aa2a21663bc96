"""All ORM models, importable from one place."""

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
from desktop.core.store.models.keys import SlotKey
from desktop.core.store.models.people import ROLES, Blob, Setting, Site, Staff
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

__all__ = [
    "CASE_STATUSES", "PRIORITIES", "REFERRAL_STATUSES", "ROLES",
    "AssessmentNeed", "AuditEvent", "Base", "Blob", "Case", "CaseNote", "CaseStep", "Consent",
    "ConsentApproval", "ConsentChange", "Draft", "FollowUp", "Incident", "LetterIssued",
    "Perpetrator", "ProviderService", "Referral", "ReferralStatusChange", "SafetyAssessment",
    "SafetyPlan", "ServiceProvider",
    "Setting", "Site", "SlotKey", "Staff", "Survivor", "new_id", "utcnow",
]
