"""This site's side of the package relay: packages queued for the hub (``relais packages send
--via-hub``, ``relais sync --send-package FILE --to FINGERPRINT``), sent at the next sync, and
the packages the hub holds for this site fetched then.

Queued packages wait in the data folder's ``hub-outbox/`` as relayed packages
(``relay_wire``: the package, still encrypted to its recipient, in an envelope signed by this
installation); one is removed once the hub stored it. Packages fetched land in ``hub-inbox/``
(encrypted to this installation, written completely or not at all) before the hub is told to
delete them; they are then imported through the normal ``packages.receiving.import_package``
(every check of a package applies) by whoever syncs when that person works on cases, or later
by a case worker (:func:`import_waiting`). A package refused on import stays in
``hub-inbox/refused/`` with its one-line reason in the result: nothing is lost.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.atomic import write_atomically
from desktop.core.errors import DamagedData, PermissionDenied, UserError
from desktop.core.i18n import translate
from desktop.core.services.identity import site_identity
from desktop.core.services.packages import receiving
from desktop.core.services.packages.package_files import SentPackage, read_package
from desktop.core.services.sync import client, journal, relay_wire, wire
from desktop.core.store.models.base import utcnow
from desktop.core.store.vault import Vault

OUTBOX, INBOX, REFUSED = "hub-outbox", "hub-inbox", "refused"
SUFFIX = ".relais"


@dataclass
class Relayed:
    """What a sync did with packages: sent, fetched, imported, and the one-line refusals."""

    sent: int = 0
    fetched: int = 0
    imported: int = 0
    waiting: int = 0  # fetched, not yet imported (a case worker imports them)
    problems: list[str] = field(default_factory=list)
    expired: int = 0  # sent by this site, deleted by the hub undelivered (told in problems)


def _folder(vault: Vault, name: str) -> Path:
    path = Path(vault.folder.path) / name
    path.mkdir(exist_ok=True)
    return path


def queue(vault: Vault, package: Path, recipient: str) -> Path:
    """Queue the package file ``package`` (encrypted to the installation of fingerprint
    ``recipient``) for the hub; the file itself is left as it is."""
    data = read_package(package)
    with vault.reader() as session:
        site = journal.state(session).hub_site
    if not site:
        raise UserError(translate("Sync", "This site is not enrolled at a hub: relais sync "
                                          "--hub URL --enrol CODE first, or use a stick."))
    sealed = relay_wire.seal_relayed(site, recipient.strip().upper(), data,
                                     lambda signed: site_identity.sign(vault, signed))
    target = _folder(vault, OUTBOX) / f"{uuid.uuid4()}.relay"
    write_atomically(target, sealed)
    return target


def send_via_hub(vault: Vault, write: Callable[[Path], SentPackage]) -> SentPackage:
    """Write a package with ``write(path)`` (``send_referrals``, ``send_feedback``) and queue
    it for the hub; the package file itself is not kept (the queued one is)."""
    with vault.reader() as session:
        if not journal.state(session).hub_site:
            raise UserError(translate("Sync", "This site is not enrolled at a hub: relais sync "
                                              "--hub URL --enrol CODE first, or use a stick."))
    path = _folder(vault, OUTBOX) / f"{uuid.uuid4()}{SUFFIX}"
    sent = write(path)
    try:
        queue(vault, path, sent.fingerprint)
    finally:
        path.unlink(missing_ok=True)
    return sent


def queued(vault: Vault) -> list[Path]:
    """The relayed packages waiting to go to the hub, oldest first."""
    folder = Path(vault.folder.path) / OUTBOX
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.relay"), key=lambda p: p.stat().st_mtime)


def _mailbox(vault: Vault, ids: list[str]) -> bytes:
    with vault.reader() as session:
        site = journal.state(session).hub_site
    return wire.seal_json(relay_wire.MAILBOX_MAGIC, {
        "site": site, "at": utcnow().isoformat(), "ids": ids},
        lambda data: site_identity.sign(vault, data))


def exchange(vault: Vault, url: str, cafile: str | None) -> Relayed:
    """During a sync: send the queued packages, fetch this site's, acknowledge them, import
    them when the person syncing works on cases."""
    done = Relayed()
    for path in queued(vault):
        try:
            client.call(url, "/v1/relay", data=path.read_bytes(),
                        content_type="application/x-relais-relay", cafile=cafile)
        except client.HubRefused as exc:
            done.problems.append(str(exc))  # kept: sent again at the next sync
            continue
        path.unlink()
        done.sent += 1
    seen: set[str] = set()
    while True:
        answer = client.call(url, "/v1/relay/inbox", data=_mailbox(vault, []),
                             content_type="application/x-relais-mailbox", cafile=cafile)
        items = wire.unpack_items(answer)
        if not items or all(item[:relay_wire.ID_BYTES].decode("ascii", "replace").strip()
                            in seen for item in items):
            break
        inbox, ids = _folder(vault, INBOX), []
        for item in items:
            try:  # an id of the hub's, never a path
                package_id = str(uuid.UUID(item[:relay_wire.ID_BYTES].decode("ascii")))
            except (ValueError, UnicodeDecodeError) as exc:
                raise DamagedData(translate("Sync", "This is not a relayed package, or it is "
                                                    "damaged.")) from exc
            write_atomically(inbox / f"{package_id}{SUFFIX}", item[relay_wire.ID_BYTES:])
            ids.append(package_id)
        client.call(url, "/v1/relay/delivered", data=_mailbox(vault, ids),
                    content_type="application/x-relais-mailbox", cafile=cafile)
        done.fetched += len(ids)
        seen.update(ids)
    _expired_notices(vault, url, cafile, done)
    try:
        imported = import_waiting(vault)
    except PermissionDenied:
        done.waiting = len(waiting(vault))
    else:
        done.imported, done.problems = imported.imported, done.problems + imported.problems
    return done


def _expired_notices(vault: Vault, url: str, cafile: str | None, done: Relayed) -> None:
    """The hub's notices of packages this site sent that expired there undelivered: each
    becomes a line of ``problems``, then the hub forgets them (a hub without the notices
    answers 404: nothing to tell)."""
    import json

    try:
        answer = client.call(url, "/v1/relay/expired", data=_mailbox(vault, []),
                             content_type="application/x-relais-mailbox", cafile=cafile)
    except client.HubRefused as exc:
        if exc.status == 404:
            return
        raise
    try:
        notices = [(str(n["id"]), str(n["recipient"])[:80], str(n["received_at"])[:10],
                    str(n["expired_at"])[:10]) for n in json.loads(answer)]
    except (ValueError, KeyError, TypeError) as exc:
        raise DamagedData(translate("Sync", "The hub's answer is not a list of expired "
                                            "packages.")) from exc
    if not notices:
        return
    for _id, recipient, sent, expired in notices:
        done.problems.append(translate(
            "Sync", "A package sent through the hub on {sent} to {recipient} was never "
                    "fetched; the hub deleted it on {expired}: send it again, or give it on a "
                    "stick.").format(sent=sent, recipient=recipient, expired=expired))
    done.expired += len(notices)
    client.call(url, "/v1/relay/expired", data=_mailbox(vault, [n[0] for n in notices]),
                content_type="application/x-relais-mailbox", cafile=cafile)


def waiting(vault: Vault) -> list[Path]:
    """The fetched packages not yet imported."""
    folder = Path(vault.folder.path) / INBOX
    return sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []


def import_waiting(vault: Vault) -> Relayed:
    """Import every fetched package through ``import_package`` (case workers, supervisors);
    a refused one moves to ``hub-inbox/refused/``, its reason in ``problems``."""
    from desktop.core.services.accounts.access import staff_actor

    staff_actor(vault)  # PermissionDenied before anything moves
    done = Relayed()
    for path in waiting(vault):
        try:
            receiving.import_package(vault, path)
        except UserError as exc:
            refused = _folder(vault, INBOX) / REFUSED
            refused.mkdir(exist_ok=True)
            path.replace(refused / path.name)
            done.problems.append(str(exc))
            continue
        path.unlink()
        done.imported += 1
    return done

