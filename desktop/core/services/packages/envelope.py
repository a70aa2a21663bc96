"""The signed envelope inside a package's age encryption (``docs/packages.md``).

The plaintext is, byte for byte::

    relais-package/1\\n
    <header: canonical JSON, one line>\\n
    <item 1: canonical JSON, one line>\\n   … <item N>\\n
    <64-byte Ed25519 signature of every byte above, by the sender>

Canonical JSON: keys sorted, no spaces, UTF-8. The header names the format and version, the
kind (``referral`` or ``feedback``), the package id, the sender's public identity (the same
fields as its contact card), the recipient's fingerprint, when it was made and how many items
follow. ``open_envelope`` checks, in this order and before anything is stored: the magic line,
the header's size and fields, the signature over the exact bytes, then the items (count, size,
JSON objects). Everything wrong is one ``DamagedData`` line.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.core.errors import DamagedData
from desktop.core.i18n import translate
from desktop.core.services.identity import site_identity
from desktop.core.services.packages.cards import Card, canonical

MAGIC = b"relais-package/1\n"
FORMAT = "relais-package"
VERSION = 1
KINDS = ("referral", "feedback")
MAX_PACKAGE_BYTES = 64 * 1024 * 1024  # refused before decrypting
MAX_ITEMS = 10_000
MAX_HEADER_BYTES = 8 * 1024
MAX_ITEM_BYTES = 64 * 1024
SIGNATURE_SIZE = site_identity.SIGNATURE_SIZE
_HEADER_FIELDS = {"format", "version", "kind", "package_id", "sender", "recipient", "created",
                  "items"}
_SENDER_FIELDS = {"organisation", "site", "signing_key", "age_recipient", "created"}


def _tr(text: str) -> str:
    return translate("Packages", text)


def damaged() -> DamagedData:
    """The one line for a package that is not whole or not as it was signed."""
    return DamagedData(_tr("This package is damaged or was changed after it was signed: "
                           "nothing was imported."),
                       hint=_tr("Ask the sender for the package again."))


@dataclass(frozen=True)
class Header:
    """What the header says (checked: see ``open_envelope``)."""

    kind: str
    package_id: str
    sender: Card
    recipient: str  # the recipient's fingerprint
    created: datetime
    items: int


def header_fields(kind: str, package_id: str, sender: Card, recipient: str,
                  created: datetime, items: int) -> dict[str, Any]:
    """The header as it is written (see the module doc)."""
    return {"format": FORMAT, "version": VERSION, "kind": kind, "package_id": package_id,
            "sender": {"organisation": sender.organisation, "site": sender.site,
                       "signing_key": base64.b64encode(sender.signing_key).decode("ascii"),
                       "age_recipient": sender.age_recipient,
                       "created": sender.created.isoformat()},
            "recipient": recipient, "created": created.isoformat(), "items": items}


def seal(header: dict[str, Any], items: list[dict[str, Any]],
         sign: Callable[[bytes], bytes]) -> bytes:
    """The signed plaintext of a package (``sign`` signs the exact bytes)."""
    lines = [MAGIC, canonical(header), b"\n"]
    for item in items:
        lines += [canonical(item), b"\n"]
    body = b"".join(lines)
    return body + sign(body)


def _header(line: bytes) -> Header:
    try:
        fields = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise damaged() from exc
    if not isinstance(fields, dict) or fields.get("format") != FORMAT:
        raise damaged()
    version = fields.get("version")
    if type(version) is not int or version != VERSION:  # True == 1 in Python: not a version
        raise DamagedData(_tr("This package was made by a newer version of Relais."),
                          hint=_tr("Update Relais, then import it again."))
    sender = fields.get("sender")
    if set(fields) != _HEADER_FIELDS or not isinstance(sender, dict) \
            or set(sender) != _SENDER_FIELDS:
        raise damaged()
    try:
        card = Card(organisation=_short(sender["organisation"]), site=_short(sender["site"]),
                    signing_key=base64.b64decode(_short(sender["signing_key"]), validate=True),
                    age_recipient=_short(sender["age_recipient"]),
                    created=date.fromisoformat(_short(sender["created"])))
        header = Header(kind=_short(fields["kind"]), package_id=_short(fields["package_id"]),
                        sender=card, recipient=_short(fields["recipient"]),
                        created=datetime.fromisoformat(_short(fields["created"])),
                        items=fields["items"])
    except (TypeError, ValueError, binascii.Error) as exc:
        raise damaged() from exc
    if type(header.items) is not int or not 0 < header.items <= MAX_ITEMS:
        raise DamagedData(_tr("This package holds more items than Relais accepts ({limit}): "
                              "nothing was imported.").format(limit=MAX_ITEMS))
    if header.kind not in KINDS or len(card.signing_key) != site_identity.KEY_SIZE:
        raise damaged()
    return header


def _short(value: object) -> str:
    if not isinstance(value, str) or len(value) > 200:
        raise ValueError("not a short text")
    return value


def open_envelope(plaintext: bytes) -> tuple[Header, list[dict[str, Any]]]:
    """The header and the items of a decrypted package whose signature by the sender named in
    its header holds; ``DamagedData`` otherwise (nothing parsed past the first fault). Whether
    that sender is known here is the caller's question."""
    if not plaintext.startswith(MAGIC) or len(plaintext) < len(MAGIC) + SIGNATURE_SIZE + 2:
        raise damaged()
    end = plaintext.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER_BYTES + 1)
    if end < 0:
        raise damaged()
    header = _header(plaintext[len(MAGIC):end])
    signed, signature = plaintext[:-SIGNATURE_SIZE], plaintext[-SIGNATURE_SIZE:]
    if not site_identity.verify(header.sender.signing_key, signed, signature):
        raise damaged()
    lines = signed[end + 1:].split(b"\n")
    if lines[-1] != b"" or len(lines) - 1 != header.items:
        raise damaged()
    items = []
    for line in lines[:-1]:
        if len(line) > MAX_ITEM_BYTES:
            raise damaged()
        try:
            item = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise damaged() from exc
        if not isinstance(item, dict):
            raise damaged()
        items.append(item)
    return header, items
