"""Importing a package: every check first, then one transaction, or nothing at all.

In order: the file's size (before decrypting), age decryption with this installation's keys
(a package for another installation does not open), the envelope (magic line, header, the
sender's signature over the exact bytes, the items), the recipient named in the signed header
(this installation's fingerprint), the sender (an attached provider card with that
fingerprint, else ``UnknownSender`` with the fingerprint to check), the package id (a package
imported before adds nothing; a different package under a used id is refused). Then the items
are checked and stored in one transaction with the package's id. Every import and every refusal
is audited (``package_imported``, ``package_refused``: codes and counts, never a name).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import DamagedData, UserError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import staff_actor
from desktop.core.services.identity import site_identity
from desktop.core.services.packages import cards, envelope, feedback, incoming
from desktop.core.services.packages.package_files import read_package
from desktop.core.store.models import ReceivedPackage, ServiceProvider, utcnow
from desktop.core.store.vault import Actor, Vault

Progress = Callable[[int, int], None]


def _tr(text: str) -> str:
    return translate("Packages", text)


class UnknownSender(UserError):
    """The package is signed by an installation whose card is attached to no provider here."""

    def __init__(self, fingerprint: str, organisation: str) -> None:
        super().__init__(
            _tr("This package comes from \u201c{organisation}\u201d, whose card is not attached "
                "to any provider here (fingerprint {fingerprint}): nothing was imported.")
            .format(organisation=organisation, fingerprint=fingerprint),
            hint=_tr("Ask that organisation for its card, check the fingerprint with them by "
                     "phone, attach it to the provider in the directory, then import again."))
        self.fingerprint = fingerprint
        self.organisation = organisation


@dataclass(frozen=True)
class ImportResult:
    """What an import did: new incoming referrals, feedback applied, items already known (or
    older than what is here), and from whom."""

    kind: str
    package_id: str
    sender_organisation: str
    sender_fingerprint: str
    new_incoming: int = 0
    feedbacks_applied: int = 0
    duplicates: int = 0
    already_imported: bool = False


def _opened(vault: Vault, path: Path) -> tuple[envelope.Header, list[dict[str, object]], str]:
    data = read_package(path)
    plaintext = site_identity.decrypt(vault, data)
    header, items = envelope.open_envelope(plaintext)
    own = site_identity.own_public(vault).fingerprint()
    if header.recipient != own:
        raise DamagedData(_tr("This package was made for another installation ({fingerprint}): "
                              "nothing was imported.").format(fingerprint=header.recipient))
    return header, items, hashlib.sha256(plaintext).hexdigest()


def _sender(session: Session, header: envelope.Header) -> ServiceProvider:
    fingerprint = header.sender.fingerprint()
    provider_id = cards.provider_of_fingerprint(session, fingerprint)
    provider = session.get(ServiceProvider, provider_id) if provider_id else None
    if provider is None:
        raise UnknownSender(fingerprint, header.sender.organisation)
    return provider


def _already(session: Session, header: envelope.Header, digest: str) -> bool:
    seen = session.scalar(select(ReceivedPackage).where(
        ReceivedPackage.package_id == header.package_id))
    if seen is None:
        return False
    if seen.digest != digest:
        raise DamagedData(_tr("A different package with this package's id was imported "
                              "before: this one is refused (replayed or forged)."))
    return True


def _store(session: Session, actor: Actor, header: envelope.Header, items: list[dict[str, object]],
           provider: ServiceProvider, digest: str, progress: Progress | None) -> ImportResult:
    fingerprint = header.sender.fingerprint()
    base = ImportResult(kind=header.kind, package_id=header.package_id,
                        sender_organisation=header.sender.organisation,
                        sender_fingerprint=fingerprint)
    if header.kind == "referral":
        added, known = incoming.store_items(session, actor, header, provider, items, progress)
        result = replace(base, new_incoming=added, duplicates=known)
    else:
        applied, known = feedback.apply_items(session, actor, header, provider, items,
                                              progress)
        result = replace(base, feedbacks_applied=applied, duplicates=known)
    session.add(ReceivedPackage(package_id=header.package_id, kind=header.kind,
                                sender_fingerprint=fingerprint, provider_id=provider.id,
                                digest=digest, item_count=len(items), imported_at=utcnow(),
                                imported_by_id=actor.staff_id))
    audit.record(session, actor, "package_imported", record_type="provider",
                 record_id=provider.id,
                 details=f"{header.kind} {header.package_id} n={len(items)} "
                         f"new={result.new_incoming + result.feedbacks_applied} "
                         f"known={result.duplicates}")
    return result


def _refused(vault: Vault, actor: Actor, exc: UserError) -> None:
    reason = type(exc).__name__
    if isinstance(exc, UnknownSender):
        reason += f" {exc.fingerprint}"
    with vault.session() as session:
        audit.record(session, actor, "package_refused", details=reason[:200])


def import_package(vault: Vault, path: Path, progress: Progress | None = None) -> ImportResult:
    """Import the package file ``path`` (see the module doc); ``progress(done, total)`` is
    called while the items are stored. Refusals are ``UserError``s of one line, with nothing
    written but their audit event."""
    actor = staff_actor(vault)
    try:
        header, items, digest = _opened(vault, Path(path))
        with vault.session() as session:
            provider = _sender(session, header)
            if _already(session, header, digest):
                audit.record(session, actor, "package_imported", record_type="provider",
                             record_id=provider.id,
                             details=f"{header.kind} {header.package_id} already imported")
                return ImportResult(kind=header.kind, package_id=header.package_id,
                                    sender_organisation=header.sender.organisation,
                                    sender_fingerprint=header.sender.fingerprint(),
                                    duplicates=len(items), already_imported=True)
            return _store(session, actor, header, items, provider, digest, progress)
    except UserError as exc:
        _refused(vault, actor, exc)
        raise
