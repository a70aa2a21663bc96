"""Referral packages (issue 14, point 7): sending and importing a 1,000-referral package, against
pyrage encrypting and decrypting the same plaintext bytes alone.

Two small data folders of their own (in a temporary folder, not the 100,000-case database):
a sender with demo cases whose first 1,000 referrals go to a partner that runs Relais (its card
attached), and that partner (the sender's card attached). Figures, medians of ``RUNS``:

- send: ``sending.send_referrals`` of the 1,000 (reading them and their cases, the letter's
  fields under consent, signing, age encryption, atomic write, status history, audit), against
  ``pyrage.encrypt`` of the same plaintext;
- import: ``receiving.import_package`` of a fresh package (every check, then 1,000 new incoming
  referrals in one transaction; the partner's incoming table is emptied between runs), against
  ``pyrage.decrypt`` of the same file.

Run alone: ``.venv/bin/python -m bench.packages``, or ``python -m bench.run --only packages``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

RUNS = 5
REFERRALS = 1000
DEMO_CASES = 1300
PASSWORD = "bench-password"
TARGET = "seconds"
Row = tuple[str, float, float | None, str]


def _folders(root: Path) -> tuple[Any, Any, list[str]]:
    """The sender's and the partner's folders, cards exchanged; the ids of 1,000 referrals."""
    from sqlalchemy import select, update

    from desktop.core.services import session
    from desktop.core.services.demo import generator as demo
    from desktop.core.services.packages import cards
    from desktop.core.services.referrals import directory
    from desktop.core.store.datafolder import DataFolder
    from desktop.core.store.models import Referral

    sender, partner = DataFolder(root / "sender"), DataFolder(root / "partner")
    vault, _ = session.initialise(sender, organisation="Envoi (fictif)", site="Mopti",
                                  admin_username="admin", admin_password=PASSWORD)
    vault_p, _ = session.initialise(partner, organisation="Partenaire (fictif)",
                                    site="Sévaré", admin_username="admin",
                                    admin_password=PASSWORD)
    try:
        demo.generate(vault, DEMO_CASES, seed=14)
        services = ["legal", "psychosocial", "health"]
        there = directory.create_provider(vault, {
            "name": "Partenaire (fictif)", "kind": "ngo", "region": "mopti", "town": "Sévaré",
            "services": services, "takes_sea": True}).id
        here = directory.create_provider(vault_p, {
            "name": "Envoi (fictif)", "kind": "ngo", "region": "mopti", "town": "Mopti",
            "services": services, "takes_sea": True}).id
        their_card = cards.export_card(vault_p, root / "partner.relaiscard")
        our_card = cards.export_card(vault, root / "sender.relaiscard")
        cards.attach_card(vault, there, their_card, their_card.fingerprint())
        cards.attach_card(vault_p, here, our_card, our_card.fingerprint())
        with vault.session() as s:
            ids = list(s.scalars(select(Referral.id).order_by(Referral.reference)
                                 .limit(REFERRALS)))
            if len(ids) < REFERRALS:
                raise SystemExit(f"the demo made only {len(ids)} referrals")
            s.execute(update(Referral).where(Referral.id.in_(ids)).values(
                provider_id=there, status="sent"))
        return vault, vault_p, ids
    except BaseException:
        session.lock(vault)
        session.lock(vault_p)
        raise


def run(folder: Path | None = None, username: str | None = None,
        password: str | None = None) -> list[Row]:
    """The figures (the arguments of the other benchmarks are not used: own folders)."""
    import statistics

    import pyrage
    from pyrage import x25519
    from sqlalchemy import delete, select

    from desktop.core.services import session
    from desktop.core.services.identity import site_identity
    from desktop.core.services.packages import receiving, sending
    from desktop.core.store.models import IncomingReferral, InstallationKey, ReceivedPackage

    root = Path(tempfile.mkdtemp(prefix="relais-bench-packages-"))
    vault, vault_p, ids = _folders(root)
    try:
        sends, imports, packages = [], [], []
        for number in range(RUNS + 1):
            out = root / f"p{number}.relais"
            start = time.perf_counter()
            sending.send_referrals(vault, ids, out)
            sends.append(time.perf_counter() - start)
            packages.append(out)
        calls: list[tuple[int, int]] = []
        for out in packages:
            with vault_p.session() as s:
                s.execute(delete(IncomingReferral))
                s.execute(delete(ReceivedPackage))
            start = time.perf_counter()
            result = receiving.import_package(vault_p, out,
                                              progress=lambda d, t: calls.append((d, t)))
            imports.append(time.perf_counter() - start)
            assert result.new_incoming == REFERRALS, result
        data = packages[0].read_bytes()
        plaintext = site_identity.decrypt(vault_p, data)
        recipient = x25519.Recipient.from_str(site_identity.own_public(vault_p).age_recipient)
        encrypts, decrypts = [], []
        with vault_p.reader() as s:
            identity = x25519.Identity.from_str(s.scalars(select(
                InstallationKey.age_identity)).one())
        for _ in range(RUNS + 1):
            start = time.perf_counter()
            pyrage.encrypt(plaintext, [recipient])
            encrypts.append(time.perf_counter() - start)
            start = time.perf_counter()
            pyrage.decrypt(data, [identity])
            decrypts.append(time.perf_counter() - start)
        size = f"{len(data) / 1024:.0f} KB"
        print(f"package of {REFERRALS} referrals: {size}; progress called {len(calls)} times "
              f"in {len(packages)} imports", file=sys.stderr)
        return [
            (f"send {REFERRALS} referrals ({size})", statistics.median(sends[1:]),
             statistics.median(encrypts[1:]), TARGET),
            (f"import {REFERRALS} referrals", statistics.median(imports[1:]),
             statistics.median(decrypts[1:]), TARGET),
        ]
    finally:
        session.lock(vault)
        session.lock(vault_p)
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    from bench.startup import report

    print(report(run()))
