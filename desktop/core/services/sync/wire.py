"""The bytes that travel between a site and the hub, the same on both ends.

A **batch** (site → hub), over HTTPS or inside a batch file::

    b"RELAIS-BATCH-1\\n" | u32 header length | header (JSON) | u32 body length |
    body (zlib of the records' JSON) | 64-byte Ed25519 signature by the site

``header``: ``site`` (its name at the hub), ``batch`` (1, 2, 3… with no gap), ``from`` and
``upto`` (the journal positions it covers: after ``from``, up to ``upto``; ``from`` is the
previous batch's ``upto``), ``backlog`` (changes still waiting after it). The signature covers
every byte before it, so a changed header or body is refused before anything is read into the
hub. An **acknowledgement** (hub → site) is ``b"RELAIS-ACK-1\\n" | u32 length | JSON {site,
batch, upto} | signature by the hub``: the highest batch the hub stored, and the position it
covered, which is what the site commits. A **batch file** (for a USB stick) is ``b"RELAIS-
BATCHES-1\\n"`` followed by an age file (X25519, readable by the standard ``age`` tool)
encrypted to the hub, holding the batches one after the other, each preceded by its u32 length.
An **enrolment request file** (``RELAIS-ENROL-1``, for a site that never has a line) is JSON
{code, organisation, site_label, signing_key, age_recipient} signed by the key it presents; the
hub's answer (``RELAIS-ENROLLED-1``) is JSON {site, hub_signing_key, hub_age_recipient} signed
by the hub; both framed like an acknowledgement.
"""

from __future__ import annotations

import json
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import DamagedData
from desktop.core.i18n import translate

BATCH_MAGIC = b"RELAIS-BATCH-1\n"
ENROL_MAGIC = b"RELAIS-ENROL-1\n"  # a site's enrolment request, on a stick
ENROLLED_MAGIC = b"RELAIS-ENROLLED-1\n"  # the hub's answer to it
ACK_MAGIC = b"RELAIS-ACK-1\n"
FILE_MAGIC = b"RELAIS-BATCHES-1\n"
SIGNATURE = 64
MAX_HEADER = 4096
MAX_BODY = 256 * 1024 * 1024  # decompressed: no batch of the allowed size comes near it
HEADER_KEYS = {"site": str, "batch": int, "from": int, "upto": int, "backlog": int}

Signer = Callable[[bytes], bytes]


def _damaged() -> DamagedData:
    return DamagedData(translate("Sync", "This is not a Relais sync batch, or it is damaged."))


@dataclass(frozen=True)
class Batch:
    """A batch read from its bytes (its signature not yet checked: see ``signed``)."""

    site: str
    number: int
    start: int
    upto: int
    backlog: int
    body: bytes  # compressed
    signed: bytes  # every byte the signature covers
    signature: bytes

    def records(self) -> dict[str, Any]:
        """The body's JSON (decompressed with a bound: a crafted body cannot fill memory)."""
        try:
            inflater = zlib.decompressobj()
            raw = inflater.decompress(self.body, MAX_BODY)
            if inflater.unconsumed_tail or not inflater.eof:
                raise _damaged()
            value = json.loads(raw.decode("utf-8"))
        except (zlib.error, UnicodeDecodeError, ValueError) as exc:
            raise _damaged() from exc
        if not isinstance(value, dict):
            raise _damaged()
        return value


def seal_batch(header: dict[str, Any], payload: dict[str, Any], sign: Signer) -> bytes:
    """The batch's bytes: ``header`` and ``payload`` (JSON-ready), compressed and signed."""
    head = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    body = zlib.compress(json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
                         .encode("utf-8"), 6)
    signed = BATCH_MAGIC + struct.pack(">I", len(head)) + head + struct.pack(">I", len(body)) \
        + body
    return signed + sign(signed)


