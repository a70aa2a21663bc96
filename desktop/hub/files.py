"""``relais hub import FILE``: the batches a site brought on a USB stick.

The file is encrypted to the hub (age) and each batch in it is signed by its site, exactly as
over HTTPS; batches already stored (an older file brought again, or one whose batches came over
the line since) are passed over, the others stored in order. A file with nothing new is refused
with one line. The answer is the site's acknowledgement, to carry back (``relais sync --ack``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import DamagedData, UserError
from desktop.core.i18n import translate
from desktop.core.services.sync import wire
from desktop.hub import db, hub_keys
from desktop.hub.ingest import Refused, receive

MAX_FILE_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class Imported:
    """What a batch file brought."""

    site: str
    stored: list[int]
    skipped: list[int]
    cases: int
    ack: bytes
    enrolled: bool = False


def read_file(path: Path) -> bytes:
    """A batch file's bytes (one line when missing or too large)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DamagedData(translate("Hub", "This file is too large for a batch file."))
        return path.read_bytes()
    except OSError as exc:
        raise UserError(translate("Hub", "Cannot read {file}: {why}").format(
            file=path.name, why=exc.strerror or exc)) from exc


def import_file(url: str, data: bytes) -> Imported:
    """Store the new batches of a batch file; returns the acknowledgement to send back."""
    if data.startswith(wire.ENROL_MAGIC):
        return _enrol(url, data)
    if not data.startswith(wire.FILE_MAGIC):
        raise DamagedData(translate("Hub", "This is not a Relais batch file."))
    with db.session(url) as session:
        keys = hub_keys.load(session)
    frames = wire.unpack_items(keys.decrypt(data[len(wire.FILE_MAGIC):]))
    if not frames:
        raise DamagedData(translate("Hub", "This batch file holds no batch."))
    stored, skipped, cases, site, ack = [], [], 0, "", b""
    for frame in frames:
        try:
            done = receive(url, frame, via="file")
        except Refused as exc:
            if exc.reason != "replayed" or exc.ack is None:
                raise
            batch = wire.read_batch(frame)
            skipped.append(batch.number)
            site, ack = batch.site, exc.ack
            continue
        stored.append(done.number)
        cases += done.cases
        site, ack = done.site, done.ack
    if not stored:
        raise Refused(translate(
            "Hub", "Refused: every batch of this file was already stored (batches {first} to "
                   "{last} of site {site}; replayed). Its acknowledgement is written: take it "
                   "back to the site, then write a new file there.").format(
            first=min(skipped), last=max(skipped), site=site), ack, status=409,
            reason="replayed", site=site)
    return Imported(site=site, stored=stored, skipped=skipped, cases=cases, ack=ack)


def _enrol(url: str, data: bytes) -> Imported:
    """An enrolment request brought on a stick: checked (signed by the key it presents),
    the code spent; the answer carries the hub's keys, signed by the hub."""
    import base64
    import binascii

    from desktop.core.services.identity.site_identity import verify
    from desktop.hub import enrolment

    asked, signed, signature = wire.read_json(wire.ENROL_MAGIC, data)
    bad = DamagedData(translate("Hub", "Refused: not an enrolment request."))
    try:
        key = base64.b64decode(str(asked["signing_key"]), validate=True)
        fields = {name: str(asked[name]) for name in (
            "code", "organisation", "site_label", "age_recipient")}
    except (KeyError, ValueError, binascii.Error) as exc:
        raise bad from exc
    if not verify(key, signed, signature):
        raise bad
    done = enrolment.enrol(url, fields.pop("code"), signing_key=key, **fields)
    with db.session(url) as session:
        keys = hub_keys.load(session)
        answer = wire.seal_json(wire.ENROLLED_MAGIC, {
            "site": done.name, "hub_signing_key": base64.b64encode(keys.signing_key).decode(),
            "hub_age_recipient": keys.age_recipient}, keys.sign)
    return Imported(site=done.name, stored=[], skipped=[], cases=0, ack=answer, enrolled=True)
