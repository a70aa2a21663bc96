"""Issue 14, point 6: mutated packages — bit flips, truncations, spliced headers and bodies,
huge counts, wrong kinds, fields of the wrong type, even re-signed by the real sender — never
crash the importer and never write anything but the refusal's audit event.

A seeded loop: 300 packages in the suite; ``RELAIS_FUZZ_PACKAGES=10000`` for the soak."""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from desktop.core.errors import UserError
from desktop.core.services.identity import site_identity
from desktop.core.services.packages import envelope, receiving
from desktop.core.services.packages.cards import canonical
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import (
    AuditEvent,
    FeedbackReceived,
    IncomingReferral,
    ReceivedPackage,
)
from desktop.core.store.vault import Vault
from tests.core.test_packages import _plaintext, _send
from tests.helpers import folders
from tests.helpers.package_data import exchange_cards, referrals_to_partner

COUNT = int(os.environ.get("RELAIS_FUZZ_PACKAGES", "300"))
SEED = int(os.environ.get("RELAIS_FUZZ_SEED", "14"))
# A value no top-level field of an item, nor of a header, accepts.
BAD_VALUES: list[object] = [10 ** 30, {"x": [1]}, [1, {}], "x" * 70_000, True, -1.5]


def _split(plain: bytes) -> tuple[dict, list[dict]]:  # type: ignore[type-arg]
    body = plain[len(envelope.MAGIC):-envelope.SIGNATURE_SIZE]
    lines = body.split(b"\n")[:-1]
    return json.loads(lines[0]), [json.loads(line) for line in lines[1:]]


def _raw_mutation(rng: random.Random, data: bytes, other: bytes) -> bytes:
    raw = bytearray(data)
    choice = rng.randrange(6)
    if choice == 0:  # bit flips
        for _ in range(rng.randint(1, 4)):
            raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
    elif choice == 1:  # truncation
        del raw[rng.randrange(len(raw)):]
    elif choice == 2:  # bytes added
        raw[rng.randrange(len(raw) + 1):0] = rng.randbytes(rng.randint(1, 64))
    elif choice == 3:  # splice: the start of one package, the end of another
        cut = rng.randrange(1, min(len(raw), len(other)))
        raw = bytearray(data[:cut] + other[cut:])
    elif choice == 4:  # a run of bytes overwritten
        start = rng.randrange(len(raw))
        raw[start:start + 16] = rng.randbytes(16)
    else:  # two chunks swapped
        a, b = sorted(rng.sample(range(len(raw)), 2))
        raw = bytearray(data[:a] + data[b:] + data[a:b])
    return bytes(raw)


def _plain_mutation(rng: random.Random, plain: bytes, other: bytes,
                    sign: Callable[[bytes], bytes]) -> bytes:
    """A mutated plaintext: broken signatures, or re-signed by the real sender with a header
    or items no importer may accept."""
    header, items = _split(plain)
    other_header, other_items = _split(other)
    choice = rng.randrange(8)
    if choice == 0:  # the plaintext's bytes flipped, signature kept
        raw = bytearray(plain)
        raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
        return bytes(raw)
    if choice == 1:  # header of one package, body and signature of the other
        head = envelope.MAGIC + canonical(other_header) + b"\n"
        return head + plain[len(envelope.MAGIC) + len(canonical(header)) + 1:]
    if choice == 2:  # huge or wrong counts, re-signed
        header["items"] = rng.choice([10 ** 9, envelope.MAX_ITEMS + 1, 0, -1,
                                      len(items) + 1, "3", None])
    elif choice == 3:  # wrong kinds, re-signed
        header["kind"] = rng.choice(["feedback", "referrals", "", None, 7])
    elif choice == 4:  # a header field of the wrong type or missing, re-signed
        key = rng.choice(sorted(header))
        if rng.random() < 0.3:
            del header[key]
        else:
            header[key] = rng.choice(BAD_VALUES)
    elif choice == 5:  # an item field of the wrong type or missing, re-signed
        item = rng.choice(items)
        key = rng.choice(sorted(item))
        if rng.random() < 0.3:
            del item[key]
        else:
            item[key] = rng.choice(BAD_VALUES)
    elif choice == 6:  # items that are not objects, or the other package's item twice
        items[rng.randrange(len(items))] = rng.choice([[], "item", 3, None])
    else:  # the same referral twice in one package
        items = [*items, dict(items[0])] if items else other_items
    if choice not in (2, 3, 4):
        header["items"] = len(items)
    body = envelope.MAGIC + canonical(header) + b"\n" + b"".join(
        canonical(i) + b"\n" for i in items)
    return body + sign(body)


def _written(vault: Vault) -> tuple[int, int, int, int]:
    with vault.reader() as session:
        return tuple(int(session.scalar(select(func.count(model.id))) or 0)  # type: ignore[return-value]
                     for model in (IncomingReferral, ReceivedPackage, FeedbackReceived,
                                   AuditEvent))


def test_mutated_packages_are_refused_without_writing(folder: DataFolder,
                                                      tmp_path: Path) -> None:
    pair = exchange_cards(folder, tmp_path)
    first, second = tmp_path / "a.relais", tmp_path / "b.relais"
    _send(pair, referrals_to_partner(pair, count=3), first)
    _send(pair, referrals_to_partner(pair, count=1), second)
    plain_a, plain_b = _plaintext(pair.partner, first), _plaintext(pair.partner, second)
    data_a, data_b = first.read_bytes(), second.read_bytes()
    rng = random.Random(SEED)
    target = tmp_path / "mutated.relais"
    refused: dict[str, int] = {}
    with folders.as_user(pair.ours) as ours, \
            folders.as_user(pair.partner, folders.CASEWORKER) as partner:
        recipient = site_identity.own_public(partner).age_recipient
        before = _written(partner)
        for number in range(COUNT):
            if number % 2 == 0:
                data = _raw_mutation(rng, *rng.sample([data_a, data_b], 2))
                if data in (data_a, data_b):
                    continue
            else:
                plain, other = rng.sample([plain_a, plain_b], 2)
                data = site_identity.encrypt_to([recipient], _plain_mutation(
                    rng, plain, other, lambda body: site_identity.sign(ours, body)))
            target.write_bytes(data)
            try:
                result = receiving.import_package(partner, target)
            except UserError as exc:
                refused[type(exc).__name__] = refused.get(type(exc).__name__, 0) + 1
                assert "\n" not in str(exc)
                continue
            raise AssertionError(f"mutation {number} was imported: {result}")
        after = _written(partner)
    assert after[:3] == before[:3], "a refused package wrote something"
    assert after[3] - before[3] == sum(refused.values())  # one refusal audited each
    assert sum(refused.values()) >= COUNT * 0.95, refused
    print(f"\n{sum(refused.values())} mutated packages refused: {refused}")
