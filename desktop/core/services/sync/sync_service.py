"""The sync as a person runs it (``relais sync``, and later *Synchroniser*): enrol once, send
what waits over the line, or write it to a file and read the hub's answer back.

An administrator syncs (what goes up identifies no one). The batch is signed with this
installation's key (``identity``); the hub's keys, given at enrolment, check its answers.
Audited: the enrolment, each sync with the batches it sent (numbers only).
"""

from __future__ import annotations

import base64
import dataclasses
import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.core.atomic import write_atomically
from desktop.core.errors import DamagedData, UserError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.permissions import Permission, require
from desktop.core.services.identity import site_identity
from desktop.core.services.sync import (
    client,
    hub_directory,
    hub_reference,
    journal,
    published,
    published_lists,
    relay_client,
    wire,
)
from desktop.core.store.models import SyncState
from desktop.core.store.vault import Actor, Vault

Progress = Callable[[int, int], None]  # (batches sent, cases sent)
MAX_ACK_FILE = 4096


@dataclass(frozen=True)
class Result:
    """What a sync did."""

    batches: int
    cases: int
    acked_batch: int
    backlog: int
    # The hub's national directory: what applying it did, or the one line of its refusal.
    directory: Any = None
    packages: Any = None  # relay_client.Relayed: the packages sent and fetched
    reference: Any = None  # hub_reference.Applied, or the one line of its refusal


def enrol(vault: Vault, hub_url: str, code: str, cafile: str | None = None) -> str:
    """Present the one-time ``code`` and this installation's public keys to the hub; keep the
    hub's keys. Returns this site's name at the hub (:func:`hub_fingerprint` then gives the
    hub's fingerprint, to compare with the one its coordinator reads out)."""
    actor = require(vault, Permission.MANAGE_SETTINGS)
    url = client.check_url(hub_url)
    me = site_identity.own_public(vault)
    asked = {"code": code, "organisation": me.organisation, "site_label": me.site,
             "signing_key": base64.b64encode(me.signing_key).decode(),
             "age_recipient": me.age_recipient, "fingerprint": me.fingerprint()}
    answer = client.call(url, "/v1/enrol", data=json.dumps(asked).encode(),
                         content_type="application/json", cafile=cafile)
    try:
        got = json.loads(answer)
    except ValueError as exc:
        raise DamagedData(translate("Sync", "The hub's answer is not an enrolment.")) from exc
    return _keep_enrolment(vault, actor, url, got)


def _keep_enrolment(vault: Vault, actor, url: str | None, got: Any) -> str:  # type: ignore[no-untyped-def]
    """Keep the hub's answer to an enrolment (its keys, this site's name there)."""
    try:
        name, key = str(got["site"]), base64.b64decode(got["hub_signing_key"], validate=True)
        recipient = str(got["hub_age_recipient"])
    except (ValueError, KeyError, TypeError) as exc:
        raise DamagedData(translate("Sync", "The hub's answer is not an enrolment.")) from exc
    with vault.session() as session:
        for old in session.scalars(select(SyncState)):
            session.delete(old)
        session.flush()
        session.add(SyncState(hub_url=url, hub_site=name, hub_signing_key=key,
                              hub_age_recipient=recipient, acked_batch=0, acked_seq=0))
        audit.record(session, actor, "hub_enrolled", record_type="hub", details=name)
    return name


def hub_url_of(vault: Vault, given: str | None) -> str:
    """The hub's address: the one given, else the one kept at enrolment."""
    with vault.reader() as session:
        kept = journal.state(session).hub_url
    url = given or kept
    if not url:
        raise UserError(translate("Sync", "Give the hub's address with --hub https://…"))
    return client.check_url(url)


def sync(vault: Vault, hub_url: str | None = None, *, cafile: str | None = None,
         progress: Progress | None = None, max_batches: int | None = None,
         stop: Callable[[], bool] | None = None) -> Result:
    """Send every waiting batch over the line, each committed only once the hub acknowledged
    it; the first call asks the hub where it stands (an answer cut last time is recovered).
    ``stop``: see :func:`sync_for`."""
    return sync_for(vault, require(vault, Permission.MANAGE_SETTINGS), hub_url, cafile=cafile,
                    progress=progress, max_batches=max_batches, stop=stop)


