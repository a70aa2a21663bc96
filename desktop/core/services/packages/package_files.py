"""Package files on disk: sealed, encrypted to the recipient's card, written atomically (a
temporary file beside the target, fsync, rename) — the clear text never touches a disk — and
read back with the size refused before anything is decrypted."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.atomic import write_atomically
from desktop.core.errors import DamagedData, StorageError, UserError
from desktop.core.i18n import translate
from desktop.core.services.identity import site_identity
from desktop.core.services.packages import envelope
from desktop.core.services.packages.cards import Card, card_of
from desktop.core.store.models import utcnow
from desktop.core.store.vault import Vault

PACKAGE_SUFFIX = ".relais"


def _tr(text: str) -> str:
    return translate("Packages", text)


@dataclass(frozen=True)
class SentPackage:
    """A package written: where, how many items, to whom (organisation and fingerprint)."""

    path: Path
    count: int
    organisation: str
    fingerprint: str
    package_id: str


def check_target(out: Path) -> Path:
    """``out`` if a package can be written there (its folder exists, the file does not)."""
    out = Path(out)
    if not out.parent.is_dir():
        raise UserError(_tr("The folder {folder} does not exist.").format(folder=out.parent))
    if out.exists():
        raise UserError(_tr("{name} already exists.").format(name=out.name),
                        hint=_tr("Choose another file name."))
    return out


def seal_for(vault: Vault, kind: str, recipient: Card, items: list[dict[str, Any]]) \
        -> tuple[str, bytes]:
    """A new package id and the encrypted package of ``items`` for ``recipient``, signed by
    this installation."""
    if len(items) > envelope.MAX_ITEMS:
        raise UserError(_tr("A package holds at most {limit} items: send them in several "
                            "packages.").format(limit=envelope.MAX_ITEMS))
    package_id = str(uuid.uuid4())
    sender = card_of(site_identity.own_public(vault))
    header = envelope.header_fields(kind, package_id, sender, recipient.fingerprint(),
                                    utcnow(), len(items))
    plaintext = envelope.seal(header, items, lambda data: site_identity.sign(vault, data))
    return package_id, site_identity.encrypt_to([recipient.age_recipient], plaintext)


def write_package(out: Path, data: bytes) -> None:
    """Write the encrypted ``data`` to ``out`` completely or not at all."""
    try:
        write_atomically(out, data)
    except OSError as exc:
        raise StorageError(_tr("The package could not be written: {error}").format(
            error=exc.strerror or exc)) from exc


def _too_large() -> DamagedData:
    return DamagedData(_tr("This file is larger than a package can be ({limit} MB): nothing "
                           "was imported.").format(
                               limit=envelope.MAX_PACKAGE_BYTES // (1024 * 1024)))


def read_package(path: Path) -> bytes:
    """The encrypted bytes of a package file, refused when larger than the limit (before
    reading it whole) or unreadable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > envelope.MAX_PACKAGE_BYTES:
            raise _too_large()
        with path.open("rb") as handle:
            data = handle.read(envelope.MAX_PACKAGE_BYTES + 1)
    except OSError as exc:
        raise UserError(_tr("The package {name} cannot be read: {error}").format(
            name=path.name, error=exc.strerror or exc)) from exc
    if len(data) > envelope.MAX_PACKAGE_BYTES:
        raise _too_large()
    return data
