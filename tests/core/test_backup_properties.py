"""Property: any sequence of creates, edits, backups and restores ends with a sound database
holding exactly what the sequence says (modelled here as a dict of case id → occupation)."""

from __future__ import annotations

import shutil
from itertools import count
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.services.cases import intake
from desktop.core.services.safety import backups, restore
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault
from tests.helpers import folders
from tests.helpers.intake_data import sample_intake

WORDS = st.sampled_from(["Commerçante", "Élève", "Cultivatrice", "Ménagère", "Couturière"])
STEP = st.one_of(
    st.tuples(st.just("create"), WORDS),
    st.tuples(st.just("edit"), st.integers(0, 20), WORDS),
    st.tuples(st.just("backup")),
    st.tuples(st.just("restore"), st.integers(0, 20)),
)
_runs = count()


def _occupations(vault: Vault) -> dict[str, str]:
    from sqlalchemy import select

    from desktop.core.store.models import Case, Survivor

    with vault.reader() as session:
        rows = session.execute(select(Case.id, Survivor.occupation).join(
            Survivor, Case.survivor_id == Survivor.id))
        return {case_id: occupation for case_id, occupation in rows}


@pytest.mark.slow
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(STEP, min_size=1, max_size=7))
def test_random_sequences_end_sound_and_as_modelled(
        steps: list[tuple], _template: tuple[Path, str],  # type: ignore[type-arg]
        tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp(f"prop{next(_runs)}") / "data"
    shutil.copytree(_template[0], path, ignore=shutil.ignore_patterns("*.lock"))
    folder = DataFolder(path)
    model: dict[str, str] = {}
    saved: list[tuple[Path, dict[str, str]]] = []
    vault = folders.login(folder, folders.ADMIN)
    try:
        for step in steps:
            if step[0] == "create":
                case_id = intake.open_case(vault, sample_intake(**{"survivor.occupation": step[1]}))
                model[case_id] = step[1]
            elif step[0] == "edit" and model:
                case_id = sorted(model)[step[1] % len(model)]
                intake.update_case(vault, case_id, sample_intake(
                    **{"survivor.occupation": step[2]}))
                model[case_id] = step[2]
            elif step[0] == "backup":
                target = path.parent / f"b{len(saved)}.relaisbak"
                saved.append((backups.make_backup(vault, target).path, dict(model)))
            elif step[0] == "restore" and saved:
                backup, snapshot = saved[step[1] % len(saved)]
                vault.close()
                restore.restore_backup(folder, backup, username=folders.ADMIN,
                                       password=folders.ADMIN_PASSWORD)
                vault = folders.login(folder, folders.ADMIN)
                model = dict(snapshot)
        assert _occupations(vault) == model
        assert vault.integrity_problems(full=True) == []
    finally:
        vault.close()
        shutil.rmtree(path.parent, ignore_errors=True)