def sync_for(vault: Vault, actor: Actor, hub_url: str | None = None, *,
             cafile: str | None = None, progress: Progress | None = None,
             max_batches: int | None = None, stop: Callable[[], bool] | None = None,
             how: str = "") -> Result:
    """:func:`sync` on behalf of ``actor``, whom the caller authorised (:func:`sync`: an
    administrator; ``at_login``: the site's own authority). ``stop()`` true ends it after the
    batch in flight (committed, audited; the directory and packages wait for the next sync);
    ``how`` goes into the audit line."""
    url = hub_url_of(vault, hub_url)
    with vault.reader() as session:
        site = journal.state(session).hub_site
    _commit_ack(vault, client.call(url, "/v1/ack?site=" + _quote(site), cafile=cafile))
    sent = cases = 0
    first: int | None = None
    covered: dict[str, int] = {}
    pending = _next_batch(vault, covered)
    with ThreadPoolExecutor(1) as line:  # the hub stores a batch while the next is made
        while pending is not None and (max_batches is None or sent < max_batches) \
                and not (stop and stop()):
            answer = line.submit(client.call, url, "/v1/batches", data=pending.data,
                                 content_type="application/x-relais-batch", cafile=cafile)
            ahead = _next_batch(vault, covered, pending) \
                if max_batches is None or sent + 1 < max_batches else None
            try:
                ack = answer.result()
            except client.HubRefused as exc:
                if exc.status == 409 and exc.ack is not None:  # stored already: its answer
                    _commit_ack(vault, exc.ack)
                    covered.clear()  # what the hub stored is not what this run sent
                    pending = _next_batch(vault, covered)
                    continue
                raise
            if _commit_ack(vault, ack).batch != pending.number:  # not the answer expected
                covered.clear()
                ahead = _next_batch(vault, covered)
            first = pending.number if first is None else first
            sent, cases = sent + 1, cases + pending.cases
            if progress is not None:
                progress(sent, cases)
            pending = ahead
    done = _finish(vault, actor, sent, cases, first, how)
    if stop is not None and stop():
        return done
    applied = hub_directory.fetch_and_apply(vault, lambda after: client.call(
        url, f"/v1/directory?after={after}", cafile=cafile) or None, authority=actor)
    lists = hub_reference.fetch_and_apply(vault, hub_reference.downloader(url, cafile))
    relayed = relay_client.exchange(vault, url, cafile)
    return dataclasses.replace(done, directory=applied, packages=relayed, reference=lists)


def _next_batch(vault: Vault, covered: dict[str, int],
                after: journal.Pending | None = None) -> journal.Pending | None:
    """The batch after the acknowledged one, or after ``after`` (made while the hub stores
    that one: nothing is written on the site before the hub's answer, so a batch made ahead
    and never sent costs nothing)."""
    with vault.reader() as session:
        return journal.next_batch(session, lambda data: site_identity.sign(vault, data),
                                  covered=covered,
                                  after=None if after is None else (after.number, after.upto))


def _finish(vault: Vault, actor: Actor, sent: int, cases: int, first: int | None,
            how: str = "") -> Result:
    with vault.session() as session:
        current = journal.state(session)
        backlog = journal.waiting(session, current.acked_seq)
        audit.record(session, actor, "hub_sync", record_type="hub", details=(how + (
            f"batches {first}-{current.acked_batch}" if first else "nothing new")))
        return Result(batches=sent, cases=cases, acked_batch=current.acked_batch,
                      backlog=backlog)


def _quote(text: str) -> str:
    import urllib.parse

    return urllib.parse.quote(text, safe="")


def _commit_ack(vault: Vault, data: bytes) -> wire.Ack:
    with vault.session() as session:
        return journal.apply_ack(session, data)


def write_file(vault: Vault, path: Path) -> Result:
    """Every waiting batch in one file encrypted to the hub (``relais sync --out``). Nothing
    is committed: the hub's acknowledgement, read back with :func:`read_ack_file`, does that.
    Batches are numbered from the acknowledged one, so a file written again before the answer
    came back carries the same batches (the hub stores each once)."""
    actor = require(vault, Permission.MANAGE_SETTINGS)
    frames: list[bytes] = []
    bounds: list[tuple[int, int]] = []
    covered: dict[str, int] = {}
    cases = 0
    with vault.reader() as session:
        current = journal.state(session)
        recipient, first = current.hub_age_recipient, current.acked_batch + 1
        batch, seq = acked = current.acked_batch, current.acked_seq
        while True:
            pending = journal.next_batch(session, lambda data: site_identity.sign(vault, data),
                                         after=(batch, seq), covered=covered)
            if pending is None:
                break
            frames.append(pending.data)
            bounds.append((pending.number, pending.upto))
            batch, seq, cases = pending.number, pending.upto, cases + pending.cases
    if not frames:
        raise UserError(translate("Sync", "Nothing waits to be sent to the hub."))
    data = wire.FILE_MAGIC + site_identity.encrypt_to([recipient], wire.pack_items(frames))
    write_atomically(path, data)
    with vault.session() as session:
        journal.remember_written(journal.state(session), bounds)
        audit.record(session, actor, "hub_sync", record_type="hub",
                     details=f"file: batches {first}-{batch}")
        backlog = journal.waiting(session, acked[1])
    return Result(batches=len(frames), cases=cases, acked_batch=acked[0], backlog=backlog)


