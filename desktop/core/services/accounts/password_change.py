"""A person changes their own password from an open session (the *Change my password* item
of the session menu): the confirmation must match, the current password must open their key
slot, and wrong current passwords count like wrong logins (the same delay after the third), so
that an unlocked, unattended session is no way to guess someone's password.

The change rewraps the person's key slot only (``accounts.change_own_password``); the
database key and the other slots stay as they are. Belongs with the ``accounts`` services.
"""

from __future__ import annotations

import unicodedata

from desktop.core.errors import PermissionDenied, ValidationError, WrongPassword
from desktop.core.i18n import translate
from desktop.core.services.accounts import login_tries
from desktop.core.services.accounts import staff as accounts
from desktop.core.services.accounts.permissions import require_actor
from desktop.core.store.vault import Vault


def change_my_password(vault: Vault, current: str, new: str, confirm: str) -> None:
    """Change the logged-in person's password; ``ValidationError`` keyed by
    ``current_password``, ``new_password`` or ``confirm_password`` when something is wrong."""
    actor = require_actor(vault)
    if actor.is_recovery:
        raise PermissionDenied(translate("Accounts", "The recovery key has no password."))
    if not current:
        raise ValidationError({"current_password": translate(
            "PasswordChange", "Type your current password.")})
    accounts.check_password(new, "new_password")
    if unicodedata.normalize("NFC", new) != unicodedata.normalize("NFC", confirm):
        raise ValidationError({"confirm_password": translate(
            "PasswordChange", "The two new passwords differ.")})
    if unicodedata.normalize("NFC", new) == unicodedata.normalize("NFC", current):
        raise ValidationError({"new_password": translate(
            "PasswordChange", "The new password is the same as the current one.")})
    try:
        with login_tries.one_try(vault.folder, actor.username):
            accounts.change_own_password(vault, current, new)
    except WrongPassword as exc:
        wait = vault.folder.throttle.wait_seconds(actor.username)
        text = translate("PasswordChange", "The current password is not right.")
        if wait > 0:
            text += " " + translate("PasswordChange", "Wait {seconds} seconds before the next "
                                                      "try.").format(seconds=int(wait + 0.999))
        raise ValidationError({"current_password": text}) from exc
    vault.folder.throttle.cancel(actor.username)
