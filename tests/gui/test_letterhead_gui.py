"""The letterhead of referral letters, as an administrator sets it: in the setup wizard
(optional fields; a wrong e-mail said beside its field, nothing created), on the
Administration page (address, phone, e-mail; a person's work phone)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.core.services.accounts import settings
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Staff
from desktop.gui import dialogs
from desktop.gui.setup_wizard import SetupWizard
from tests.gui.test_admin_page import open_admin, usernames
from tests.gui.util import click, type_into
from tests.helpers import folders


def test_the_wizard_asks_the_letterhead_contacts(qtbot, make_shell, tmp_path: Path) -> None:
    shell = make_shell(DataFolder(tmp_path / "new"))
    wizard = shell.wizard
    assert isinstance(wizard, SetupWizard)
    for name, text in [("organisation", "ONG Essai"), ("site", "Gao"),
                       ("address", "Quartier Château, Gao"), ("phone", "+223 21 82 00 00"),
                       ("email", "gao at ong"), ("username", "mariam"),
                       ("password", "un long mot de passe"),
                       ("password2", "un long mot de passe")]:
        type_into(qtbot, wizard, name, text)
    click(qtbot, wizard, "create")
    assert "courriel" in wizard.errors.text("email").lower()
    assert not (tmp_path / "new" / "relais.db").exists()
    type_into(qtbot, wizard, "email", "gao@ong.ml")
    click(qtbot, wizard, "create")
    assert wizard.vault is not None
    assert settings.get(wizard.vault, "organisation_address") == "Quartier Château, Gao"
    assert settings.get(wizard.vault, "organisation_phone") == "+223 21 82 00 00"
    assert settings.get(wizard.vault, "organisation_email") == "gao@ong.ml"


def test_the_admin_page_sets_the_letterhead_and_a_work_phone(qtbot, make_shell,
                                                             folder: DataFolder) -> None:
    shell, page = open_admin(qtbot, make_shell, folder)
    box = page.letterhead
    dialogs.script()
    type_into(qtbot, box, "organisation_address", "Rue 12, Sévaré")
    type_into(qtbot, box, "organisation_phone", "+223 21 42 00 00")
    type_into(qtbot, box, "organisation_email", "pas une adresse")
    click(qtbot, box, "save_letterhead")
    assert dialogs.shown[-1][0] == "error"
    assert settings.get(shell.vault, "organisation_address") == ""  # nothing half-saved
    type_into(qtbot, box, "organisation_email", "contact@ong.ml")
    click(qtbot, box, "save_letterhead")
    assert settings.get(shell.vault, "organisation_address") == "Rue 12, Sévaré"
    assert settings.get(shell.vault, "organisation_email") == "contact@ong.ml"

    page.table.selectRow(usernames(page).index(folders.CASEWORKER))
    dialogs.script("+223 76 12 34 56")
    click(qtbot, page, "change_phone")
    with shell.vault.reader() as session:
        assert session.scalar(select(Staff.phone).where(
            Staff.username == folders.CASEWORKER)) == "+223 76 12 34 56"