def write_enrolment_request(vault: Vault, code: str, path: Path) -> None:
    """For a site that never has a line: the one-time ``code`` and this installation's public
    keys in a file for the hub (``relais sync --enrol CODE --out FILE``), signed by its key."""
    require(vault, Permission.MANAGE_SETTINGS)
    me = site_identity.own_public(vault)
    asked = {"code": code, "organisation": me.organisation, "site_label": me.site,
             "signing_key": base64.b64encode(me.signing_key).decode(),
             "age_recipient": me.age_recipient}
    write_atomically(path, wire.seal_json(wire.ENROL_MAGIC, asked,
                                          lambda data: site_identity.sign(vault, data)))


def read_ack_file(vault: Vault, path: Path) -> wire.Ack | str:
    """The hub's answer brought back on the stick (``relais sync --ack``): an acknowledgement,
    or the answer to an enrolment request (then this site's name at the hub)."""
    return apply_ack_file(vault, path)[0]


def apply_ack_file(vault: Vault, path: Path) -> tuple[wire.Ack | str, Any, Any]:
    """:func:`read_ack_file`, and the national directory and reference lists the hub added
    after the acknowledgement, applied: (the answer, ``hub_directory.Applied``, and
    ``hub_reference.Applied``, each the one line of its refusal, or None when the file carries
    none)."""
    actor = require(vault, Permission.MANAGE_SETTINGS)
    try:
        with path.open("rb") as stream:
            data = stream.read(published.MAX_DOCUMENT + published_lists.MAX_DOCUMENT
                               + MAX_ACK_FILE + 1)
    except OSError as exc:
        raise UserError(translate("Sync", "Cannot read {file}: {why}").format(
            file=path.name, why=exc.strerror or exc)) from exc
    if data.startswith(wire.ENROLLED_MAGIC):
        got, signed, signature = wire.read_json(wire.ENROLLED_MAGIC, data)
        try:
            key = base64.b64decode(str(got.get("hub_signing_key")), validate=True)
        except ValueError as exc:
            raise DamagedData(translate("Sync", "The hub's answer is not an enrolment.")) \
                from exc
        if not site_identity.verify(key, signed, signature):
            raise DamagedData(translate("Sync", "The hub's answer is not an enrolment."))
        return _keep_enrolment(vault, actor, None, got), None, None
    data, after = published.split_after_ack(data)
    with vault.session() as session:
        ack = journal.apply_ack(session, data[:MAX_ACK_FILE + 1])
        audit.record(session, actor, "hub_sync", record_type="hub",
                     details=f"acknowledged up to batch {ack.batch}")
    applied: Any = None
    try:
        directory, lists = published_lists.split(after)
    except UserError as exc:
        return ack, str(exc), None
    if directory:
        applied = hub_directory.fetch_and_apply(vault, lambda _after: directory)
    return ack, applied, hub_reference.fetch_and_apply(vault, lambda _after: lists) \
        if lists else None


def hub_fingerprint(vault: Vault) -> str:
    """The fingerprint of the hub this site is enrolled at (from the keys kept)."""
    with vault.reader() as session:
        return _fingerprint_of(journal.state(session))


def _fingerprint_of(current: SyncState) -> str:
    return site_identity.fingerprint_of(current.hub_signing_key, current.hub_age_recipient)


@dataclass(frozen=True)
class Standing:
    """Where this site stands with its hub, as the Administration page shows it."""

    hub_url: str | None
    hub_site: str
    hub_fingerprint: str
    last_sync_at: Any
    backlog: int
    reference: Any = None  # hub_reference.Held: the reference lists version held


def standing(vault: Vault) -> Standing | None:
    """This site's enrolment and what waits to go up (administrators); ``None`` when the site
    is not enrolled at a hub."""
    require(vault, Permission.MANAGE_SETTINGS)
    with vault.reader() as session:
        current = session.scalar(select(SyncState).limit(1))
        if current is None:
            return None
        return Standing(
            hub_url=current.hub_url, hub_site=current.hub_site,
            hub_fingerprint=_fingerprint_of(current),
            last_sync_at=current.last_sync_at,
            backlog=journal.waiting(session, current.acked_seq),
            reference=hub_reference.held(session))
