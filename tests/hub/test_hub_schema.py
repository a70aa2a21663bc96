"""The hub's database: made by Alembic on a real PostgreSQL, in step with the models; enrolment
codes are one-time; ``relais hub`` commands answer in one line."""

from __future__ import annotations

import base64
import os
import subprocess

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from desktop.core.errors import UserError
from desktop.hub import db, enrolment, schema, status
from desktop.hub.models import RECORD_TABLES, HubBase
from tests.helpers.cli_process import run_relais


def test_the_schema_is_made_by_alembic_and_matches_the_models(hub_db: str) -> None:
    assert schema.current(hub_db) == schema.head()
    with db.engine(hub_db).connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "compare_type": True,
            "include_name": lambda name, kind, _p: name != schema.VERSION_TABLE})
        assert compare_metadata(context, HubBase.metadata) == []
        tables = set(inspect(conn).get_table_names())
    assert {f"hub_{name}" for name in RECORD_TABLES} <= tables
    assert "hub_alembic_version" in tables


def test_init_again_changes_nothing_and_keeps_the_keys(hub_db: str) -> None:
    assert schema.init(hub_db) is False  # the template's init made them


def test_every_record_table_is_keyed_by_its_owner_site(hub_db: str) -> None:
    with db.engine(hub_db).connect() as conn:
        for name in RECORD_TABLES:
            key = inspect(conn).get_pk_constraint(f"hub_{name}")["constrained_columns"]
            assert key == ["site", "id"], name


def test_an_enrolment_code_works_once(hub_db: str) -> None:
    code = enrolment.new_code(hub_db, "MOPTI")
    keys = {"organisation": "Org", "site_label": "Mopti", "signing_key": b"k" * 32,
            "age_recipient": "age1" + "q" * 58, "fingerprint": "AAAA-BBBB"}
    assert enrolment.enrol(hub_db, code.lower(), **keys).name == "MOPTI"  # as typed: any case
    with pytest.raises(UserError, match="already used"):
        enrolment.enrol(hub_db, code, **keys)
    with pytest.raises(UserError, match="unknown"):
        enrolment.enrol(hub_db, "AAAA-BBBB-CCCC-DDDD", **keys)
    [site] = status.sites(hub_db)
    assert (site.name, site.enrolled, site.last_batch, site.cases) == ("MOPTI", True, 0, 0)


def test_bad_site_names_are_refused(hub_db: str) -> None:
    for name in ("", "a b", "x" * 65, "é/.."):
        with pytest.raises(UserError, match="site name"):
            enrolment.new_code(hub_db, name)


def _hub(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    return run_relais(["--lang", lang, "hub", *args], timeout=120,
                      env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def test_hub_commands_as_a_coordinator_runs_them(hub_db: str) -> None:
    url = hub_db.replace("postgresql+psycopg://", "postgresql://")  # as psql takes it
    made = _hub("init", "--db", url)
    assert made.returncode == 0, made.stderr
    assert "ready" in made.stdout
    given = _hub("enrol", "--db", url, "--site", "KAYES", lang="fr")
    assert given.returncode == 0, given.stderr
    assert "Code d’inscription pour KAYES" in given.stdout
    code = given.stdout.split("\u202f: ")[1].split()[0]
    assert len(enrolment.normal(code)) == 16
    shown = _hub("status", "--db", url)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[1].split("\t")[:3] == ["KAYES", "no (code given)", "never"]


def test_a_wrong_database_is_one_line_without_traceback(
        hub_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.cli.main import main

    monkeypatch.delenv("RELAIS_HUB_DB", raising=False)
    missing = hub_db.rsplit("/", 1)[0] + "/nosuchdb?" + hub_db.split("?", 1)[1]
    for args, says in ((["--db", missing], "cannot be reached"),
                       (["--db", "mysql://x/y"], "Not a PostgreSQL address"),
                       ([], "Give the hub's database")):
        assert main(["--lang", "en", "hub", "status", *args]) == 1
        err = capsys.readouterr().err
        assert says in err and len(err.strip().splitlines()) == 1, err


def test_the_signing_key_of_the_hub_is_raw_ed25519(hub_db: str) -> None:
    from desktop.hub.app import _hub_public

    public = _hub_public(hub_db)
    assert len(base64.b64decode(public["hub_signing_key"])) == 32
    assert public["hub_age_recipient"].startswith("age1")
