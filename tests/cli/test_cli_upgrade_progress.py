"""A command's login that upgrades an older database says on stderr, as it happens and in
French by default, what it does: the backup, each revision, the end; an up-to-date database
is opened in silence."""

from __future__ import annotations

from desktop.core.store.datafolder import DataFolder
from tests.cli.conftest import Run
from tests.helpers import folders
from tests.helpers.older_schema import make_older


def _upgrade_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "base" in line and "relais:" in line]


def test_the_upgrade_at_login_tells_its_stages_in_order(relais: Run, folder: DataFolder) -> None:
    make_older(folder)
    done = relais("org", "show", "--data", str(folder.path), "--as", folders.ADMIN,
                  stdin=folders.ADMIN_PASSWORD + "\n", lang="")
    assert done.returncode == 0, done.stderr
    lines = _upgrade_lines(done.stderr)
    assert len(lines) == 6, done.stderr
    assert lines[0].startswith("relais: Sauvegarde de la base avant la mise à jour (")
    assert lines[0].endswith(" ko)…") or lines[0].endswith(" Mo)…")
    assert lines[1] == "relais: Mise à jour de la base : étape 1 sur 4…"
    assert lines[2] == ("relais: Mise à jour de la base : étape 2 sur 4 "
                        "(résumés statistiques)…")
    assert lines[3] == "relais: Mise à jour de la base : étape 3 sur 4…"
    assert lines[4] == "relais: Mise à jour de la base : étape 4 sur 4 (index)…"
    assert lines[5].startswith("relais: La base est mise à jour (en ")
    assert "Mopti" in done.stdout and "Mopti" not in done.stderr  # the result on stdout
    assert list(folder.backups_dir.glob("*before-upgrade*"))


def test_an_up_to_date_database_opens_without_a_word(relais: Run, folder: DataFolder) -> None:
    done = relais("org", "show", "--data", str(folder.path), "--as", folders.ADMIN,
                  stdin=folders.ADMIN_PASSWORD + "\n", lang="")
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() in ("", f"Mot de passe pour {folders.ADMIN} :")
    assert not list(folder.backups_dir.glob("*before-upgrade*"))
