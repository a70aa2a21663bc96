"""Cases for referral, follow-up and letter tests, opened through the intake service."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desktop.core.catalogue import fields, reference
from desktop.core.services.cases import case_actions, intake
from desktop.core.services.referrals import directory
from desktop.core.store.models import Consent, Staff
from desktop.core.store.vault import Vault
from tests.helpers.intake_data import sample_intake

SURVIVOR_NAME = "Qqnom Kadidia <Dembélé> & \"ɛɔɲŋ\""
SURVIVOR_PHONE = "+223 70 00 11 22"


def staff_id(vault: Vault, username: str) -> str:
    """The id of a staff account."""
    with vault.reader() as session:
        found = session.scalar(select(Staff.id).where(Staff.username == username))
        assert found is not None, username
        return found


def add_case(vault: Vault, *, release: tuple[str, ...] = (), withdraw: tuple[str, ...] = (),
             sea: bool = True, name: str = SURVIVOR_NAME, assign_to: str | None = None) -> str:
    """Open a case (as the person logged in) whose survivor consented to release
    information for ``release`` — then withdrew it for ``withdraw``; a supervisor may
    ``assign_to`` a case worker."""
    data = sample_intake(name=name, **{"survivor.phone": SURVIVOR_PHONE})
    for code in reference.codes("service_types"):
        data[fields.release_key(code)] = code in release or code in withdraw
    if not sea:
        data["perpetrators"] = [{**data["perpetrators"][1], "is_primary": True}]
        for key in ("sea.reported_to_un_on", "sea.un_consent", "sea.un_consent_given_on",
                    "sea.un_consent_given_by", "sea.paternity_claim"):
            data.pop(key)
    case_id = intake.open_case(vault, data)
    if withdraw:  # as the intake's edit marks it (its update_case warns here: see report)
        with vault.session() as session:
            for consent in session.scalars(select(Consent).where(
                    Consent.case_id == case_id,
                    Consent.scope.in_([f"release:{c}" for c in withdraw]))):
                consent.given, consent.withdrawn_on = False, date.today()
    if assign_to:
        case_actions.assign(vault, case_id, staff_id(vault, assign_to))
    return case_id


def osc(vault: Vault, town: str = "Mopti") -> str:
    """The id of the One-Stop Centre of ``town`` (seeded at setup)."""
    for row in directory.list_providers(vault):
        if row.town == town and row.kind == "osc":
            return row.id
    raise AssertionError(f"no One-Stop Centre in {town}")


def legal_provider(vault: Vault) -> str:
    """A legal aid provider in Mopti (made by the administrator's vault)."""
    return directory.create_provider(vault, {
        "name": "Clinique juridique d'essai", "kind": "ngo", "region": "mopti",
        "town": "Sévaré", "services": ["legal", "psychosocial"], "takes_sea": True}).id
