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
from desktop.core.store.models.keys import SlotKey
from desktop.core.store.models.name_search import SurvivorNameKey
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

__all__ = [
    "CASE_STATUSES", "PRIORITIES", "REFERRAL_STATUSES", "ROLES",
    "AssessmentNeed", "AuditEvent", "Base", "Blob", "Case", "CaseNote", "CaseStep", "Consent",
    "ConsentApproval", "ConsentChange", "Draft", "FollowUp", "Incident", "LetterIssued",
    "Perpetrator", "ProviderService", "Referral", "ReferralStatusChange", "ServiceProvider",
    "Setting", "Site", "SlotKey", "Staff", "Survivor", "SurvivorNameKey", "new_id", "utcnow",
]