def read_batch(data: bytes) -> Batch:
    """Parse a batch's bytes (one clear line when they are not one)."""
    if not data.startswith(BATCH_MAGIC):
        raise _damaged()
    at = len(BATCH_MAGIC)
    try:
        (head_len,) = struct.unpack_from(">I", data, at)
        if head_len > MAX_HEADER:
            raise _damaged()
        head = json.loads(data[at + 4:at + 4 + head_len].decode("utf-8"))
        at += 4 + head_len
        (body_len,) = struct.unpack_from(">I", data, at)
    except (struct.error, UnicodeDecodeError, ValueError) as exc:
        raise _damaged() from exc
    body = data[at + 4:at + 4 + body_len]
    end = at + 4 + body_len
    if len(body) != body_len or len(data) != end + SIGNATURE:
        raise _damaged()
    if not isinstance(head, dict) or any(
            not isinstance(head.get(key), kind) or isinstance(head.get(key), bool)
            for key, kind in HEADER_KEYS.items()):
        raise _damaged()
    return Batch(site=head["site"], number=head["batch"], start=head["from"], upto=head["upto"],
                 backlog=head["backlog"], body=body, signed=data[:end],
                 signature=data[end:])


def seal_ack(site: str, batch: int, upto: int, sign: Signer) -> bytes:
    """An acknowledgement by the hub: ``batch`` is the highest it stored for ``site``."""
    return seal_json(ACK_MAGIC, {"site": site, "batch": batch, "upto": upto}, sign)


@dataclass(frozen=True)
class Ack:
    """An acknowledgement read from its bytes (signature checked by the caller)."""

    site: str
    batch: int
    upto: int
    signed: bytes
    signature: bytes


def read_ack(data: bytes) -> Ack:
    """Parse an acknowledgement (one clear line when it is not one)."""
    bad = DamagedData(translate("Sync", "This is not a hub acknowledgement, or it is damaged."))
    body, signed, signature = read_json(ACK_MAGIC, data, bad)
    if not isinstance(body.get("site"), str) or not all(
            isinstance(body.get(k), int) and not isinstance(body.get(k), bool)
            for k in ("batch", "upto")):
        raise bad
    return Ack(site=body["site"], batch=body["batch"], upto=body["upto"], signed=signed,
               signature=signature)


def pack_items(items: list[bytes]) -> bytes:
    """Items one after the other, each with its u32 length (inside a batch file)."""
    return b"".join(struct.pack(">I", len(item)) + item for item in items)


def unpack_items(data: bytes) -> list[bytes]:
    """The items of :func:`pack_items` (one clear line when cut or padded)."""
    out, at = [], 0
    while at < len(data):
        if at + 4 > len(data):
            raise _damaged()
        (length,) = struct.unpack_from(">I", data, at)
        item = data[at + 4:at + 4 + length]
        if len(item) != length:
            raise _damaged()
        out.append(item)
        at += 4 + length
    return out


def seal_json(magic: bytes, value: dict[str, Any], sign: Signer) -> bytes:
    """``magic`` | u32 length | JSON | signature (enrolment request and answer)."""
    body = json.dumps(value, sort_keys=True).encode("utf-8")
    signed = magic + struct.pack(">I", len(body)) + body
    return signed + sign(signed)


def read_json(magic: bytes, data: bytes, bad: DamagedData | None = None) -> tuple[
        dict[str, Any], bytes, bytes]:
    """(value, signed bytes, signature) of :func:`seal_json`'s bytes (``bad``: the refusal)."""
    bad = bad or DamagedData(translate("Sync", "This is not a Relais enrolment file, or it is "
                                               "damaged."))
    if not data.startswith(magic):
        raise bad
    at = len(magic)
    try:
        (length,) = struct.unpack_from(">I", data, at)
        value = json.loads(data[at + 4:at + 4 + length].decode("utf-8"))
    except (struct.error, UnicodeDecodeError, ValueError) as exc:
        raise bad from exc
    end = at + 4 + length
    if len(data) != end + SIGNATURE or not isinstance(value, dict):
        raise bad
    return value, data[:end], data[end:]
