"""What each role sees in the window: a plain administrator gets Directory and Administration
only; a case worker gets no backup button; the first administrator chooses at setup; showing
names in the case list is audited."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from desktop.core.services.accounts import audit
from desktop.core.services.accounts import staff as accounts
from desktop.core.services.accounts.permissions import Role
from desktop.core.store.datafolder import DataFolder
from desktop.gui.main_window import MainWindow
from tests.gui.test_lock import log_in
from tests.gui.util import click, field, shown_texts, type_into
from tests.helpers import folders, referral_data


def _shown_pages(main: MainWindow) -> list[str]:
    return [main.nav.item(row).text() for row in range(main.nav.count())
            if not main.nav.item(row).isHidden()]


def test_a_plain_administrator_sees_no_case_page(qtbot, make_shell, folder: DataFolder) -> None:
    vault = folders.login(folder, folders.ADMIN)
    try:
        accounts.add_person(vault, "moussa", Role.ADMINISTRATOR, folders.PASSWORD)
        referral_data.add_case(vault, name=folders.MARKER)
    finally:
        vault.close()
    shell = make_shell(folder, idle_ms=60_000)
    log_in(qtbot, shell, folders.SUPERVISOR, folders.PASSWORD)  # the home page gets built
    assert "Dossiers" in _shown_pages(shell.main)
    shell.logout()
    log_in(qtbot, shell, "moussa", folders.PASSWORD)
    main = shell.main
    assert _shown_pages(main) == ["Annuaire", "Administration"]
    assert main.current_key() == "directory"
    assert main.pages["today"].vault is None  # the page built before holds nothing
    assert not any(folders.MARKER in text for text in shown_texts(main))
    main.show_page("admin")
    assert main.pages["admin"].content.isVisible()
    assert field(main.pages["admin"], "backup_now").isVisible()
    shell.logout()
    log_in(qtbot, shell, folders.SUPERVISOR, folders.PASSWORD)
    assert "Dossiers" in _shown_pages(shell.main)


def test_a_case_worker_has_no_backup_button(qtbot, make_shell, folder: DataFolder) -> None:
    shell = make_shell(folder, idle_ms=60_000)
    log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)
    page = shell.main.show_page("admin")
    assert page.not_allowed.isVisible()
    assert not field(page, "backup_now").isVisible()


def test_showing_names_is_audited(qtbot, make_shell, folder: DataFolder) -> None:
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        referral_data.add_case(vault, name=folders.MARKER)
    finally:
        vault.close()
    shell = make_shell(folder, idle_ms=60_000)
    log_in(qtbot, shell, folders.SUPERVISOR, folders.PASSWORD)
    page = shell.main.show_page("cases")
    click(qtbot, page, "cases:show_names")
    qtbot.waitUntil(lambda: any(folders.MARKER in t for t in shown_texts(page)))
    events = audit.events(shell.vault, action="names_shown")
    assert [e.actor for e in events] == [folders.SUPERVISOR]


def test_the_first_administrator_may_be_administrator_only(qtbot, make_shell,
                                                           tmp_path: Path) -> None:
    shell = make_shell(DataFolder(tmp_path / "new"))
    wizard = shell.wizard
    assert field(wizard, "admin_supervises").isChecked()  # type: ignore[attr-defined]
    for name, text in [("organisation", "ONG Essai"), ("site", "Gao"), ("username", "chef"),
                       ("password", "un long mot de passé"),  # é composed …
                       ("password2", unicodedata.normalize("NFD", "un long mot de passé"))]:
        type_into(qtbot, wizard, name, text)
    field(wizard, "admin_supervises").click()  # type: ignore[attr-defined]
    click(qtbot, wizard, "create")  # … and decomposed: the same password
    assert not wizard.errors.text("password2")
    field(wizard, "written_down").click()  # type: ignore[attr-defined]
    click(qtbot, wizard, "continue")
    qtbot.waitUntil(lambda: shell.main is not None and shell.main.isVisible())
    assert shell.main.role_label.text() == "Administrateur·rice"
    assert _shown_pages(shell.main) == ["Annuaire", "Administration"]
