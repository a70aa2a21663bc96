"""``relais org``, ``relais directory card`` and ``relais packages``: two organisations
exchange a referral and its feedback as a user would, every refusal one line and exit 1."""

from __future__ import annotations

from pathlib import Path

from desktop.core.services.referrals import directory
from desktop.core.services.referrals import workflow as referrals
from desktop.core.store.datafolder import DataFolder
from tests.cli.conftest import Run
from tests.helpers import folders
from tests.helpers.package_data import Pair, referrals_to_partner
from tests.helpers.referral_data import SURVIVOR_NAME, legal_provider

PW = folders.PASSWORD + "\n"
ADMIN_PW = folders.ADMIN_PASSWORD + "\n"


def _one_line_error(result) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr


def _fingerprint(output: str) -> str:
    return output.strip().rsplit(" ", 1)[-1].rstrip(".")


def test_a_referral_and_its_feedback_round_trip_through_the_cli(
        relais: Run, folder: DataFolder, tmp_path: Path) -> None:
    ours, data = folder, str(folder.path)
    partner, _ = folders.new_folder(tmp_path / "partner")
    folders.add_person(partner, "kadi", "caseworker")
    theirs = str(partner.path)
    with folders.as_user(partner) as admin:
        us_there = directory.create_provider(admin, {
            "name": "ONG Essai Mopti", "kind": "ngo", "region": "mopti", "town": "Mopti",
            "services": ["health"], "takes_sea": True}).name
    with folders.as_user(ours) as admin:
        partner_here = legal_provider(admin)
    # Each administrator writes the card and reads the fingerprint to the other.
    shown = relais("org", "show", "--data", data, "--as", "admin", stdin=ADMIN_PW)
    assert shown.returncode == 0 and "Fingerprint: " in shown.stdout, shown.stderr
    card = relais("org", "card", "--data", data, "--as", "admin", "--out",
                  str(tmp_path / "ours.relaiscard"), stdin=ADMIN_PW)
    assert card.returncode == 0, card.stderr
    our_fp = _fingerprint(card.stdout)
    assert our_fp in shown.stdout
    card = relais("org", "card", "--data", theirs, "--as", "admin", "--out",
                  str(tmp_path / "theirs.relaiscard"), stdin=ADMIN_PW)
    their_fp = _fingerprint(card.stdout)
    wrong = relais("directory", "card", "--data", data, "--as", "admin", "--provider",
                   "Clinique juridique d'essai", "--card", str(tmp_path / "theirs.relaiscard"),
                   "--fingerprint", our_fp, stdin=ADMIN_PW)
    _one_line_error(wrong)
    assert "not the card's" in wrong.stderr
    attach = relais("directory", "card", "--data", data, "--as", "admin", "--provider",
                    partner_here, "--card", str(tmp_path / "theirs.relaiscard"),
                    "--fingerprint", their_fp.lower(), stdin=ADMIN_PW)
    assert attach.returncode == 0 and their_fp in attach.stdout, attach.stderr
    # The partner has not attached our card yet: the package is refused with our fingerprint.
    pair = Pair(ours, partner, partner_here, "")
    [referral_id] = referrals_to_partner(pair)
    with folders.as_user(ours, folders.CASEWORKER) as awa:
        ref = referrals.referral_detail(awa, referral_id).reference
    package = tmp_path / "envoi.relais"
    sent = relais("packages", "send", "--data", data, "--as", "awa", "--referral", ref,
                  "--out", str(package), stdin=PW)
    assert sent.returncode == 0 and their_fp in sent.stdout, sent.stderr
    assert SURVIVOR_NAME.encode() not in package.read_bytes()
    unknown = relais("packages", "import", "--data", theirs, "--as", "kadi", str(package),
                     stdin=PW)
    _one_line_error(unknown)
    assert our_fp in unknown.stderr and "attach" in unknown.stderr
    attach = relais("directory", "card", "--data", theirs, "--as", "admin", "--provider",
                    us_there, "--card", str(tmp_path / "ours.relaiscard"), "--fingerprint",
                    our_fp, stdin=ADMIN_PW)
    assert attach.returncode == 0, attach.stderr
    imported = relais("packages", "import", "--data", theirs, "--as", "kadi", str(package),
                      stdin=PW)
    assert imported.returncode == 0 and imported.stdout.startswith("1 incoming"), \
        imported.stderr
    again = relais("packages", "import", "--data", theirs, "--as", "kadi", str(package),
                   stdin=PW)
    assert again.returncode == 0 and "already imported" in again.stdout
    listed = relais("packages", "incoming", "--data", theirs, "--as", "kadi", stdin=PW)
    [line] = listed.stdout.splitlines()
    incoming_id, reference, status = line.split("\t")[:3]
    assert (reference, status) == (ref, "incoming")
    accepted = relais("packages", "accept", "--data", theirs, "--as", "kadi", "--incoming",
                      incoming_id[:8], stdin=PW)
    assert accepted.returncode == 0, accepted.stderr
    recorded = relais("packages", "feedback", "--data", theirs, "--as", "kadi", "--incoming",
                      ref, "--services", "legal", "--outcome", "service_provided", "--note",
                      "Audience fixée", stdin=PW)
    assert recorded.returncode == 0, recorded.stderr
    back = tmp_path / "retour.relais"
    written = relais("packages", "send-feedback", "--data", theirs, "--as", "kadi",
                     "--incoming", incoming_id, "--out", str(back), stdin=PW)
    assert written.returncode == 0 and our_fp in written.stdout, written.stderr
    applied = relais("packages", "import", "--data", data, "--as", "awa", str(back), stdin=PW)
    assert applied.returncode == 0 and applied.stdout.startswith("1 feedbacks"), applied.stderr
    with folders.as_user(ours, folders.CASEWORKER) as awa:
        detail = referrals.referral_detail(awa, referral_id)
    assert detail.status == "service_provided" and detail.feedback_next_steps == "Audience fixée"
    # A changed byte: one line, nothing written.
    damaged = tmp_path / "abime.relais"
    raw = bytearray(back.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    damaged.write_bytes(bytes(raw))
    refused = relais("packages", "import", "--data", data, "--as", "awa", str(damaged),
                     stdin=PW)
    _one_line_error(refused)
    exists = relais("packages", "send", "--data", data, "--as", "awa", "--referral", ref,
                    "--out", str(package), stdin=PW)
    _one_line_error(exists)
