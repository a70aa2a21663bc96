"""The alleged perpetrator's name is collected only when an administrator turns the field on
(issue 18 point 10): off by default the service refuses a name; a name stored earlier stays
stored but hidden (intake, case summary, identifying export) and follows its perpetrator
through an edit; turning the setting on shows it again."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import func, select

from desktop.core.errors import PermissionDenied, ValidationError
from desktop.core.exports import protect
from desktop.core.services.accounts import settings
from desktop.core.services.cases import intake
from desktop.core.services.reports import exports
from desktop.core.services.reports.exports import ExportRequest
from desktop.core.services.reports.report_period import Period
from desktop.core.services.summaries import case_summary
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Case, Perpetrator
from desktop.core.store.vault import Vault
from tests.helpers import folders
from tests.helpers.export_files import xlsx_xml_text
from tests.helpers.intake_data import sample_intake

NAME = "Qqauteur Bakary"
PASSWORD = "Accord inter-agences 2026"


def _named(name: str = NAME) -> dict[str, object]:
    data = sample_intake()
    data["perpetrators"][0]["name"] = name  # type: ignore[index]
    return data


def _turn(folder: DataFolder, on: bool) -> None:
    with folders.as_user(folder) as admin:
        settings.set_value(admin, settings.COLLECT_PERPETRATOR_NAME, on)


def _stored_names(vault: Vault) -> list[str | None]:
    with vault.reader() as s:
        return list(s.scalars(select(Perpetrator.name).order_by(Perpetrator.position)))


def _summary(vault: Vault, case_id: str) -> str:
    pdf = case_summary.case_summary_pdf(vault, case_id, lang="en")
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_off_by_default_a_name_is_refused_and_nothing_is_saved(caseworker: Vault) -> None:
    assert settings.get(caseworker, settings.COLLECT_PERPETRATOR_NAME) is False
    with pytest.raises(ValidationError) as caught:
        intake.open_case(caseworker, _named())
    assert set(caught.value.errors) == {"perpetrators.0.name"}
    assert NAME not in str(caught.value)
    with caseworker.reader() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0
    intake.open_case(caseworker, _named("  "))  # blank is no name
    assert _stored_names(caseworker) == [None, None]


def test_only_an_administrator_turns_it_on(caseworker: Vault) -> None:
    with pytest.raises(PermissionDenied):
        settings.set_value(caseworker, settings.COLLECT_PERPETRATOR_NAME, True)


def test_a_stored_name_is_hidden_while_off_kept_through_edits_and_shown_again(
        folder: DataFolder) -> None:
    _turn(folder, True)
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        case_id = intake.open_case(awa, _named())
        assert intake.load_intake(awa, case_id)["perpetrators"][0]["name"] == NAME
        assert NAME in _summary(awa, case_id)
    _turn(folder, False)
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        data = intake.load_intake(awa, case_id)
        first = data["perpetrators"][0]
        assert first["name"] is None and first["name_ref"]
        assert NAME not in str(data) and NAME not in _summary(awa, case_id)
        first["occupation"] = "Commerçant"
        data["perpetrators"].reverse()  # moved: the name follows its perpetrator
        intake.update_case(awa, case_id, data)
        assert _stored_names(awa) == [None, NAME]
        data = intake.load_intake(awa, case_id)
        data["perpetrators"][1]["name"] = "Qqautre nom"  # typed anyway: refused
        with pytest.raises(ValidationError):
            intake.update_case(awa, case_id, data)
        assert _stored_names(awa) == [None, NAME]
    _turn(folder, True)
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        back = intake.load_intake(awa, case_id)["perpetrators"]
        assert [p["name"] for p in back] == [None, NAME] and "name_ref" not in back[1]
    _turn(folder, False)
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        data = intake.load_intake(awa, case_id)
        data["perpetrators"] = data["perpetrators"][:1]  # her perpetrator removed
        intake.update_case(awa, case_id, data)
        assert _stored_names(awa) == [None]


def test_the_identifying_export_leaves_out_a_hidden_name(folder: DataFolder,
                                                         tmp_path: Path) -> None:
    _turn(folder, True)
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        intake.open_case(awa, _named())
    texts = {}
    for on in (True, False):
        _turn(folder, on)
        request = ExportRequest("cases", "xlsx", Period.between(date(2020, 1, 1), date.today()),
                                password=PASSWORD, identifying=True,
                                reason="Transfert du dossier au centre de Gao", lang="en")
        with folders.as_user(folder, folders.SUPERVISOR) as sali:
            exports.export(sali, request, tmp_path / f"{on}.xlsx")
        texts[on] = xlsx_xml_text(protect.decrypt_xlsx(tmp_path / f"{on}.xlsx", PASSWORD))
    assert NAME in texts[True]
    assert NAME not in texts[False] and "Fictive Survivante" in texts[False]


def test_a_new_incident_takes_no_name_while_off(folder: DataFolder) -> None:
    from desktop.core.services.cases import incidents
    from tests.helpers.incident_data import new_incident

    named = [{"is_primary": True, "sex": "male", "age_group": "41_60",
              "relationship": "family", "name": NAME}]
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        case_id = intake.open_case(awa, sample_intake())
        with pytest.raises(ValidationError) as caught:
            incidents.add_incident(awa, case_id, new_incident(perpetrators=named))
        assert set(caught.value.errors) == {"perpetrators.0.name"}
        assert NAME not in str(caught.value)
        assert len(incidents.list_incidents(awa, case_id)) == 1  # nothing saved
    _turn(folder, True)
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        incidents.add_incident(awa, case_id, new_incident(perpetrators=named))
        with awa.reader() as s:
            assert s.scalar(select(func.count()).select_from(Perpetrator)
                            .where(Perpetrator.name == NAME)) == 1
