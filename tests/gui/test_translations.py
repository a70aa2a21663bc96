"""French by default, English selectable and remembered; .ts compiled to .qm when needed."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from desktop.core import i18n
from desktop.core.store.datafolder import DataFolder
from desktop.gui import prefs, translations
from tests.gui.test_lock import log_in
from tests.gui.util import field
from tests.helpers import folders
from tests.helpers.cli_process import run_relais


def test_every_ts_compiles_to_a_qm(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(translations, "cache_dir", lambda: tmp_path)
    compiled = {path.stem.split("-")[0] for path in translations.qm_files("fr")}
    assert {"shell_fr", "foundation_fr"} <= compiled
    sources = {path.stem for path in translations.translations_dir().glob("*_fr.ts")}
    assert sources <= compiled


def test_a_cached_translation_of_another_copy_is_not_used(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Another copy of Relais (an upgrade, a second install) shares the cache: a newer .qm made
    from other sources must not stand for ours."""
    import shutil

    from PySide6.QtCore import QTranslator

    ours = tmp_path / "ours"
    shutil.copytree(translations.translations_dir(), ours)
    monkeypatch.setattr(translations, "translations_dir", lambda: ours)
    monkeypatch.setattr(translations, "cache_dir", lambda: tmp_path / "cache")
    ts = ours / "shell_fr.ts"
    text = ts.read_text(encoding="utf-8")
    ts.write_text(text.replace("<translation>Se connecter</translation>",
                               "<translation>Entrer (autre copie)</translation>"), "utf-8")
    translations.qm_files("fr")  # the other copy compiles its version into the shared cache
    ts.write_text(text, encoding="utf-8")  # ours, older than that cache file
    import os
    os.utime(ts, (0, 0))
    [qm] = [q for q in translations.qm_files("fr") if q.stem.startswith("shell_fr")]
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("LoginWindow", "Log in") == "Se connecter"


def test_french_by_default_english_on_request_and_remembered(qtbot, make_shell,
                                                             folder: DataFolder) -> None:
    shell = make_shell(folder)
    login = shell.login
    assert field(login, "login").text() == "Se connecter"  # type: ignore[attr-defined]
    assert login.windowTitle() == "Relais — connexion"
    assert i18n.current_language() == "fr"

    login.username.setText(folders.ADMIN)
    login.language.setCurrentIndex(login.language.findData("en"))
    login = shell.login  # rebuilt in English, username kept
    assert field(login, "login").text() == "Log in"  # type: ignore[attr-defined]
    assert login.username.text() == folders.ADMIN
    assert prefs.language() == "en" and i18n.current_language() == "en"

    log_in(qtbot, shell, folders.ADMIN, folders.ADMIN_PASSWORD)
    assert shell.main.nav.item(1).text() == "Cases"  # after Today
    assert shell.main.role_label.text() == "Administrator and supervisor"
    french = next(a for a in shell.main.findChildren(QAction) if a.data() == "fr")
    french.trigger()  # the Language menu
    qtbot.waitUntil(lambda: shell.main.isVisible())
    assert shell.main.nav.item(1).text() == "Dossiers"
    assert shell.main.role_label.text() == "Administrateur·rice et superviseur·e"
    assert prefs.language() == "fr"
    assert QApplication.translate("LoginWindow", "Log in") == "Se connecter"


def test_command_line_speaks_french_by_default(folder: DataFolder) -> None:
    result = run_relais(["check", "--data", str(folder.path), "--as", folders.ADMIN],
                        input="not the password\n", timeout=60)
    assert result.returncode == 1
    assert "Le nom d’utilisateur ou le mot de passe est incorrect." in result.stderr
